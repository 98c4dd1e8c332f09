"""Checked on open, backed up automatically, restored and rescued; older files never upgraded by readers."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from debtdesk.cli import main
from debtdesk.store import Store, StoreError, backups, connection, restore
from debtdesk.store.errors import DamagedFileError
from debtdesk.store.migrations import SCHEMA_VERSION
from debtdesk.store.rescue import rescue
from tests.store.safety_helpers import damage_page, dump, mislead_index, state
from tests.store.test_migrations import write_old_version

NOON = datetime(2026, 11, 23, 12, 0)


# -- checked on open ---------------------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_a_damaged_page_is_found_on_open_and_the_file_is_left_untouched(household_path, read_only):
    damage_page(household_path, "payments")
    before = state(household_path)
    with pytest.raises(DamagedFileError, match=r"household\.debtdesk is damaged .*left untouched"):
        Store.open(household_path, read_only=read_only)
    assert state(household_path) == before


def test_an_index_that_disagrees_with_its_table_is_found_too(household_path, monkeypatch):
    """quick_check alone misses this (it once showed a debt 198 days overdue instead of 45)."""
    mislead_index(household_path)
    with pytest.raises(DamagedFileError, match=r"missing from index|wrong # of entries"):
        Store.open(household_path)
    monkeypatch.setattr(connection, "FULL_CHECK_UP_TO", 0)  # what a very large file gets: quick_check
    with Store.open(household_path, read_only=True):
        pass


# -- automatic backups ---------------------------------------------------------------------------------


def test_a_daily_backup_at_most_once_a_day_and_none_for_an_empty_file(household_path, tmp_path):
    with Store.open(household_path) as store:
        first = backups.ensure_daily(store, NOON)
        assert first is not None and backups.ensure_daily(store, NOON + timedelta(hours=5)) is None
        assert backups.ensure_daily(store, NOON + timedelta(days=1)) is not None
    with Store.create(tmp_path / "empty.debtdesk") as empty:
        assert backups.ensure_daily(empty, NOON) is None
    infos = backups.list_backups(household_path)
    assert [i.kind for i in infos] == ["daily", "daily"]
    assert infos[0].schema_version == SCHEMA_VERSION and infos[0].counts["debts"] == 6


def test_backups_rotate_to_seven_daily_and_four_weekly(household_path):
    with Store.open(household_path) as store:
        for day in range(60):
            backups.make_from(store.conn, household_path, "daily", NOON - timedelta(days=day))
        backups.make_from(store.conn, household_path, "upgrade", NOON - timedelta(days=90))
        backups.rotate(household_path)
    kept = backups.list_backups(household_path)
    daily = [i.taken_at.date() for i in kept if i.kind == "daily"]
    assert len(daily) == 11
    assert daily[:7] == [(NOON - timedelta(days=d)).date() for d in range(7)]
    assert len({d.isocalendar()[:2] for d in daily[7:]}) == 4
    assert [i.kind for i in kept].count("upgrade") == 1  # kept beside the rotation


def test_the_backups_command_lists_path_time_and_format(household_path, capsys):
    assert main(["backup", "--db", str(household_path)]) == 0
    assert main(["backups", "--db", str(household_path), "--json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])["backups"]
    assert len(listed) == 1 and listed[0]["schema_version"] == SCHEMA_VERSION and listed[0]["kind"] == "manual"
    assert Path(listed[0]["path"]).is_file() and listed[0]["time"]


def test_restore_brings_a_backup_back_and_keeps_the_file_as_it_was(household_path, capsys):
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual", NOON)
        store.delete_debt(store.debts()[0].id)
    changed = dump(household_path)
    Path(f"{household_path}-journal").write_bytes(b"a stale journal of the old file")
    assert main(["restore", "--db", str(household_path), str(backup)]) == 0
    assert dump(household_path) == dump(backup)
    assert not Path(f"{household_path}-journal").exists()
    kept = [i for i in backups.list_backups(household_path) if i.kind == "before-restore"]
    assert len(kept) == 1 and dump(kept[0].path) == changed
    assert "The file as it was is kept as" in capsys.readouterr().out


def test_a_damaged_file_is_restored_and_kept_byte_for_byte(household_path):
    with Store.open(household_path) as store:
        backup = backups.make(store, "daily", NOON)
    damage_page(household_path, "payments")
    damaged = household_path.read_bytes()
    kept = restore.restore(household_path, backup)
    assert kept.read_bytes() == damaged
    with Store.open(household_path) as store:
        assert len(store.debts()) == 6


def test_restore_into_an_open_file_keeps_its_lock(household_path):
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual", NOON)
        store.delete_debt(store.debts()[0].id)
        restore.restore_into(store, backup)
        assert len(store.debts()) == 6 and store.opened.lock is not None


def test_a_damaged_backup_is_never_restored(household_path):
    with Store.open(household_path) as store:
        backup = backups.make(store, "manual", NOON)
    damage_page(backup, "debts")
    before = state(household_path)
    with pytest.raises(StoreError, match=r"is damaged itself \(On tree page .*\); nothing was restored\."):
        restore.restore(household_path, backup)
    assert state(household_path) == before


# -- older files ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_every_older_format_is_backed_up_before_it_is_upgraded(tmp_path, version):
    path = tmp_path / f"v{version}.debtdesk"
    write_old_version(path, version)
    original = dump(path)
    with Store.open(path) as store:
        assert store.opened.upgraded_from == version
        assert store.debts()[0].id == 7
    upgrade = [i for i in backups.list_backups(path) if i.kind == "upgrade"]
    assert len(upgrade) == 1 and upgrade[0].schema_version == version
    assert dump(upgrade[0].path) == original


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_reading_commands_read_an_older_file_without_upgrading_it(tmp_path, version, capsys):
    path = tmp_path / f"v{version}.debtdesk"
    write_old_version(path, version)
    before = state(path)
    for command in (["status"], ["contacts"], ["plan", "--debt", "7"], ["export", "--out", str(tmp_path / "o.json")],
                    ["check"], ["backup"]):
        assert main([command[0], "--db", str(path), *command[1:]]) == 0, capsys.readouterr().err
    assert state(path) == before
    assert not Path(f"{path}-journal").exists()


def test_an_upgrade_without_room_for_its_backup_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "v1.debtdesk"
    write_old_version(path, 1)
    before = state(path)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "make_from", full)
    with pytest.raises(StoreError, match="no backup of it could be kept first \\(No space left on device\\)"):
        Store.open(path)
    assert state(path) == before


# -- rescue --------------------------------------------------------------------------------------------


def _many_payments(path: Path, n: int = 3000) -> None:
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO payments (debt_id, paid_on, amount_minor, note) VALUES (1, '2026-01-01', 100, ?)",
                     [(f"p{i}",) for i in range(n)])
    conn.commit()
    conn.close()


def test_rescue_copies_every_readable_row_and_counts_them(household_path, tmp_path):
    _many_payments(household_path)
    conn = sqlite3.connect(household_path)
    total = conn.execute("SELECT count(*) FROM payments").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaf = conn.execute("SELECT pageno FROM dbstat WHERE name = 'payments' AND pagetype = 'leaf' "
                        "ORDER BY pageno LIMIT 1 OFFSET 3").fetchone()[0]
    conn.close()
    with open(household_path, "r+b") as handle:  # one leaf page of payments turns to garbage
        handle.seek((leaf - 1) * page_size)
        handle.write(b"\x0d" + bytes(range(256)) * (page_size // 256 - 1))
    before = state(household_path)
    with pytest.raises(DamagedFileError):
        Store.open(household_path)
    report = rescue(household_path, tmp_path / "rescued.debtdesk")
    assert state(household_path) == before
    assert total - 200 < report.rescued["payments"] < total
    assert report.rescued["debts"] == 6 and report.rescued["contacts"] > 0
    assert "payments" in report.incomplete
    assert report.sentence().startswith(f"Rescued {report.total} rows")
    with Store.open(tmp_path / "rescued.debtdesk") as store:
        assert len(store.debts()) == 6


def test_a_lost_lender_page_still_rescues_the_debts_under_a_placeholder(household_path, tmp_path):
    damage_page(household_path, "lenders")
    report = rescue(household_path, tmp_path / "rescued.debtdesk")
    assert report.rescued["debts"] == 6
    with Store.open(tmp_path / "rescued.debtdesk") as store:
        assert {d.lender.name.startswith("Rescued lender") for d in store.debts()} == {True}
