"""CSV tables of the register, one debt's schedule, the contact log and a budget.

Made for spreadsheets: UTF-8 with a byte-order mark (Excel otherwise reads
Chinese as mojibake), CRLF line ends, amounts as plain decimals with a dot
and no thousands separators ("12345.60"), dates as ISO ("2026-11-23",
contacts "2026-11-21T22:40").  Headers are fixed English column names so a
spreadsheet or script built on them keeps working in every UI language;
enum columns hold the app's stable values ("equal-instalment", "mid").
Text a person typed that starts like a formula (=, +, -, @) is prefixed with
an apostrophe so a spreadsheet shows it instead of running it.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.budget import Budget
from debtdesk.domain.contacts import Conduct, Contact, Flag
from debtdesk.domain.debt import mask_account
from debtdesk.domain.money import cents
from debtdesk.domain.rates import true_apr
from debtdesk.domain.status import DebtStatus

Rows = list[list[str]]

REGISTER_HEADER = [
    "id", "lender", "lender_kind", "kind", "currency", "principal", "start_date", "term_months", "due_day",
    "annual_rate_percent", "true_apr_percent", "method", "grace_days", "priority", "account", "outstanding",
    "overdue_amount", "missed_instalments", "oldest_unpaid_due", "days_past_due", "stage", "bucket",
    "penalties_and_fees", "paid_total", "as_of",
]
SCHEDULE_HEADER = ["debt_id", "lender", "number", "due_date", "payment", "principal", "interest", "balance_after",
                   "covered", "status"]
CONTACTS_HEADER = ["id", "occurred_at", "channel", "debt_id", "debt", "company", "agent", "phone", "summary",
                   "promises", "conduct", "flags", "attachments"]
BUDGET_HEADER = ["budget", "taken_on", "currency", "direction", "category", "label", "amount", "frequency", "monthly"]


def amount(value: Decimal) -> str:
    """A plain decimal to the cent: '-1234.50'."""
    return f"{cents(value):f}"


def percent(fraction: Decimal | None) -> str:
    return "" if fraction is None else f"{(fraction * 100).quantize(Decimal('0.0001')).normalize():f}"


def text(value: str) -> str:
    """User text, made safe for spreadsheets that would run '=…' as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def register_rows(statuses: Iterable[DebtStatus]) -> Rows:
    rows = [list(REGISTER_HEADER)]
    for s in statuses:
        debt, state = s.debt, s.state
        rows.append([
            str(debt.id), text(debt.lender.name), debt.lender.kind.value, debt.kind.value, debt.currency,
            amount(debt.principal), debt.start_date.isoformat(), str(debt.term_months),
            "" if debt.due_day is None else str(debt.due_day), percent(debt.rate.annual),
            percent(true_apr(debt, s.schedule)), debt.method.value, str(debt.grace_days), str(int(debt.priority)),
            mask_account(debt.account_number), amount(state.outstanding), amount(state.overdue_amount),
            str(state.missed_instalments),
            state.oldest_unpaid.due_date.isoformat() if state.oldest_unpaid is not None else "",
            str(state.days_past_due), state.stage.value, state.bucket, amount(s.accrued.total),
            amount(state.paid_total), state.as_of.isoformat(),
        ])
    return rows


def instalment_status(covered: Decimal, payment: Decimal, overdue: bool) -> str:
    """'paid', 'part-paid', 'overdue', 'overdue-part-paid' or 'to-come' (as the schedule table says)."""
    if covered >= payment:
        return "paid"
    if overdue:
        return "overdue-part-paid" if covered > 0 else "overdue"
    return "part-paid" if covered > 0 else "to-come"


def schedule_rows(status: DebtStatus) -> Rows:
    rows = [list(SCHEDULE_HEADER)]
    debt, as_of = status.debt, status.state.as_of
    for part in status.allocations:
        inst = part.instalment
        overdue = inst.due_date < as_of and not part.settled
        rows.append([
            str(debt.id), text(debt.lender.name), str(inst.number), inst.due_date.isoformat(), amount(inst.payment),
            amount(inst.principal), amount(inst.interest), amount(inst.balance), amount(part.covered),
            instalment_status(part.covered, inst.payment, overdue),
        ])
    return rows


def contacts_rows(flagged: Iterable[tuple[Contact, frozenset[Flag]]],
                  attachments: Mapping[int, Sequence[Attachment]] | None = None,
                  debt_names: Mapping[int, str] | None = None) -> Rows:
    """Contacts in the order given (the log's time order), with their flags and attached files' names."""
    attachments, debt_names = attachments or {}, debt_names or {}
    rows = [list(CONTACTS_HEADER)]
    for contact, flags in flagged:
        rows.append([
            str(contact.id), contact.occurred_at.strftime("%Y-%m-%dT%H:%M"), contact.channel.value,
            "" if contact.debt_id is None else str(contact.debt_id),
            text("" if contact.debt_id is None else debt_names.get(contact.debt_id, "")),
            text(contact.company), text(contact.agent), text(contact.phone), text(contact.summary),
            text(contact.promises), " ".join(c.value for c in Conduct if c in contact.conduct),
            " ".join(f.value for f in Flag if f in flags),
            text("; ".join(a.original_name
                           for a in (attachments.get(contact.id, ()) if contact.id is not None else ()))),
        ])
    return rows


def budget_rows(budget: Budget) -> Rows:
    """Each line with its monthly equivalent, then the monthly totals and what is left for debts."""
    rows = [list(BUDGET_HEADER)]
    head = [text(budget.name), budget.taken_on.isoformat(), budget.currency]
    for line in budget.lines:
        rows.append(head + [line.direction.value, line.category, text(line.label), amount(line.amount),
                            line.frequency.value, amount(line.monthly)])
    for name, value in (("total-income", budget.monthly_income), ("total-expenses", budget.monthly_expenses),
                        ("disposable", budget.disposable)):
        rows.append(head + [name, "", "", "", "monthly", amount(value)])
    return rows


def to_csv_bytes(rows: Rows) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(rows: Rows, path: str | Path) -> Path:
    """Write the table; an existing file is replaced only once the new one is complete."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(to_csv_bytes(rows))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
