"""A slow chart is worked out off the window's thread: the window keeps answering, the panel says it is
working, a newer choice supersedes an older one, and a change to the file restarts the work."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

import debtdesk.charts.data as chart_data_module
import debtdesk.ui.chart_panel as chart_panel_module
from debtdesk.store import Store
from debtdesk.ui.background_work import POLL_MS
from debtdesk.ui.chart_panel import ChartPanel
from debtdesk.ui.charts_screen import ChartsScreen
from debtdesk.ui.session import Session
from tests.ui.chart_helpers import charts_screen_on

SLOW = 0.6  # seconds the monkeypatched builder takes


@pytest.fixture
def screen(app, qtbot, household_path, as_of, monkeypatch):
    monkeypatch.setattr(chart_panel_module, "BACKGROUND_FROM", 0)  # the household's six debts count as many
    with charts_screen_on(qtbot, household_path, as_of) as page:
        yield page


class Calls:
    """What the slow builder was asked for, as (kind, inputs); each call takes `SLOW` seconds, after waiting
    for `release` (set unless a test clears it)."""

    def __init__(self):
        self.made: list = []
        self.release = threading.Event()
        self.release.set()


@pytest.fixture
def calls(monkeypatch):
    real = chart_data_module.chart_data
    record = Calls()

    def slow(kind, inputs):
        record.made.append((kind, inputs))
        record.release.wait(10)
        time.sleep(SLOW)
        return real(kind, inputs)

    monkeypatch.setattr(chart_data_module, "chart_data", slow)
    return record


@pytest.fixture
def drawn(monkeypatch):
    """The inputs each chart was drawn from, in order."""
    real = ChartPanel._draw
    inputs: list = []

    def spy(panel, chart_inputs, data):
        inputs.append((panel.kind, chart_inputs, data))
        return real(panel, chart_inputs, data)

    monkeypatch.setattr(ChartPanel, "_draw", spy)
    return inputs


def choose(screen, kind):
    row = next(i for i in range(screen.kinds.count()) if screen.kinds.item(i).data(Qt.ItemDataRole.UserRole) == kind)
    screen.kinds.setCurrentRow(row)
    return screen.panels[kind]


def test_the_window_answers_while_a_slow_chart_is_worked_out(screen, qtbot, calls, drawn):
    gaps: list[int] = []  # between ticks that came while the numbers were being worked out
    clock = QElapsedTimer()
    clock.start()
    working_seen: list[bool] = []
    panel_box: list = []

    def tick():
        gap = clock.restart()
        if panel_box and panel_box[0].working:  # the drawing itself, once they are in, is not measured
            gaps.append(gap)
            working_seen.append(panel_box[0].working_label.isVisible())

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    panel = choose(screen, "waiting")
    returned = time.perf_counter() - started
    panel_box.append(panel)
    assert returned < SLOW / 2  # choosing the kind did not wait for the numbers
    assert panel.working and panel.working_label.isVisible()
    assert panel.working_label.text() == "Working out this chart…"
    qtbot.waitUntil(lambda: not panel.working and panel.chart is not None, timeout=10_000)
    timer.stop()
    assert len(working_seen) >= 10 and any(working_seen)  # the event loop ran meanwhile, the text showed
    assert max(gaps[1:]) < SLOW * 1000 / 2, gaps  # never blocked for the builder's time (the first gap: choosing)
    assert not panel.working_label.isVisible()
    assert [kind for kind, _, _ in drawn] == ["waiting"]
    assert panel.chart.kind == "waiting" and panel.chart.tables[0].rows


def test_a_newer_choice_supersedes_an_older_one(screen, qtbot, calls, drawn):
    panel = choose(screen, "payoff")
    for index in (1, 2):  # snowball, then fair share, while avalanche is being worked out
        screen.strategy.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not panel.working and panel.chart is not None, timeout=20_000)
    qtbot.wait(3 * POLL_MS)  # a late result from an older request would have come in by now
    assert [inputs.strategy for _, inputs, _ in drawn] == ["fair-share"]  # avalanche's result was dropped
    assert "snowball" not in [inputs.strategy for _, inputs in calls.made]  # superseded before it started
    assert panel.chart.tables[0].rows


def test_a_change_to_the_file_discards_the_numbers_and_starts_again(screen, qtbot, calls, drawn):
    calls.release.clear()  # the first request waits until the file has changed
    panel = choose(screen, "waiting")
    qtbot.waitUntil(lambda: len(calls.made) == 1, timeout=5_000)
    screen.reload()  # what a change to the file (the session's `touched`) does to the page
    calls.release.set()
    qtbot.waitUntil(lambda: not panel.working and panel.chart is not None, timeout=20_000)
    assert len(calls.made) == 2
    assert len(drawn) == 1 and drawn[0][1] is calls.made[1][1]  # drawn from the numbers worked out again


def test_small_files_and_one_debt_draw_at_once(app, qtbot, household_path, as_of, calls):
    session = Session(Store.open(household_path), as_of)
    page = ChartsScreen(session)
    qtbot.addWidget(page)
    panel = choose(page, "waiting")
    assert not panel.working and panel.chart is not None  # six debts: below BACKGROUND_FROM, drawn at once
    session.store.close()


def test_numbers_that_cannot_be_worked_out_give_the_panel_back(screen, qtbot, monkeypatch):
    """The error goes on to the crash funnel; the panel does not stay "working" and disabled."""
    def broken(kind, inputs):
        raise RuntimeError("the numbers failed")

    monkeypatch.setattr(chart_data_module, "chart_data", broken)
    with qtbot.captureExceptions() as raised:
        panel = choose(screen, "payoff")
        assert panel.working_label.isVisible() and not panel.splitter.isEnabled()
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert [str(exc) for _, exc, _ in raised] == ["the numbers failed"]
    assert not panel.working_label.isVisible() and panel.splitter.isEnabled() and not panel.working
