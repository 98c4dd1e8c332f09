"""Review and edit a letter before it becomes a PDF (DOMAIN.md section 6).

The dialog builds the letter from the file's data, shows every part of it in
editors (subject, each section, enclosures, closing), and renders exactly
what is shown.  As the text changes, the checks made before export are
shown under the editors: text in the other Chinese script (with a button
that converts it) and characters the letter's font cannot print (which
block the export).  Export writes the PDF, records it in the letters
history with its checksum, and remembers the borrower's details in the file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.guidance import NOT_LEGAL_ADVICE
from debtdesk.domain.money import format_amount
from debtdesk.domain.proposal import ProposalOptions
from debtdesk.domain.validation import FieldError
from debtdesk.letters import COMPLAINT, NEGOTIATION, Letter, Party, complaint_letter, negotiation_letter
from debtdesk.letters import regulator_parties
from debtdesk.letters.fields import LetterField
from debtdesk.letters.script_check import convert_letter, convert_text, script_findings
from debtdesk.store.evidence import EvidenceBook
from debtdesk.services.letter_inputs import LetterInputs, appendix_chart, letter_inputs
from debtdesk.services.letter_log import record_letter
from debtdesk.ui import msgbox
from debtdesk.ui.form_fields import FieldRow, line, show_errors, text_box
from debtdesk.ui.session import Session
from debtdesk.ui.widgets import plain_label
from debtdesk.ui.i18n import marked

LANGUAGE_NAMES = (("zh-Hans", "简体中文"), ("zh-Hant", "繁體中文"), ("en", "English"))


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [text.strip() for text in edit.toPlainText().splitlines() if text.strip()]


class LetterDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Session, debt_id: int, kind: str = NEGOTIATION,
                 options: ProposalOptions | None = None):
        super().__init__(parent)
        self.setObjectName("LetterDialog")
        self.setWindowTitle(self.tr("Complaint letter") if kind == COMPLAINT else self.tr("Negotiation letter"))
        self.session, self.debt_id, self.kind = session, debt_id, kind
        self.inputs: LetterInputs = letter_inputs(session.store, debt_id, options or ProposalOptions(), session.as_of,
                                                  statuses=session.debt_views(),  # the cached ones
                                                  households=session.households)  # and the page's plan
        self.reasons = EvidenceBook(session.store).reasons()
        self.recipient_name: str | None = None  # the lender's name as converted to the letter's script
        self.letter: Letter | None = None
        self.exported: Path | None = None

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem("US Letter", "letter")
        self.to_regulator = QCheckBox(self.tr("Send to the financial regulator instead of the lender"))
        self.appendix = QCheckBox(self.tr("Append my income and expenditure statement, with a chart"))
        self.appendix.setEnabled(self.inputs.budget is not None)
        self.cause = line(self.tr("Empty: the hardship reasons you recorded are stated"))
        self.situation = text_box(50)
        self.rows = {name: FieldRow(name, widget) for name, widget in (
            ("name", line()), ("address", text_box(44)), ("phone", line()), ("email", line()))}
        for name, row in self.rows.items():
            row.set_value(self.inputs.borrower.get(name, ""))

        settings = QGroupBox(self.tr("Letter"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.page_size)
        if kind == COMPLAINT:
            form.addRow("", self.to_regulator)
        else:
            form.addRow(self.tr("Because of"), self.cause)
            form.addRow(self.tr("Your situation"), self.situation)
            form.addRow("", self.appendix)
        you = QGroupBox(self.tr("You"))
        you_form = QFormLayout(you)
        for name, text in (("name", self.tr("Name")), ("address", self.tr("Address")), ("phone", self.tr("Phone")),
                           ("email", self.tr("E-mail"))):
            you_form.addRow(text, self.rows[name])
        regenerate = QPushButton(self.tr("Write the letter again from these details"))
        regenerate.setObjectName("regenerate")
        regenerate.clicked.connect(self.write_again)

        self.editor = QWidget()
        self.editor_layout = QVBoxLayout(self.editor)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        export = QPushButton(self.tr("Export PDF…"))
        export.setObjectName("export")
        export.setDefault(True)
        export.clicked.connect(self.choose_and_export)
        self.checks = plain_label()
        self.checks.setObjectName("letterChecks")
        self.checks.setWordWrap(True)
        self.convert_button = QPushButton()
        self.convert_button.setObjectName("convertScript")
        self.convert_button.clicked.connect(self.convert_script)
        checks = QHBoxLayout()
        checks.addWidget(self.checks, 1)
        checks.addWidget(self.convert_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        note = plain_label(marked("Guidance", NOT_LEGAL_ADVICE))
        note.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(close)
        bottom.addWidget(export)

        left = QVBoxLayout()
        left.addWidget(settings)
        left.addWidget(you)
        left.addWidget(regenerate)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(scroll, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(checks)
        outer.addLayout(bottom)
        self.language.currentIndexChanged.connect(lambda _: self.language_changed())
        self.to_regulator.toggled.connect(lambda _: self.regenerate())
        self.resize(1100, 760)
        self._kept_edits: dict[str, Letter] = {}  # language -> the letter as edited by hand in it
        self._baselines: dict[str, Letter] = {}  # language -> the letter as last written from the details
        self.rows["name"].widget.textChanged.connect(self._name_typed)
        self.regenerate()

    # -- building ------------------------------------------------------------------
    def borrower(self) -> tuple[Party | None, list[FieldError]]:
        values = {name: row.value() for name, row in self.rows.items()}
        if not values["name"].strip():
            return None, [FieldError("name", "The letter needs your name.")]
        return Party(values["name"], values["address"], values["phone"], values["email"]), []

    def build(self) -> Letter | None:
        borrower, errors = self.borrower()
        show_errors(self.rows, errors)
        if borrower is None:
            return None
        language = self.language.currentData()
        inputs = self.inputs
        debt = inputs.status.debt
        if self.kind == COMPLAINT:
            recipient = regulator_parties(language)[0] if self.to_regulator.isChecked() else self.lender()
            return complaint_letter(borrower, inputs.flagged, recipient, language, self.session.as_of, debt,
                                    to_regulator=self.to_regulator.isChecked(),
                                    enclosures=inputs.complaint_enclosures)
        return negotiation_letter(borrower, inputs.status, inputs.plan, inputs.budget, inputs.evidence, language,
                                  self.session.as_of, situation=self.situation.toPlainText(),
                                  cause=self.cause.text(), recipient=self.lender(), reasons=self.reasons,
                                  budget_appendix=self.appendix.isChecked() and inputs.budget is not None,
                                  offer=inputs.offer)

    def lender(self) -> Party:
        return Party(self.recipient_name or self.inputs.status.debt.lender.name)

    def _hand_edited(self) -> Letter | None:
        """The letter as the user changed it, or None when nothing was changed by hand."""
        if self.letter is None or not self.section_edits:
            return None
        edited = self.edited_letter()
        return edited if edited != self._baselines.get(self.letter.language, self.letter) else None

    def language_changed(self) -> None:
        """Hand edits are kept per language: switching away and back brings them back."""
        edited = self._hand_edited()
        if edited is not None:
            self._kept_edits[edited.language] = edited
        self.recipient_name = None
        kept = self._kept_edits.get(self.language.currentData())
        if kept is not None:
            self.show_letter(kept)
            self.refresh_checks()
        else:
            self.regenerate()

    def write_again(self) -> None:
        """Write the letter again from the details; hand edits are only thrown away when the user says so."""
        if self._hand_edited() is not None and not msgbox.confirm(
                self, self.tr("Write the letter again?"),
                self.tr("The changes you made to this letter by hand will be lost."),
                self.tr("Write it again"), self.tr("Keep my changes")):
            return
        self._kept_edits.pop(self.language.currentData(), None)
        self.regenerate()

    def _name_typed(self) -> None:
        """A letter that could not be written for want of a name is written once the name is there."""
        if self.letter is None and self.rows["name"].value().strip():
            self.regenerate()

    def regenerate(self) -> None:
        letter = self.build()
        if letter is not None:
            self._baselines[letter.language] = letter
            self.show_letter(letter)
        self.refresh_checks()

    def show_letter(self, letter: Letter) -> None:
        self.letter = letter
        while self.editor_layout.count():
            item = self.editor_layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone at once, not when the event loop next runs
                item.widget().deleteLater()
        self.subject = QLineEdit(letter.subject)
        self.subject.setObjectName("subject")
        self.salutation = QLineEdit(letter.salutation)
        self.section_edits: list[QPlainTextEdit] = []
        head = QFormLayout()
        head.addRow(self.tr("To"), plain_label(letter.recipient.name))
        head.addRow(self.tr("Account"), plain_label(letter.account_masked or "—"))
        head.addRow(self.tr("Subject"), self.subject)
        head.addRow(self.tr("Greeting"), self.salutation)
        box = QWidget()
        box.setLayout(head)
        self.editor_layout.addWidget(box)
        for index, section in enumerate(letter.sections):
            self.editor_layout.addWidget(plain_label(section.heading, bold=True))
            edit = QPlainTextEdit("\n".join(section.paragraphs))
            edit.setObjectName(f"section_{section.key or index}")
            edit.setMinimumHeight(90)
            self.section_edits.append(edit)
            self.editor_layout.addWidget(edit)
            if letter.schedule_rows and index == letter.schedule_index():
                self.editor_layout.addWidget(self._schedule_table(letter))
        self.editor_layout.addWidget(plain_label(self.tr("Enclosures (one per line)"), bold=True))
        self.enclosures = QPlainTextEdit("\n".join(letter.enclosures))
        self.enclosures.setObjectName("enclosures")
        self.enclosures.setMaximumHeight(100)
        self.editor_layout.addWidget(self.enclosures)
        self.editor_layout.addWidget(plain_label(self.tr("Closing"), bold=True))
        self.closing = QPlainTextEdit(letter.closing)
        self.closing.setMaximumHeight(60)
        self.editor_layout.addWidget(self.closing)
        for edit in (self.subject, self.salutation):
            edit.textChanged.connect(self.refresh_checks)
        for edit in (*self.section_edits, self.enclosures, self.closing):
            edit.textChanged.connect(self.refresh_checks)

    @staticmethod
    def _schedule_table(letter: Letter) -> QTableWidget:
        rows = list(letter.schedule_rows) + ([letter.schedule_totals] if letter.schedule_totals else [])
        table = QTableWidget(len(rows), len(letter.schedule_header))
        table.setObjectName("letterSchedule")
        table.setHorizontalHeaderLabels(list(letter.schedule_header))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.setMinimumHeight(min(360, 30 + 26 * len(rows)))
        return table

    def edited_letter(self) -> Letter:
        """The letter with everything the user changed in the editors."""
        sections = [replace(section, paragraphs=_lines(edit))
                    for section, edit in zip(self.letter.sections, self.section_edits)]
        borrower, _ = self.borrower()
        return replace(self.letter, sender=borrower or self.letter.sender, subject=self.subject.text().strip(),
                       salutation=self.salutation.text().strip(), sections=sections,
                       enclosures=_lines(self.enclosures), closing=self.closing.toPlainText().strip())

    # -- export --------------------------------------------------------------------
    def choose_and_export(self) -> None:
        lender = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", self.inputs.status.debt.lender.name).strip()[:60]
        suggested = Path.home() / f"{self.kind}-{lender}-{self.session.as_of}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the letter"), str(suggested),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export(self, path: Path) -> bool:
        from debtdesk.letters import LetterWriteError, render_pdf
        from debtdesk.letters.glyphs import unprintable

        _, errors = self.borrower()
        show_errors(self.rows, errors)
        if errors:
            return False
        if self.letter is None:  # the name was missing when the dialog opened: write the letter now
            self.regenerate()
        if self.letter is None:
            msgbox.error(self, self.tr("The letter could not be written"),
                         self.tr("Check the details marked in red, then press Export PDF again."))
            return False
        letter = self.edited_letter()
        problems = unprintable(letter)
        if problems:
            msgbox.error(self, self.tr("The letter cannot be printed"), self.unprintable_text(problems))
            return False
        appendix = self.appendix.isChecked() and self.kind == NEGOTIATION
        budget = self.inputs.budget if appendix else None
        chart = appendix_chart(self.inputs, letter.language) if appendix else None
        try:
            render_pdf(letter, path, self.page_size.currentData(), appendix_budget=budget, appendix_chart_png=chart)
        except (LetterWriteError, ValueError) as exc:
            msgbox.error(self, self.tr("Could not write the letter"), msgbox.error_sentence(exc))
            return False
        done = record_letter(self.session.store, path, letter.kind, letter.language, letter.recipient.name,
                             self.session.as_of, self.debt_id,
                             proposal=self.inputs.plan.options if self.kind == NEGOTIATION else None,
                             borrower={name: row.value() for name, row in self.rows.items()})
        self.exported = path
        self.session.notify(done.changes)
        msgbox.information(self, self.tr("Letter exported"),
                           self.tr("Saved to {path}. It is listed under Letters with its checksum.").format(path=path))
        return True

    # -- checks before export --------------------------------------------------------
    def field_label(self, field: LetterField) -> str:
        """Where in the letter, as the reader of this dialog calls it."""
        if field.key == "section":
            return self.tr("Section “{heading}”").format(heading=field.heading.strip())
        labels = {
            "recipient.name": self.tr("Recipient's name"),
            "recipient.address": self.tr("Recipient's address"),
            "sender.name": self.tr("Your name"),
            "sender.address": self.tr("Your address"),
            "sender.phone": self.tr("Your phone"),
            "sender.email": self.tr("Your e-mail"),
            "account": self.tr("Account number"),
            "subject": self.tr("Subject"),
            "salutation": self.tr("Greeting"),
            "schedule": self.tr("Schedule"),
            "closing": self.tr("Closing"),
            "signature": self.tr("Signature"),
            "enclosures": self.tr("Enclosures"),
        }
        return labels.get(field.key, field.key)

    def unprintable_text(self, problems) -> str:
        from debtdesk.letters.glyphs import character_list

        lines = [self.tr("These characters cannot be printed, so the letter cannot be exported:")]
        lines += [f"• {self.field_label(field)}: {character_list(chars)}" for field, chars in problems]
        lines.append(self.tr("The letter's font has no Arabic, Hebrew, Thai or emoji characters, and right-to-left "
                             "text cannot be laid out: write these in Latin letters or Chinese characters."))
        return "\n".join(lines)

    def refresh_checks(self) -> None:
        """Show what the checks before export find in the letter as it now stands."""
        from debtdesk.letters.glyphs import unprintable

        if self.letter is None:
            self.checks.setText("")
            self.convert_button.setVisible(False)
            return
        letter = self.edited_letter()
        findings = script_findings(letter)
        lines = []
        if findings:
            lines.append(self.tr("This letter is in Traditional Chinese, but these parts are in Simplified Chinese:")
                         if letter.language == "zh-Hant" else
                         self.tr("This letter is in Simplified Chinese, but these parts are in Traditional Chinese:"))
            lines += [f"• {self.field_label(f.field)}: {f.characters}" for f in findings]
            self.convert_button.setText(self.tr("Convert to Traditional Chinese") if letter.language == "zh-Hant"
                                        else self.tr("Convert to Simplified Chinese"))
        self.convert_button.setVisible(bool(findings))
        problems = unprintable(letter)
        if problems:
            lines.append(self.unprintable_text(problems))
        offer = self.inputs.offer if self.kind != COMPLAINT else None
        if offer is not None and offer.fits is False:
            lines.append(self.tr("The household plan shows this proposal cannot be paid every month (short by {amount} "
                                 "at most), so the letter asks rather than promises. A lender may refuse a plan you "
                                 "cannot keep: a lower payment or a longer term on the Proposal page may fit."
                                 ).format(amount=format_amount(offer.short_by)))
        self.checks.setText("\n".join(lines))
        self.checks.setVisible(bool(lines))

    def convert_script(self) -> None:
        """Convert every part of the letter in the other Chinese script, and the details it was written from."""
        if self.letter is None:
            return
        letter = convert_letter(self.edited_letter())
        language = letter.language
        for name in ("name", "address"):
            self.rows[name].set_value(convert_text(self.rows[name].value(), language))
        self.cause.setText(convert_text(self.cause.text(), language))
        self.situation.setPlainText(convert_text(self.situation.toPlainText(), language))
        if self.kind == NEGOTIATION or not self.to_regulator.isChecked():
            self.recipient_name = letter.recipient.name
        self.show_letter(letter)
        self.refresh_checks()
