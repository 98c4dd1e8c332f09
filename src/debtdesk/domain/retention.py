"""Which backups to keep: the newest of each of the last few days, then of a few weeks before.

A rotating set keeps a recent history without filling the disk: with the
defaults, the newest backup of each of the 7 most recent days that have
one, and the newest of each of the 4 weeks before those.  Pure, so the
policy can be tested with any clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

DAILY = 7
WEEKLY = 4


def to_keep(times: Sequence[datetime], daily: int = DAILY, weekly: int = WEEKLY) -> set[int]:
    """Indexes into `times` of the backups to keep."""
    order = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep: set[int] = set()
    days: set[date] = set()
    for i in order:
        day = times[i].date()
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(i)
    kept_weeks = {times[i].isocalendar()[:2] for i in keep}
    weeks: set[tuple[int, int]] = set()
    for i in order:
        week = times[i].isocalendar()[:2]
        if i in keep or week in kept_weeks:
            continue
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(i)
    return keep
