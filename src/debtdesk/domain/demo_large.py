"""A large household for measuring speed: what an adviser's biggest file could hold.

The demo household plus `debts` generated loans of ten years, each with
`payments_per_debt` monthly payments made so far (a few days late now and
then, some debts stopping short so that every stage appears), and `contacts`
collector contacts over the last two years (some at night, some with conduct
that breaks the rules).  Deterministic: the same arguments give the same
rows, so benchmark runs compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.domain.debt import Debt, Lender, LenderKind, Payment, ProductKind, Rate, RepaymentMethod
from debtdesk.domain.schedule import schedule_for

_KINDS = [
    (ProductKind.ONLINE_LOAN, LenderKind.PLATFORM, "网贷平台"),
    (ProductKind.BANK_LOAN, LenderKind.BANK, "银行"),
    (ProductKind.INSTALMENT_PLATFORM, LenderKind.PLATFORM, "分期平台"),
    (ProductKind.PRIVATE_LOAN, LenderKind.PERSON, "Lender"),
]
_METHODS = [RepaymentMethod.EQUAL_INSTALMENT, RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.INTEREST_ONLY]


def large_debts(as_of: date, debts: int = 2000, payments_per_debt: int = 100,
                seed: int = 20261123) -> Iterator[tuple[Debt, list[Payment]]]:
    rng = random.Random(seed)
    term = max(120, payments_per_debt + 12)
    for n in range(debts):
        kind, lender_kind, prefix = _KINDS[n % len(_KINDS)]
        # Ten lenders' worth of debts per name keeps the lender list realistic (200 names).
        lender = Lender(f"{prefix} {n % 200:03d}", lender_kind)
        months_ago = payments_per_debt + 1 + n % 6
        start = as_of - relativedelta(months=months_ago) - timedelta(days=n % 27)
        debt = Debt(lender=lender, kind=kind, principal=Decimal(5000 + (n * 7919) % 195000),
                    start_date=start, term_months=term, rate=Rate(Decimal(6 + n % 19) / 100),
                    method=_METHODS[n % len(_METHODS)], account_number=f"{n:016d}")
        schedule = schedule_for(debt)
        payments = []
        for inst in schedule.instalments[:payments_per_debt]:
            late = rng.choice((0, 0, 0, 0, 1, 3, 12))
            payments.append(Payment(None, inst.due_date + timedelta(days=late), inst.payment))
        yield debt, payments


def large_contacts(as_of: date, debt_ids: list[int], contacts: int = 100_000,
                   seed: int = 20261124) -> Iterator[Contact]:
    rng = random.Random(seed)
    channels = list(Channel)
    conducts = list(Conduct)
    start = datetime.combine(as_of - timedelta(days=730), time(0, 0))
    for n in range(contacts):
        moment = start + timedelta(minutes=rng.randrange(730 * 24 * 60))
        moment = moment.replace(second=0, microsecond=0)
        flagged = rng.random() < 0.05
        yield Contact(moment, rng.choice(channels), company=f"催收公司 {n % 50:02d}", agent=f"Agent {n % 300}",
                      phone=f"021-5555 {n % 10000:04d}", summary=f"Collection contact {n}",
                      conduct=frozenset({rng.choice(conducts)}) if flagged else frozenset(),
                      debt_id=debt_ids[n % len(debt_ids)] if debt_ids else None)


def with_ids(pairs: Iterable[tuple[Debt, list[Payment]]],
             first_id: int) -> Iterator[tuple[Debt, list[Payment]]]:
    """Give generated debts consecutive ids from `first_id` (the store keeps them)."""
    for offset, (debt, payments) in enumerate(pairs):
        yield replace(debt, id=first_id + offset), payments
