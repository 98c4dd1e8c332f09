"""What the time line's markers look like and say: shapes, colours, words, the legend.

Shared by the view and its legend, so a marker means the same thing in both;
the view's geometry constants live here too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QLinearGradient, QPainter, QPainterPath, QPainterPathStroker,
                           QPalette, QPen, QPixmap, QPolygonF)
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind
from debtdesk.ui import contacts_model
from debtdesk.ui.debts_model import stage_colour
from debtdesk.ui.labels import label
from debtdesk.ui.i18n import marked

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

CTX = "Timeline"
KIND_TEXT = {
    EventKind.INSTALMENT_PAID: QT_TRANSLATE_NOOP("Timeline", "Instalment paid"),
    EventKind.INSTALMENT_MISSED: QT_TRANSLATE_NOOP("Timeline", "Instalment missed"),
    EventKind.INSTALMENT_PART_PAID: QT_TRANSLATE_NOOP("Timeline", "Instalment part paid"),
    EventKind.INSTALMENT_DUE: QT_TRANSLATE_NOOP("Timeline", "Instalment due"),
    EventKind.PAYMENT: QT_TRANSLATE_NOOP("Timeline", "Payment"),
    EventKind.CONTACT: QT_TRANSLATE_NOOP("Timeline", "Collector contact"),
    EventKind.LETTER: QT_TRANSLATE_NOOP("Timeline", "Letter sent"),
    EventKind.STAGE_TRANSITION: QT_TRANSLATE_NOOP("Timeline", "Stage change (projected)"),
    EventKind.AGREEMENT: QT_TRANSLATE_NOOP("Timeline", "Agreement in force"),
    EventKind.BREACH: QT_TRANSLATE_NOOP("Timeline", "Agreement broken"),
    EventKind.DEADLINE: QT_TRANSLATE_NOOP("Timeline", "Court deadline"),
    EventKind.LIMITATION: QT_TRANSLATE_NOOP("Timeline", "Limitation period ends"),
}
FLAGGED_TEXT = QT_TRANSLATE_NOOP("Timeline", "Contact with a red flag")

MIN_PPD, MAX_PPD, DEFAULT_PPD, ZOOM_STEP = 0.5, 40.0, 4.0, 1.25
RADIUS = 6.0
TRANSITIONS, SCHEDULE, ACTIVITY = range(3)  # bands inside a lane, top to bottom
TRACK_CAP = {TRANSITIONS: 4, SCHEDULE: 2, ACTIVITY: 4}
_BAND = {EventKind.STAGE_TRANSITION: TRANSITIONS, EventKind.PAYMENT: ACTIVITY, EventKind.CONTACT: ACTIVITY,
         EventKind.LETTER: ACTIVITY, EventKind.AGREEMENT: ACTIVITY, EventKind.BREACH: ACTIVITY,
         EventKind.DEADLINE: TRANSITIONS, EventKind.LIMITATION: TRANSITIONS}
LANE_PAD, PAD_X = 6.0, 28.0


def kind_text(event: Event) -> str:
    """What happened, in words: 'Instalment missed', 'Enters Mid overdue', ..."""
    if event.kind is EventKind.STAGE_TRANSITION:
        return translate("Timeline", "Enters {stage} (projected)").format(stage=label(event_stage(event)))
    if event.kind is EventKind.CONTACT and event.flagged:
        return marked("Timeline", FLAGGED_TEXT)
    return marked("Timeline", KIND_TEXT[event.kind])


def event_stage(event: Event) -> Stage:
    stage = getattr(event.ref, "stage", None)
    return stage if isinstance(stage, Stage) else Stage(event.title)


def _alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


# -- markers ---------------------------------------------------------------------------------
def _polygon(*points) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def marker_path(kind: EventKind, flagged: bool = False) -> QPainterPath:
    """The marker's outline, centred on (0, 0)."""
    r = RADIUS
    if kind is EventKind.CONTACT and flagged:  # warning triangle with a '!' cut out
        bang = QPainterPath()
        bang.addRoundedRect(QRectF(-1.5, -4.5, 3.0, 6.2), 1.2, 1.2)
        bang.addEllipse(QPointF(0, 4.6), 1.7, 1.7)
        return _polygon((0, -r - 3.5), (r + 3.5, r + 1.5), (-r - 3.5, r + 1.5)).subtracted(bang)
    if kind is EventKind.CONTACT:  # speech bubble
        bubble = QPainterPath()
        bubble.addRoundedRect(QRectF(-r, -r + 0.5, 2 * r, 2 * r - 3), 2.5, 2.5)
        return bubble.united(_polygon((-r + 2, r - 3), (-r + 1, r + 1.5), (-r + 6, r - 3)))
    if kind is EventKind.PAYMENT:
        return _polygon((0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0))
    if kind is EventKind.LETTER:  # an envelope with its flap cut out
        envelope = QPainterPath()
        envelope.addRect(QRectF(-r - 1, -r + 2, 2 * r + 2, 2 * r - 3))
        flap = QPainterPathStroker()
        flap.setWidth(1.6)
        return envelope.subtracted(flap.createStroke(_polygon((-r - 1, -r + 2), (0, 1), (r + 1, -r + 2))))
    if kind is EventKind.STAGE_TRANSITION:  # a pin pointing down at the date
        return _polygon((-r, -r + 1), (r, -r + 1), (0, r + 1))
    if kind in (EventKind.DEADLINE, EventKind.LIMITATION):  # an hourglass: time running out
        return _polygon((-r, -r), (r, -r), (1, 0), (r, r), (-r, r), (-1, 0))
    if kind in (EventKind.AGREEMENT, EventKind.BREACH):  # a signed sheet; broken: with a cross cut out
        sheet = QPainterPath()
        sheet.addRoundedRect(QRectF(-r + 1, -r, 2 * r - 2, 2 * r), 1.5, 1.5)
        if kind is EventKind.AGREEMENT:
            return sheet
        cross = QPainterPath()
        for sx in (-1, 1):
            cross.moveTo(-3.0 * sx, -3.5)
            cross.lineTo(3.0 * sx, 3.5)
        stroker = QPainterPathStroker()
        stroker.setWidth(2.4)
        return sheet.subtracted(stroker.createStroke(cross))
    circle = QPainterPath()
    circle.addEllipse(QPointF(0, 0), r, r)
    if kind is EventKind.INSTALMENT_MISSED:
        cross = QPainterPath()
        for sx in (-1, 1):
            cross.moveTo(-3.2 * sx, -3.2)
            cross.lineTo(3.2 * sx, 3.2)
        stroker = QPainterPathStroker()
        stroker.setWidth(2.6)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        return circle.subtracted(stroker.createStroke(cross))
    return circle


def marker_colour(event: Event, palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.Text)
    kind = event.kind
    if kind is EventKind.STAGE_TRANSITION:
        return stage_colour(event_stage(event)) or text
    if kind is EventKind.CONTACT and event.flagged:
        return warning_colour()
    if kind in (EventKind.INSTALMENT_MISSED, EventKind.BREACH):
        return stage_colour(Stage.LATE)
    if kind is EventKind.DEADLINE:
        return warning_colour()
    if kind is EventKind.AGREEMENT:
        return palette.color(QPalette.ColorRole.Highlight)
    if kind is EventKind.INSTALMENT_PART_PAID:
        return stage_colour(Stage.MID)
    if kind in (EventKind.PAYMENT, EventKind.LETTER):
        return palette.color(QPalette.ColorRole.Highlight)
    if kind is EventKind.INSTALMENT_PAID:
        return _mix(text, palette.color(QPalette.ColorRole.Base), 0.45)
    return text


def warning_colour() -> QColor:
    """The contact log's colour for red flags, so a flag looks the same everywhere."""
    return contacts_model.warning_colour()


def marker_style(event: Event, palette: QPalette) -> tuple[QPainterPath, QPen, QBrush]:
    """Path, pen and brush of an event's marker: filled when past, hollow and dashed when projected."""
    colour = marker_colour(event, palette)
    path = marker_path(event.kind, event.flagged)
    if event.projected:
        pen = QPen(colour, 2.0 if event.kind is EventKind.STAGE_TRANSITION else 1.6)
        pen.setDashPattern([2.2, 1.6])
        return path, pen, QBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(colour, 1.0)
    if event.kind is EventKind.INSTALMENT_PART_PAID:  # left half filled
        gradient = QLinearGradient(-RADIUS, 0, RADIUS, 0)
        gradient.setColorAt(0.0, colour)
        gradient.setColorAt(0.5, colour)
        gradient.setColorAt(0.501, Qt.GlobalColor.transparent)
        gradient.setColorAt(1.0, Qt.GlobalColor.transparent)
        pen.setWidthF(1.4)
        return path, pen, QBrush(gradient)
    return path, pen, QBrush(colour)


def legend_entries() -> list[tuple[Event, str]]:
    """A sample event per marker with its legend text."""
    day = date(2000, 1, 1)

    def sample(kind, projected=False, flagged=False, title=""):
        return Event(day, kind, None, "", title, projected=projected, flagged=flagged)

    return [
        (sample(EventKind.INSTALMENT_PAID), translate("Timeline", "Paid")),
        (sample(EventKind.INSTALMENT_PART_PAID), translate("Timeline", "Part paid")),
        (sample(EventKind.INSTALMENT_MISSED), translate("Timeline", "Missed")),
        (sample(EventKind.INSTALMENT_DUE, projected=True), translate("Timeline", "Due (to come)")),
        (sample(EventKind.PAYMENT), translate("Timeline", "Payment")),
        (sample(EventKind.CONTACT), translate("Timeline", "Contact")),
        (sample(EventKind.CONTACT, flagged=True), translate("Timeline", "Red flag")),
        (sample(EventKind.LETTER), translate("Timeline", "Letter sent")),
        (sample(EventKind.STAGE_TRANSITION, projected=True, title=Stage.MID.value),
         translate("Timeline", "Stage change if nothing is paid")),
        (sample(EventKind.AGREEMENT), QCoreApplication.translate("Timeline", "Agreement")),
        (sample(EventKind.BREACH), QCoreApplication.translate("Timeline", "Agreement broken")),
        (sample(EventKind.DEADLINE, projected=True), QCoreApplication.translate("Timeline", "Deadline or limitation")),
    ]


class TimelineLegend(QWidget):
    """What the markers mean, drawn with the same styles as the view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        # Two rows: in one, the legend alone was wider than a 1000-pixel window (1,270 in English).
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setHorizontalSpacing(14)
        self._layout.setVerticalSpacing(2)
        self.icons: list[QLabel] = []
        self.texts: list[QLabel] = []
        entries = legend_entries()
        per_row = (len(entries) + 1) // 2
        for index, _ in enumerate(entries):
            icon, text = QLabel(), QLabel()
            text.setTextFormat(Qt.TextFormat.PlainText)
            pair = QHBoxLayout()
            pair.setSpacing(4)
            pair.addWidget(icon)
            pair.addWidget(text, 1)
            self._layout.addLayout(pair, index // per_row, index % per_row)
            self.icons.append(icon)
            self.texts.append(text)
        self._layout.setColumnStretch(per_row, 1)
        self._refresh()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LanguageChange):
            self._refresh()

    def _refresh(self) -> None:
        ratio = self.devicePixelRatioF()
        size = 20
        for (sample, words), icon, text in zip(legend_entries(), self.icons, self.texts):
            pixmap = QPixmap(round(size * ratio), round(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            path, pen, brush = marker_style(sample, self.palette())
            painter.translate(size / 2, size / 2)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
            painter.end()
            icon.setPixmap(pixmap)
            text.setText(words)
