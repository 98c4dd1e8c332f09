"""A new file's statuses do not keep the previous file's alive.

`schedule_for` remembers up to 4096 schedules; on the large benchmark file they are 85 MB
(tracemalloc) that stayed alive after File ▸ Open of another file, until 4096 other debts
pushed them out.
"""

from __future__ import annotations

import gc
import weakref
from datetime import date

from debtdesk.services.kept_statuses import StatusCache

AS_OF = date(2026, 11, 23)


def test_the_previous_files_schedules_go_with_its_statuses(store):
    cache = StatusCache(store, AS_OF)
    statuses = cache.all()
    schedules = [weakref.ref(status.schedule) for status in statuses]
    assert schedules
    del statuses, cache
    StatusCache(store, AS_OF)  # as File ▸ Open makes for the next file
    gc.collect()
    assert [ref for ref in schedules if ref() is not None] == []


def test_statuses_worked_out_again_are_the_same(store):
    before = StatusCache(store, AS_OF).all()
    after = StatusCache(store, AS_OF).all()
    assert after == before
