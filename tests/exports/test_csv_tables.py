"""CSV tables for spreadsheets: BOM, plain decimals, ISO dates, formulas defused; one builder for CLI and window."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.budget import Budget, BudgetLine, Direction, Frequency
from debtdesk.domain.contacts import Channel, Conduct, Contact, flag_log
from debtdesk.domain.demo import demo_budget, demo_debts
from debtdesk.domain.status import debt_status
from debtdesk.exports import csv_tables

AS_OF = date(2026, 11, 23)


def statuses():
    return [debt_status(replace(d, id=n), p, AS_OF) for n, (d, p) in enumerate(demo_debts(AS_OF), 1)]


def parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    assert b"\r\n" in data
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_register_has_plain_decimals_iso_dates_and_chinese_intact():
    rows = parse(csv_tables.to_csv_bytes(csv_tables.register_rows(statuses())))
    header, body = rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert header == csv_tables.REGISTER_HEADER and len(body) == 6
    bank = next(r for r in body if r["lender"] == "中国建设银行")
    assert bank["principal"] == "80000.00" and bank["days_past_due"] == "45" and bank["stage"] == "late"
    assert bank["bucket"] == "M2" and bank["oldest_unpaid_due"] == "2026-10-09"
    assert bank["annual_rate_percent"] == "4.35" and bank["account"] == "•••• 0021"  # never the full number
    for row in body:
        for name in ("principal", "outstanding", "overdue_amount", "penalties_and_fees", "paid_total"):
            assert Decimal(row[name]) >= 0 and "," not in row[name] and row[name].count(".") == 1
        date.fromisoformat(row["start_date"])


def test_schedule_rows_sum_to_the_principal_and_mark_each_instalment():
    status = next(s for s in statuses() if s.debt.lender.name == "中国建设银行")
    rows = csv_tables.schedule_rows(status)
    assert rows[0] == csv_tables.SCHEDULE_HEADER and len(rows) == 37
    assert sum(Decimal(r[5]) for r in rows[1:]) == Decimal("80000.00")
    assert [r[9] for r in rows[10:13]] == ["paid", "overdue-part-paid", "overdue"]
    assert rows[-1][9] == "to-come"


def test_contacts_keep_flags_conduct_and_file_names():
    contacts = [Contact(datetime(2026, 11, 21, 22, 40), Channel.CALL, "=HYPERLINK(\"x\")", summary="说会被抓",
                        conduct=frozenset({Conduct.THREATS}), debt_id=4, id=7)]
    files = {7: [Attachment(1, "contact", 7, "录音.m4a", "a" * 10 + ".m4a", "0" * 64, 5, datetime(2026, 11, 22))]}
    rows = csv_tables.contacts_rows(flag_log(contacts), files, {4: "中国建设银行"})
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["occurred_at"] == "2026-11-21T22:40" and row["debt"] == "中国建设银行"
    assert row["flags"] == "night threats" and row["conduct"] == "threats" and row["attachments"] == "录音.m4a"
    assert row["company"] == "'=HYPERLINK(\"x\")"  # shown as text by a spreadsheet, never run


def test_budget_lines_come_with_monthly_figures_and_totals():
    rows = csv_tables.budget_rows(demo_budget(AS_OF))
    by_direction = {r[3]: r for r in rows[1:]}
    assert by_direction["disposable"][-1] == "2200.00"
    weekly = next(r for r in rows if r[7] == "weekly" and r[3] == "income")
    assert weekly[6] == "300.00" and weekly[8] == "1300.00"
    negative = Budget(AS_OF, (BudgetLine(Direction.EXPENSE, "food", Decimal("10"), Frequency.MONTHLY),))
    assert csv_tables.budget_rows(negative)[-1][-1] == "-10.00"


def test_write_csv_replaces_a_file_only_when_complete(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    csv_tables.write_csv([["a"], ["汉字"]], target)
    assert target.read_bytes() == "\ufeffa\r\n汉字\r\n".encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_the_command_line_side_loads_no_qt():
    import subprocess
    import sys

    script = ("import sys, debtdesk.exports.csv_tables, debtdesk.exports.schedule_pdf, debtdesk.cli.export_csv\n"
              "print(sorted(m for m in ('PySide6', 'reportlab') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"  # reportlab only when a PDF is written
