"""The time line drawn with Qt: one lane per lender along a horizontal date axis, painted, not itemised.

Draws what `domain.timeline` computes and computes nothing about debts itself.
Only the lanes and days on screen are painted: a lane's events are built when
it first comes into view (`services.timeline_lanes`), and where several events
of one slot fall within a marker's width they make one mark with a count
(`domain.timeline_index`).  The first version made one graphics item per
event: 404,191 items, 892 MB and 25 s on a large file.  Lane names (left) and
the month axis (top) stay in view while scrolling; the "today" line is
`as_of`.  Past events are filled, projected ones hollow and dashed.  Colours
come from the palette roles and the stage colours.
"""

from __future__ import annotations

import calendar
from bisect import bisect_right
from datetime import date, timedelta
from typing import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind
from debtdesk.domain.timeline_index import Mark, event_order
from debtdesk.services.timeline_lanes import ListedLanes
from debtdesk.ui.labels import label
from debtdesk.ui.timeline_geometry import (LaneBox, band_of, bucket_days, lay_out_lanes, pack_transitions,
                                           slot_function)
from debtdesk.ui.timeline_markers import (DEFAULT_PPD, MAX_PPD, MIN_PPD, PAD_X, RADIUS, SCHEDULE, TRANSITIONS,
                                          ACTIVITY, ZOOM_STEP, event_stage, kind_text, translate)
from debtdesk.ui.timeline_paint import Painted, TimelinePainter
from debtdesk.ui.widgets import plain_tooltip
from debtdesk.ui.i18n import show_date


class TimelineView(QAbstractScrollArea):
    """Events on a date axis, one lane per lender, painted for what is on screen.

    `set_lanes(lanes, as_of, …)` shows a `services.timeline_lanes` source;
    `set_events(events, as_of)` a plain list.  `painted()` says what the last
    paint drew; `event_activated(Event)` follows a click (or Left/Right keys
    once an event is selected).  Ctrl+wheel or `zoom_in()`/`zoom_out()` change
    the pixels per day; Shift+wheel scrolls along the dates.
    """

    event_activated = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._source = ListedLanes([])
        self._boxes: list[LaneBox] = []
        self._tops: list[float] = []
        self._as_of = date.today()
        self._currencies: Mapping[int, str] = {}
        self._lane_notes: dict[str, tuple[str, Stage | None]] = {}
        self._ppd = DEFAULT_PPD
        self._start = self._end = self._as_of
        self._left_w = self._header_h = 0.0
        self._track_h: dict[int, float] = {}
        self._selected: Event | None = None
        self._centre_date: date | None = None
        self._quiet = False
        self._drag: tuple[QPointF, int, int] | None = None
        self._painted: list[Painted] = []
        self._text_widths: tuple[str, dict[str, float]] = ("", {})  # lane names measured, by font
        self.waiting_text = ""  # shown instead of the empty time line's invitation while statuses are worked out
        self._painter = TimelinePainter(self)
        self.set_events([], self._as_of)

    # -- what to show ---------------------------------------------------------------------
    def set_events(self, events: Iterable[Event], as_of: date, lanes: Sequence[str] = (),
                   currencies: Mapping[int, str] | None = None,
                   lane_notes: Mapping[str, tuple[str, Stage | None]] | None = None) -> None:
        """Show these events (all in memory); `lanes` orders the lenders (others follow by first event)."""
        self.set_lanes(ListedLanes(events, lanes), as_of, currencies, lane_notes)

    def set_lanes(self, source, as_of: date, currencies: Mapping[int, str] | None = None,
                  lane_notes: Mapping[str, tuple[str, Stage | None]] | None = None) -> None:
        """Show a lane source (`TimelineLanes` or `ListedLanes`): lanes are built as they come into view.

        `currencies` maps debt ids to currency codes; `lane_notes` gives a line under a lender's name.
        """
        keep_centre = self._centre_date if self._boxes else None
        selected = self._selected
        self._source = source
        self._as_of = as_of
        self._currencies = dict(currencies or {})
        self._lane_notes = dict(lane_notes or {})
        span = source.span()
        first, last = (min(as_of, span[0]), max(as_of, span[1])) if span else (as_of, as_of)
        self._start = (first - timedelta(days=20)).replace(day=1)
        end = last + timedelta(days=45 if span else 150)
        self._end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
        self._selected = None
        self._relayout()
        if selected is not None:
            self._selected = self._find(selected)
        self.scroll_to(keep_centre or as_of)

    def refresh_lanes(self, keys: Iterable[str], lane_notes=None) -> None:
        """Drop these lanes' built events (a change touched them); they are built again when painted."""
        self._source.forget(keys)
        if lane_notes is not None:
            self._lane_notes = dict(lane_notes)
        if self._selected is not None:
            self._selected = self._find(self._selected)
        self.viewport().update()

    # -- questions --------------------------------------------------------------------------
    def events(self) -> list[Event]:
        """Every event shown, in time order (builds every lane: for tests and small files)."""
        return sorted(self._source.all_events(), key=event_order)

    def lane_events(self, key: str) -> list[Event]:
        return list(self._source.lane(key).events)

    def painted(self) -> list[Painted]:
        """What the last paint drew: each mark with its rectangle in viewport pixels."""
        return list(self._painted)

    def lane_names(self) -> list[str]:
        return [box.title for box in self._boxes]

    def lane_keys(self) -> list[str]:
        return [box.lane.key for box in self._boxes]

    def lane_rect(self, lender: str) -> QRectF:
        """The content rectangle of a lender's lane (the key is Event.lender)."""
        box = next(b for b in self._boxes if b.lane.key == lender)
        return QRectF(0, box.top, self.content_width(), box.height)

    def lane_note(self, lender: str) -> str:
        return self._lane_notes.get(lender, ("", None))[0]

    def label_column_width(self) -> float:
        return self._left_w

    def header_height(self) -> float:
        return self._header_h

    def x_for(self, day: date) -> float:
        """Content x of the middle of a day."""
        return self._day_x(day) + self._ppd / 2

    def date_at(self, content_x: float) -> date:
        return self._start + timedelta(days=int((content_x - self._left_w - PAD_X) // self._ppd))

    def today_x(self) -> float:
        return self.x_for(self._as_of)

    def to_viewport(self, point: QPointF) -> QPointF:
        """Content pixels to viewport pixels (the header and the names column stay put)."""
        return QPointF(point.x() - self.horizontalScrollBar().value(), point.y() - self.verticalScrollBar().value())

    def event_point(self, event: Event) -> QPointF | None:
        """The content position of an event's marker (None: not on this time line)."""
        box = next((b for b in self._boxes if b.lane.key == event.lender), None)
        if box is None:
            return None
        band, track = self._slot(box)(event)
        return QPointF(self.x_for(event.on), box.slot_y(band, track, self._track_h))

    def caption_rect(self, event: Event) -> QRectF | None:
        """The content rectangle of a stage change's or deadline's caption (None: it has none)."""
        point = self.event_point(event)
        text = self._painter.caption(event)
        box = next((b for b in self._boxes if b.lane.key == event.lender), None)
        if point is None or not text or not self.shows_caption(box, event):
            return None
        fm = QFontMetricsF(self.font())
        return QRectF(point.x() + RADIUS + 5, point.y() - fm.height() / 2, fm.horizontalAdvance(text), fm.height())

    def reveal(self, event: Event) -> None:
        """Scroll so an event's marker is on screen (sideways to its day, down to its lane)."""
        self.scroll_to(event.on)
        point = self.event_point(event)
        if point is not None:
            self._ensure_visible(point)

    def pixels_per_day(self) -> float:
        return self._ppd

    def content_width(self) -> float:
        return self._day_x(self._end + timedelta(days=1)) + PAD_X

    def content_height(self) -> float:
        return (self._boxes[-1].bottom if self._boxes else self._header_h) + 8

    scene_width = content_width

    def can_zoom_in(self) -> bool:
        return self._ppd < MAX_PPD

    def can_zoom_out(self) -> bool:
        return self._ppd > MIN_PPD

    def as_of(self) -> date:
        return self._as_of

    def lane_note_stage(self, key: str) -> tuple[str, Stage | None]:
        return self._lane_notes.get(key, ("", None))

    def currency(self, debt_id: int | None) -> str:
        return self._currencies.get(debt_id, "")

    # -- moving ---------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.set_pixels_per_day(self._ppd * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_pixels_per_day(self._ppd / ZOOM_STEP)

    def set_pixels_per_day(self, ppd: float, anchor_x: float | None = None) -> None:
        """Zoom, keeping the date under viewport x `anchor_x` (default: the middle) in place."""
        ppd = min(MAX_PPD, max(MIN_PPD, ppd))
        if abs(ppd - self._ppd) < 1e-9:
            return
        if anchor_x is None:
            anchor_x = self._left_w + self._body_width() / 2
        days = (anchor_x + self.horizontalScrollBar().value() - self._left_w - PAD_X) / self._ppd
        self._ppd = ppd
        self._update_ranges()
        self._set_scroll(self._left_w + PAD_X + days * ppd - anchor_x)
        self._centre_date = self._date_at_centre()
        self.viewport().update()
        self.zoom_changed.emit(ppd)

    def scroll_to(self, day: date) -> None:
        """Bring `day` to the middle of the dated area."""
        self._set_scroll(self.x_for(day) - self._left_w - self._body_width() / 2)
        self._centre_date = day

    def selected_event(self) -> Event | None:
        return self._selected

    def select_event(self, event: Event | None, emit: bool = False) -> None:
        """Ring an event's marker and bring it into view; `emit` also says so with event_activated."""
        found = self._find(event) if event is not None else None
        self._selected = found
        self.viewport().update()
        if found is None:
            return
        self._ensure_visible(self.event_point(found))
        if emit:
            self.event_activated.emit(found)

    # -- words ----------------------------------------------------------------------------
    def tooltip_text(self, event: Event) -> str:
        """Plain text: date, lender, what, amount."""
        lines = [show_date(event.on), event.lender or translate("Timeline", "No lender"), kind_text(event)]
        if event.kind is EventKind.CONTACT and event.title:
            lines.append(event.title)
        elif event.kind is EventKind.PAYMENT and event.title != "Payment":
            lines.append(event.title)
        if event.amount is not None:
            amount = self.amount_text(event)
            if event.kind is EventKind.STAGE_TRANSITION:
                lines.append(translate("Timeline", "Penalties and fees by then: {amount}").format(amount=amount))
            else:
                lines.append(amount)
        return "\n".join(lines)

    def mark_tooltip(self, mark: Mark) -> str:
        """One event's tooltip, or for a crowded mark how many events it holds and the most telling one."""
        if not mark.crowded:
            return self.tooltip_text(mark.event)
        head = translate("Timeline", "{n} events from {first} to {last}; zoom in to see each.").format(
            n=mark.count, first=show_date(date.fromordinal(mark.first)), last=show_date(date.fromordinal(mark.last)))
        return head + "\n\n" + self.tooltip_text(mark.event)

    def amount_text(self, event: Event) -> str:
        return f"{format_amount(event.amount)} {self._currencies.get(event.debt_id, '')}".strip()

    def caption_text(self, event: Event) -> str:
        if event.kind is EventKind.DEADLINE:  # counting down to it
            days = (event.on - self._as_of).days
            if days >= 0:
                return self.tr("Deadline · {n} days left").format(n=days)
            return self.tr("Deadline · passed")
        if event.kind is EventKind.LIMITATION:
            return ""
        amount = event.amount if event.amount is not None else ZERO
        return translate(
            "Timeline", "{stage} · {amount}").format(stage=label(event_stage(event)), amount=format_amount(amount))

    # -- Qt events ------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        boxes = self._visible_boxes()
        self._source.prepare([box.lane.key for box in boxes])  # the lanes coming into view, in one read
        painter = QPainter(self.viewport())
        try:
            self._painted = self._painter.paint(painter, boxes)
        finally:
            painter.end()

    def mark_at(self, pos: QPointF) -> Painted | None:
        """The mark drawn under a viewport position (the top one where marks overlap)."""
        for item in reversed(self._painted):
            if item.rect.adjusted(-2, -2, 2, 2).contains(pos):
                return item
        return None

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.mark_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.mark_tooltip(item.mark)), self.viewport())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.mark_at(event.position())
            if item is not None:
                self.select_event(item.mark.event, emit=True)
                event.accept()
                return
            self._drag = (event.position(), self.horizontalScrollBar().value(), self.verticalScrollBar().value())
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None:
            start, h, v = self._drag
            moved = event.position() - start
            self.horizontalScrollBar().setValue(round(h - moved.x()))
            self.verticalScrollBar().setValue(round(v - moved.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None:
            self._drag = None
            self.viewport().unsetCursor()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._selected is not None:
            self._step(1 if key == Qt.Key.Key_Right else -1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            steps = (delta.y() or delta.x()) / 120
            if steps:
                self.set_pixels_per_day(self._ppd * ZOOM_STEP ** steps, event.position().x())
            event.accept()
            return
        sideways = mods & Qt.KeyboardModifier.ShiftModifier or delta.x() != 0 \
            or self.verticalScrollBar().maximum() == 0
        if sideways:
            amount = delta.y() or delta.x()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(amount / 120 * 90))
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
        if not self._quiet:
            self._centre_date = self._date_at_centre()

    def resizeEvent(self, event) -> None:
        self._quiet = True
        super().resizeEvent(event)
        self._update_ranges()
        self._quiet = False
        if self._centre_date is not None:
            self.scroll_to(self._centre_date)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LanguageChange):
            self._painter.forget_styles()
            self._relayout()
            if self._centre_date is not None:
                self.scroll_to(self._centre_date)

    # -- internals ------------------------------------------------------------------------
    def _lane_title(self, key: str) -> str:
        return key or translate("Timeline", "Contacts without a lender")

    def _relayout(self) -> None:
        fm = QFontMetricsF(self.font())
        lanes = list(self._source.lanes)
        texts = {text for lane in lanes
                 for text in (self._lane_title(lane.key), self._lane_notes.get(lane.key, ("",))[0])}
        if self._text_widths[0] != self.font().key():
            self._text_widths = (self.font().key(), {})
        known = self._text_widths[1]
        widths = [known[t] if t in known else known.setdefault(t, fm.horizontalAdvance(t)) for t in texts]
        self._left_w = min(240.0, max(130.0, max(widths or [0]) + 28))
        self._header_h = round(fm.height() * 2 + 12)
        self._track_h = {TRANSITIONS: max(20.0, fm.height() + 6), SCHEDULE: 20.0, ACTIVITY: 20.0}
        self._boxes = lay_out_lanes(lanes, lambda lane: self._lane_title(lane.key), self._header_h, self._track_h,
                                    2 * fm.height() + 12)
        self._tops = [box.top for box in self._boxes]
        self._update_ranges()
        self.viewport().update()

    def _update_ranges(self) -> None:
        quiet, self._quiet = self._quiet, True
        viewport = self.viewport()
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, round(self.content_width() - viewport.width())))
        hbar.setPageStep(max(1, viewport.width() - round(self._left_w)))
        hbar.setSingleStep(max(1, round(7 * self._ppd)))
        vbar.setRange(0, max(0, round(self.content_height() - viewport.height())))
        vbar.setPageStep(max(1, viewport.height() - round(self._header_h)))
        vbar.setSingleStep(20)
        self._quiet = quiet

    def _visible_boxes(self) -> list[LaneBox]:
        top = self.verticalScrollBar().value() + self._header_h
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        last = bisect_right(self._tops, bottom)
        return [box for box in self._boxes[first:last] if box.bottom > top]

    def visible_days(self) -> tuple[date, date]:
        left = self.horizontalScrollBar().value() + self._left_w
        return self.date_at(left), self.date_at(left + self._body_width())

    def marks_of(self, box: LaneBox) -> list[Mark]:
        """The marks of a lane on screen at this zoom (and a caption's width to the left)."""
        lane = self._source.lane(box.lane.key)
        origin = self._start.toordinal()
        layout = (self._ppd, tuple(sorted(box.bands.items())), self.font().key())
        marks = lane.marks(bucket_days(self._ppd), origin, self._slot(box), key=layout)
        first, last = self.visible_days()
        reach = int(240 / self._ppd) + 2  # captions and crowded marks start left of the screen
        return marks.between(first.toordinal() - reach, last.toordinal() + 2)

    def _packing(self, box: LaneBox) -> tuple[dict[int, int], set[int]]:
        """The lane's stage changes on their tracks at this zoom, and those left without a caption."""
        lane = self._source.lane(box.lane.key)
        key = ("transitions", self._ppd, box.tracks(TRANSITIONS), self._start, self.font().key(), self._as_of)
        packed = lane.memo.get(key)
        if packed is None:
            if len(lane.memo) > 8:
                lane.memo.clear()
            top = [e for e in lane.events if band_of(e) == TRANSITIONS]
            packed = pack_transitions(top, lambda e: self.x_for(e.on), self._painter.caption_width,
                                      box.tracks(TRANSITIONS))
            lane.memo[key] = packed
        return packed

    def _slot(self, box: LaneBox):
        return slot_function(box, self._packing(box)[0])

    def shows_caption(self, box: LaneBox, event: Event) -> bool:
        """Whether a stage change's caption has room beside it (crowded ones show the marker only)."""
        return id(event) not in self._packing(box)[1]

    def _find(self, event: Event) -> Event | None:
        """The event shown that is this one (the same object, or an equal one after a rebuild)."""
        if not any(box.lane.key == event.lender for box in self._boxes):
            return None
        lane = self._source.lane(event.lender)
        index = lane.index_of(event)
        return lane.events[index] if index is not None else None

    def _step(self, direction: int) -> None:
        lane = self._source.lane(self._selected.lender)
        index = lane.index_of(self._selected)
        if index is None:
            return
        index += direction
        if 0 <= index < len(lane.events):
            self.select_event(lane.events[index], emit=True)

    def _ensure_visible(self, point: QPointF | None, margin: float = 24) -> None:
        if point is None:
            return
        view = self.to_viewport(point)
        if view.x() < self._left_w + margin or view.x() > self.viewport().width() - margin:
            self._set_scroll(point.x() - self._left_w - self._body_width() / 2)
            self._centre_date = self.date_at(point.x())
        if view.y() < self._header_h + margin or view.y() > self.viewport().height() - margin:
            self.verticalScrollBar().setValue(
                round(point.y() - self._header_h - (self.viewport().height() - self._header_h) / 2))

    def _date_at_centre(self) -> date:
        return self.date_at(self.horizontalScrollBar().value() + self._left_w + self._body_width() / 2)

    def _body_width(self) -> float:
        return max(1.0, self.viewport().width() - self._left_w)

    def _set_scroll(self, value: float) -> None:
        self._quiet = True
        self.horizontalScrollBar().setValue(round(value))
        self._quiet = False
        self.viewport().update()

    def _day_x(self, day: date) -> float:
        return self._left_w + PAD_X + (day - self._start).days * self._ppd

