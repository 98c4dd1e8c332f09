"""The time line: markers per event, lanes per lender, today's line, clicks, zoom, painted for what is on screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from debtdesk.domain.contacts import Channel, Contact, Flag
from debtdesk.domain.money import format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind, timeline
from debtdesk.services.follow_up import follow_up
from debtdesk.store import Store
from debtdesk.ui.labels import label
from debtdesk.ui.session import Session
from debtdesk.ui.timeline_markers import MAX_PPD, MIN_PPD, warning_colour
from debtdesk.ui.timeline_screen import TimelineScreen
from debtdesk.ui.timeline_view import TimelineView

JIEBEI = "借呗 (蚂蚁消费金融)"


def _screen(qtbot, session, contacts_source=None) -> TimelineScreen:
    screen = TimelineScreen(session, contacts_source)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _view(qtbot, events, as_of) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_events(events, as_of)
    return view


def _debt_id(session, lender: str) -> int:
    return next(s.debt.id for s in session.debt_views() if s.debt.lender.name == lender)


def _painted(view: TimelineView):
    view.viewport().grab()  # paints now (repaint() may wait for the window system)
    return view.painted()


def _spot(view: TimelineView, event: Event) -> QPoint:
    """Where the event's marker is on screen, after bringing it there."""
    view.reveal(event)
    _painted(view)
    pos = view.to_viewport(view.event_point(event)).toPoint()
    assert view.viewport().rect().contains(pos)
    return pos


def _click(qtbot, view: TimelineView, event: Event) -> None:
    pos = _spot(view, event)
    with qtbot.waitSignal(view.event_activated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [event]


def _style(view: TimelineView, event: Event):
    return view._painter.style(event)


#: One limitation-period marker per debt with an overdue instalment (four in the demo).
LIMITS = 4


def _limits(session):
    return follow_up(session.store, session.as_of, statuses=session.debt_views()).limitations


def _key(e: Event):
    return e.on, e.kind, e.lender, e.title


def test_the_page_holds_every_event_and_paints_each_one_on_screen(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    data = follow_up(window.session.store, window.session.as_of, statuses=window.session.debt_views())
    events = timeline(window.session.debt_views(), limitations=data.limitations)
    assert len(events) == 143 + LIMITS and sum(e.kind is EventKind.LIMITATION for e in events) == LIMITS
    assert sorted(map(_key, view.events())) == sorted(map(_key, events))
    painted = _painted(view)
    body = view.viewport().rect().adjusted(round(view.label_column_width()) + 8, round(view.header_height()) + 8,
                                           -8, -8)
    on_screen = [e for e in view.events() if body.contains(view.to_viewport(view.event_point(e)).toPoint())]
    assert len(on_screen) > 20
    for event in on_screen:  # drawn: alone under its own marker, or counted in a crowded one
        assert any(p.event is event or (p.mark.crowded and p.mark.first <= event.on.toordinal() <= p.mark.last
                                        and p.event.lender == event.lender) for p in painted), event
    assert sum(p.mark.count for p in painted) >= len(on_screen)


def test_projected_markers_are_hollow_and_dashed_past_ones_filled(window, qtbot):
    view = _screen(qtbot, window.session).view
    painted = [p.event for p in _painted(view)]
    past = [e for e in painted if not e.projected]
    projected = [e for e in painted if e.projected]
    assert past and projected
    assert all(_style(view, e)[2].style() != Qt.BrushStyle.NoBrush for e in past)
    assert all(_style(view, e)[1].style() == Qt.PenStyle.SolidLine for e in past)
    assert all(_style(view, e)[2].style() == Qt.BrushStyle.NoBrush for e in projected)
    assert all(_style(view, e)[1].style() != Qt.PenStyle.SolidLine for e in projected)
    assert all(e.on > window.session.as_of for e in projected)


def test_markers_differ_by_kind(window, qtbot):
    view = _screen(qtbot, window.session).view
    shapes = {}
    for event in view.events():
        path, pen, _ = _style(view, event)
        rect = path.boundingRect()
        shapes.setdefault(event.kind, set()).add((path.elementCount(), round(rect.width(), 1), pen.color().name()))
    kinds = [EventKind.INSTALMENT_PAID, EventKind.INSTALMENT_MISSED, EventKind.INSTALMENT_PART_PAID,
             EventKind.INSTALMENT_DUE, EventKind.PAYMENT]
    looks = [next(iter(shapes[k])) for k in kinds]
    assert len(set(looks)) == len(kinds)


def test_one_lane_per_lender_in_register_order(window, qtbot):
    view = _screen(qtbot, window.session).view
    lenders = [s.debt.lender.name for s in window.session.debt_views()]
    assert view.lane_names() == lenders
    for event in view.events():
        lane = view.lane_rect(event.lender)
        assert lane.top() < view.event_point(event).y() < lane.bottom(), event
    rects = [view.lane_rect(name) for name in lenders]
    assert all(a.bottom() <= b.top() for a, b in pairwise(rects))


def test_lane_names_show_the_stage_today(window, qtbot):
    view = _screen(qtbot, window.session).view
    assert view.lane_note("Anna Chan (private)") == "Severe · 120 days past due"
    assert view.lane_note(JIEBEI) == "Early overdue · 5 days past due"


def test_today_line_sits_halfway_between_days_equally_far_away(app, qtbot, as_of):
    events = [Event(as_of - timedelta(days=10), EventKind.INSTALMENT_PAID, 1, "A", "Instalment 1", Decimal(5)),
              Event(as_of + timedelta(days=10), EventKind.INSTALMENT_DUE, 1, "A", "Instalment 2", Decimal(5),
                    projected=True)]
    view = _view(qtbot, events, as_of)
    before, after = (view.event_point(e).x() for e in events)
    assert view.today_x() == pytest.approx((before + after) / 2)
    assert view.today_x() == pytest.approx(view.x_for(as_of))
    assert as_of.isoformat() in view._painter.today_text()
    image = view.viewport().grab().toImage()  # the line is drawn in the highlight colour, two pixels wide
    x = round(view.to_viewport(QPointF(view.today_x(), 0)).x())
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    y = image.height() - 10
    assert any(image.pixelColor(x + dx, y) == highlight for dx in (-1, 0, 1))


def test_show_debt_shows_only_that_debt(window, qtbot):
    screen = _screen(qtbot, window.session)
    debt_id = _debt_id(window.session, JIEBEI)
    screen.show_debt(debt_id)
    events = timeline(window.session.debt_views(), debt_id=debt_id, limitations=_limits(window.session))
    assert screen.debt_choice.currentText() == JIEBEI
    assert len(screen.view.events()) == len(events) == 19 + 1
    assert {e.debt_id for e in screen.view.events()} == {debt_id}
    assert screen.view.lane_names() == [JIEBEI]
    screen.show_debt(None)
    assert screen.debt_choice.currentIndex() == 0 and len(screen.view.events()) == 143 + LIMITS


def test_clicking_a_stage_change_shows_its_date_and_cost(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    event = next(e for e in view.events() if e.kind is EventKind.STAGE_TRANSITION and e.lender == JIEBEI)
    assert event.on == date(2026, 11, 26)
    _click(qtbot, view, event)
    assert view.selected_event() is event
    assert screen.detail_title.text() == "Enters Mid overdue (projected)"
    text = screen.detail.text()
    cost = event.ref.cost
    assert "Date: 2026-11-26 (in 3 days)" in text
    assert f"Lender: {JIEBEI}" in text
    assert "Days past due by then: 8" in text
    assert f"Penalty interest by then: {format_amount(cost.penalty_interest)} CNY" in text
    assert f"Late fees by then: {format_amount(cost.late_fees)} CNY" in text
    assert "Penalties and fees by then: 11.78 CNY" in text
    assert "More than today: +4.42 CNY" in text
    assert view.caption_text(event) == "Mid overdue · 11.78"


def test_clicking_a_missed_instalment_shows_its_facts(window, qtbot):
    screen = _screen(qtbot, window.session)
    event = next(e for e in screen.view.events()
                 if e.kind is EventKind.INSTALMENT_MISSED and e.lender == "中国建设银行")
    _click(qtbot, screen.view, event)
    assert screen.detail_title.text() == "Instalment missed"
    assert "Date: 2026-11-09 (14 days ago)" in screen.detail.text()
    assert "Amount due: 2,374.39 CNY" in screen.detail.text()
    assert "Instalment number: 12" in screen.detail.text()


def test_clicking_empty_space_keeps_the_selection(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    event = next(e for e in view.events() if e.kind is EventKind.PAYMENT)
    _click(qtbot, view, event)
    shown = screen.detail.text()
    empty = QPoint(round(view.label_column_width()) + 3, round(view.header_height()) + 3)
    assert view.mark_at(QPointF(empty)) is None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert view.selected_event() is event and screen.detail.text() == shown


def test_arrow_keys_walk_through_a_lanes_events(window, qtbot):
    view = _screen(qtbot, window.session).view
    first, second = view.lane_events(JIEBEI)[:2]
    view.select_event(first)
    view.setFocus()
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert blocker.args == [second] and view.selected_event() is second


def _contacts(session):
    jiebei = _debt_id(session, JIEBEI)
    calm = Contact(datetime(2026, 11, 12, 10, 0), Channel.SMS, company="某某催收", summary="Reminder",
                   debt_id=jiebei, id=1)
    bad = Contact(datetime(2026, 11, 20, 22, 30), Channel.CALL, company="某某催收", agent="Wang",
                  summary="Said they would tell my employer <today>", debt_id=jiebei, id=2)
    return [(calm, frozenset()), (bad, frozenset({Flag.NIGHT, Flag.THIRD_PARTY}))]


def test_a_flagged_contact_stands_out_and_its_flags_are_listed(window, qtbot):
    log = _contacts(window.session)
    screen = _screen(qtbot, window.session, lambda: log)
    view = screen.view
    contacts = [e for e in view.events() if e.kind is EventKind.CONTACT]
    assert len(contacts) == 2 and len(view.events()) == 145 + LIMITS
    calm, bad = sorted(contacts, key=lambda e: e.flagged)
    assert bad.flagged and not calm.flagged
    assert _style(view, bad)[2].color() == warning_colour() != _style(view, calm)[2].color()
    assert _style(view, bad)[0].boundingRect().width() > _style(view, calm)[0].boundingRect().width()
    assert "Contact with a red flag" in view.tooltip_text(bad)
    _click(qtbot, view, bad)
    painted = view.painted()
    assert painted.index(next(p for p in painted if p.event is bad)) > \
        painted.index(next(p for p in painted if p.event is calm))  # drawn on top
    text = screen.detail.text()
    assert screen.detail_title.text() == "Contact with a red flag"
    assert "When: 2026-11-20 22:30" in text and "Channel: Phone call" in text and "Agent: Wang" in text
    assert "Red flags:\n⚠ Outside the allowed hours 08:00–21:00\n⚠ Contacted my family, employer" in text
    assert "Said they would tell my employer <today>" in text
    assert screen.detail.textFormat() == Qt.TextFormat.PlainText


def _tooltip_at(view: TimelineView, pos: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def test_tooltips_show_user_text_as_typed(app, qtbot, as_of):
    event = Event(as_of, EventKind.PAYMENT, 1, "张三 <b>bold</b>", "paid <i>half</i>", Decimal("10.5"))
    view = _view(qtbot, [event], as_of)
    text = view.tooltip_text(event)
    assert text.splitlines() == [as_of.isoformat(), "张三 <b>bold</b>", "Payment", "paid <i>half</i>", "10.50"]
    tip = _tooltip_at(view, _spot(view, event))
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip and "<b>bold" not in tip


def test_crowded_days_make_one_mark_with_a_count(app, qtbot, as_of):
    """Zoomed out, a month of daily contacts is one mark saying how many, shown as the most telling one."""
    events = [Event(as_of - timedelta(days=n), EventKind.CONTACT, 1, "L", "call", flagged=n == 9)
              for n in range(1, 31)]
    view = _view(qtbot, events, as_of)
    view.set_pixels_per_day(MAX_PPD)
    view.reveal(events[0])
    assert all(not p.mark.crowded for p in _painted(view))  # close up: one marker each
    view.set_pixels_per_day(MIN_PPD)
    view.scroll_to(as_of)
    painted = _painted(view)
    assert sum(p.mark.count for p in painted) == 30 and len(painted) <= 3
    crowded = max(painted, key=lambda p: p.mark.count)
    flagged_mark = next(p for p in painted if p.mark.first <= events[8].on.toordinal() <= p.mark.last)
    assert flagged_mark.event is events[8]  # the red flag speaks for its mark
    pointed = view.mark_at(crowded.rect.center())  # the top one where two marks touch
    assert pointed is not None and pointed.mark.crowded
    tip = _tooltip_at(view, crowded.rect.center().toPoint())
    assert f"{pointed.mark.count} events from" in tip and "zoom in to see each" in tip


def test_zoom_changes_the_width_within_limits(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    first, last = view.events()[0], view.events()[-1]
    width = view.content_width()
    span = view.x_for(last.on) - view.x_for(first.on)
    qtbot.mouseClick(screen.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.content_width() > width * 1.2
    assert view.x_for(last.on) - view.x_for(first.on) == pytest.approx(span * 1.25)
    for _ in range(40):
        view.zoom_in()
    assert view.pixels_per_day() == MAX_PPD and not screen.zoom_in_button.isEnabled()
    for _ in range(60):
        view.zoom_out()
    assert view.pixels_per_day() == MIN_PPD and not screen.zoom_out_button.isEnabled()
    assert view.content_width() < width


def _wheel(view, delta: int, modifiers) -> None:
    pos = QPointF(view.viewport().width() / 2, view.viewport().height() / 2)
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_and_shift_wheel_moves_in_time(window, qtbot):
    view = _screen(qtbot, window.session).view
    ppd = view.pixels_per_day()
    _wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.pixels_per_day() > ppd
    bar = view.horizontalScrollBar()
    value = bar.value()
    _wheel(view, -120, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() > value


def test_scroll_to_and_today_button_bring_the_date_into_view(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    view.scroll_to(date(2029, 6, 1))
    assert not view.viewport().rect().contains(view.to_viewport(QPointF(view.today_x(), 100)).toPoint())
    qtbot.mouseClick(screen.today_button, Qt.MouseButton.LeftButton)
    x = view.to_viewport(QPointF(view.today_x(), 100)).x()
    middle_of_dates = (view.label_column_width() + view.viewport().width()) / 2
    assert abs(x - middle_of_dates) <= 2


def test_follows_changes_in_the_file(window, qtbot):
    screen = _screen(qtbot, window.session)
    debt_id = _debt_id(window.session, JIEBEI)
    window.session.store.delete_debt(debt_id)
    window.session.notify()
    assert JIEBEI not in screen.view.lane_names()
    assert len(screen.view.events()) == 143 - 19 + LIMITS - 1
    assert screen.debt_choice.findData(debt_id) == -1


def test_an_empty_file_shows_an_empty_time_line(app, qtbot, tmp_path, as_of):
    store = Store.create(tmp_path / "empty.debtdesk")
    try:
        screen = _screen(qtbot, Session(store, as_of))
        view = screen.view
        assert view.events() == [] and view.lane_names() == [] and _painted(view) == []
        assert view.today_x() == pytest.approx(view.x_for(as_of))
        assert "Nothing on the time line yet" in view._painter.placeholder()
        assert screen.debt_choice.count() == 1
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().center())
        view.zoom_in()
        screen.show_debt(None)
        assert view.selected_event() is None and screen.detail_title.text() == ""
    finally:
        store.close()


def test_readable_in_a_dark_palette(window, qtbot):
    screen = _screen(qtbot, window.session)
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d8ee0")):
        dark.setColor(role, QColor(colour))
    view = screen.view
    view.setPalette(dark)
    image = view.viewport().grab().toImage()
    assert image.pixelColor(3, round(view.header_height()) + 3) == QColor("#2b2b2b")  # the names column
    x = round(view.to_viewport(QPointF(view.today_x(), 0)).x())
    assert any(image.pixelColor(x + dx, image.height() - 5) == QColor("#3d8ee0") for dx in (-1, 0, 1))
    paid = next(e for e in view.events() if e.kind is EventKind.INSTALMENT_PAID)
    assert _style(view, paid)[2].color() != QColor("#000000")  # paid markers follow the dark text colour
    assert len(view.events()) == 143 + LIMITS


def test_stage_captions_do_not_overlap_in_the_demo(window, qtbot):
    view = _screen(qtbot, window.session).view
    captioned = [e for e in view.events() if e.kind in (EventKind.STAGE_TRANSITION, EventKind.DEADLINE)]
    captions = [view.caption_rect(e) for e in captioned]
    assert len(captions) == 14 and all(c.width() > 0 for c in captions)
    for n, a in enumerate(captions):
        assert not any(a.intersects(b) for b in captions[n + 1:])
    assert any(label(Stage.SEVERE) in view.caption_text(e) for e in captioned)


def test_only_the_lanes_on_screen_are_built(app, qtbot, as_of):
    events = [Event(as_of + timedelta(days=n % 900 - 450), EventKind.CONTACT, n % 60, f"L{n % 60:02}", "call",
                    flagged=n % 7 == 0) for n in range(6000)]
    from debtdesk.services.timeline_contacts import ListedContacts
    from debtdesk.services.timeline_lanes import TimelineLanes

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    lanes = TimelineLanes([], ListedContacts([]), extra=events)
    view.set_lanes(lanes, as_of)
    _painted(view)
    assert len(view.lane_names()) == 60
    assert 0 < len(lanes.built()) < 15  # the rest wait until they are scrolled to
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    _painted(view)
    assert "L59" in lanes.built() and "L20" not in lanes.built()


def test_the_files_contact_log_joins_the_time_line(app, qtbot, household_path, as_of):
    from debtdesk.domain.contacts import flag_log
    from debtdesk.store.contacts import ContactLog
    from debtdesk.store.settings import contact_rules
    from debtdesk.ui.timeline_screen import file_contacts

    session = Session(Store.open(household_path), as_of)
    try:
        screen = _screen(qtbot, session, lambda: file_contacts(session))
        contacts = [e for e in screen.view.events() if e.kind is EventKind.CONTACT]
        assert len(screen.view.events()) == 143 + 4 + LIMITS and len(contacts) == 4
        flagged = [e for e in contacts if e.flagged]
        assert [e.on for e in flagged] == [date(2026, 11, 21), date(2026, 11, 22)]
        assert {e.lender for e in flagged} == {"中国建设银行"}
        whole = dict(flag_log(ContactLog(session.store).list(), contact_rules(session.store)))
        assert {e.ref: bool(whole[e.ref]) for e in contacts} == {e.ref: e.flagged for e in contacts}
        screen.show_debt(_debt_id(session, "中国建设银行"))
        assert sum(e.kind is EventKind.CONTACT for e in screen.view.events()) == 2
    finally:
        session.store.close()


def test_a_payment_rebuilds_only_its_own_lane(window, qtbot, monkeypatch):
    from debtdesk.domain.debt import Payment
    from debtdesk.ui.commands import AddPayment
    from debtdesk.ui.timeline_screen import file_contacts

    session = window.session
    screen = _screen(qtbot, session, lambda: file_contacts(session))
    lanes = screen._lanes
    before = {key: lanes.lane(key) for key in screen.view.lane_keys()}
    reloads = []
    monkeypatch.setattr(screen, "reload", lambda: reloads.append(1))
    debt_id = _debt_id(session, JIEBEI)
    window.undo_stack.push(AddPayment(session, Payment(debt_id, date(2026, 11, 21), Decimal("123.45")), JIEBEI))
    assert reloads == []  # not the whole page
    after = screen._lanes
    assert after is not lanes and set(before) - {JIEBEI} <= set(after.built())
    assert all(after.lane(k) is before[k] for k in before if k != JIEBEI)
    assert after.lane(JIEBEI) is not before[JIEBEI]
    paid = [e for e in screen.view.lane_events(JIEBEI)
            if e.kind is EventKind.PAYMENT and e.amount == Decimal("123.45")]
    assert [e.on for e in paid] == [date(2026, 11, 21)]
    assert screen.view.lane_note(JIEBEI) != ""


def test_while_statuses_are_worked_out_the_page_waits_instead_of_computing_them(app, qtbot, demo_path, as_of,
                                                                                 monkeypatch):
    session = Session(Store.open(demo_path), as_of)
    try:
        session.loading, session.waiting_for = True, 2006
        monkeypatch.setattr(session.statuses, "all", lambda: pytest.fail("the page computed the statuses"))
        screen = _screen(qtbot, session)
        assert screen.view.lane_names() == [] and _painted(screen.view) == []
        assert screen.hint.text() == "Working out where 2006 debts stand…" == screen.view.waiting_text
        monkeypatch.undo()
        session.loading = False
        session.notify()  # as the session does when the worker's statuses are in
        assert len(screen.view.lane_names()) == 6 and screen.view.waiting_text == ""
        assert screen.hint.text().startswith("Right of today's line")
    finally:
        session.store.close()
