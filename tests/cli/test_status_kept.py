"""`status --json` prints the same bytes whether each debt's summary was kept in the file or computed,
and the same document `status_json` builds from the statuses themselves."""

from __future__ import annotations

import json
from datetime import date

from debtdesk.cli import main
from debtdesk.cli.status import status_json
from debtdesk.services.status_summaries import SUMMARY_FORMAT, status_summaries
from debtdesk.services.statuses import debt_statuses
from debtdesk.store import Store
from debtdesk.store.settings import rate_reference
from debtdesk.store.status_cache import valid_summaries

AS_OF = date(2026, 11, 23)


def printed(path, capsys) -> str:
    assert main(["status", "--db", str(path), "--as-of", AS_OF.isoformat(), "--json"]) == 0
    return capsys.readouterr().out


def test_kept_and_computed_summaries_print_the_same(demo_path, capsys):
    computed = printed(demo_path, capsys)  # a reading command: computes, keeps nothing
    with Store.open(demo_path) as store:
        assert valid_summaries(store, AS_OF, SUMMARY_FORMAT) == {}
        status_summaries(store, AS_OF)  # a writer keeps them
        assert len(valid_summaries(store, AS_OF, SUMMARY_FORMAT)) == len(store.debt_ids())
        expected = status_json(debt_statuses(store, AS_OF), AS_OF, rate_reference(store))
    assert printed(demo_path, capsys) == computed
    assert json.loads(computed) == expected


def test_the_login_reminder_keeps_the_days_summaries_for_status(demo_path, capsys):
    """`remind` (a writer, run at login) works out every status of the day: `status` then reads them."""
    computed = printed(demo_path, capsys)
    assert main(["remind", "--db", str(demo_path), "--as-of", AS_OF.isoformat(), "--no-notify"]) == 0
    capsys.readouterr()
    with Store.open(demo_path) as store:
        assert len(valid_summaries(store, AS_OF, SUMMARY_FORMAT)) == len(store.debt_ids())
        assert valid_summaries(store, date(2026, 11, 24), SUMMARY_FORMAT) == {}  # that date only
    assert printed(demo_path, capsys) == computed


def printed_text(path, capsys, lang: str) -> str:
    assert main(["status", "--db", str(path), "--as-of", AS_OF.isoformat(), "--lang", lang]) == 0
    return capsys.readouterr().out


def test_the_text_reads_kept_summaries_and_prints_what_it_computed(demo_path, capsys, monkeypatch):
    """The text comes from the summaries too: kept ones print as computed ones, and no ledger is replayed."""
    computed = {lang: printed_text(demo_path, capsys, lang) for lang in ("en", "zh-Hans", "zh-Hant")}
    assert "rate check: true APR 25.1%, penalty rate 27% above the licensed-24 line of 24% a year" in computed["en"]
    with Store.open(demo_path) as store:
        status_summaries(store, AS_OF)  # a writer keeps them
    import debtdesk.services.statuses as statuses

    def replayed(*args, **kwargs):
        raise AssertionError("a kept summary's debt was computed again")

    monkeypatch.setattr(statuses, "debt_statuses", replayed)
    assert {lang: printed_text(demo_path, capsys, lang) for lang in computed} == computed
