"""The time line drawn with Qt: one lane per lender along a horizontal date axis.

Draws what `domain.timeline` computes and computes nothing about debts itself.
Each event is one `EventItem` (a QGraphicsPathItem, no widget per event); a
zoom moves the items instead of rebuilding them.  Lane names (left) and the
month axis (top) stay in view while scrolling; the "today" line is
`as_of`.  Past events are filled, projected ones hollow and dashed.
Colours come from the palette roles and the stage colours, so light and dark
palettes both read well.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Iterable, Mapping, Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
                               QWidget)

from debtdesk.domain.money import ZERO, format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.labels import label
from debtdesk.ui.timeline_markers import (  # the view's geometry and the markers' looks
    ACTIVITY,
    DEFAULT_PPD,
    EventItem,
    FILL_BELOW,
    LANE_PAD,
    MAX_PPD,
    MIN_PPD,
    PAD_X,
    RADIUS,
    SCHEDULE,
    TRACK_CAP,
    TRANSITIONS,
    ZOOM_STEP,
    Z_CORNER,
    Z_FLAGGED,
    Z_GRID,
    Z_HEADER,
    Z_LEFT,
    Z_MARKER,
    Z_TODAY,
    Z_TRANSITION,
    _BAND,
    _alpha,
    _mix,
    _rect,
    _text,
    translate,
    event_stage,
    kind_text,
    marker_style,
)
from debtdesk.ui.widgets import plain_tooltip
from debtdesk.ui.i18n import show_date


def month_format() -> str:
    """The QDate format of a month on the header: 'Sep 2026' in English, '2026年9月' in Chinese."""
    return translate("Timeline", "MMM yyyy")


class TimelineView(QGraphicsView):
    """Events on a date axis, one lane per lender.

    `set_events(events, as_of)` draws; `event_items()`/`item_for(event)` find
    the markers; `event_activated(Event)` follows a click (or Left/Right keys
    once an event is selected).  Ctrl+wheel or `zoom_in()`/`zoom_out()` change
    the pixels per day; Shift+wheel scrolls along the dates.
    """

    event_activated = Signal(object)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._events: list[Event] = []
        self._items: list[EventItem] = []
        self._as_of = date.today()
        self._lane_order: list[str] = []
        self._lane_notes: dict[str, tuple[str, Stage | None]] = {}
        self._currencies: Mapping[int, str] = {}
        self._ppd = DEFAULT_PPD
        self._start = self._end = self._as_of
        self._left_w = self._header_h = 0.0
        self._lanes: list[tuple[str, str, QRectF]] = []  # key, shown name, scene rect
        self._selected: EventItem | None = None
        self._centre_date: date | None = None
        self._quiet = False  # scrolling on our own: keep the centre date
        self._left = self._header = self._corner = None
        self.today_line: QGraphicsLineItem | None = None
        self.today_chip: QGraphicsSimpleTextItem | None = None
        self.lane_labels: list[QGraphicsSimpleTextItem] = []
        self.placeholder: QGraphicsSimpleTextItem | None = None
        self.set_events([], self._as_of)

    # -- public API ---------------------------------------------------------------------
    def set_events(self, events: Iterable[Event], as_of: date, lanes: Sequence[str] = (),
                   currencies: Mapping[int, str] | None = None,
                   lane_notes: Mapping[str, tuple[str, Stage | None]] | None = None) -> None:
        """Draw these events.

        `lanes` orders the lenders (Event.lender; others follow by first event);
        `currencies` maps debt ids to currency codes for amounts; `lane_notes`
        gives a line shown under a lender's name, coloured by its stage.
        """
        keep_centre = self._centre_date if self._events else None
        selected = self._selected.event if self._selected else None
        self._events = sorted(events, key=lambda e: e.on)
        self._as_of = as_of
        self._currencies = dict(currencies or {})
        self._lane_notes = dict(lane_notes or {})
        order = list(dict.fromkeys([*lanes, *(e.lender for e in self._events)]))
        used = {e.lender for e in self._events}
        self._lane_order = [key for key in order if key in used]
        first = min([as_of, *(e.on for e in self._events[:1])])
        last = max([as_of, *(e.on for e in self._events[-1:])])
        self._start = (first - timedelta(days=20)).replace(day=1)
        end = last + timedelta(days=45 if self._events else 150)
        self._end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
        self._left = self._header = self._corner = self.today_line = self.placeholder = None
        self._scene.clear()
        self._selected = None
        self.halo = QGraphicsEllipseItem()
        self.halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.halo.setVisible(False)
        self._items = [EventItem(e) for e in self._events]
        for item in self._items:
            self._scene.addItem(item)
        self._restyle()
        self._layout()
        if selected is not None:
            self.select_event(selected)
        self.scroll_to(keep_centre or as_of)

    def events(self) -> list[Event]:
        return list(self._events)

    def event_items(self) -> list[EventItem]:
        return list(self._items)

    def item_for(self, event: Event) -> EventItem | None:
        for item in self._items:
            if item.event is event:
                return item
        return next((item for item in self._items if item.event == event), None)

    def lane_names(self) -> list[str]:
        return [name for _, name, _ in self._lanes]

    def lane_rect(self, lender: str) -> QRectF:
        """The scene rectangle of a lender's lane (the key is Event.lender)."""
        return next(QRectF(rect) for key, _, rect in self._lanes if key == lender)

    def label_column_width(self) -> float:
        """Width of the lane names on the left, which cover the scene as it scrolls."""
        return self._left_w

    def x_for(self, day: date) -> float:
        """Scene x of the middle of a day."""
        return self._day_x(day) + self._ppd / 2

    def date_at(self, scene_x: float) -> date:
        return self._start + timedelta(days=int((scene_x - self._left_w - PAD_X) // self._ppd))

    def today_x(self) -> float:
        return self.today_line.line().x1()

    def pixels_per_day(self) -> float:
        return self._ppd

    def scene_width(self) -> float:
        return self._scene.sceneRect().width()

    def can_zoom_in(self) -> bool:
        return self._ppd < MAX_PPD

    def can_zoom_out(self) -> bool:
        return self._ppd > MIN_PPD

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
        days = (self.mapToScene(int(anchor_x), 0).x() - self._left_w - PAD_X) / self._ppd
        self._ppd = ppd
        self._layout()
        self._set_scroll(self._left_w + PAD_X + days * ppd - anchor_x)
        self._centre_date = self._date_at_centre()
        self.zoom_changed.emit(ppd)

    def scroll_to(self, day: date) -> None:
        """Bring `day` to the middle of the dated area."""
        self._set_scroll(self.x_for(day) - self._left_w - self._body_width() / 2)
        self._centre_date = day

    def selected_event(self) -> Event | None:
        return self._selected.event if self._selected else None

    def select_event(self, event: Event | None, emit: bool = False) -> None:
        """Ring an event's marker and bring it into view; `emit` also says so with event_activated."""
        item = self.item_for(event) if event is not None else None
        self._selected = item
        self.halo.setVisible(item is not None)
        if item is None:
            return
        self.halo.setParentItem(item)
        self.halo.setRect(item.path().boundingRect().adjusted(-4, -4, 4, 4))
        self.ensureVisible(item, int(self._left_w) + 16, 24)
        if emit:
            self.event_activated.emit(item.event)

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

    def amount_text(self, event: Event) -> str:
        currency = self._currencies.get(event.debt_id, "")
        return f"{format_amount(event.amount)} {currency}".strip()

    def caption_text(self, event: Event) -> str:
        if event.kind is EventKind.DEADLINE:  # counting down to it
            days = (event.on - self._as_of).days
            if days >= 0:
                return self.tr("Deadline · {n} days left").format(n=days)
            return self.tr("Deadline · passed")
        amount = event.amount if event.amount is not None else ZERO
        return translate(
            "Timeline", "{stage} · {amount}").format(stage=label(event_stage(event)), amount=format_amount(amount))

    # -- events -------------------------------------------------------------------------
    def event_item_at(self, pos) -> EventItem | None:
        items = self.items(pos)
        item = items[0] if items else None
        while item is not None and not isinstance(item, EventItem):
            item = item.parentItem()
        return item

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.event_item_at(event.position().toPoint())
            if item is not None:
                self.select_event(item.event, emit=True)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._selected is not None:
            index = self._items.index(self._selected) + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= index < len(self._items):
                self.select_event(self._items[index].event, emit=True)
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
        super().scrollContentsBy(dx, dy)
        self._place_sticky()
        if not self._quiet:
            self._centre_date = self._date_at_centre()

    def resizeEvent(self, event) -> None:
        self._quiet = True
        super().resizeEvent(event)
        self._quiet = False
        if self._centre_date is not None:
            self.scroll_to(self._centre_date)
        self._place_sticky()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange) \
                and self._left is not None:
            self._restyle()
            self._layout()
            if self._centre_date is not None:
                self.scroll_to(self._centre_date)

    # -- drawing ------------------------------------------------------------------------
    def _date_at_centre(self) -> date:
        return self.date_at(self.mapToScene(int(self._left_w + self._body_width() / 2), 0).x())

    def _body_width(self) -> float:
        return max(1.0, self.viewport().width() - self._left_w)

    def _set_scroll(self, value: float) -> None:
        self._quiet = True
        self.horizontalScrollBar().setValue(round(value))
        self._quiet = False
        self._place_sticky()

    def _day_x(self, day: date) -> float:
        return self._left_w + PAD_X + (day - self._start).days * self._ppd

    def _restyle(self) -> None:
        palette = self.palette()
        font = self.font()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.halo.setPen(QPen(highlight, 2.0))
        self.halo.setBrush(QBrush(_alpha(highlight, 70)))
        styles: dict[tuple, tuple[QPainterPath, QPen, QBrush]] = {}
        for item in self._items:
            event = item.event
            key = (event.kind, event.projected, event.flagged,
                   event_stage(event) if event.kind is EventKind.STAGE_TRANSITION else None)
            if key not in styles:
                styles[key] = marker_style(event, palette)
            path, pen, brush = styles[key]
            item.setPath(path)
            item.setPen(pen)
            item.setBrush(brush)
            item.setToolTip(plain_tooltip(self.tooltip_text(event)))
            item.setZValue(Z_FLAGGED if event.flagged else
                           Z_TRANSITION if event.kind is EventKind.STAGE_TRANSITION else Z_MARKER)
            if event.kind in (EventKind.STAGE_TRANSITION, EventKind.DEADLINE):
                colour = pen.color()
                if item.caption is None:
                    item.caption = _text(item, "", colour, font)
                    item.guide = QGraphicsLineItem(item)
                    item.guide.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
                item.caption.setText(self.caption_text(event))
                item.caption.setBrush(QBrush(colour))
                item.caption.setFont(font)
                item.caption.setPos(RADIUS + 5, -item.caption.boundingRect().height() / 2)
                guide_pen = QPen(_alpha(colour, 110), 1.0, Qt.PenStyle.DashLine)
                item.guide.setPen(guide_pen)

    def _lane_title(self, key: str) -> str:
        return key or translate("Timeline", "Contacts without a lender")

    def _layout(self) -> None:
        """Place every marker for the current zoom and rebuild the axis, lanes and today line."""
        quiet, self._quiet = self._quiet, True  # the scroll bars move on their own meanwhile
        try:
            self._layout_now()
        finally:
            self._quiet = quiet

    def _layout_now(self) -> None:
        palette, font = self.palette(), self.font()
        fm = QFontMetricsF(font)
        widths = [fm.horizontalAdvance(text) for k in self._lane_order
                  for text in (self._lane_title(k), self._lane_notes.get(k, ("",))[0])]
        self._left_w = min(240.0, max(130.0, max(widths or [0]) + 28))
        self._header_h = round(fm.height() * 2 + 12)
        track_h = {TRANSITIONS: max(20.0, fm.height() + 6), SCHEDULE: 20.0, ACTIVITY: 20.0}
        by_lane: dict[str, list[EventItem]] = {key: [] for key in self._lane_order}
        for item in self._items:
            by_lane[item.event.lender].append(item)
        for item in list(self._scene.items()):
            if item.parentItem() is None and not isinstance(item, EventItem):
                self._scene.removeItem(item)
        self._lanes = []
        y = float(self._header_h)
        for key in self._lane_order:
            top = y
            y += LANE_PAD
            for band in (TRANSITIONS, SCHEDULE, ACTIVITY):
                items = [i for i in by_lane[key] if _BAND.get(i.event.kind, SCHEDULE) == band]
                ends: list[float] = []
                for item in items:
                    x = self.x_for(item.event.on)
                    width = 2 * RADIUS + 3
                    if item.caption is not None:
                        width += item.caption.boundingRect().width() + 8
                    track = next((t for t, end in enumerate(ends) if end <= x - RADIUS - 1), None)
                    if track is None and len(ends) < TRACK_CAP[band]:
                        ends.append(0.0)
                        track = len(ends) - 1
                    elif track is None:
                        track = min(range(len(ends)), key=ends.__getitem__)
                    ends[track] = max(ends[track], x - RADIUS - 1 + width)
                    item.setPos(x, y + track * track_h[band] + track_h[band] / 2)
                y += len(ends) * track_h[band]
            y = max(y + LANE_PAD, top + 2 * fm.height() + 12)
            self._lanes.append((key, self._lane_title(key), QRectF(0, top, 0, y - top)))
        width = self._day_x(self._end + timedelta(days=1)) + PAD_X
        height = max(y + 8, self._header_h + 120)
        for index, (key, name, rect) in enumerate(self._lanes):
            rect.setWidth(width)
            for item in by_lane[key]:
                if item.guide is not None:
                    item.guide.setLine(0, RADIUS + 1, 0, rect.bottom() - item.y() - 3)
        self._scene.setSceneRect(QRectF(0, 0, width, height))
        # The grid, today line and lane names go on below the last lane to fill a tall window.
        self._draw_body(palette, font, width, height + FILL_BELOW)
        self._draw_header(palette, font, width)
        self._draw_left(palette, font, height + FILL_BELOW)
        self._place_sticky()

    def _draw_body(self, palette: QPalette, font, width: float, height: float) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        self.setBackgroundBrush(QBrush(base))
        alternate = palette.color(QPalette.ColorRole.AlternateBase)
        alternate = QBrush(alternate if alternate != base else _mix(base, text, 0.04))
        for index, (_, _, rect) in enumerate(self._lanes):
            lane = _rect(None, rect, alternate if index % 2 else QBrush(base), Z_GRID - 1,
                         QPen(_alpha(text, 30), 0))
            self._scene.addItem(lane)
        grid = QPainterPath()
        month = self._start
        step = self._label_step(QFontMetricsF(font))
        while month <= self._end:
            if _month_index(month) % step == 0:
                x = self._day_x(month)
                grid.moveTo(x, self._header_h)
                grid.lineTo(x, height)
            month = _next_month(month)
        lines = QGraphicsPathItem(grid)
        lines.setPen(QPen(_alpha(text, 34), 0))
        lines.setZValue(Z_GRID)
        self._scene.addItem(lines)
        x = self.x_for(self._as_of)
        future = _rect(None, QRectF(x, self._header_h, width - x, height - self._header_h),
                       QBrush(_alpha(palette.color(QPalette.ColorRole.Highlight), 14)), Z_GRID)
        self._scene.addItem(future)
        self.today_line = QGraphicsLineItem(x, self._header_h, x, height)
        self.today_line.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        self.today_line.setZValue(Z_TODAY)
        self._scene.addItem(self.today_line)
        self.placeholder = None
        if not self._events:
            self.placeholder = _text(None, translate("Timeline", "Nothing on the time line yet: add a debt to see its "
                                               "instalments, payments and stage changes."),
                                     palette.color(QPalette.ColorRole.PlaceholderText), font)
            self.placeholder.setPos(self._left_w + PAD_X, self._header_h + 24)
            self._scene.addItem(self.placeholder)

    def _label_step(self, fm: QFontMetricsF) -> int:
        """Label every month, or every 2nd, 3rd, 6th, 12th when zoomed out."""
        label_w = fm.horizontalAdvance(QLocale().toString(QDate(2026, 9, 1), month_format())) + 14
        return next((s for s in (1, 2, 3, 6, 12) if s * 30.44 * self._ppd >= label_w), 12)

    def _draw_header(self, palette: QPalette, font, width: float) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        h = self._header_h
        fm = QFontMetricsF(font)
        self._header = _rect(None, QRectF(0, 0, width, h), QBrush(palette.color(QPalette.ColorRole.Window)),
                             Z_HEADER)
        self._scene.addItem(self._header)
        ticks, minor = QPainterPath(), QPainterPath()
        locale = QLocale()
        step = self._label_step(fm)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        month = self._start
        while month <= self._end:
            x = self._day_x(month)
            ticks.moveTo(x, 2)
            ticks.lineTo(x, h)
            if _month_index(month) % step == 0:
                caption = _text(self._header, locale.toString(QDate(month.year, month.month, 1), month_format()),
                                text, font)
                caption.setPos(x + 5, 4)
            days = range(2, calendar.monthrange(month.year, month.month)[1] + 1) if self._ppd >= 20 else \
                (8, 15, 22) if self._ppd >= 2 else ()
            for day in days:
                dx = self._day_x(month.replace(day=day))
                minor.moveTo(dx, h - 5)
                minor.lineTo(dx, h)
                if self._ppd >= 6:
                    number = _text(self._header, str(day), _alpha(text, 170), small)
                    number.setPos(dx + 3, h - fm.height() - 4)
            month = _next_month(month)
        for path, alpha in ((ticks, 90), (minor, 70)):
            item = QGraphicsPathItem(path, self._header)
            item.setPen(QPen(_alpha(text, alpha), 0))
        border = QGraphicsLineItem(0, h - 0.5, width, h - 0.5, self._header)
        border.setPen(QPen(_alpha(text, 110), 1))
        x = self.x_for(self._as_of)
        today = translate("Timeline", "Today {date}").format(date=show_date(self._as_of))
        chip_w = fm.horizontalAdvance(today) + 12
        chip_rect = QRectF(x - chip_w / 2, h - fm.height() - 6, chip_w, fm.height() + 4)
        chip = QGraphicsRectItem(chip_rect, self._header)
        chip.setBrush(QBrush(palette.color(QPalette.ColorRole.Highlight)))
        chip.setPen(QPen(Qt.PenStyle.NoPen))
        chip_text = _text(chip, today, palette.color(QPalette.ColorRole.HighlightedText), font)
        chip_text.setPos(x - chip_w / 2 + 6, h - fm.height() - 4)
        self.today_chip = chip_text

    def _draw_left(self, palette: QPalette, font, height: float) -> None:
        window = QBrush(palette.color(QPalette.ColorRole.Window))
        text = palette.color(QPalette.ColorRole.WindowText)
        fm = QFontMetricsF(font)
        self._left = _rect(None, QRectF(0, 0, self._left_w, height), window, Z_LEFT)
        self._scene.addItem(self._left)
        edge = QGraphicsLineItem(self._left_w - 0.5, 0, self._left_w - 0.5, height, self._left)
        edge.setPen(QPen(_alpha(text, 110), 1))
        self.lane_labels = []
        for key, name, rect in self._lanes:
            note, stage = self._lane_notes.get(key, ("", None))
            lines = 2 if note else 1
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, self._left_w - 20)
            item = _text(self._left, shown, text, font)
            item.setPos(10, rect.top() + (rect.height() - lines * fm.height()) / 2)
            if shown != name:
                item.setToolTip(plain_tooltip(name))
            self.lane_labels.append(item)
            if note:
                colour = (stage_colour(stage) if stage else None) or _alpha(text, 180)
                note_item = _text(self._left, fm.elidedText(note, Qt.TextElideMode.ElideRight, self._left_w - 20),
                                  colour, font)
                note_item.setPos(10, item.y() + fm.height())
            line = QGraphicsLineItem(0, rect.bottom(), self._left_w, rect.bottom(), self._left)
            line.setPen(QPen(_alpha(text, 30), 0))
        self._corner = _rect(None, QRectF(0, 0, self._left_w, self._header_h), window, Z_CORNER)
        self._scene.addItem(self._corner)
        corner_edge = QGraphicsLineItem(0, self._header_h - 0.5, self._left_w - 0.5, self._header_h - 0.5,
                                        self._corner)
        corner_edge.setPen(QPen(_alpha(text, 110), 1))
        QGraphicsLineItem(self._left_w - 0.5, 0, self._left_w - 0.5, self._header_h,
                          self._corner).setPen(QPen(_alpha(text, 110), 1))

    def _place_sticky(self) -> None:
        if self._left is None:
            return
        corner = self.mapToScene(0, 0)
        x, y = max(0.0, corner.x()), max(0.0, corner.y())
        self._left.setPos(x, 0)
        self._header.setPos(0, y)
        self._corner.setPos(x, y)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
