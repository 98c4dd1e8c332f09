"""Painting the time line: lanes, month grid, today's line, the marks on screen, the axis and the names.

Everything is drawn in one pass over what is visible; nothing is kept per
event but the marker styles (a handful, shared) and the caption widths.
`paint()` returns what it drew, so clicks and tooltips find the mark under
the pointer without any item per event.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind
from debtdesk.domain.timeline_index import Mark
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.timeline_geometry import LaneBox, band_of
from debtdesk.ui.timeline_markers import RADIUS, _alpha, _mix, event_stage, marker_style, translate
from debtdesk.ui.i18n import show_date

CAPTIONED = (EventKind.STAGE_TRANSITION, EventKind.DEADLINE)


def month_format() -> str:
    """The QDate format of a month on the header: 'Sep 2026' in English, '2026年9月' in Chinese."""
    return translate("Timeline", "MMM yyyy")


@dataclass(frozen=True)
class Painted:
    """A mark as last painted: its rectangle in viewport pixels."""

    rect: QRectF
    mark: Mark

    @property
    def event(self) -> Event:
        return self.mark.event


def _style_key(event: Event) -> tuple:
    return (event.kind, event.projected, event.flagged,
            event_stage(event) if event.kind is EventKind.STAGE_TRANSITION else None)


def _z(mark: Mark) -> int:
    event = mark.event
    return 3 if event.flagged else 1 if event.kind is EventKind.STAGE_TRANSITION else 2


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class TimelinePainter:
    """Paints a `TimelineView`'s viewport from its geometry; keeps only shared styles."""

    def __init__(self, view):
        self.view = view
        self._styles: dict[tuple, tuple[QPainterPath, QPen, QBrush]] = {}
        self._captions: dict[int, tuple[Event, str, float]] = {}

    def forget_styles(self) -> None:
        self._styles.clear()
        self._captions.clear()

    def style(self, event: Event) -> tuple[QPainterPath, QPen, QBrush]:
        key = _style_key(event)
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = marker_style(event, self.view.palette())
        return found

    def caption(self, event: Event) -> str:
        return self._caption(event)[0]

    def caption_width(self, event: Event) -> float:
        """The room a top-band marker takes: the marker and its caption."""
        return 2 * RADIUS + 3 + (self._caption(event)[1] + 8 if event.kind in CAPTIONED else 0)

    def _caption(self, event: Event) -> tuple[str, float]:
        """The caption and its width, kept per event (with the event, so a reused id is never mistaken)."""
        found = self._captions.get(id(event))
        if found is None or found[0] is not event:
            if len(self._captions) > 5000:
                self._captions.clear()
            text = self.view.caption_text(event) if event.kind in CAPTIONED else ""
            found = self._captions[id(event)] = (event, text, QFontMetricsF(self.view.font()).horizontalAdvance(text))
        return found[1], found[2]

    # -- the pass ---------------------------------------------------------------------------
    def paint(self, p: QPainter, boxes: list[LaneBox]) -> list[Painted]:
        view = self.view
        palette, font = view.palette(), view.font()
        size = view.viewport().size()
        w, h = float(size.width()), float(size.height())
        hs, vs = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        left, header = view.label_column_width(), view.header_height()
        p.fillRect(QRectF(0, 0, w, h), palette.color(QPalette.ColorRole.Base))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.save()
        p.setClipRect(QRectF(left, header, w - left, h - header))
        p.translate(-hs, -vs)
        body = QRectF(hs + left, vs + header, w - left, h - header)
        self._lanes(p, boxes, body, palette)
        self._grid(p, body, palette, font)
        painted = self._marks(p, boxes, body, palette, font, hs, vs)
        p.restore()
        if not boxes:
            p.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QPointF(left + 28, header + 24 + QFontMetricsF(font).ascent()),
                       view.waiting_text or self.placeholder())
        self._header(p, w, hs, palette, font)
        self._names(p, boxes, h, vs, palette, font)
        window = palette.color(QPalette.ColorRole.Window)
        p.fillRect(QRectF(0, 0, left, header), window)
        p.setPen(QPen(_alpha(palette.color(QPalette.ColorRole.WindowText), 110), 1))
        p.drawLine(QPointF(0, header - 0.5), QPointF(left - 0.5, header - 0.5))
        p.drawLine(QPointF(left - 0.5, 0), QPointF(left - 0.5, header))
        return painted

    @staticmethod
    def placeholder() -> str:
        return translate("Timeline", "Nothing on the time line yet: add a debt to see its "
                                     "instalments, payments and stage changes.")

    def _lanes(self, p: QPainter, boxes: list[LaneBox], body: QRectF, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        alternate = palette.color(QPalette.ColorRole.AlternateBase)
        alternate = alternate if alternate != base else _mix(base, text, 0.04)
        p.setPen(QPen(_alpha(text, 30), 0))
        for box in boxes:
            p.setBrush(QBrush(alternate if box.index % 2 else base))
            p.drawRect(QRectF(body.left(), box.top, body.width(), box.height))

    def _months(self, first_x: float, last_x: float):
        """(month start, x) of every month starting between two content x positions (and the one before)."""
        view = self.view
        month = view.date_at(first_x).replace(day=1)
        last = view.date_at(last_x)
        while month <= last:
            yield month, view._day_x(month)
            month = _next_month(month)

    def label_step(self, fm: QFontMetricsF) -> int:
        """Label every month, or every 2nd, 3rd, 6th, 12th when zoomed out."""
        label_w = fm.horizontalAdvance(QLocale().toString(QDate(2026, 9, 1), month_format())) + 14
        return next((s for s in (1, 2, 3, 6, 12) if s * 30.44 * self.view.pixels_per_day() >= label_w), 12)

    def _grid(self, p: QPainter, body: QRectF, palette: QPalette, font) -> None:
        view = self.view
        text = palette.color(QPalette.ColorRole.Text)
        step = self.label_step(QFontMetricsF(font))
        p.setPen(QPen(_alpha(text, 34), 0))
        for month, x in self._months(body.left() - 1, body.right() + 1):
            if (month.year * 12 + month.month - 1) % step == 0:
                p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))
        x = view.today_x()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if x < body.right():
            p.fillRect(QRectF(max(x, body.left()), body.top(), body.right() - max(x, body.left()), body.height()),
                       _alpha(highlight, 14))
        p.setPen(QPen(highlight, 2.0))
        p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))

    def _marks(self, p: QPainter, boxes: list[LaneBox], body: QRectF, palette: QPalette, font,
               hs: int, vs: int) -> list[Painted]:
        view = self.view
        track_h = view._track_h
        selected = view.selected_event()
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        small.setBold(True)
        fm = QFontMetricsF(font)
        painted: list[Painted] = []
        placed = []
        for box in boxes:
            for mark in view.marks_of(box):
                band, track = mark.slot
                event = mark.event
                placed.append((_z(mark), view.x_for(event.on), box.slot_y(band, track, track_h), box, mark))
        placed.sort(key=lambda item: item[0])
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for _, x, y, box, mark in placed:
            event = mark.event
            path, pen, brush = self.style(event)
            if event.kind in CAPTIONED:
                colour = pen.color()
                p.setPen(QPen(_alpha(colour, 110), 1.0, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, y + RADIUS + 1), QPointF(x, box.bottom - 3))
                if not mark.crowded and view.shows_caption(box, event):
                    p.setPen(colour)
                    p.setFont(font)
                    p.drawText(QPointF(x + RADIUS + 5, y - fm.height() / 2 + fm.ascent()), self.caption(event))
            if selected is not None and (event is selected or (mark.crowded and mark.first <= selected.on.toordinal()
                                                               <= mark.last and selected.lender == event.lender
                                                               and band_of(selected) == band_of(event))):
                p.setPen(QPen(highlight, 2.0))
                p.setBrush(QBrush(_alpha(highlight, 70)))
                p.drawEllipse(QPointF(x, y), RADIUS + 4, RADIUS + 4)
            p.translate(x, y)
            p.setPen(pen)
            p.setBrush(brush)
            p.drawPath(path)
            if mark.crowded:
                self._count(p, mark.count, small, palette)
            p.translate(-x, -y)
            rect = QRectF(x - RADIUS - 3 - hs, y - RADIUS - 3 - vs, 2 * RADIUS + 6, 2 * RADIUS + 6)
            if rect.intersects(body.translated(-hs, -vs)):
                painted.append(Painted(rect, mark))
        return painted

    def _count(self, p: QPainter, count: int, font: QFont, palette: QPalette) -> None:
        """A small badge up and right of a crowded mark: how many events it stands for."""
        text = str(count) if count < 1000 else "999+"
        fm = QFontMetricsF(font)
        badge = QRectF(RADIUS - 3, -RADIUS - fm.height() + 3, fm.horizontalAdvance(text) + 4, fm.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_alpha(palette.color(QPalette.ColorRole.Base), 220))
        p.drawRoundedRect(badge, 3, 3)
        p.setPen(palette.color(QPalette.ColorRole.Text))
        p.setFont(font)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _header(self, p: QPainter, w: float, hs: int, palette: QPalette, font) -> None:
        view = self.view
        text = palette.color(QPalette.ColorRole.WindowText)
        h = view.header_height()
        fm = QFontMetricsF(font)
        p.fillRect(QRectF(0, 0, w, h), palette.color(QPalette.ColorRole.Window))
        locale = QLocale()
        step = self.label_step(fm)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        ppd = view.pixels_per_day()
        p.save()
        p.translate(-hs, 0)
        for month, x in self._months(hs - 200, hs + w + 1):
            p.setPen(QPen(_alpha(text, 90), 0))
            p.drawLine(QPointF(x, 2), QPointF(x, h))
            if (month.year * 12 + month.month - 1) % step == 0:
                p.setPen(text)
                p.setFont(font)
                p.drawText(QPointF(x + 5, 4 + fm.ascent()),
                           locale.toString(QDate(month.year, month.month, 1), month_format()))
            last = calendar.monthrange(month.year, month.month)[1]
            days = range(2, last + 1) if ppd >= 20 else (8, 15, 22) if ppd >= 2 else ()
            for day in days:
                dx = view._day_x(month.replace(day=day))
                p.setPen(QPen(_alpha(text, 70), 0))
                p.drawLine(QPointF(dx, h - 5), QPointF(dx, h))
                if ppd >= 6:
                    p.setPen(_alpha(text, 170))
                    p.setFont(small)
                    p.drawText(QPointF(dx + 3, h - fm.height() - 4 + QFontMetricsF(small).ascent()), str(day))
        x = view.today_x()
        today = self.today_text()
        chip_w = fm.horizontalAdvance(today) + 12
        chip = QRectF(x - chip_w / 2, h - fm.height() - 6, chip_w, fm.height() + 4)
        p.fillRect(chip, palette.color(QPalette.ColorRole.Highlight))
        p.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        p.setFont(font)
        p.drawText(QPointF(chip.left() + 6, h - fm.height() - 4 + fm.ascent()), today)
        p.restore()
        p.setPen(QPen(_alpha(text, 110), 1))
        p.drawLine(QPointF(0, h - 0.5), QPointF(w, h - 0.5))

    def today_text(self) -> str:
        return translate("Timeline", "Today {date}").format(date=show_date(self.view.as_of()))

    def _names(self, p: QPainter, boxes: list[LaneBox], h: float, vs: int, palette: QPalette, font) -> None:
        view = self.view
        left, header = view.label_column_width(), view.header_height()
        text = palette.color(QPalette.ColorRole.WindowText)
        fm = QFontMetricsF(font)
        p.fillRect(QRectF(0, header, left, h - header), palette.color(QPalette.ColorRole.Window))
        p.save()
        p.setClipRect(QRectF(0, header, left, h - header))
        p.setFont(font)
        for box in boxes:
            top = box.top - vs
            note, stage = view.lane_note_stage(box.lane.key)
            lines = 2 if note else 1
            y = top + (box.height - lines * fm.height()) / 2
            p.setPen(text)
            p.drawText(QPointF(10, y + fm.ascent()), self.elided(box.title))
            if note:
                colour = (stage_colour(stage) if isinstance(stage, Stage) else None) or _alpha(text, 180)
                p.setPen(colour)
                p.drawText(QPointF(10, y + fm.height() + fm.ascent()), self.elided(note))
            p.setPen(QPen(_alpha(text, 30), 0))
            p.drawLine(QPointF(0, top + box.height), QPointF(left, top + box.height))
        p.restore()
        p.setPen(QPen(_alpha(text, 110), 1))
        p.drawLine(QPointF(left - 0.5, header), QPointF(left - 0.5, h))

    def elided(self, name: str) -> str:
        fm = QFontMetricsF(self.view.font())
        return fm.elidedText(name, Qt.TextElideMode.ElideRight, self.view.label_column_width() - 20)
