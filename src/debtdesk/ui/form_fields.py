"""Form rows that show their own validation message beside the field.

Dialogs read every field as text into a dict, hand it to the domain's
parser, and show each returned `FieldError` under the field it names.  The
message template is translated, then filled in (one source per text).

Grey text in an empty field is only ever an example and says so ("e.g.
20000.00"); a value that applies when nothing is typed is shown as a real
value, so nobody mistakes an example for something already entered.
Numbers are read in the user's locale (`number_format`), never guessed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from debtdesk.domain.numbers import NumberFormat
from debtdesk.domain.validation import FieldError
from debtdesk.ui.debts_model import is_dark
from debtdesk.ui.i18n import marked


def number_format() -> NumberFormat:
    """The decimal and grouping signs of the user's locale, for the domain's parser."""
    locale = QLocale()
    return NumberFormat(locale.decimalPoint(), locale.groupSeparator())


def example(value: str) -> str:
    """Placeholder text that cannot pass for a value: 'e.g. 20000.00', in the locale's decimal sign."""
    shown = number_format().show(Decimal(value))
    return QCoreApplication.translate("Forms", "e.g. {value}").format(value=shown)


def translate_error(error: FieldError) -> str:
    return marked("Validation", error.template).format(**error.params)


class FieldRow(QWidget):
    """An input widget with an error label under it, hidden while all is well."""

    def __init__(self, name: str, widget: QWidget, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name
        self.widget = widget
        widget.setObjectName(f"field_{name}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.hint = QLabel(hint)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: a quiet explanation
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        colour = "#ff8a80" if is_dark() else "#b3261e"
        self.error.setStyleSheet(f"color: {colour};")
        self.error.setText("⚠ " + text)
        self.error.setVisible(True)
        self.widget.setToolTip(text)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
        self.widget.setToolTip("")

    # -- reading and writing the value as text ---------------------------------
    def value(self) -> str:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentText() if w.isEditable() else str(w.currentData())
        if isinstance(w, QDateEdit):
            return w.date().toString("yyyy-MM-dd")
        if isinstance(w, QSpinBox):
            return str(w.value())
        if isinstance(w, QCheckBox):
            return "yes" if w.isChecked() else "no"
        raise TypeError(type(w))

    def set_value(self, text: str) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText(text)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        elif isinstance(w, QComboBox):
            index = w.findData(text)
            if index < 0:
                index = w.findText(text)
            if index >= 0:
                w.setCurrentIndex(index)
            elif w.isEditable():
                w.setEditText(text)
        elif isinstance(w, QDateEdit):
            w.setDate(QDate.fromString(text, "yyyy-MM-dd"))
        elif isinstance(w, QSpinBox):
            w.setValue(int(text or 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(text == "yes")


def check_box(text: str) -> QCheckBox:
    return QCheckBox(text)


def combo(choices: list[tuple[str, str]], editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for value, text in choices:
        box.addItem(text, value)
    return box


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1950, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit


def line(placeholder: str = "", max_length: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(False)
    if max_length:
        # a little more than the limit, so an over-long paste gets a message, not a silent cut
        edit.setMaxLength(max_length + 50)
    return edit


def text_box(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def show_errors(rows: dict[str, FieldRow], errors: list[FieldError]) -> None:
    for row in rows.values():
        row.clear_error()
    for error in errors:
        row = rows.get(error.field)
        if row is not None:
            row.show_error(translate_error(error))
    if errors and errors[0].field in rows:
        rows[errors[0].field].widget.setFocus()


def fit_height(dialog: QDialog) -> None:
    """Grow a dialog to the height its wrapped labels need at its width.

    A window's minimum size ignores height-for-width, so wrapped hints were
    squeezed and overlapped the fields below them; asking the layout for its
    height at the actual width fixes that.  Called again when a label's text grows.
    """
    layout = dialog.layout()
    if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        width = dialog.width()
    else:
        width = max(dialog.sizeHint().width(), dialog.minimumWidth())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else dialog.sizeHint().height()
    dialog.setMinimumHeight(height)
    if dialog.height() < height or not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.resize(width, max(height, dialog.height() if dialog.isVisible() else height))


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Save runs the dialog's `try_accept` (which closes it only when nothing is wrong); Cancel closes it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.try_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
