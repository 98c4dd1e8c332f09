"""A thorough check of an open file: what File ▸ Check file and `debtdesk check` report.

Opening runs SQLite's check already; this adds the links between rows
(foreign keys) and the attached files (missing, or changed since they were
attached), and says what the file holds, so a person can see it is whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
from debtdesk.store import driver
from debtdesk.store.errors import Sentence, problem_lines

if TYPE_CHECKING:  # for the annotation only: checking a file needs no Store class loaded
    from debtdesk.store.repository import Store

SUMMARY = (("debts", "debts"), ("payments", "payments"), ("contacts", "collector contacts"),
           ("budgets", "budgets"), ("evidence_items", "evidence items"), ("letters", "letters"))


@dataclass
class HealthReport:
    problems: list[str] = field(default_factory=list)  # the file itself is damaged
    warnings: list[str] = field(default_factory=list)  # attached files gone or changed
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        return ", ".join(f"{self.counts.get(table, 0)} {label}" for table, label in SUMMARY)

    def lines(self) -> list[str]:
        head = "The file is whole" if self.ok else "The file is damaged"
        return [f"{head}: {self.summary()}.", *self.problems, *self.warnings]


def check_store(store: Store) -> HealthReport:
    from debtdesk.store.attachments import AttachmentStore

    report = HealthReport()
    conn = store.conn
    try:
        found = [row[0] for row in conn.execute("PRAGMA integrity_check(100)")]
        if found != ["ok"]:
            report.problems += [Sentence(QT_TRANSLATE_NOOP("Store", "SQLite found: {problem}"), problem=text)
                                for text in problem_lines(found)]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            report.problems.append(Sentence(QT_TRANSLATE_NOOP("Store", "{table} row {row} points at a missing row of "
                                                                    "{parent}."),
                                            table=table, row=rowid, parent=parent))
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, _ in SUMMARY:  # an older file (checked as it is) may not have every table yet
            if table in present:
                report.counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for attachment, status in AttachmentStore(store).verify() if "attachments" in present else ():
            if status.value == "missing":
                report.warnings.append(Sentence(QT_TRANSLATE_NOOP("Store", "Attached file {name} is missing."),
                                                name=attachment.original_name))
            elif status.value != "ok":
                report.warnings.append(Sentence(QT_TRANSLATE_NOOP("Store", "Attached file {name} is changed."),
                                                name=attachment.original_name))
    except driver.DatabaseError as exc:
        report.problems.append(Sentence(QT_TRANSLATE_NOOP("Store", "SQLite could not read it: {problem}."),
                                        problem=exc))
    return report
