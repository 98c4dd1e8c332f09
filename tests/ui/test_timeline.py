"""The time line: markers per event, lanes per lender, today's line, clicks, zoom."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from debtdesk.domain.contacts import Channel, Contact, Flag
from debtdesk.domain.money import format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.timeline import Event, EventKind, timeline
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


def _click(qtbot, view: TimelineView, event: Event) -> None:
    view.scroll_to(event.on)
    item = view.item_for(event)
    pos = view.mapFromScene(item.scenePos())
    assert view.viewport().rect().contains(pos)
    with qtbot.waitSignal(view.event_activated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [event]


#: One limitation-period marker per debt with an overdue instalment (four in the demo).
LIMITS = 4


def test_every_event_gets_exactly_one_marker(window, qtbot):
    screen = _screen(qtbot, window.session)
    data = screen._follow_up
    events = timeline(window.session.debt_views(), limitations=data.limitations)
    items = screen.view.event_items()
    assert len(events) == 143 + LIMITS and len(items) == len(events)
    assert sum(e.kind is EventKind.LIMITATION for e in events) == LIMITS
    assert sorted(map(id, (i.event for i in items))) == sorted(map(id, screen.view.events()))
    assert {(i.event.on, i.event.kind, i.event.lender, i.event.title) for i in items} == \
        {(e.on, e.kind, e.lender, e.title) for e in events}
    assert all(i.scene() is screen.view.scene() for i in items)


def test_projected_markers_are_hollow_and_dashed_past_ones_filled(window, qtbot):
    view = _screen(qtbot, window.session).view
    past = [i for i in view.event_items() if not i.event.projected]
    projected = [i for i in view.event_items() if i.event.projected]
    assert past and projected
    assert all(i.brush().style() != Qt.BrushStyle.NoBrush for i in past)
    assert all(i.pen().style() == Qt.PenStyle.SolidLine for i in past)
    assert all(i.brush().style() == Qt.BrushStyle.NoBrush for i in projected)
    assert all(i.pen().style() != Qt.PenStyle.SolidLine for i in projected)
    assert all(i.event.on > window.session.as_of for i in projected)


def test_markers_differ_by_kind(window, qtbot):
    view = _screen(qtbot, window.session).view
    shapes = {}
    for item in view.event_items():
        rect = item.path().boundingRect()
        shapes.setdefault(item.event.kind, set()).add(
            (item.path().elementCount(), round(rect.width(), 1), item.pen().color().name()))
    kinds = [EventKind.INSTALMENT_PAID, EventKind.INSTALMENT_MISSED, EventKind.INSTALMENT_PART_PAID,
             EventKind.INSTALMENT_DUE, EventKind.PAYMENT]
    looks = [next(iter(shapes[k])) for k in kinds]
    assert len(set(looks)) == len(kinds)


def test_one_lane_per_lender_in_register_order(window, qtbot):
    view = _screen(qtbot, window.session).view
    lenders = [s.debt.lender.name for s in window.session.debt_views()]
    assert view.lane_names() == lenders
    assert [lab.text() for lab in view.lane_labels] == lenders
    for item in view.event_items():
        lane = view.lane_rect(item.event.lender)
        assert lane.top() < item.scenePos().y() < lane.bottom(), item.event
    rects = [view.lane_rect(name) for name in lenders]
    assert all(a.bottom() <= b.top() for a, b in pairwise(rects))


def test_lane_names_show_the_stage_today(window, qtbot):
    view = _screen(qtbot, window.session).view
    assert any(item.text() == "Severe · 120 days past due" for item in view.scene().items()
               if hasattr(item, "text") and callable(item.text))


def test_today_line_sits_halfway_between_days_equally_far_away(app, qtbot, as_of):
    events = [Event(as_of - timedelta(days=10), EventKind.INSTALMENT_PAID, 1, "A", "Instalment 1", Decimal(5)),
              Event(as_of + timedelta(days=10), EventKind.INSTALMENT_DUE, 1, "A", "Instalment 2", Decimal(5),
                    projected=True)]
    view = _view(qtbot, events, as_of)
    before, after = (view.item_for(e).scenePos().x() for e in events)
    assert view.today_x() == pytest.approx((before + after) / 2)
    assert view.today_x() == pytest.approx(view.x_for(as_of))
    line = view.today_line.line()
    assert line.x1() == line.x2() and line.length() > 100
    assert view.today_line.pen().widthF() >= 2
    assert as_of.isoformat() in view.today_chip.text()


def test_show_debt_shows_only_that_debt(window, qtbot):
    screen = _screen(qtbot, window.session)
    debt_id = _debt_id(window.session, JIEBEI)
    screen.show_debt(debt_id)
    events = timeline(window.session.debt_views(), debt_id=debt_id, limitations=screen._follow_up.limitations)
    assert screen.debt_choice.currentText() == JIEBEI
    assert len(screen.view.event_items()) == len(events) == 19 + 1
    assert {i.event.debt_id for i in screen.view.event_items()} == {debt_id}
    assert screen.view.lane_names() == [JIEBEI]
    screen.show_debt(None)
    assert screen.debt_choice.currentIndex() == 0 and len(screen.view.event_items()) == 143 + LIMITS


def test_clicking_a_stage_change_shows_its_date_and_cost(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    event = next(i.event for i in view.event_items()
                 if i.event.kind is EventKind.STAGE_TRANSITION and i.event.lender == JIEBEI)
    assert event.on == date(2026, 11, 26)
    _click(qtbot, view, event)
    assert view.selected_event() is event
    assert view.halo.isVisible() and view.halo.parentItem() is view.item_for(event)
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
    assert view.item_for(event).caption.text() == "Mid overdue · 11.78"


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
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(view.viewport().width() - 5,
                                                                              view.viewport().height() - 5))
    assert view.selected_event() is event and screen.detail.text() == shown


def test_arrow_keys_walk_through_events(window, qtbot):
    view = _screen(qtbot, window.session).view
    first, second = view.events()[:2]
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
    contacts = [i for i in screen.view.event_items() if i.event.kind is EventKind.CONTACT]
    assert len(contacts) == 2 and len(screen.view.event_items()) == 145 + LIMITS
    calm, bad = sorted(contacts, key=lambda i: i.event.flagged)
    assert bad.event.flagged and not calm.event.flagged
    assert bad.brush().color() == warning_colour() != calm.brush().color()
    assert bad.path().boundingRect().width() > calm.path().boundingRect().width()
    assert bad.zValue() > calm.zValue()
    assert "Contact with a red flag" in screen.view.tooltip_text(bad.event)
    _click(qtbot, screen.view, bad.event)
    text = screen.detail.text()
    assert screen.detail_title.text() == "Contact with a red flag"
    assert "When: 2026-11-20 22:30" in text and "Channel: Phone call" in text and "Agent: Wang" in text
    assert "Red flags:\n⚠ Outside the allowed hours 08:00–21:00\n⚠ Contacted my family, employer" in text
    assert "Said they would tell my employer <today>" in text
    assert screen.detail.textFormat() == Qt.TextFormat.PlainText


def test_tooltips_show_user_text_as_typed(app, qtbot, as_of):
    event = Event(as_of, EventKind.PAYMENT, 1, "张三 <b>bold</b>", "paid <i>half</i>", Decimal("10.5"))
    view = _view(qtbot, [event], as_of)
    text = view.tooltip_text(event)
    assert text.splitlines() == [as_of.isoformat(), "张三 <b>bold</b>", "Payment", "paid <i>half</i>", "10.50"]
    tip = view.item_for(event).toolTip()
    assert "&lt;b&gt;bold&lt;/b&gt;" in tip and "<b>bold" not in tip


def test_zoom_changes_the_scene_width_within_limits(window, qtbot):
    screen = _screen(qtbot, window.session)
    view = screen.view
    first, last = view.events()[0], view.events()[-1]
    width = view.scene_width()
    span = view.item_for(last).x() - view.item_for(first).x()
    qtbot.mouseClick(screen.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.scene_width() > width * 1.2
    assert view.item_for(last).x() - view.item_for(first).x() == pytest.approx(span * 1.25)
    for _ in range(40):
        view.zoom_in()
    assert view.pixels_per_day() == MAX_PPD and not screen.zoom_in_button.isEnabled()
    for _ in range(60):
        view.zoom_out()
    assert view.pixels_per_day() == MIN_PPD and not screen.zoom_out_button.isEnabled()
    assert view.scene_width() < width


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
    assert not view.viewport().rect().contains(view.mapFromScene(QPointF(view.today_x(), 100)))
    qtbot.mouseClick(screen.today_button, Qt.MouseButton.LeftButton)
    x = view.mapFromScene(QPointF(view.today_x(), 100)).x()
    middle_of_dates = (view.label_column_width() + view.viewport().width()) / 2
    assert abs(x - middle_of_dates) <= 2


def test_follows_changes_in_the_file(window, qtbot):
    screen = _screen(qtbot, window.session)
    debt_id = _debt_id(window.session, JIEBEI)
    window.session.store.delete_debt(debt_id)
    window.session.notify()
    assert JIEBEI not in screen.view.lane_names()
    assert len(screen.view.event_items()) == 143 - 19 + LIMITS - 1
    assert screen.debt_choice.findData(debt_id) == -1


def test_an_empty_file_shows_an_empty_time_line(app, qtbot, tmp_path, as_of):
    store = Store.create(tmp_path / "empty.debtdesk")
    try:
        screen = _screen(qtbot, Session(store, as_of))
        view = screen.view
        assert view.event_items() == [] and view.lane_names() == []
        assert view.today_x() == pytest.approx(view.x_for(as_of))
        assert "Nothing on the time line yet" in view.placeholder.text()
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
    screen.view.setPalette(dark)
    assert screen.view.backgroundBrush().color() == QColor("#1e1e1e")
    assert all(lab.brush().color() == QColor("#e6e6e6") for lab in screen.view.lane_labels)
    assert screen.view.today_line.pen().color() == QColor("#3d8ee0")
    assert len(screen.view.event_items()) == 143 + LIMITS


def test_stage_captions_do_not_overlap_in_the_demo(window, qtbot):
    view = _screen(qtbot, window.session).view
    captions = [i.caption.sceneBoundingRect() for i in view.event_items() if i.caption is not None]
    assert len(captions) == 14 and all(c.width() > 0 for c in captions)
    for n, a in enumerate(captions):
        assert not any(a.intersects(b) for b in captions[n + 1:])
    assert any(label(Stage.SEVERE) in i.caption.text() for i in view.event_items() if i.caption)


def test_a_few_thousand_events_stay_compact(app, qtbot, as_of):
    events = [Event(as_of + timedelta(days=n % 900 - 450), EventKind.CONTACT, n % 10, f"L{n % 10}", "call",
                    flagged=n % 7 == 0) for n in range(3000)]
    view = _view(qtbot, events, as_of)
    assert len(view.event_items()) == 3000 and len(view.lane_names()) == 10
    assert view.scene().sceneRect().height() < 10 * 150


def test_the_files_contact_log_joins_the_time_line(app, qtbot, household_path, as_of):
    from debtdesk.ui.timeline_screen import file_contacts

    session = Session(Store.open(household_path), as_of)
    try:
        screen = _screen(qtbot, session, lambda: file_contacts(session))
        contacts = [i for i in screen.view.event_items() if i.event.kind is EventKind.CONTACT]
        assert len(screen.view.event_items()) == 143 + 4 + LIMITS and len(contacts) == 4
        flagged = [i.event for i in contacts if i.event.flagged]
        assert [e.on for e in flagged] == [date(2026, 11, 21), date(2026, 11, 22)]
        assert {e.lender for e in flagged} == {"中国建设银行"}
        screen.show_debt(_debt_id(session, "中国建设银行"))
        assert sum(i.event.kind is EventKind.CONTACT for i in screen.view.event_items()) == 2
    finally:
        session.store.close()
