"""The hardship evidence checklist (DOMAIN.md section 4).

Choosing one or more hardship reasons proposes a checklist: the universal
items plus those for each reason.  Titles here are English source texts
(the UI translates them when it creates the items, so a checklist is stored
in the language its owner reads); each item then belongs to the user, who
may rename or remove it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable


class HardshipReason(str, enum.Enum):
    ILLNESS = "illness"
    JOB_LOSS = "job_loss"
    BUSINESS_DELAY = "business_delay"
    STUDENT = "student"
    FAMILY_EMERGENCY = "family_emergency"
    DISASTER = "disaster"


class EvidenceStatus(str, enum.Enum):
    NEEDED = "needed"
    REQUESTED = "requested"
    OBTAINED = "obtained"
    SENT = "sent"


@dataclass(frozen=True)
class EvidenceTemplate:
    key: str
    title: str
    reason: HardshipReason | None  # None: needed whatever the reason


UNIVERSAL = (
    EvidenceTemplate("identity", "Identity document (ID card or passport)", None),
    EvidenceTemplate("pay_slips", "Income proof: recent pay slips", None),
    EvidenceTemplate("bank_statements", "Bank statements for the last 3–6 months", None),
    EvidenceTemplate("statement", "A written statement of your situation", None),
    EvidenceTemplate("contract", "The loan contract and recent statements", None),
    EvidenceTemplate("credit_report", "Your credit report", None),
)

BY_REASON = {
    HardshipReason.ILLNESS: (
        EvidenceTemplate("diagnosis", "Diagnosis certificate", HardshipReason.ILLNESS),
        EvidenceTemplate("hospital_records", "Hospital admission and discharge records", HardshipReason.ILLNESS),
        EvidenceTemplate("medical_bills", "Medical bills and receipts", HardshipReason.ILLNESS),
    ),
    HardshipReason.JOB_LOSS: (
        EvidenceTemplate("termination", "Termination letter", HardshipReason.JOB_LOSS),
        EvidenceTemplate("unemployment", "Unemployment registration", HardshipReason.JOB_LOSS),
        EvidenceTemplate("new_pay_slips", "New, lower pay slips", HardshipReason.JOB_LOSS),
    ),
    HardshipReason.BUSINESS_DELAY: (
        EvidenceTemplate("business_contracts", "Contracts for the delayed work or sale", HardshipReason.BUSINESS_DELAY),
        EvidenceTemplate("payment_delay_proof", "Proof that the payment to you is delayed",
                         HardshipReason.BUSINESS_DELAY),
    ),
    HardshipReason.STUDENT: (
        EvidenceTemplate("school_hardship", "School hardship certificate", HardshipReason.STUDENT),
        EvidenceTemplate("enrolment", "Proof of enrolment", HardshipReason.STUDENT),
    ),
    HardshipReason.FAMILY_EMERGENCY: (
        EvidenceTemplate("family_certificates", "Certificates of the family emergency", HardshipReason.FAMILY_EMERGENCY),
    ),
    HardshipReason.DISASTER: (
        EvidenceTemplate("official_notices", "Official notices of the disaster", HardshipReason.DISASTER),
    ),
}


def checklist_for(reasons: Iterable[HardshipReason]) -> list[EvidenceTemplate]:
    """Universal items first, then each chosen reason's items, without repeats."""
    result = list(UNIVERSAL)
    for reason in HardshipReason:  # stable order whatever order they were chosen in
        if reason in set(reasons):
            result.extend(BY_REASON[reason])
    return result


@dataclass(frozen=True)
class EvidenceItem:
    title: str
    status: EvidenceStatus = EvidenceStatus.NEEDED
    template_key: str = ""  # '' for items the user added
    requested_on: date | None = None
    obtained_on: date | None = None
    sent_on: date | None = None
    notes: str = ""
    position: int = 0
    id: int | None = None

    @property
    def done(self) -> bool:
        return self.status in (EvidenceStatus.OBTAINED, EvidenceStatus.SENT)

    def with_status(self, status: EvidenceStatus, on: date) -> "EvidenceItem":
        """Move to a status, stamping its date (earlier dates are kept)."""
        stamps = {
            EvidenceStatus.REQUESTED: "requested_on",
            EvidenceStatus.OBTAINED: "obtained_on",
            EvidenceStatus.SENT: "sent_on",
        }
        changes = {"status": status}
        if status in stamps and getattr(self, stamps[status]) is None:
            changes[stamps[status]] = on
        return replace(self, **changes)


@dataclass(frozen=True)
class Progress:
    total: int
    needed: int
    requested: int
    obtained: int
    sent: int

    @property
    def done(self) -> int:
        return self.obtained + self.sent

    @property
    def fraction(self) -> float:
        """For a progress bar only; never used as money."""
        return self.done / self.total if self.total else 0.0


def progress(items: Iterable[EvidenceItem]) -> Progress:
    items = list(items)
    count = {s: sum(1 for i in items if i.status is s) for s in EvidenceStatus}
    return Progress(len(items), count[EvidenceStatus.NEEDED], count[EvidenceStatus.REQUESTED],
                    count[EvidenceStatus.OBTAINED], count[EvidenceStatus.SENT])
