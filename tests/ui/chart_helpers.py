"""The Charts page shown on a file, for the tests of the page, its numbers and its worker."""

from __future__ import annotations

from contextlib import contextmanager

from debtdesk.store import Store
from debtdesk.ui.charts_screen import ChartsScreen
from debtdesk.ui.session import Session


@contextmanager
def charts_screen_on(qtbot, path, as_of):
    """The page on `path`, shown at a size where every part is laid out; its file closed after."""
    session = Session(Store.open(path), as_of)
    page = ChartsScreen(session)
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    qtbot.waitExposed(page)
    try:
        yield page
    finally:
        session.store.close()
