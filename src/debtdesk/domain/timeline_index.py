"""A lane's events kept sorted by day, and the marks they make at a zoom level.

The time line of a large file holds hundreds of thousands of events; drawing
each one (the first timeline made one graphics item per event: 892 MB, 25 s)
is what made it unusable.  The view asks this index only for the days on
screen (`LaneEvents.between`) and, when many events share a few pixels, for
one mark per slot and bucket of days with a count (`LaneEvents.marks`), so
the work per repaint follows what is visible, not what the file holds.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from debtdesk.domain.timeline import Event, EventKind

#: Which event speaks for a crowded mark: the one a person behind on payments most needs to see.
SEVERITY: dict[EventKind, int] = {kind: rank for rank, kind in enumerate([
    EventKind.INSTALMENT_PAID, EventKind.INSTALMENT_DUE, EventKind.PAYMENT, EventKind.LETTER,
    EventKind.CONTACT, EventKind.AGREEMENT, EventKind.INSTALMENT_PART_PAID, EventKind.LIMITATION,
    EventKind.STAGE_TRANSITION, EventKind.INSTALMENT_MISSED, EventKind.DEADLINE, EventKind.BREACH,
])}
KIND_ORDER = {kind: i for i, kind in enumerate(EventKind)}


def severity(event: Event) -> int:
    """How much an event needs to be seen; a flagged contact counts as much as a breach."""
    if event.kind is EventKind.CONTACT and event.flagged:
        return SEVERITY[EventKind.BREACH] + 1
    return SEVERITY[event.kind]


def event_order(event: Event) -> tuple:
    """Day, then the kinds in their declared order (as `domain.timeline.timeline` sorts)."""
    return event.on.toordinal(), KIND_ORDER[event.kind], event.lender


@dataclass(frozen=True)
class Mark:
    """What is drawn in one slot (a band and track of a lane) for one bucket of days.

    `event` speaks for the mark (the most severe of its events); `count` is how
    many events it stands for; `first`/`last` are the day numbers (ordinals)
    of its earliest and latest events.
    """

    slot: Hashable
    event: Event
    count: int
    first: int
    last: int

    @property
    def crowded(self) -> bool:
        return self.count > 1


class LaneEvents:
    """One lane's events, sorted by day, with the day numbers beside them for bisection."""

    __slots__ = ("_marks", "days", "events", "memo")

    def __init__(self, events: Iterable[Event]):
        self.events: list[Event] = sorted(events, key=event_order)
        self.days = array("l", (e.on.toordinal() for e in self.events))
        self._marks: dict[tuple, Marks] = {}
        #: What a view works out from these events (tracks at a zoom level): it goes when they go.
        self.memo: dict = {}

    def __len__(self) -> int:
        return len(self.events)

    def span(self) -> tuple[date, date] | None:
        if not self.events:
            return None
        return self.events[0].on, self.events[-1].on

    def between(self, first: date, last: date) -> list[Event]:
        """The events from `first` to `last`, both included, in order."""
        lo = bisect_left(self.days, first.toordinal())
        hi = bisect_right(self.days, last.toordinal())
        return self.events[lo:hi]

    def index_of(self, event: Event) -> int | None:
        """Where `event` is (the same object, or failing that an equal one); None if not here."""
        day = event.on.toordinal()
        lo, hi = bisect_left(self.days, day), bisect_right(self.days, day)
        equal = None
        for index in range(lo, hi):
            if self.events[index] is event:
                return index
            if equal is None and self.events[index] == event:
                equal = index
        return equal

    def marks(self, bucket_days: int, origin: int, slot: Callable[[Event], Hashable],
              key: Hashable = None) -> Marks:
        """One mark per slot and bucket of `bucket_days` days counted from day number `origin`.

        Cached under (`bucket_days`, `origin`, `key`): the caller names its slot
        layout with `key` so a new layout is not served old marks.  The marks
        themselves are worked out a block of days at a time, as they are asked for.
        """
        cache_key = (bucket_days, origin, key)
        found = self._marks.get(cache_key)
        if found is None:
            if len(self._marks) > 8:  # zooming through many levels: keep the memory bounded
                self._marks.clear()
            found = Marks(self, bucket_days, origin, slot)
            self._marks[cache_key] = found
        return found


def group_marks(events: Sequence[Event], days: Sequence[int], bucket_days: int, origin: int,
                slot: Callable[[Event], Hashable]) -> list[Mark]:
    """Events (sorted by day) grouped by (slot, bucket); one Mark per group, by first day."""
    if bucket_days < 1:
        raise ValueError("bucket_days must be at least 1")
    groups: dict[tuple, list] = {}
    order: list[tuple] = []
    for event, day in zip(events, days, strict=True):
        key = (slot(event), (day - origin) // bucket_days)
        group = groups.get(key)
        if group is None:
            groups[key] = [event, 1, day, day, severity(event)]
            order.append(key)
            continue
        group[1] += 1
        group[3] = day
        rank = severity(event)
        if rank > group[4]:
            group[0], group[4] = event, rank
    return [Mark(key[0], groups[key][0], groups[key][1], groups[key][2], groups[key][3]) for key in order]


class Marks:
    """A lane's marks at one zoom level, worked out block by block for the days asked about.

    A block is `BLOCK` buckets; buckets start at `origin`, so no group of events
    straddles two blocks and each block is grouped once, from its own events only:
    a zoom step costs what is on screen, not what the lane holds.
    """

    BLOCK = 64

    __slots__ = ("_blocks", "bucket_days", "lane", "origin", "slot")

    def __init__(self, lane: LaneEvents, bucket_days: int, origin: int, slot: Callable[[Event], Hashable]):
        if bucket_days < 1:
            raise ValueError("bucket_days must be at least 1")
        self.lane, self.bucket_days, self.origin, self.slot = lane, bucket_days, origin, slot
        self._blocks: dict[int, list[Mark]] = {}

    def _block(self, index: int) -> list[Mark]:
        found = self._blocks.get(index)
        if found is None:
            width = self.bucket_days * self.BLOCK
            first = self.origin + index * width
            days = self.lane.days
            lo, hi = bisect_left(days, first), bisect_left(days, first + width)
            found = group_marks(self.lane.events[lo:hi], days[lo:hi], self.bucket_days, self.origin, self.slot)
            self._blocks[index] = found
        return found

    def between(self, first: int, last: int) -> list[Mark]:
        """The marks with an event from day number `first` to `last` (both included), by first day."""
        width = self.bucket_days * self.BLOCK
        shown: list[Mark] = []
        for index in range((first - self.origin) // width, (last - self.origin) // width + 1):
            shown += [m for m in self._block(index) if m.last >= first and m.first <= last]
        return shown

    def blocks(self) -> int:
        """How many blocks have been grouped so far (for tests: only those asked about)."""
        return len(self._blocks)
