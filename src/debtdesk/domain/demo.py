"""A demo household: several debts across lenders and kinds, in every stage,
with a budget, a half-gathered evidence checklist and a few collector contacts.

Built relative to `as_of`, so the demo always shows the same picture: one debt
current, the others 5, 20, 45 and 120 days past due.  Each overdue debt is
given a due date exactly that many days ago, with every earlier instalment
paid on time (and a partial payment on one, which does not stop the clock).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from debtdesk.domain.budget import Budget, BudgetLine, Direction, ExpenseCategory, Frequency, IncomeCategory
from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.domain.debt import (
    Debt,
    LateFeeRule,
    Lender,
    LenderKind,
    Payment,
    ProductKind,
    Rate,
    RateBasis,
    RepaymentMethod,
)
from debtdesk.domain.evidence import EvidenceStatus, HardshipReason
from debtdesk.domain.money import cents
from debtdesk.domain.schedule import schedule_for

D = Decimal


def _debt_overdue_by(template: Debt, as_of: date, days: int, instalments_before: int) -> Debt:
    """Place the debt so that instalment `instalments_before + 1` fell due `days` ago.

    A negative `days` puts that due date in the future.
    """
    target = as_of - timedelta(days=days)
    start = target - relativedelta(months=instalments_before + 1)
    return replace(template, start_date=start, due_day=target.day)


def demo_debts(as_of: date) -> list[tuple[Debt, list[Payment]]]:
    """The demo data set: (debt, payments) pairs; ids are left for the store."""
    plans: list[tuple[Lender, ProductKind, Decimal, int, Rate, RepaymentMethod, tuple[int, int, int] | None,
                      dict[str, Any]]] = [
        # lender, kind, principal, months, rate, method,
        # (days past due, months from start to that due date - 1, instalments paid), extras
        (Lender("招商银行信用卡", LenderKind.BANK), ProductKind.CREDIT_CARD, D("18500.00"), 1,
         Rate(D("0.0005"), RateBasis.DAILY), RepaymentMethod.REVOLVING, (-9, 2, 2),
         dict(account_number="6225 8801 2345 6789", grace_days=3,
              late_fee=LateFeeRule(D("0"), D("0.05")))),
        (Lender("借呗 (蚂蚁消费金融)", LenderKind.PLATFORM), ProductKind.ONLINE_LOAN, D("30000.00"), 12,
         Rate(D("0.0004"), RateBasis.DAILY), RepaymentMethod.EQUAL_INSTALMENT, (5, 4, 4),
         dict(account_number="JB20250611008812", grace_days=0)),
        (Lender("微粒贷", LenderKind.PLATFORM), ProductKind.ONLINE_LOAN, D("20000.00"), 10,
         Rate(D("0.18")), RepaymentMethod.EQUAL_PRINCIPAL, (20, 3, 3),
         dict(account_number="WLD-7723-1150", upfront_fee=D("600.00"))),
        (Lender("中国建设银行", LenderKind.BANK), ProductKind.BANK_LOAN, D("80000.00"), 36,
         Rate(D("0.0435")), RepaymentMethod.EQUAL_INSTALMENT, (45, 10, 10),
         dict(account_number="4367 4200 1188 0021", late_fee=LateFeeRule(D("50.00"), D("0")))),
        (Lender("Anna Chan (private)", LenderKind.PERSON), ProductKind.PRIVATE_LOAN, D("15000.00"), 6,
         Rate(D("0.08")), RepaymentMethod.BULLET, (120, 5, 0),
         dict(notes="Borrowed for the hospital deposit; she is patient but needs it back.")),
        (Lender("花呗分期", LenderKind.PLATFORM), ProductKind.INSTALMENT_PLATFORM, D("3600.00"), 6,
         Rate(D("0.15")), RepaymentMethod.INTEREST_ONLY, None, {}),
    ]
    result: list[tuple[Debt, list[Payment]]] = []
    for lender, kind, principal, months, rate, method, timing, extras in plans:
        debt = Debt(lender=lender, kind=kind, principal=principal, start_date=as_of,
                    term_months=months, rate=rate, method=method, **extras)
        if timing is None:  # a recent purchase, nothing due yet
            result.append((replace(debt, start_date=as_of - timedelta(days=12)), []))
            continue
        days, months_before, paid_count = timing
        debt = _debt_overdue_by(debt, as_of, days, months_before)
        schedule = list(schedule_for(debt))
        payments = [Payment(None, inst.due_date, inst.payment, "") for inst in schedule[:paid_count]]
        if kind is ProductKind.BANK_LOAN:
            unpaid = schedule[paid_count]
            payments.append(Payment(None, unpaid.due_date + timedelta(days=10),
                                    cents(unpaid.payment / 2), "Half of what was due: all I had"))
        result.append((debt, payments))
    return result


def demo_budget(as_of: date) -> Budget:
    """A household earning less since an illness: little left over for debts."""
    income, expense = Direction.INCOME, Direction.EXPENSE
    lines = (
        BudgetLine(income, IncomeCategory.WAGES.value, D("6800.00"), Frequency.MONTHLY, "工资 (part-time since June)"),
        BudgetLine(income, IncomeCategory.BENEFITS.value, D("300.00"), Frequency.WEEKLY, "Sick pay"),
        BudgetLine(income, IncomeCategory.FAMILY_SUPPORT.value, D("500.00"), Frequency.MONTHLY, "From my sister"),
        BudgetLine(expense, ExpenseCategory.HOUSING.value, D("2600.00"), Frequency.MONTHLY, "Rent"),
        BudgetLine(expense, ExpenseCategory.FOOD.value, D("1800.00"), Frequency.MONTHLY, ""),
        BudgetLine(expense, ExpenseCategory.UTILITIES.value, D("380.00"), Frequency.MONTHLY, "Water, power, phone"),
        BudgetLine(expense, ExpenseCategory.TRANSPORT.value, D("120.00"), Frequency.WEEKLY, "Bus to the clinic"),
        BudgetLine(expense, ExpenseCategory.MEDICAL.value, D("900.00"), Frequency.MONTHLY, "Medicine and check-ups"),
        BudgetLine(expense, ExpenseCategory.INSURANCE.value, D("2400.00"), Frequency.YEARLY, "Health insurance"),
    )
    return Budget(taken_on=as_of - timedelta(days=10), lines=lines, name="After the illness")


DEMO_BORROWER = {
    "name": "陈大文",
    "address": "上海市浦东新区世纪大道100号 1201室",
    "phone": "138 0013 8000",
    "email": "chen.dawen@example.com",
}

DEMO_REASONS = (HardshipReason.ILLNESS, HardshipReason.JOB_LOSS)

#: Demo evidence progress by template key: (status, days before as_of it changed).
DEMO_EVIDENCE_STATUS = {
    "identity": (EvidenceStatus.OBTAINED, 20),
    "diagnosis": (EvidenceStatus.OBTAINED, 15),
    "hospital_records": (EvidenceStatus.REQUESTED, 8),
    "pay_slips": (EvidenceStatus.OBTAINED, 6),
    "statement": (EvidenceStatus.SENT, 3),
}


def demo_contacts(as_of: date) -> list[Contact]:
    """Collector contacts: ordinary ones, and a night call that threatened arrest."""
    from datetime import datetime, time

    def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(as_of - timedelta(days=days_ago), time(hour, minute))

    return [
        Contact(at(12, 10, 15), Channel.SMS, company="微粒贷", phone="95188",
                summary="Reminder: instalment due, please repay on time."),
        Contact(at(4, 14, 30), Channel.CALL, company="借呗 (蚂蚁消费金融)", agent="Ms Li", phone="95188",
                summary="Asked when I can pay; I explained the illness.", promises="Will call back on Friday."),
        Contact(at(2, 22, 40), Channel.CALL, company="Swift Recovery Ltd (for 中国建设银行)", agent="Mr Zhao",
                phone="021-5555 0199",
                summary="说如果明天不还钱就会被抓，还要打电话给我单位。Said I would be arrested tomorrow.",
                conduct=frozenset({Conduct.FALSE_LEGAL_CLAIMS, Conduct.THREATS})),
        Contact(at(1, 9, 5), Channel.CALL, company="Swift Recovery Ltd (for 中国建设银行)", agent="Mr Zhao",
                summary="Called my sister about my debt.", conduct=frozenset({Conduct.THIRD_PARTY})),
    ]
