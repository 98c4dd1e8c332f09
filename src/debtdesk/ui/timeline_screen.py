"""The time line screen: all debts or one, the drawing, and the facts of the clicked event.

The events come from `domain.timeline.timeline`; the contact log is read
through `contacts_source` (a callable returning (Contact, flags) pairs), so
this screen works before and after the contact log exists.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from debtdesk.domain.contacts import Contact, ContactRules, Flag, format_occurred_at
from debtdesk.domain.money import format_amount
from debtdesk.domain.overdue import Stage
from debtdesk.domain.status import DebtStatus
from debtdesk.domain.timeline import Event, EventKind
from debtdesk.store.settings import contact_rules
from debtdesk.ui import contacts_model
from debtdesk.ui.labels import label
from debtdesk.ui.session import FollowsSession, Session
from debtdesk.ui.timeline_markers import TimelineLegend, event_stage, kind_text
from debtdesk.ui.timeline_view import TimelineView
from debtdesk.services.changes import AGREEMENTS, CONTACTS, DEBTS, EVERYTHING, LETTERS, PAYMENTS, SETTINGS, Changes
from debtdesk.services.timeline_contacts import FileContacts, ListedContacts
from debtdesk.services.timeline_lanes import TimelineLanes, timeline_facts
from debtdesk.ui.i18n import marked, show_date

translate = QCoreApplication.translate  # called with literal texts only, which lupdate extracts

ContactsSource = Callable[[], "Iterable[tuple[Contact, frozenset[Flag]]] | FileContacts"]


def file_contacts(session: Session) -> FileContacts:
    """The open file's contact log, flagged under the file's rules, read lane by lane as the time line needs it.

    For the main window: `TimelineScreen(session, lambda: file_contacts(self.session))`.
    Iterating it gives every contact with its flags, as the whole log.
    """
    return FileContacts(session.store, contact_rules(session.store))


def _plain(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    lab.setWordWrap(True)
    return lab


def relative_day(day: date, as_of: date) -> str:
    days = (day - as_of).days
    if days == 0:
        return translate("TimelineScreen", "today")
    if days == 1:
        return translate("TimelineScreen", "tomorrow")
    if days == -1:
        return translate("TimelineScreen", "yesterday")
    if days > 0:
        return translate("TimelineScreen", "in {n} days").format(n=days)
    return translate("TimelineScreen", "{n} days ago").format(n=-days)


class TimelineScreen(FollowsSession, QWidget):
    """All debts' time line or one debt's, with the facts of the clicked event beside it.

    `contacts_source` returns the contact log as (Contact, flags) pairs; None: no contacts.
    """

    watches = frozenset({DEBTS, PAYMENTS, CONTACTS, LETTERS, AGREEMENTS, SETTINGS})

    def __init__(self, session: Session, contacts_source: ContactsSource | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("TimelineScreen")
        self.contacts_source = contacts_source
        self._statuses: list[DebtStatus] = []
        self._contacts: FileContacts | ListedContacts = ListedContacts([])
        self._lanes: TimelineLanes | None = None
        self._pending: Changes | None = None  # what changed while the page was out of sight
        self._rules = ContactRules()

        self.debt_choice = QComboBox()
        self.debt_choice.setObjectName("timelineDebt")
        self.debt_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.today_button = QPushButton(translate("TimelineScreen", "Today"))
        self.today_button.setObjectName("timelineToday")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(translate("TimelineScreen", "Zoom out (Ctrl+wheel)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(translate("TimelineScreen", "Zoom in (Ctrl+wheel)"))
        self.view = TimelineView()
        self.legend = TimelineLegend()
        self.detail_title = _plain()
        self.detail_title.setObjectName("timelineDetailTitle")
        font = QFont(self.detail_title.font())
        font.setBold(True)
        self.detail_title.setFont(font)
        self.detail = _plain()
        self.detail.setObjectName("timelineDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        bar = QHBoxLayout()
        show = QLabel(translate("TimelineScreen", "Show:"))
        show.setBuddy(self.debt_choice)
        bar.addWidget(show)
        bar.addWidget(self.debt_choice)
        bar.addSpacing(12)
        bar.addWidget(self.today_button)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        self._hint_text = translate("TimelineScreen", "Right of today's line: what happens if nothing more is paid.")
        self.hint = _plain(self._hint_text)
        self.hint.setToolTip(translate(
            "TimelineScreen", "Drag, or Shift+wheel, to move through time; Ctrl+wheel zooms."))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar.addWidget(self.hint, 1)

        panel = QGroupBox(translate("TimelineScreen", "Details"))
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.detail_title)
        panel_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)

        self._count_timer = QTimer(self)  # the contact log's per-day counts, read in the background
        self._count_timer.setInterval(100)
        self._count_timer.timeout.connect(self._check_counts)
        self.debt_choice.currentIndexChanged.connect(self._show_events)
        self.today_button.clicked.connect(lambda: self.view.scroll_to(self.session.as_of))
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.view.zoom_changed.connect(self._update_zoom_buttons)
        self.view.event_activated.connect(self.show_event)
        self.follow(session)
        self.reload()

    # -- public API ---------------------------------------------------------------------
    def set_contacts_source(self, source: ContactsSource | None) -> None:
        self.contacts_source = source
        self.reload()

    def show_debt(self, debt_id: int | None) -> None:
        """One debt's time line, or every debt's with None."""
        index = self.debt_choice.findData(debt_id)
        self.debt_choice.setCurrentIndex(max(0, index))
        self._show_events()

    def current_debt(self) -> int | None:
        return self.debt_choice.currentData()

    def reload(self) -> None:
        """Everything again: the statuses (from the session's cache), letters, agreements, limits, lanes.

        While a large file's statuses are still worked out in the background, the page says so and
        waits (the session announces them when they are in) instead of computing them itself.
        """
        self.view.waiting_text = ""
        if self.session.loading:
            self._wait_for_statuses()
            return
        self.hint.setText(self._hint_text)
        self._statuses = self.session.debt_views()
        source = self.contacts_source() if self.contacts_source else []
        self._contacts = source if isinstance(source, FileContacts) else ListedContacts(source)
        if isinstance(source, FileContacts) and source.counting:
            self._count_timer.start()
        self._facts = timeline_facts(self.session.store, self._statuses, self.session.as_of)
        self._rules = contact_rules(self.session.store)
        chosen = self.current_debt()
        self.debt_choice.blockSignals(True)
        self.debt_choice.clear()
        self.debt_choice.addItem(translate("TimelineScreen", "All debts"), None)
        names = Counter(s.debt.lender.name for s in self._statuses)
        for status in self._statuses:
            name = status.debt.lender.name
            text = name if names[name] == 1 else f"{name} · {label(status.debt.kind)}"
            self.debt_choice.addItem(text, status.debt.id)
        self.debt_choice.setCurrentIndex(max(0, self.debt_choice.findData(chosen)))
        self.debt_choice.blockSignals(False)
        self._show_events()

    def _wait_for_statuses(self) -> None:
        self._statuses, self._lanes = [], None
        self._contacts, self._facts = ListedContacts([]), None
        waiting = translate("TimelineScreen", "Working out where {n} debts stand…").format(n=self.session.waiting_for)
        self.hint.setText(waiting)
        self.view.waiting_text = waiting
        self.debt_choice.blockSignals(True)
        self.debt_choice.clear()
        self.debt_choice.addItem(translate("TimelineScreen", "All debts"), None)
        self.debt_choice.blockSignals(False)
        self.view.set_events([], self.session.as_of)

    def refresh_debts(self, changes: Changes) -> None:
        """Only the lanes of the debts a change touched are built again; a new or renamed debt reloads all."""
        before = [(s.debt.id, s.debt.lender.name) for s in self._statuses]
        statuses = self.session.debt_views()  # the session recomputes only the touched debts' statuses
        if [(s.debt.id, s.debt.lender.name) for s in statuses] != before or self._lanes is None:
            self.reload()
            return
        self._statuses = statuses
        self._facts = timeline_facts(self.session.store, statuses, self.session.as_of)
        touched = {s.debt.lender.name for s in statuses if s.debt.id in changes.debts}
        self._lanes = self._lanes.renewed(statuses, self._facts, touched)
        self._show_lanes()

    # -- following the file: only what a change touched ---------------------------------
    def _on_touched(self, changes: Changes) -> None:
        if self.watches is not None and not changes.touches(self.watches):
            return
        if self._out_of_sight():
            self._pending = changes if self._pending is None else self._pending | changes
            self._stale = True
            return
        self._catch_up(changes)

    def refresh_if_stale(self) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            pending, self._pending = self._pending, None
            self._catch_up(pending or EVERYTHING)

    def _check_counts(self) -> None:
        """Once the per-day contact counts are in, the lanes built meanwhile are built again with every flag."""
        if isinstance(self._contacts, FileContacts) and self._contacts.counting:
            return
        self._count_timer.stop()
        if self._lanes is not None:
            self.view.refresh_lanes(self._lanes.built())

    def _catch_up(self, changes: Changes) -> None:
        scoped = changes.debts is not None and not changes.touches({SETTINGS, CONTACTS}) \
            and not self.session.loading and isinstance(self._contacts, FileContacts)  # a caller's own list: whole
        if scoped:
            self.refresh_debts(changes)
        else:
            self.reload()

    def show_event(self, event: Event | None) -> None:
        """Fill the detail panel with an event's facts (None: the hint)."""
        if event is None:
            self.detail_title.setText("")
            self.detail.setText(translate(
                "TimelineScreen", "Click a marker to see what happened, or what will happen if "
                                    "nothing more is paid."))
            return
        self.detail_title.setText(kind_text(event))
        self.detail.setText("\n".join(self.event_facts(event)))

    def event_facts(self, event: Event) -> list[str]:
        as_of = self.session.as_of
        currency = self._currency(event.debt_id)

        def money(amount) -> str:
            return f"{format_amount(amount)} {currency}".strip()

        when = relative_day(event.on, as_of)
        lines = [translate("TimelineScreen", "Date: {date} ({when})").format(date=show_date(event.on), when=when),
                 translate("TimelineScreen", "Lender: {lender}").format(lender=event.lender or "—")]
        ref = event.ref
        if event.kind is EventKind.STAGE_TRANSITION:
            lines += [
                translate("TimelineScreen", "Stage: {stage}").format(stage=label(event_stage(event))),
                translate("TimelineScreen", "Days past due by then: {days}").format(days=ref.days_past_due),
                translate("TimelineScreen", "Penalty interest by then: {amount}").format(
                    amount=money(ref.cost.penalty_interest)),
                translate("TimelineScreen", "Late fees by then: {amount}").format(amount=money(ref.cost.late_fees)),
                translate(
                    "TimelineScreen", "Penalties and fees by then: {amount}").format(amount=money(ref.cost.total)),
                translate("TimelineScreen", "More than today: +{amount}").format(amount=money(ref.extra_cost)),
                "",
                translate("TimelineScreen", "A projection from the terms you entered, if nothing more is paid; "
                          "not the lender's statement."),
            ]
        elif event.kind is EventKind.CONTACT:
            contact: Contact = ref
            flags = self._contacts.flags_of(contact)
            lines[0] = translate(
                "TimelineScreen", "When: {moment}").format(moment=format_occurred_at(contact.occurred_at))
            lines.append(translate(
                "TimelineScreen", "Channel: {channel}").format(channel=contacts_model.label(contact.channel)))
            for text, value in ((translate("TimelineScreen", "Company: {value}"), contact.company),
                                (translate("TimelineScreen", "Agent: {value}"), contact.agent),
                                (translate("TimelineScreen", "Phone: {value}"), contact.phone)):
                if value:
                    lines.append(text.format(value=value))
            if flags or event.flagged:
                lines.append(translate("TimelineScreen", "Red flags:"))
                lines += [f"{contacts_model.MARK} {contacts_model.flag_explanation(f, self._rules)}"
                          for f in Flag if f in flags]
            if contact.summary:
                lines += ["", translate("TimelineScreen", "What was said:"), contact.summary]
            if contact.promises:
                lines += ["", translate("TimelineScreen", "Promises made:"), contact.promises]
        elif event.kind in (EventKind.AGREEMENT, EventKind.BREACH, EventKind.DEADLINE, EventKind.LIMITATION):
            lines += self.limit_facts(event, money)
        elif event.kind is EventKind.LETTER:
            lines[0] = translate("TimelineScreen", "Sent: {date} ({when})").format(date=show_date(event.on), when=when)
            lines += [translate("TimelineScreen", "Complaint letter") if ref.kind == "complaint"
                      else translate("TimelineScreen", "Negotiation letter"),
                      translate("TimelineScreen", "To: {recipient}").format(recipient=ref.recipient),
                      translate("TimelineScreen", "Language: {language}").format(language=ref.language),
                      translate("TimelineScreen", "File: {path}").format(path=ref.file_path),
                      translate("TimelineScreen", "SHA-256: {checksum}").format(checksum=ref.sha256)]
        else:
            if event.kind is EventKind.PAYMENT:
                lines.append(translate("TimelineScreen", "Amount paid: {amount}").format(amount=money(event.amount)))
                if getattr(ref, "note", ""):
                    lines.append(translate("TimelineScreen", "Note: {note}").format(note=ref.note))
            else:
                number = getattr(ref, "number", None)
                if number is not None:
                    lines.append(translate("TimelineScreen", "Instalment number: {n}").format(n=number))
                lines.append(translate("TimelineScreen", "Amount due: {amount}").format(amount=money(event.amount)))
                if hasattr(ref, "principal"):
                    lines.append(translate(
                        "TimelineScreen", "Of which principal {principal}, interest {interest}").format(
                        principal=format_amount(ref.principal), interest=format_amount(ref.interest)))
        return lines

    def limit_facts(self, event: Event, money) -> list[str]:
        """Agreements, breaches, court deadlines and the limitation period, counting down."""
        from debtdesk.domain.guidance import NOT_LEGAL_ADVICE
        from debtdesk.ui.agreements_screen import legal_kind_text

        ref, as_of = event.ref, self.session.as_of
        if event.kind is EventKind.AGREEMENT:
            return [self.tr("Signed on {date}").format(date=show_date(ref.signed_on)),
                    self.tr("Agreed total: {amount}").format(amount=money(ref.total)),
                    self.tr("From this day the agreed instalments replace the contract's.")]
        if event.kind is EventKind.BREACH:
            return [self.tr("Instalment {n} due on {due}: {amount} missing when the grace ended.").format(
                        n=ref.breach.instalment.number, due=show_date(ref.breach.instalment.due_date),
                        amount=money(ref.breach.shortfall)),
                    self.tr("A broken agreement usually revives the whole original debt and its penalties.")]
        note = marked("Guidance", NOT_LEGAL_ADVICE)
        if event.kind is EventKind.DEADLINE:
            served = show_date(ref.event.on)
            lines = [legal_kind_text(ref.event.kind), self.tr("Served on {date}").format(date=served)]
            if ref.stated:
                lines.append(self.tr("The date stated on the document."))
            else:
                lines.append(self.tr("Counted from the service date; the document's own date wins."))
            if ref.event.title:
                lines.append(ref.event.title)
            return lines + ["", note]
        lines = [self.tr("Three years from {date}, for the oldest unpaid instalment.").format(
            date=show_date(ref.runs_from))]
        if ref.restarted_by is not None:
            lines.append(self.tr("Started again on {date} by a payment or a written acknowledgement.").format(
                date=show_date(ref.runs_from)))
        if ref.last_instalment_ends is not None:
            lines.append(self.tr("Counted from the last instalment (Civil Code art. 189): {date}.").format(
                date=show_date(ref.last_instalment_ends)))
        return lines + ["", note]

    # -- internals ----------------------------------------------------------------------
    def _currency(self, debt_id: int | None) -> str:
        return next((s.debt.currency for s in self._statuses if s.debt.id == debt_id), "")

    def _show_events(self, *_) -> None:
        if self.session.loading:
            return
        self._lanes = TimelineLanes(self._statuses, self._contacts, self._facts, self.current_debt())
        self._show_lanes()

    def _show_lanes(self) -> None:
        currencies = {s.debt.id: s.debt.currency for s in self._statuses}
        shown = self.view.selected_event()
        self.view.set_lanes(self._lanes, self.session.as_of, currencies, self._lane_notes())
        self.show_event(self.view.selected_event() if shown is not None else None)
        self._update_zoom_buttons()

    def _lane_notes(self) -> dict[str, tuple[str, Stage]]:
        """Under each lender's name: the stage today (the worst, if several debts)."""
        worst: dict[str, DebtStatus] = {}
        for status in self._statuses:
            name = status.debt.lender.name
            if name not in worst or status.state.days_past_due > worst[name].state.days_past_due:
                worst[name] = status
        notes = {}
        for name, status in worst.items():
            state = status.state
            if state.days_past_due > 0:
                text = translate("TimelineScreen", "{stage} · {days} days past due").format(stage=label(state.stage),
                                                                     days=state.days_past_due)
            else:
                text = label(state.stage)
            notes[name] = (text, state.stage)
        return notes

    def _update_zoom_buttons(self, *_) -> None:
        self.zoom_in_button.setEnabled(self.view.can_zoom_in())
        self.zoom_out_button.setEnabled(self.view.can_zoom_out())
