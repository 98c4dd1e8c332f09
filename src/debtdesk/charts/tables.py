"""The numbers beside a chart, as a table of cells, and their text; light (no matplotlib).

The window's table views show these before or without a figure, so importing
this module must not load matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from debtdesk.domain.money import format_amount


@dataclass(frozen=True)
class ChartTable:
    """The numbers a chart draws, as rows; cells stay Decimal, date, int or str."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def text_rows(self) -> list[list[str]]:
        return [[cell_text(cell) for cell in row] for row in self.rows]

    def to_tsv(self) -> str:
        lines = ["\t".join(self.columns)] + ["\t".join(row) for row in self.text_rows()]
        return "\n".join(lines) + "\n"

    def column(self, name: str) -> list:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format_amount(cell)
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)
