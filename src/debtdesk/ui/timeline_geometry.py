"""Where things go on the time line: lane heights, bands and tracks, and which slot an event takes.

Kept apart from the painting so both the painter and the clicks agree on
where a marker is.  A lane's height follows what it may hold (how many debts,
how many stage changes), not where its events fall, so it is known before the
lane's events are built and does not change while scrolling.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Hashable

from debtdesk.domain.timeline import Event, EventKind
from debtdesk.services.timeline_lanes import Lane
from debtdesk.ui.timeline_markers import ACTIVITY, LANE_PAD, RADIUS, SCHEDULE, TRACK_CAP, TRANSITIONS, _BAND

BANDS = (TRANSITIONS, SCHEDULE, ACTIVITY)


def band_of(event: Event) -> int:
    return _BAND.get(event.kind, SCHEDULE)


MARK_WIDTH = 2 * RADIUS + 8  # a marker and the count beside it when it stands for several


def bucket_days(ppd: float) -> int:
    """How many days share one mark: as many as fit under a marker and its count at this zoom."""
    return max(1, math.ceil(MARK_WIDTH / ppd - 1e-9))


@dataclass
class LaneBox:
    """A lane's place: its top and height in content pixels, and each band's top and track count."""

    lane: Lane
    title: str
    top: float
    height: float
    bands: dict[int, tuple[float, int]] = field(default_factory=dict)  # band -> (offset from top, tracks)
    index: int = 0  # its place among the lanes (alternate lanes are shaded)

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def tracks(self, band: int) -> int:
        return self.bands[band][1]

    def slot_y(self, band: int, track: int, track_h: dict[int, float]) -> float:
        """Content y of the middle of a band's track."""
        offset, tracks = self.bands[band]
        return self.top + offset + min(track, max(0, tracks - 1)) * track_h[band] + track_h[band] / 2


def band_tracks(lane: Lane) -> dict[int, int]:
    """How many tracks each band of a lane gets: one per debt (up to a cap), one per stage change (up to a cap)."""
    debts = len(lane.debt_ids)
    return {TRANSITIONS: min(TRACK_CAP[TRANSITIONS], lane.transitions),
            SCHEDULE: min(TRACK_CAP[SCHEDULE], debts),
            ACTIVITY: min(TRACK_CAP[ACTIVITY], max(1, debts))}


def lay_out_lanes(lanes: list[Lane], titles: Callable[[Lane], str], top: float, track_h: dict[int, float],
                  min_height: float) -> list[LaneBox]:
    boxes = []
    y = top
    for lane in lanes:
        offset = LANE_PAD
        bands = {}
        for band, tracks in band_tracks(lane).items():
            bands[band] = (offset, tracks)
            offset += tracks * track_h[band]
        height = max(offset + LANE_PAD, min_height)
        boxes.append(LaneBox(lane, titles(lane), y, height, bands, len(boxes)))
        y += height
    return boxes


def slot_function(box: LaneBox, transition_tracks: dict[int, int]) -> Callable[[Event], Hashable]:
    """(band, track) of an event: each debt keeps its own track; stage changes take the track packed for them."""
    position = {debt_id: i for i, debt_id in enumerate(box.lane.debt_ids)}

    def slot(event: Event) -> Hashable:
        band = band_of(event)
        tracks = max(1, box.tracks(band))
        if band == TRANSITIONS:
            return band, transition_tracks.get(id(event), 0) % tracks
        return band, position.get(event.debt_id, 0) % tracks

    return slot


def pack_transitions(events: list[Event], x_of: Callable[[Event], float], width_of: Callable[[Event], float],
                     tracks: int) -> tuple[dict[int, int], set[int]]:
    """Stage changes, deadlines and limitation ends on tracks so their captions do not overlap.

    Returns each event's track (by id) and the ids whose caption finds no room
    (more of them close together than there are tracks): those show their
    marker only, and say the rest in their tooltip.
    """
    ends: list[float] = []
    found: dict[int, int] = {}
    hidden: set[int] = set()
    for event in events:
        x = x_of(event)
        left = x - RADIUS - 1
        track = next((t for t, end in enumerate(ends) if end <= left), None)
        width = width_of(event)
        if track is None and len(ends) < max(1, tracks):
            ends.append(0.0)
            track = len(ends) - 1
        elif track is None:
            track = min(range(len(ends)), key=ends.__getitem__)
            hidden.add(id(event))
            width = 2 * RADIUS + 3
        ends[track] = max(ends[track], left + width)
        found[id(event)] = track
    return found, hidden


def is_top_band(event: Event) -> bool:
    return event.kind in (EventKind.STAGE_TRANSITION, EventKind.DEADLINE, EventKind.LIMITATION)
