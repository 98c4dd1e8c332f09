"""GUI fixtures: the configured application, a main window, scripted dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from debtdesk.store import Store
from debtdesk.ui import msgbox


@pytest.fixture
def app(qapp, tmp_path, monkeypatch):
    """The configured application, with a data folder of this test's own (Qt reads XDG_* each time)."""
    from debtdesk.ui.app import make_application

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    application = make_application()
    assert str(tmp_path) in QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    QSettings().clear()
    yield application
    QSettings().clear()


@dataclass
class MessageBoxes:
    """Records every message box; `answers` feeds confirm() (True/False) and choose() (index/None) in order."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.shown]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> MessageBoxes:
    """No test may block on a real message box."""
    record = MessageBoxes()

    def confirm(parent, title, text, yes_text, no_text):
        record.shown.append(("confirm", title, text))
        if not record.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return record.answers.pop(0)

    def choose(parent, title, text, buttons):
        record.shown.append(("choose", title, text))
        if not record.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return record.answers.pop(0)

    monkeypatch.setattr(msgbox, "confirm", confirm)
    monkeypatch.setattr(msgbox, "choose", choose)
    monkeypatch.setattr(msgbox, "error", lambda p, title, text: record.shown.append(("error", title, text)))
    monkeypatch.setattr(msgbox, "information",
                        lambda p, title, text: record.shown.append(("information", title, text)))
    monkeypatch.setattr(msgbox, "crash",
                        lambda p, title, text, details: record.shown.append(("crash", title, text)))
    return record


@pytest.fixture
def window(app, qtbot, demo_path, as_of):
    from debtdesk.ui.main_window import MainWindow
    from debtdesk.ui.session import Session

    win = MainWindow(Session(Store.open(demo_path), as_of))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()  # closes the store too


@pytest.fixture
def script_dialog(monkeypatch):
    """Replace a dialog class's exec() with a function that fills it in.

    `script_dialog(DebtDialog, fill)` makes the next exec() call fill(dialog),
    press Save (try_accept) and return what a real exec would.
    """
    seen = []

    def install(dialog_class, fill, press_save=True):
        def fake_exec(self):
            seen.append(self)
            fill(self)
            if press_save:
                self.try_accept()
            return self.result()

        monkeypatch.setattr(dialog_class, "exec", fake_exec)
        return seen

    return install


@pytest.fixture
def front():
    """Bring a page to the front as a user would: pages out of sight wait for changes until shown."""
    def bring(window, name: str):
        page = getattr(window, name)
        window.pages.setCurrentWidget(page)
        return page

    return bring
