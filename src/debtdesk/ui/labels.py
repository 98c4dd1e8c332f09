"""Translatable names for the domain's enums: one source per text.

The domain holds values ('equal-instalment', 'mid'); these tables give the
words a person reads.  Strings are marked with QT_TRANSLATE_NOOP and looked
up through QCoreApplication.translate at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from debtdesk.domain.debt import LenderKind, PaymentOrder, PenaltyBase, ProductKind, RateBasis, RepaymentMethod
from debtdesk.domain.overdue import Stage
from debtdesk.ui.i18n import marked

CTX = "Labels"

_TEXT = {
    ProductKind.CREDIT_CARD: QT_TRANSLATE_NOOP("Labels", "Credit card"),
    ProductKind.ONLINE_LOAN: QT_TRANSLATE_NOOP("Labels", "Online consumer loan"),
    ProductKind.BANK_LOAN: QT_TRANSLATE_NOOP("Labels", "Bank loan"),
    ProductKind.MORTGAGE: QT_TRANSLATE_NOOP("Labels", "Mortgage"),
    ProductKind.CAR_LOAN: QT_TRANSLATE_NOOP("Labels", "Car loan"),
    ProductKind.PRIVATE_LOAN: QT_TRANSLATE_NOOP("Labels", "Private loan"),
    ProductKind.INSTALMENT_PLATFORM: QT_TRANSLATE_NOOP("Labels", "Instalment platform / BNPL"),
    ProductKind.STUDENT_LOAN: QT_TRANSLATE_NOOP("Labels", "Student loan"),
    ProductKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    LenderKind.BANK: QT_TRANSLATE_NOOP("Labels", "Bank"),
    LenderKind.PLATFORM: QT_TRANSLATE_NOOP("Labels", "Platform"),
    LenderKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
    LenderKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    RepaymentMethod.EQUAL_INSTALMENT: QT_TRANSLATE_NOOP("Labels", "Equal instalment (等额本息)"),
    RepaymentMethod.EQUAL_PRINCIPAL: QT_TRANSLATE_NOOP("Labels", "Equal principal (等额本金)"),
    RepaymentMethod.INTEREST_ONLY: QT_TRANSLATE_NOOP("Labels", "Interest only, principal at end (先息后本)"),
    RepaymentMethod.BULLET: QT_TRANSLATE_NOOP("Labels", "All at maturity (一次性还本付息)"),
    RepaymentMethod.REVOLVING: QT_TRANSLATE_NOOP("Labels", "Credit card, minimum payments"),
    RateBasis.ANNUAL: QT_TRANSLATE_NOOP("Labels", "% a year"),
    RateBasis.DAILY: QT_TRANSLATE_NOOP("Labels", "% a day"),
    PenaltyBase.OVERDUE_PRINCIPAL: QT_TRANSLATE_NOOP("Labels", "on the overdue principal"),
    PenaltyBase.OVERDUE_INSTALMENT: QT_TRANSLATE_NOOP("Labels", "on the overdue instalment"),
    PaymentOrder.CIVIL_CODE: QT_TRANSLATE_NOOP("Labels", "Fees, then interest, then principal (Civil Code art. 561)"),
    PaymentOrder.OLDEST_FIRST: QT_TRANSLATE_NOOP("Labels", "Oldest instalment first"),
    Stage.CURRENT: QT_TRANSLATE_NOOP("Labels", "Current"),
    Stage.EARLY: QT_TRANSLATE_NOOP("Labels", "Early overdue"),
    Stage.MID: QT_TRANSLATE_NOOP("Labels", "Mid overdue"),
    Stage.LATE: QT_TRANSLATE_NOOP("Labels", "Late overdue"),
    Stage.SEVERE: QT_TRANSLATE_NOOP("Labels", "Severe"),
}


def label(value) -> str:
    """The translated name of an enum value."""
    return marked("Labels", _TEXT[value])


def choices(enum_type) -> list[tuple[str, str]]:
    """(value, translated name) pairs for a combo box."""
    return [(member.value, label(member)) for member in enum_type]
