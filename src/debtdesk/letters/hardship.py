"""Why the borrower cannot pay, from the hardship reasons recorded with the evidence checklist.

A lender reads "because of a serious health problem" very differently from
"because my circumstances have changed": the letter names each recorded
reason in its own sentence (`reason_<cause>` in the phrases) and falls back
to the generic sentence only when none is recorded.

The checklist has one reason for a job lost *or* income cut
(`HardshipReason.JOB_LOSS`).  Saying "I lost my job" to someone whose pay
was cut would be untrue, so the evidence decides: a termination letter or
unemployment registration in hand says the job was lost, new lower pay
slips alone say the pay was cut, and without either the letter says only
what is true in both cases, that income from work fell sharply.
"""

from __future__ import annotations

from collections.abc import Iterable

from debtdesk.domain.evidence import EvidenceItem, HardshipReason

#: Every cause a letter can state, in the order the sentences appear.
CAUSES = ("illness", "job_loss", "income_drop", "work_income", "business_delay", "student", "family_emergency",
          "disaster")

_JOB_GONE = {"termination", "unemployment"}
_PAY_CUT = {"new_pay_slips"}


def hardship_causes(reasons: Iterable[HardshipReason | str], evidence: Iterable[EvidenceItem] = ()) -> list[str]:
    """The causes to state (keys of CAUSES, in that order) for the recorded reasons.

    `evidence` refines the job-loss reason: only items obtained or sent count.
    """
    chosen = {HardshipReason(r) for r in reasons}
    in_hand = {item.template_key for item in evidence if item.done}
    causes = set()
    for reason in chosen:
        if reason is HardshipReason.JOB_LOSS:
            if in_hand & _JOB_GONE:
                causes.add("job_loss")
            elif in_hand & _PAY_CUT:
                causes.add("income_drop")
            else:
                causes.add("work_income")
        else:
            causes.add(reason.value)
    return [cause for cause in CAUSES if cause in causes]
