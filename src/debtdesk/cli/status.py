"""`debtdesk status`: per debt, days past due, stage, and the road ahead with its costs."""

from __future__ import annotations

import json
import sys


def register(commands, add_as_of) -> None:
    p = commands.add_parser(
        "status", help="how overdue each debt is and what happens next",
        description="For each debt: days past due, stage, M-bucket, amounts, and the coming stage "
        "transitions with their dates and the penalty interest and fees accrued by then if "
        "nothing is paid.",
    )
    p.add_argument("--db", required=True, metavar="PATH", help="the .debtdesk file to read")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_as_of(p)
    p.set_defaults(handler=run)


def status_json(statuses, as_of) -> dict:
    from debtdesk.domain.guidance import GUIDANCE, NOT_LEGAL_ADVICE

    def cost(c):
        return {"penalty_interest": str(c.penalty_interest), "late_fees": str(c.late_fees), "total": str(c.total)}

    debts = []
    for s in statuses:
        state, guide = s.state, GUIDANCE[s.state.stage]
        debts.append({
            "id": s.debt.id,
            "lender": s.debt.lender.name,
            "kind": s.debt.kind.value,
            "currency": s.debt.currency,
            "days_past_due": state.days_past_due,
            "stage": state.stage.value,
            "bucket": state.bucket,
            "next_due_date": state.next_due_date.isoformat() if state.next_due_date else None,
            "overdue_amount": str(state.overdue_amount),
            "missed_instalments": state.missed_instalments,
            "outstanding": str(state.outstanding),
            "paid_total": str(state.paid_total),
            "accrued": cost(s.accrued),
            "transitions": [
                {"stage": t.stage.value, "date": t.on.isoformat(), "days_past_due": t.days_past_due,
                 **cost(t.cost), "extra_over_today": str(t.extra_cost)}
                for t in s.transitions
            ],
            "guidance": {"lender_typically": guide.lender_typically, "you_should": guide.you_should},
        })
    return {"as_of": as_of.isoformat(), "note": NOT_LEGAL_ADVICE, "debts": debts}


def run(args) -> int:
    from debtdesk.cli import UserError, today
    from debtdesk.store import Store, StoreError
    from debtdesk.store.statuses import debt_statuses

    as_of = today(args)
    try:
        with Store.open(args.db) as store:
            statuses = debt_statuses(store, as_of)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if args.json:
        json.dump(status_json(statuses, as_of), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print_text(statuses, as_of)
    return 0


def print_text(statuses, as_of) -> None:
    from debtdesk.domain.guidance import GUIDANCE, NOT_LEGAL_ADVICE
    from debtdesk.domain.money import format_amount

    print(f"Status as of {as_of.isoformat()}")
    for s in sorted(statuses, key=lambda s: -s.state.days_past_due):
        st = s.state
        print(f"\n{s.debt.lender.name} (#{s.debt.id}): {st.days_past_due} days past due, "
              f"{GUIDANCE[st.stage].title}, {st.bucket}")
        print(f"  overdue {format_amount(st.overdue_amount)} {s.debt.currency}, "
              f"outstanding {format_amount(st.outstanding)}, penalties so far {format_amount(s.accrued.total)}")
        for t in s.transitions:
            print(f"  {t.on.isoformat()}: enters {t.stage.value} ({t.days_past_due} days); "
                  f"penalties and fees by then {format_amount(t.cost.total)} (+{format_amount(t.extra_cost)})")
    print(f"\n{NOT_LEGAL_ADVICE}")
