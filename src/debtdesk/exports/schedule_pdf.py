"""One debt's schedule as a PDF to print or send: what is due when, and what is paid.

reportlab with the bundled WenQuanYi font (registered by the letters
package), so Chinese lender names print on any machine.  The caller passes
the words (the window its translations; the defaults are English); user
text is escaped before it reaches reportlab's markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from debtdesk.domain.money import format_amount
from debtdesk.domain.status import DebtStatus
from debtdesk.exports.csv_tables import schedule_rows


@dataclass(frozen=True)
class ScheduleWords:
    title: str = "Repayment schedule: {lender}"
    headers: tuple[str, ...] = ("#", "Due date", "Payment", "Principal", "Interest", "Balance after", "Status")
    statuses: dict[str, str] = field(default_factory=lambda: {
        "paid": "Paid", "part-paid": "Part paid", "overdue": "Overdue", "overdue-part-paid": "Overdue, part paid",
        "to-come": "To come"})
    footer: str = "Made with DebtDesk · page {page}"


def render_schedule_pdf(status: DebtStatus, out_path: str | Path, lines: Sequence[str] = (),
                        words: ScheduleWords = ScheduleWords()) -> Path:
    """Write the schedule; `lines` are the facts printed under the title (already in the user's language)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from debtdesk.letters.font import register_font

    font = register_font()
    out_path = Path(out_path)
    title_style = ParagraphStyle("title", fontName=font, fontSize=15, leading=21, wordWrap="CJK", spaceAfter=4)
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    rows = schedule_rows(status)[1:]
    table_rows = [list(words.headers)] + [  # amounts with thousands separators: this is for reading
        [r[2], r[3], *(format_amount(Decimal(v)) for v in r[4:8]), words.statuses.get(r[9], r[9])] for r in rows]
    table = Table(table_rows, repeatRows=1, hAlign="LEFT",
                  colWidths=[12 * mm, 26 * mm, 25 * mm, 25 * mm, 23 * mm, 28 * mm, 33 * mm])
    style = [
        ("FONT", (0, 0), (-1, -1), font, 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("ALIGN", (2, 0), (5, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
    ]
    for index, r in enumerate(rows, 1):
        if r[9].startswith("overdue"):
            style.append(("TEXTCOLOR", (0, index), (-1, index), colors.HexColor("#a01010")))
    table.setStyle(TableStyle(style))
    story = [Paragraph(escape(words.title.format(lender=status.debt.lender.name)), title_style)]
    story += [Paragraph(escape(line), body) for line in lines]
    story += [Spacer(1, 6 * mm), table]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(18 * mm, 10 * mm, words.footer.format(page=doc.page))
        canvas.restoreState()

    tmp = out_path.with_name(out_path.name + ".part")
    try:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                topMargin=18 * mm, bottomMargin=18 * mm, title=words.title.format(
                                    lender=status.debt.lender.name), creator="DebtDesk")
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
        tmp.replace(out_path)
    finally:
        tmp.unlink(missing_ok=True)
    return out_path
