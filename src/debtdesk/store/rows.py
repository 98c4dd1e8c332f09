"""Mapping between domain objects and table rows (plain dicts)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from debtdesk.domain.debt import (
    CardTerms,
    Debt,
    LateFeeRule,
    Lender,
    LenderKind,
    Payment,
    PaymentOrder,
    PenaltyBase,
    PenaltyRule,
    ProductKind,
    Rate,
    RateBasis,
    RepaymentMethod,
)
from debtdesk.domain.money import from_minor, to_minor


class ReadRow(Protocol):
    """A row as read, by column name: a sqlite3.Row from the file, or a dict from an import."""

    def __getitem__(self, key: str, /) -> Any: ...


#: A row to write: column name -> value.
WriteRow = dict[str, Any]


def debt_to_row(debt: Debt, lender_id: int) -> WriteRow:
    row = {
        "lender_id": lender_id,
        "kind": debt.kind.value,
        "currency": debt.currency,
        "principal_minor": to_minor(debt.principal),
        "start_date": debt.start_date.isoformat(),
        "term_months": debt.term_months,
        "due_day": debt.due_day,
        "rate": str(debt.rate.value),
        "rate_basis": debt.rate.basis.value,
        "method": debt.method.value,
        "grace_days": debt.grace_days,
        "penalty_markup": str(debt.penalty.markup),
        "penalty_base": debt.penalty.base.value,
        "late_fee_minor": to_minor(debt.late_fee.fixed),
        "late_fee_share": str(debt.late_fee.percent_of_instalment),
        "min_payment_share": str(debt.card.min_payment_share),
        "min_payment_floor_minor": to_minor(debt.card.min_payment_floor),
        "upfront_fee_minor": to_minor(debt.upfront_fee),
        "payment_order": debt.payment_order.value,
        "compound_penalty": int(debt.penalty.compound),
        "penalty_rate": None if debt.penalty.fixed_rate is None else str(debt.penalty.fixed_rate),
        "priority": int(debt.priority),
        "account_number": debt.account_number,
        "contacts": debt.contacts,
        "notes": debt.notes,
    }
    if debt.id is not None:
        row["id"] = debt.id
    return row


def debt_from_row(row: ReadRow, lender: Lender) -> Debt:
    return Debt(
        id=row["id"],
        lender=lender,
        kind=ProductKind(row["kind"]),
        currency=row["currency"],
        principal=from_minor(row["principal_minor"]),
        start_date=date.fromisoformat(row["start_date"]),
        term_months=row["term_months"],
        due_day=row["due_day"],
        rate=Rate(Decimal(row["rate"]), RateBasis(row["rate_basis"])),
        method=RepaymentMethod(row["method"]),
        grace_days=row["grace_days"],
        penalty=PenaltyRule(
            Decimal(row["penalty_markup"]), PenaltyBase(row["penalty_base"]), bool(row["compound_penalty"]),
            None if row["penalty_rate"] is None else Decimal(row["penalty_rate"])),
        late_fee=LateFeeRule(from_minor(row["late_fee_minor"]), Decimal(row["late_fee_share"])),
        card=CardTerms(Decimal(row["min_payment_share"]), from_minor(row["min_payment_floor_minor"])),
        upfront_fee=from_minor(row["upfront_fee_minor"]),
        payment_order=PaymentOrder(row["payment_order"]),
        priority=bool(row["priority"]),
        account_number=row["account_number"],
        contacts=row["contacts"],
        notes=row["notes"],
    )


def lender_from_row(row: ReadRow) -> Lender:
    return Lender(row["name"], LenderKind(row["kind"]), row["id"])


def payment_to_row(payment: Payment) -> WriteRow:
    row = {
        "debt_id": payment.debt_id,
        "paid_on": payment.paid_on.isoformat(),
        "amount_minor": to_minor(payment.amount),
        "note": payment.note,
    }
    if payment.id is not None:
        row["id"] = payment.id
    return row


def payment_from_row(row: ReadRow) -> Payment:
    return Payment(
        debt_id=row["debt_id"],
        paid_on=date.fromisoformat(row["paid_on"]),
        amount=from_minor(row["amount_minor"]),
        note=row["note"],
        id=row["id"],
    )
