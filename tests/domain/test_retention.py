"""The backup rotation policy: the newest of each of the last 7 days, then of 4 weeks before those."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from debtdesk.domain.retention import DAILY, WEEKLY, to_keep

times = st.lists(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31)), max_size=80)


@settings(max_examples=200)
@given(times)
def test_the_newest_is_kept_and_never_more_than_daily_plus_weekly(stamps):
    keep = to_keep(stamps)
    assert len(keep) <= DAILY + WEEKLY
    if stamps:
        assert stamps.index(max(stamps)) in keep or max(stamps) in {stamps[i] for i in keep}
    days = sorted({t.date() for t in stamps}, reverse=True)[:DAILY]
    for day in days:  # each of the last seven days keeps its newest backup
        assert max(t for t in stamps if t.date() == day) in {stamps[i] for i in keep}


def test_a_daily_backup_for_sixty_days_keeps_seven_days_and_four_earlier_weeks():
    start = datetime(2026, 11, 23, 9)
    stamps = [start - timedelta(days=d) for d in range(60)]
    kept = sorted((stamps[i] for i in to_keep(stamps)), reverse=True)
    assert kept[:7] == stamps[:7]
    assert len({t.isocalendar()[:2] for t in kept[7:]}) == 4 and len(kept) == 11
