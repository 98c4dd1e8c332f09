"""Run several `debtdesk` command lines in one process and print each outcome as JSON.

Used by the bad-file matrix: one process per kind of bad file instead of one
per command.  When the tests run as root, they start this with the
permission-bypassing capabilities dropped, so a read-only or unreadable
file behaves as it would for any user.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback


def main() -> None:
    from debtdesk.cli import main as debtdesk

    results = []
    for argv in json.loads(sys.argv[1]):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = debtdesk(argv)
            except SystemExit as exc:
                code = exc.code
            except BaseException:  # the test wants to see it
                code = "traceback"
                err.write(traceback.format_exc())
        results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
