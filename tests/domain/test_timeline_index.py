"""A lane's events by day, and the marks they make when many share a marker's width."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from debtdesk.domain.timeline import Event, EventKind
from debtdesk.domain.timeline_index import LaneEvents, Marks, group_marks, severity

DAY = date(2026, 11, 23)


def _event(days: int, kind=EventKind.PAYMENT, debt_id=1, flagged=False) -> Event:
    return Event(DAY + timedelta(days=days), kind, debt_id, "L", kind.value, Decimal(1), flagged=flagged)


def test_events_are_kept_in_day_order_and_found_by_days():
    events = [_event(n) for n in (5, -3, 0, 12, 5)]
    lane = LaneEvents(events)
    assert [e.on for e in lane.events] == sorted(e.on for e in events)
    assert list(lane.days) == [e.on.toordinal() for e in lane.events]
    five = DAY + timedelta(days=5)
    assert [e.on for e in lane.between(DAY, five)] == [DAY, five, five]
    assert lane.between(DAY + timedelta(days=6), DAY + timedelta(days=11)) == []
    assert lane.span() == (DAY - timedelta(days=3), DAY + timedelta(days=12))
    assert LaneEvents([]).span() is None


def test_an_event_is_found_by_identity_first_then_by_equality():
    a, b = _event(1), _event(1)
    lane = LaneEvents([a, b])
    assert lane.events[lane.index_of(b)] is b and lane.events[lane.index_of(a)] is a
    twin = _event(1)
    assert lane.index_of(twin) is not None  # an equal event after a rebuild
    assert lane.index_of(_event(2)) is None


def test_same_day_kinds_follow_their_declared_order():
    lane = LaneEvents([_event(0, EventKind.PAYMENT), _event(0, EventKind.INSTALMENT_MISSED)])
    assert [e.kind for e in lane.events] == [EventKind.INSTALMENT_MISSED, EventKind.PAYMENT]


def test_one_mark_per_slot_and_bucket_with_a_count():
    events = [_event(n, debt_id=n % 2) for n in range(10)]  # two debts, alternate days
    lane = LaneEvents(events)
    origin = DAY.toordinal()
    marks = group_marks(lane.events, lane.days, 5, origin, slot=lambda e: e.debt_id)
    assert [(m.slot, m.count) for m in marks] == [(0, 3), (1, 2), (1, 3), (0, 2)]
    assert sum(m.count for m in marks) == len(events)
    assert all(m.last - m.first < 5 for m in marks)
    single = group_marks(lane.events, lane.days, 1, origin, slot=lambda e: 0)
    assert len(single) == 10 and not any(m.crowded for m in single)
    with pytest.raises(ValueError):
        group_marks(lane.events, lane.days, 0, origin, slot=lambda e: 0)
    with pytest.raises(ValueError):
        lane.marks(0, origin, lambda e: 0)


def test_the_most_telling_event_speaks_for_a_crowded_mark():
    events = [_event(0, EventKind.INSTALMENT_PAID), _event(1, EventKind.CONTACT, flagged=True),
              _event(2, EventKind.INSTALMENT_MISSED), _event(3, EventKind.PAYMENT)]
    lane = LaneEvents(events)
    (mark,) = group_marks(lane.events, lane.days, 7, DAY.toordinal(), slot=lambda e: 0)
    assert mark.count == 4 and mark.event is events[1]  # a red flag outranks a missed instalment
    assert severity(events[2]) > severity(events[0]) and severity(events[2]) > severity(events[3])


def test_marks_are_cached_per_zoom_and_layout_and_stay_bounded():
    lane = LaneEvents([_event(n) for n in range(30)])
    first = lane.marks(3, DAY.toordinal(), lambda e: 0, key="a")
    assert lane.marks(3, DAY.toordinal(), lambda e: 1, key="a") is first  # same key: served from the cache
    assert lane.marks(3, DAY.toordinal(), lambda e: 1, key="b") is not first
    for n in range(1, 20):
        lane.marks(n, DAY.toordinal(), lambda e: 0)
    assert len(lane._marks) <= 9


def test_marks_between_find_what_overlaps_the_days_on_screen():
    lane = LaneEvents([_event(n) for n in range(0, 100, 2)])
    marks = lane.marks(10, DAY.toordinal(), lambda e: 0)
    assert isinstance(marks, Marks)
    start = DAY.toordinal()
    shown = marks.between(start + 25, start + 44)
    assert [(m.first - start, m.last - start) for m in shown] == [(20, 28), (30, 38), (40, 48)]
    assert marks.between(start + 200, start + 300) == []
    everything = marks.between(start - 10, start + 1000)
    assert len(everything) == 10 and sum(m.count for m in everything) == 50


def test_marks_are_worked_out_only_for_the_days_asked_about():
    lane = LaneEvents([_event(n) for n in range(0, 4000)])  # eleven years, one event a day
    marks = lane.marks(2, DAY.toordinal(), lambda e: e.debt_id)
    start = DAY.toordinal()
    shown = marks.between(start + 1000, start + 1199)
    assert marks.blocks() <= 3  # 128 days a block: the days on screen, not the lane's 4,000
    assert sum(m.count for m in shown) == 200 and all(m.count == 2 for m in shown)
    whole = group_marks(lane.events, lane.days, 2, start, lambda e: e.debt_id)
    assert marks.between(start - 1, start + 5000) == whole  # block by block equals all at once
