"""An import that stops half-way and waits to be killed, for tests/store/test_import_kill.py.

`build`: it stops after some batches of rows are in the hidden file being
built; `fill`: it stops while copying into an existing empty file, with some
tables copied inside the still-open transaction.  It prints "half-way" then.
"""

from __future__ import annotations

import sys
import time

from debtdesk.store import interchange, interchange_load


def _pause() -> None:
    print("half-way", flush=True)
    time.sleep(600)


def main(json_path: str, db_path: str, where: str) -> None:
    if where == "build":
        interchange_load.BATCH_ROWS = 5
        real_flush, flushed = interchange_load.RowLoader._flush, []

        def flush_then_pause(loader, table):
            real_flush(loader, table)
            flushed.append(table)
            if len(flushed) == 20:
                _pause()

        interchange_load.RowLoader._flush = flush_then_pause
    else:
        real_q = interchange.q  # quotes each table's name as the copy reaches it
        interchange.q = lambda name: (_pause() if name == "contacts" else None) or real_q(name)
    interchange.import_file(json_path, db_path)
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
