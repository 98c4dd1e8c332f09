"""What a debt is: the terms a borrower copies from the contract.

Plain frozen dataclasses; the schedule, the overdue state and the rates are
computed from these by the other domain modules, never stored.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from debtdesk.domain.money import ZERO

#: Chinese banking convention (人民币利率管理规定): daily rate = annual rate / 360.
DAYS_PER_YEAR = 360


class ProductKind(str, enum.Enum):
    CREDIT_CARD = "credit_card"
    ONLINE_LOAN = "online_loan"
    BANK_LOAN = "bank_loan"
    MORTGAGE = "mortgage"
    CAR_LOAN = "car_loan"
    PRIVATE_LOAN = "private_loan"
    INSTALMENT_PLATFORM = "instalment_platform"
    STUDENT_LOAN = "student_loan"
    OTHER = "other"


class LenderKind(str, enum.Enum):
    BANK = "bank"
    PLATFORM = "platform"
    PERSON = "person"
    OTHER = "other"


class RepaymentMethod(str, enum.Enum):
    EQUAL_INSTALMENT = "equal-instalment"  # 等额本息
    EQUAL_PRINCIPAL = "equal-principal"  # 等额本金
    INTEREST_ONLY = "interest-only"  # 先息后本
    BULLET = "bullet"  # 一次性还本付息
    REVOLVING = "revolving"  # credit card, minimum payments


class RateBasis(str, enum.Enum):
    ANNUAL = "annual"  # 年利率
    DAILY = "daily"  # 日利率


class PenaltyBase(str, enum.Enum):
    """What penalty interest (罚息) is charged on."""

    OVERDUE_PRINCIPAL = "overdue_principal"
    OVERDUE_INSTALMENT = "overdue_instalment"


class PaymentOrder(str, enum.Enum):
    """How a payment that does not cover everything owed is applied (DOMAIN.md section 2).

    OLDEST_FIRST: the instalments already due, oldest first (interest, then
    principal), then penalties and fees, then instalments not yet due.
    CIVIL_CODE: the PRC Civil Code art. 561 default, which most Chinese loan
    contracts follow: costs (late fees) first, then interest (penalty interest,
    then the interest of due instalments, oldest first), then principal.
    """

    OLDEST_FIRST = "oldest-first"
    CIVIL_CODE = "costs-interest-principal"


@dataclass(frozen=True)
class Rate:
    """A contract rate as quoted, e.g. Rate(Decimal('0.0005'), DAILY) for 0.05% a day."""

    value: Decimal
    basis: RateBasis = RateBasis.ANNUAL

    @property
    def annual(self) -> Decimal:
        if self.basis is RateBasis.ANNUAL:
            return self.value
        return self.value * DAYS_PER_YEAR

    @property
    def daily(self) -> Decimal:
        if self.basis is RateBasis.DAILY:
            return self.value
        return self.value / DAYS_PER_YEAR

    @property
    def monthly(self) -> Decimal:
        return self.annual / 12


@dataclass(frozen=True)
class PenaltyRule:
    """Penalty interest (罚息), charged daily on what is overdue.

    The rate is the contract rate plus a markup (0.5 = +50%), or a fixed
    annual rate when the contract names one (`fixed_rate`; the only way a
    0 % debt can carry penalty interest).  `compound` (复利) adds overdue
    unpaid interest to the base, as bank loans commonly do; without it, an
    interest-only loan charged on overdue principal accrues nothing until
    maturity.
    """

    markup: Decimal = Decimal("0.5")
    base: PenaltyBase = PenaltyBase.OVERDUE_PRINCIPAL
    compound: bool = False
    fixed_rate: Decimal | None = None  # annual, e.g. Decimal("0.18")

    def annual_rate(self, contract: Rate) -> Decimal:
        if self.fixed_rate is not None:
            return self.fixed_rate
        return contract.annual * (1 + self.markup)

    def daily_rate(self, contract: Rate) -> Decimal:
        return self.annual_rate(contract) / DAYS_PER_YEAR


@dataclass(frozen=True)
class LateFeeRule:
    """A fee per missed instalment: a fixed amount plus a share of the instalment."""

    fixed: Decimal = ZERO
    percent_of_instalment: Decimal = Decimal("0")


@dataclass(frozen=True)
class CardTerms:
    """Credit-card revolving terms: minimum payment share and its floor."""

    min_payment_share: Decimal = Decimal("0.10")
    min_payment_floor: Decimal = Decimal("100.00")


@dataclass(frozen=True)
class Lender:
    name: str
    kind: LenderKind = LenderKind.OTHER
    id: int | None = None


@dataclass(frozen=True)
class Debt:
    lender: Lender
    kind: ProductKind
    principal: Decimal
    start_date: date
    term_months: int
    rate: Rate
    method: RepaymentMethod
    currency: str = "CNY"
    due_day: int | None = None  # None: the day of month of the start date
    grace_days: int = 0
    penalty: PenaltyRule = field(default_factory=PenaltyRule)
    late_fee: LateFeeRule = field(default_factory=LateFeeRule)
    card: CardTerms = field(default_factory=CardTerms)
    upfront_fee: Decimal = ZERO  # fees taken at the start (服务费, 砍头息)
    payment_order: PaymentOrder = PaymentOrder.OLDEST_FIRST
    priority: bool = False  # secured or essential: provided for before other lenders share
    account_number: str = ""
    contacts: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def effective_due_day(self) -> int:
        return self.due_day if self.due_day is not None else self.start_date.day


@dataclass(frozen=True, slots=True)
class Payment:
    """Money the borrower actually paid on a debt.

    Slotted: a large file holds 200,000 of them for as long as the window is open, and a
    per-instance `__dict__` tripled their size.
    """

    debt_id: int | None
    paid_on: date
    amount: Decimal
    note: str = ""
    id: int | None = None


#: Kinds whose default loses a home or a livelihood: provided for before the others share.
PRIORITY_KINDS = frozenset({ProductKind.MORTGAGE, ProductKind.CAR_LOAN})


def default_payment_order(kind: ProductKind) -> PaymentOrder:
    """Cards state their own order (oldest statement first); loans follow the Civil Code."""
    return PaymentOrder.OLDEST_FIRST if kind is ProductKind.CREDIT_CARD else PaymentOrder.CIVIL_CODE


def default_compound(method: RepaymentMethod) -> bool:
    """Interest-only instalments hold no principal: without 复利 they would never cost anything late."""
    return method is RepaymentMethod.INTEREST_ONLY


def mask_account(number: str) -> str:
    """'6225880112345678' -> '•••• 5678': enough to recognise, not to misuse."""
    digits = "".join(ch for ch in number if not ch.isspace())
    if len(digits) <= 4:
        return digits
    return "•••• " + digits[-4:]

