"""The hardship evidence checklist (DOMAIN.md section 4).

Choosing one or more hardship reasons proposes a checklist: the universal
items plus those for each reason.  Titles here are English source texts
(the UI translates them when it creates the items, so a checklist is stored
in the language its owner reads); each item then belongs to the user, who
may rename or remove it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from debtdesk.domain.validation import FieldError, _Reader


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
        EvidenceTemplate("family_certificates", "Certificates of the family emergency",
                         HardshipReason.FAMILY_EMERGENCY),
    ),
    HardshipReason.DISASTER: (
        EvidenceTemplate("official_notices", "Official notices of the disaster", HardshipReason.DISASTER),
    ),
}


def checklist_for(reasons: Iterable[HardshipReason]) -> list[EvidenceTemplate]:
    """Universal items first, then each chosen reason's items, without repeats."""
    chosen = {HardshipReason(r) for r in reasons}  # read once: `reasons` may be a generator
    candidates = list(UNIVERSAL)
    for reason in HardshipReason:  # stable order whatever order they were chosen in
        if reason in chosen:
            candidates.extend(BY_REASON[reason])
    result: list[EvidenceTemplate] = []
    seen: set[str] = set()
    for template in candidates:
        if template.key not in seen:
            seen.add(template.key)
            result.append(template)
    return result


def missing_templates(reasons: Iterable[HardshipReason], present_keys: Iterable[str]) -> list[EvidenceTemplate]:
    """The checklist items for `reasons` whose template is not among `present_keys`."""
    present = set(present_keys)
    return [t for t in checklist_for(reasons) if t.key not in present]


def parse_reasons(text: str) -> list[HardshipReason]:
    """Reasons stored as space-separated values; unknown words are skipped (a newer file)."""
    values = set(str(text or "").split())
    return [reason for reason in HardshipReason if reason.value in values]


def reasons_to_text(reasons: Iterable[HardshipReason]) -> str:
    chosen = {HardshipReason(r) for r in reasons}
    return " ".join(reason.value for reason in HardshipReason if reason in chosen)


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

    def with_status(self, status: EvidenceStatus, on: date, chosen: bool = False) -> EvidenceItem:
        """Move to a status, stamping its date.

        An earlier stamp is kept when the date is only today's (going back and forth
        does not lose when a document was first requested); a date the person
        `chosen` replaces it, so a late entry or a correction records the real day.
        """
        stamps = {
            EvidenceStatus.REQUESTED: "requested_on",
            EvidenceStatus.OBTAINED: "obtained_on",
            EvidenceStatus.SENT: "sent_on",
        }
        changes: dict[str, Any] = {"status": status}  # field name -> value, for replace
        if status in stamps and (chosen or getattr(self, stamps[status]) is None):
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


# -- reading what a person typed ---------------------------------------------------

TITLE_LIMIT = 200  # as the evidence_items CHECK


def parse_title(raw: Mapping[str, object]) -> tuple[str | None, list[FieldError]]:
    """An item's `title`: required, at most TITLE_LIMIT characters."""
    r = _Reader(raw)
    title = r.text("title", required=True)
    if len(title) > TITLE_LIMIT:
        r.fail("title", "Too long: {length} characters, at most {limit}.", length=len(title), limit=TITLE_LIMIT)
    return (None, r.errors) if r.errors else (title, [])


def parse_notes(raw: Mapping[str, object]) -> tuple[str | None, list[FieldError]]:
    """An item's `notes` (optional, limited like every notes field)."""
    r = _Reader(raw)
    notes = r.text("notes")
    return (None, r.errors) if r.errors else (notes, [])
