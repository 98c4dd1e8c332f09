"""Which collector contacts a complaint about a lender rests on, and what it encloses.

A contact does not need a debt chosen to count.  Collectors often do not
say which account they call about, or call for a lender through an agency;
the borrower writes the company down.  The rule (decided for issue 16, no
new column needed): a contact counts in a complaint about lender L when

* it is linked to any of L's debts, or
* it is linked to no debt and its company names L: L's name, as written in
  DebtDesk, appears in the company field, case, spaces and punctuation
  ignored ("Swift Recovery Ltd (for 中国建设银行)" counts for 中国建设银行).

The contact form says so as the company is typed, so the rule is visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.contacts import Contact, Flag, format_occurred_at
from debtdesk.domain.debt import Debt


def _letters(text: str) -> str:
    """Only letters and digits, case-folded: what is compared when matching names."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def names_lender(company: str, lender_name: str) -> bool:
    """Whether the company field names the lender (its whole name, as DebtDesk has it)."""
    wanted = _letters(lender_name)
    return bool(wanted) and wanted in _letters(company)


def lenders_named(company: str, lender_names: Iterable[str]) -> list[str]:
    """The lenders a company field names (usually none or one), longest name first."""
    return sorted((name for name in set(lender_names) if names_lender(company, name)), key=lambda n: (-len(n), n))


def counts_for(contact: Contact, debt: Debt, debts: Sequence[Debt]) -> bool:
    """Whether `contact` counts in a complaint about `debt`'s lender (see the module docstring)."""
    lender_debts = {d.id for d in debts if d.lender.name == debt.lender.name} | {debt.id}
    if contact.debt_id is not None:
        return contact.debt_id in lender_debts
    return names_lender(contact.company, debt.lender.name)


def complaint_records(flagged: Iterable[tuple[Contact, frozenset[Flag]]], debt: Debt,
                      debts: Sequence[Debt]) -> list[tuple[Contact, frozenset[Flag]]]:
    """The flagged contacts a complaint about `debt`'s lender rests on, in the order given.

    The same rule as `counts_for`, with the lender's debts and name worked out once (a log of
    100,000 contacts against 2,000 debts made it quadratic).
    """
    lender_debts = {d.id for d in debts if d.lender.name == debt.lender.name} | {debt.id}
    wanted = _letters(debt.lender.name)
    named: dict[str, bool] = {}

    def counts(contact: Contact) -> bool:
        if contact.debt_id is not None:
            return contact.debt_id in lender_debts
        if contact.company not in named:
            named[contact.company] = bool(wanted) and wanted in _letters(contact.company)
        return named[contact.company]

    return [(c, f) for c, f in flagged if f and counts(c)]


def lenders_complained_of(flagged: Iterable[tuple[Contact, frozenset[Flag]]], debts: Sequence[Debt]) -> set[str]:
    """Every lender some flagged contact counts for (the rule of `counts_for`), in one pass."""
    lender_of = {d.id: d.lender.name for d in debts}
    names = set(lender_of.values())
    by_company: dict[str, list[str]] = {}
    found: set[str] = set()
    for contact, flags in flagged:
        if not flags:
            continue
        if contact.debt_id is not None:
            if contact.debt_id in lender_of:
                found.add(lender_of[contact.debt_id])
            continue
        if contact.company not in by_company:
            by_company[contact.company] = lenders_named(contact.company, names)
        found.update(by_company[contact.company])
    return found


def enclosure_lines(records: Iterable[tuple[Contact, frozenset[Flag]]],
                    attachments: Mapping[int, Sequence[Attachment]]) -> list[str]:
    """One line per file attached to the records: its name and the contact's time, in time order.

    Language-neutral on purpose ("call-2211.m4a (2026-11-21 22:40)"), so
    the letter prints it in any of its languages.
    """
    lines = []
    for contact, _ in sorted(records, key=lambda cf: (cf[0].occurred_at, cf[0].id or 0)):
        for attachment in attachments.get(contact.id, ()) if contact.id is not None else ():
            lines.append(f"{attachment.original_name} ({format_occurred_at(contact.occurred_at)})")
    return lines
