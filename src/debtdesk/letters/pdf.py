"""A `Letter` as a PDF, with reportlab's platypus.

Every character is set in the bundled WenQuanYi Micro Hei (Latin, simplified
and traditional Chinese), embedded as a subset, so the letter prints the same
on a machine without Chinese fonts.  All text is user text as far as
reportlab is concerned: it is escaped before it reaches a Paragraph, so
`A&B <Co>` prints as typed and `<font size=40>` is not markup.  Characters
the font lacks are refused before anything is laid out (`letters.glyphs`),
never printed as blanks.  Every paragraph and table row may split across
pages, so no name, address or paragraph is too long to print.  The file is
written to a temporary name beside the target and moved into place, so a
failed export never leaves half a letter behind.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import re
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from debtdesk.domain.budget import Budget, Direction
from debtdesk.domain.money import format_amount
from debtdesk.letters.content import Letter, account_label, frame_word, header_lines, is_note_row, signature_lines
from debtdesk.letters.font import FONT_NAME, register_font
from debtdesk.letters.glyphs import UnprintableText, describe_problems, printable_text, unprintable
from debtdesk.letters.phrases import format_date, is_chinese, pick, text, words

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
GRID = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f4")
MUTED = colors.HexColor("#555f6b")

__all__ = ["FONT_NAME", "LetterWriteError", "UnprintableText", "letter_checksum", "register_font", "render_pdf"]


class LetterWriteError(OSError):
    """The PDF could not be written where asked (missing folder, no permission, a directory)."""


# -- text ---------------------------------------------------------------------------------

def markup(user_text: str) -> str:
    """Plain text -> Paragraph markup that shows exactly that text (escaped, on one line)."""
    cleaned = printable_text(str(user_text).replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
    return escape(cleaned)


# Chinese line-breaking rules (标点避头尾): these never start a line ...
_NO_START = frozenset("，。、；：？！）》」』】〕〉”’…—～％·,.;:?!)]}%")
# ... and these never end one.
_NO_END = frozenset("（《「『【〔〈“‘([{")


_CODE = re.compile(r"[(（]?[A-Z]{3}")  # a currency code before its amount
_PHONE = re.compile(r"[+(]?[0-9][0-9()\u00a0-]*[).,;]?")  # groups of a phone number ('0755-8888 0000')


def _is_cjk(ch: str) -> bool:
    """A character that may stand alone on either side of a line break (CJK ideographs, kana, full-width)."""
    return ord(ch) >= 0x2E80


def _tokens(text: str) -> list[str]:
    """Unbreakable pieces: each CJK character, each run of other letters, single spaces.

    Closing punctuation is glued to what precedes it and opening brackets to what
    follows, so no line starts with '，' or '）' and none ends with '（'.  Nor
    does a line break inside a masked account ('•••• 5678'), an amount
    ('CNY 1,234.00') or a phone number written in groups ('138 0013 8000').
    """
    pieces: list[str] = []
    run = ""
    for ch in text:
        if _is_cjk(ch) or ch.isspace():  # an ideographic space (U+3000) is kept, as a CJK character
            if run:
                pieces.append(run)
                run = ""
            if _is_cjk(ch):
                pieces.append(ch)
            elif pieces and pieces[-1] != " ":
                pieces.append(" ")
        else:
            run += ch
    if run:
        pieces.append(run)
    glued: list[str] = []
    for index, piece in enumerate(pieces):
        previous = glued[-1] if glued else None
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if previous is not None and piece != " " and previous != " " and (
                piece[0] in _NO_START or previous[-1] in _NO_END):
            glued[-1] += piece
        elif previous is not None and piece == " " and (
                previous.endswith("•") or (_CODE.fullmatch(previous) and following[:1] in tuple("-0123456789"))
                or (_PHONE.fullmatch(previous) and _PHONE.fullmatch(following))):
            glued[-1] += "\u00a0"  # kept as a (non-breaking) space
        elif previous is not None and previous.endswith("\u00a0"):
            glued[-1] += piece
        else:
            glued.append(piece)
    return [piece.replace("\u00a0", " ") for piece in glued]


def break_lines(text: str, max_widths: list[float], font: str, size: float) -> list[tuple[float, str]]:
    """Greedy line breaking for mixed Chinese and Latin text: [(space left, line text)]."""
    lines: list[tuple[float, str]] = []
    current = ""

    def limit() -> float:
        return max_widths[min(len(lines), len(max_widths) - 1)]

    def finish() -> None:
        nonlocal current
        line = current.strip()
        lines.append((limit() - stringWidth(line, font, size), line))
        current = ""

    for piece in _tokens(text):
        if piece == " ":
            current += " " if current else ""
            continue
        if current and stringWidth(current + piece, font, size) > limit() + 1e-6:
            finish()
        if stringWidth(piece, font, size) > limit():  # longer than a line: cut between characters
            for ch in piece:
                if current and ch not in _NO_START and stringWidth(current + ch, font, size) > limit() + 1e-6:
                    finish()  # closing punctuation hangs in the margin rather than start a line
                current += ch
            continue
        current += piece
    if current.strip() or not lines:
        finish()
    return lines


def _rejoin(lines: list[str]) -> str:
    """Lines back into text: a space where a break fell between two Latin words, none in Chinese."""
    text = ""
    for line in lines:
        if text and line and not _is_cjk(text[-1]) and not _is_cjk(line[0]):
            text += " "
        text += line
    return text


class _Paragraph(Paragraph):
    """A plain-text paragraph broken with `break_lines` (Chinese punctuation rules, whole Latin words)."""

    def breakLinesCJK(self, maxWidths):  # reportlab's name
        frags = self.frags
        if (len(frags) != 1 or hasattr(frags[0], "cbDefn") or self.style.endDots or self.bulletText
                or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0))):
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        f = frags[0]
        # The second half of a paragraph split across pages carries its lines as `words`.
        text = f.text if hasattr(f, "text") else _rejoin(getattr(f, "words", []))
        lines = break_lines(text, list(maxWidths), f.fontName, f.fontSize)
        return f.clone(kind=0, lines=[(space, [line]) for space, line in lines], ascent=f.fontSize,
                       descent=-0.2 * f.fontSize)


class _Styles:
    def __init__(self, language: str):
        chinese = is_chinese(language)
        size = 11 if chinese else 10.5
        base = dict(fontName=FONT_NAME, fontSize=size, leading=size * (1.75 if chinese else 1.45),
                    wordWrap="CJK", textColor=colors.black)
        self.chinese = chinese
        self.body = ParagraphStyle("body", **base, firstLineIndent=2 * size if chinese else 0,
                                   alignment=TA_LEFT, spaceAfter=3 if chinese else 6)
        self.item = ParagraphStyle("item", parent=self.body, spaceAfter=2 if chinese else 3,
                                   **({} if chinese else dict(leftIndent=20, firstLineIndent=-20)))
        self.plain = ParagraphStyle("plain", **base)
        self.right = ParagraphStyle("right", **base, alignment=TA_RIGHT)
        self.heading = ParagraphStyle("heading", **{**base, "fontSize": size + 1, "leading": (size + 1) * 1.5},
                                      spaceBefore=7, spaceAfter=3, keepWithNext=True)
        self.title = ParagraphStyle("title", **{**base, "fontSize": 16, "leading": 24}, alignment=TA_CENTER,
                                    spaceAfter=10)
        self.subject = ParagraphStyle("subject", **{**base, "fontSize": size + 1, "leading": (size + 1) * 1.45},
                                      spaceBefore=4, spaceAfter=8)
        small = dict(base, fontSize=9, leading=12)
        self.cell = ParagraphStyle("cell", **small)
        self.cell_center = ParagraphStyle("cell_center", **small, alignment=TA_CENTER)
        self.cell_number = ParagraphStyle("cell_number", **small, alignment=TA_RIGHT)
        self.cell_head = ParagraphStyle("cell_head", **small, alignment=TA_CENTER)
        self.label = ParagraphStyle("label", **{**base, "fontSize": size - 0.5, "textColor": MUTED})
        self.value = ParagraphStyle("value", **{**base, "fontSize": size - 0.5})


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return _Paragraph(markup(value), style)


def _body(value: str, style: ParagraphStyle) -> list[Paragraph]:
    """Body text: each line the user typed becomes its own paragraph."""
    return [_p(line, style) for line in str(value).splitlines() if line.strip()] or [_p("", style)]


# -- the letter ------------------------------------------------------------------------------

def _header(letter: Letter, st: _Styles, width: float) -> list:
    if st.chinese:
        flow = [_p(letter.subject, st.title)]
        rows = [[_p(label, st.label), _p(value, st.value)] for label, value in header_lines(letter)]
        label_width = 6 * st.value.fontSize
        table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT_NAME),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, GRID),
        ]))
        return flow + [table, Spacer(1, 5 * mm)]
    w = words(letter.language)
    sender = [letter.sender.name, *letter.sender.address]
    if letter.sender.phone:
        sender.append(f"{w['label_phone']} {letter.sender.phone}")
    if letter.sender.email:
        sender.append(f"{w['label_email']} {letter.sender.email}")
    flow = [_p(line, st.right) for line in sender]
    flow.append(Spacer(1, 8 * mm))
    flow += [_p(line, st.plain) for line in (letter.recipient.name, *letter.recipient.address)]
    flow.append(Spacer(1, 6 * mm))
    flow.append(_p(format_date(letter.language, letter.date), st.plain))
    flow.append(Spacer(1, 5 * mm))
    if letter.account_masked:
        flow.append(_p(f"{account_label(letter)} {letter.account_masked}", st.plain))
    flow.append(_p(frame_word(letter, "label_subject") + letter.subject, st.subject))
    return flow


_ITEM = re.compile(r"^\s*(（[一二三四五六七八九十]+）|\([a-z0-9]{1,2}\)|[0-9]{1,3}\.\s)")


def _sections(letter: Letter, st: _Styles, width: float) -> list:
    flow = [_p(letter.salutation, st.plain), Spacer(1, 2 * mm)] if letter.salutation.strip() else []
    schedule_after = letter.schedule_index() if letter.schedule_rows else None
    if schedule_after == -1:  # every section was removed: the schedule follows the salutation
        flow += [_schedule(letter, st, width), Spacer(1, 3 * mm)]
    for index, section in enumerate(letter.sections):
        if section.heading.strip():
            flow.append(_p(section.heading, st.heading))
        for paragraph in section.paragraphs:
            flow += _body(paragraph, st.item if _ITEM.match(paragraph) else st.body)
        if index == schedule_after:
            flow += [Spacer(1, 1.5 * mm), _schedule(letter, st, width), Spacer(1, 3 * mm)]
    return flow


def _schedule(letter: Letter, st: _Styles, width: float) -> Table:
    header = list(letter.schedule_header or ())
    columns = max([len(header)] + [len(r) for r in letter.schedule_rows or []])
    header += [""] * (columns - len(header))

    def cells(row, style_for):
        row = list(row) + [""] * (columns - len(row))
        return [_p(value, style_for(i)) for i, value in enumerate(row)]

    body_style = lambda i: st.cell_center if i < 2 else st.cell_number  # noqa: E731
    note_style = lambda i: st.cell_center if i < 3 else st.cell_number  # noqa: E731
    data = [cells(header, lambda i: st.cell_head)]
    notes = []
    for row in letter.schedule_rows or []:
        if columns == 6 and is_note_row(row):  # a deferred month: its note reads across three columns
            notes.append(len(data))
            data.append(cells(row, note_style))
        else:
            data.append(cells(row, body_style))
    style = [
        ("FONT", (0, 0), (-1, -1), FONT_NAME, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
    ]
    style += [("SPAN", (2, r), (4, r)) for r in notes]
    if letter.schedule_totals:
        data.append(cells(letter.schedule_totals, lambda i: st.cell_center if i < 2 else st.cell_number))
        style += [("SPAN", (0, -1), (1, -1)), ("NOSPLIT", (0, -2), (-1, -1)),  # totals never alone on a page
                  ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    shares = [0.06, 0.20, 0.22, 0.18, 0.15, 0.19] if columns == 6 else [1 / columns] * columns
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1, hAlign="CENTER", splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


def _signature_blanks(letter: Letter, st: _Styles) -> Table:
    """签名：＿＿＿＿ and 日期：＿＿年＿月＿日 as ruled blanks, each with room to write above its line."""
    size = st.plain.fontSize
    (_, (sign,)), (_, (date_label, year, month, day)) = signature_lines(letter)
    p = lambda value: _p(value, st.plain)  # noqa: E731
    data = [[p(sign), "", "", "", "", "", ""],
            [p(date_label), "", p(year), "", p(month), "", p(day)]]
    widths = [max(len(sign), len(date_label)) * size + 2, 4.5 * size, 1.3 * size, 3 * size, 1.3 * size,
              3 * size, 1.3 * size]
    table = Table(data, colWidths=widths, rowHeights=[12 * mm, 11 * mm], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT_NAME),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("SPAN", (1, 0), (-1, 0)),
        ("LINEBELOW", (1, 0), (-1, 0), 0.6, colors.black),
        *[("LINEBELOW", (c, 1), (c, 1), 0.6, colors.black) for c in (1, 3, 5)],
    ]))
    return table


def _ending(letter: Letter, st: _Styles, tail: list) -> list:
    """Closing, signature (and date), enclosures; `tail` (the last paragraph) stays on the same page."""
    lines = [line for line in letter.closing.splitlines() if line.strip()] or [""]
    if st.chinese:
        # 此致 indented two characters, the next line (敬礼！ / the addressee) at the margin.
        indent = ParagraphStyle("closing_first", parent=st.plain, firstLineIndent=2 * st.plain.fontSize)
        block = [Spacer(1, 3 * mm), _p(lines[0], indent)] + [_p(line, st.plain) for line in lines[1:]]
        block += [Spacer(1, 8 * mm), _p(letter.signature, st.right), Spacer(1, 4 * mm),
                  _signature_blanks(letter, st)]
    else:
        block = [Spacer(1, 3 * mm)] + [_p(line, st.plain) for line in lines]
        block += [Spacer(1, 16 * mm), _p(letter.signature, st.plain)]
    flow = [KeepTogether(tail + block)]
    if letter.enclosures:
        items = [_p(words(letter.language)["enclosures"], st.plain)]
        items += [_p(f"{n}. {title}", ParagraphStyle("enclosure", parent=st.plain, leftIndent=14,
                                                      firstLineIndent=-14 if not st.chinese else 0))
                  for n, title in enumerate(letter.enclosures, 1)]
        flow += [Spacer(1, 7 * mm), KeepTogether(items)]
    return flow


# -- the appendix ----------------------------------------------------------------------------------

def _appendix(letter: Letter, st: _Styles, width: float, budget: Budget | None, chart: bytes | None,
              page_height: float) -> list:
    language = letter.language
    flow: list = [PageBreak(), _p(text(language, "app_title"), st.title)]
    if budget is not None:
        flow.append(_p(text(language, "app_taken_on", date=format_date(language, budget.taken_on),
                            currency=budget.currency), ParagraphStyle("taken_on", parent=st.label,
                                                                      alignment=TA_CENTER, spaceAfter=8)))
        flow.append(_budget_table(language, st, width, budget))
    if chart is not None:
        try:
            reader = ImageReader(io.BytesIO(chart))
            image_width, image_height = reader.getSize()
        except Exception as exc:  # PIL raises several kinds for a broken file
            raise ValueError("The appendix chart is not a readable PNG image.") from exc
        scale = min(width / image_width, page_height * 0.42 / image_height)
        flow += [Spacer(1, 6 * mm), Image(io.BytesIO(chart), image_width * scale, image_height * scale)]
    return flow


def _budget_table(language: str, st: _Styles, width: float, budget: Budget) -> Table:
    header = list(words(language)["app_header"])
    data = [[_p(h, st.cell_head) for h in header]]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT_NAME, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]

    def total_row(label, amount):
        data.append([_p(label, st.cell), "", "", "", _p(format_amount(amount), st.cell_number)])
        style.extend([("SPAN", (0, len(data) - 1), (3, len(data) - 1)),
                      ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE)])

    for direction, heading, total_key, total in (
        (Direction.INCOME, "app_income", "app_total_income", budget.monthly_income),
        (Direction.EXPENSE, "app_expenses", "app_total_expenses", budget.monthly_expenses),
    ):
        data.append([_p(text(language, heading), st.cell), "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for line in budget.lines:
            if line.direction is direction:
                data.append([_p(pick(language, "categories", line.category), st.cell), _p(line.label, st.cell),
                             _p(format_amount(line.amount), st.cell_number),
                             _p(pick(language, "frequencies", line.frequency.value), st.cell_center),
                             _p(format_amount(line.monthly), st.cell_number)])
        total_row(text(language, total_key), total)
    total_row(text(language, "app_disposable"), budget.disposable)
    style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    style.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    shares = [0.27, 0.25, 0.16, 0.14, 0.18]
    table = Table(data, colWidths=[width * s for s in shares], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style))
    return table


# -- page numbers -----------------------------------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Draws 'page n of N' on every page once N is known (pages are kept until save)."""

    def __init__(self, *args, footer: str = "{page} / {pages}", **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict] = []

    def showPage(self):  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(FONT_NAME, 8.5)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, MARGIN_BOTTOM / 2,
                                   self._footer.format(page=self._pageNumber, pages=total))
            super().showPage()
        super().save()


# -- the public functions -----------------------------------------------------------------------------

def render_pdf(letter: Letter, out_path, page_size: str = "A4", appendix_budget: Budget | None = None,
               appendix_chart_png: bytes | None = None) -> None:
    """Lay out `letter` and write it to `out_path` atomically.

    `page_size` is 'A4' or 'letter'.  With `appendix_budget` and/or
    `appendix_chart_png`, a last page carries the income and expenditure
    statement and the image.  Raises ValueError for a bad option,
    UnprintableText (a ValueError) for characters the font lacks, and
    LetterWriteError (an OSError) when the file cannot be written.
    """
    size = PAGE_SIZES.get(str(page_size).lower())
    if size is None:
        raise ValueError(f"Unknown page size {page_size!r}; use 'A4' or 'letter'.")
    target = Path(out_path)
    if target.is_dir():
        raise LetterWriteError(f"Cannot write the letter to {target}: it is a folder.")
    register_font()
    problems = unprintable(letter)
    if problems:
        raise UnprintableText(describe_problems(problems))
    st = _Styles(letter.language)
    width = size[0] - 2 * MARGIN_X

    story = _header(letter, st, width) + _sections(letter, st, width)
    tail = [story.pop()] if story and isinstance(story[-1], Paragraph) else []
    story += _ending(letter, st, tail)
    if appendix_budget is not None or appendix_chart_png is not None:
        story += _appendix(letter, st, width, appendix_budget, appendix_chart_png, size[1])

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=letter.subject, author=letter.sender.name, subject=letter.subject,
        creator="DebtDesk", lang=letter.language, initialFontName=FONT_NAME, initialFontSize=10,
    )
    footer = words(letter.language)["page"]
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, footer=footer))
    _write_atomically(target, buffer.getvalue())


def _write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise LetterWriteError(f"Cannot write the letter to {target}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)
    except OSError as exc:
        _remove(temp)
        raise LetterWriteError(f"Cannot write the letter to {target}: {exc.strerror or exc}.") from exc
    except BaseException:
        _remove(temp)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


def letter_checksum(path) -> str:
    """The file's SHA-256 as 64 hex digits (what the letters history records)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
