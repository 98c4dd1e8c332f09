"""Every validation message template of the domain (and the forms), marked for lupdate (context "Validation").

The domain keeps each message as an English template with named
parameters (`FieldError`, `NumberError`, `PayoffError`); the window translates it with
`ui.form_fields.translate_error`, the command line with the same catalogue.
lupdate only sees literal strings, so the templates are repeated here,
grouped by the module that raises them; a test finds every template in
the source and fails when one is missing here or listed but no longer used.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

VALIDATION_TEXTS = (
    # debtdesk/domain/agreement.py
    QT_TRANSLATE_NOOP("Validation", "Must not be negative."),
    QT_TRANSLATE_NOOP("Validation", "A rate is between 0% and 1000% a year."),
    QT_TRANSLATE_NOOP("Validation", "A day of the month is between 1 and 31."),
    QT_TRANSLATE_NOOP("Validation", "Grace is between 0 and {max} days."),
    QT_TRANSLATE_NOOP("Validation", "Listed payments cannot be combined with other terms."),
    QT_TRANSLATE_NOOP("Validation", "Listed payments fall on different days, in order, from the first due date."),
    QT_TRANSLATE_NOOP("Validation", "At least one payment must ask for money."),
    QT_TRANSLATE_NOOP("Validation", "The down payment is more than the agreed balance."),
    QT_TRANSLATE_NOOP("Validation", "The first agreed payment cannot fall before the agreement starts ({start})."),
    QT_TRANSLATE_NOOP("Validation", "An agreement ends after it starts ({start})."),
    # debtdesk/domain/agreement_offer.py
    QT_TRANSLATE_NOOP("Validation", "Unknown term {word!r}; use: {known}."),
    QT_TRANSLATE_NOOP("Validation", "Give the agreed balance (balance=AMOUNT)."),
    # debtdesk/domain/budget.py
    QT_TRANSLATE_NOOP("Validation", "Enter the amount without a minus sign."),
    # debtdesk/domain/contacts.py
    QT_TRANSLATE_NOOP("Validation", "{text!r} is not a date and time (YYYY-MM-DD HH:MM)."),
    QT_TRANSLATE_NOOP("Validation", "Must be after {first}."),
    QT_TRANSLATE_NOOP("Validation", "In the future: record a contact once it has happened (now is {now})."),
    QT_TRANSLATE_NOOP("Validation", "Must be a single line of text, without control characters."),
    QT_TRANSLATE_NOOP("Validation", "Contains a control character."),
    QT_TRANSLATE_NOOP("Validation", "{text!r} is not a time of day (HH:MM)."),
    QT_TRANSLATE_NOOP("Validation", "Must be later than the start of the allowed hours."),
    # debtdesk/domain/household.py
    QT_TRANSLATE_NOOP("Validation", "The plan cannot start before {date}, the day it is worked out for."),
    QT_TRANSLATE_NOOP("Validation", "The settlement date {date} is before the plan starts ({start})."),
    # debtdesk/domain/household_shares.py
    QT_TRANSLATE_NOOP(
        "Validation", "Add a budget in {currency} (or say how much is available each month) to share it "
        "between lenders."),
    QT_TRANSLATE_NOOP(
        "Validation", "Nothing is left each month to share between lenders once essentials and the "
        "debts paid first (priority debts, and any kept as contracted) are provided for."),
    # debtdesk/domain/numbers.py
    QT_TRANSLATE_NOOP("Validation", "An amount, not a percentage."),
    QT_TRANSLATE_NOOP("Validation", "A number, not an amount of money."),
    QT_TRANSLATE_NOOP("Validation", "Write the number in digits: {text!r} is {digits}."),
    QT_TRANSLATE_NOOP(
        "Validation", "{text!r} could mean {whole} or {fraction}: write it without the separator, or "
        "with decimals."),
    QT_TRANSLATE_NOOP("Validation", "{text!r} is not clear: write decimals with '{decimal}', as in {example}."),
    # debtdesk/domain/payoff.py
    QT_TRANSLATE_NOOP(
        "Validation", "These debts are in different currencies ({currencies}); make one payoff plan per "
        "currency."),
    QT_TRANSLATE_NOOP("Validation", "The monthly amount must be more than 0, in cents at most."),
    QT_TRANSLATE_NOOP(
        "Validation", "{amount} a month is less than the minimum payments of these debts together "
        "({needed}); set at least that much, or ask the lenders for lower payments with a "
        "proposal."),
    QT_TRANSLATE_NOOP(
        "Validation", "{amount} a month does not clear these debts within {years} years; set a larger "
        "amount."),
    QT_TRANSLATE_NOOP(
        "Validation", "{amount} a month is less than the minimum payments in month {month}; set a "
        "larger amount."),
    # debtdesk/domain/proposal.py
    QT_TRANSLATE_NOOP("Validation", "{amount} a month does not cover the interest; the debt would never be repaid."),
    # debtdesk/domain/proposal_options.py
    QT_TRANSLATE_NOOP("Validation", "A deferral is between 0 and {max} months."),
    QT_TRANSLATE_NOOP("Validation", "A pause is between 0 and {max} months."),
    QT_TRANSLATE_NOOP("Validation", "Instalments run over 1 to {max} months."),
    QT_TRANSLATE_NOOP("Validation", "Must be at least 0.01."),
    QT_TRANSLATE_NOOP("Validation", "Give a lower payment, for 1 to 120 months."),
    QT_TRANSLATE_NOOP("Validation", "A settlement is more than 0% and at most 100%."),
    QT_TRANSLATE_NOOP("Validation", "At most four decimal places."),
    QT_TRANSLATE_NOOP(
        "Validation", "A one-off settlement cannot be combined with instalments or a lower monthly "
        "payment."),
    QT_TRANSLATE_NOOP(
        "Validation", "A one-off settlement ends the debt: there is no interest left to freeze. Untick "
        "freeze-interest."),
    QT_TRANSLATE_NOOP("Validation", "A settlement date needs a settlement (settlement=PERCENT)."),
    QT_TRANSLATE_NOOP("Validation", "Give either a settlement date or a deferral before the settlement, not both."),
    QT_TRANSLATE_NOOP("Validation", "A pause cannot be combined with a one-off settlement."),
    QT_TRANSLATE_NOOP(
        "Validation", "After a pause the original instalments resume; it cannot be combined with new "
        "instalments."),
    QT_TRANSLATE_NOOP("Validation", "A pause cannot be combined with a lower monthly payment."),
    QT_TRANSLATE_NOOP("Validation", "A pause already defers payments; it cannot be combined with a deferral."),
    QT_TRANSLATE_NOOP("Validation", "A pause already adds no interest; it cannot be combined with freeze-interest."),
    QT_TRANSLATE_NOOP("Validation", "Say for how many months the lower payment runs before the instalments."),
    QT_TRANSLATE_NOOP("Validation", "Unknown option {word!r}; use one of: {known}."),
    # debtdesk/domain/rate_lines.py
    QT_TRANSLATE_NOOP("Validation", "Row {row}: {date} is listed twice."),
    QT_TRANSLATE_NOOP("Validation", "List at least one LPR with the date it took effect."),
    QT_TRANSLATE_NOOP("Validation", "{text!r} is not a number."),
    QT_TRANSLATE_NOOP("Validation", "Row {row}: {text!r} is not a number."),
    QT_TRANSLATE_NOOP("Validation", "Must be above 0 and at most {maximum}."),
    QT_TRANSLATE_NOOP("Validation", "Row {row}: Must be above 0 and at most {maximum}."),
    QT_TRANSLATE_NOOP("Validation", "Row {row}: {text!r} is not a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("Validation", "Row {row}: Must be between {first} and {last}."),
    # debtdesk/domain/sending.py
    QT_TRANSLATE_NOOP("Validation", "Before the letter was exported ({date})."),
    QT_TRANSLATE_NOOP("Validation", "In the future: mark a letter once it is sent (today is {date})."),
    # debtdesk/domain/time_limits.py
    QT_TRANSLATE_NOOP("Validation", "Between 1 and 30 years."),
    QT_TRANSLATE_NOOP("Validation", "Between 1 and 365 days."),
    QT_TRANSLATE_NOOP("Validation", "The deadline cannot fall before the document was served."),
    QT_TRANSLATE_NOOP("Validation", "At most {n} characters."),
    # debtdesk/domain/validation.py
    QT_TRANSLATE_NOOP("Validation", "Too long: {length} characters, at most {limit}."),
    QT_TRANSLATE_NOOP("Validation", "Unknown value {value!r}."),
    QT_TRANSLATE_NOOP("Validation", "Unknown value {value!r}: use yes or no."),
    QT_TRANSLATE_NOOP("Validation", "This field is required."),
    QT_TRANSLATE_NOOP("Validation", "Must be a whole number."),
    QT_TRANSLATE_NOOP("Validation", "Must be greater than zero."),
    QT_TRANSLATE_NOOP("Validation", "Must be at least {minimum}."),
    QT_TRANSLATE_NOOP("Validation", "Must be at most {maximum}."),
    QT_TRANSLATE_NOOP("Validation", "At most two decimal places (cents)."),
    QT_TRANSLATE_NOOP("Validation", "{text!r} is not a date (YYYY-MM-DD)."),
    QT_TRANSLATE_NOOP("Validation", "Must be between {first} and {last}."),
    QT_TRANSLATE_NOOP("Validation", "Use a three-letter currency code such as CNY, HKD or USD."),
    QT_TRANSLATE_NOOP("Validation", "At most six decimal places."),
    QT_TRANSLATE_NOOP("Validation", "Above 1000% a year: check the rate and whether it is annual or daily."),
    QT_TRANSLATE_NOOP("Validation", "Must be less than the principal."),
    QT_TRANSLATE_NOOP("Validation", "The start date is after the first recorded payment ({payment})."),
    QT_TRANSLATE_NOOP("Validation", "Before the debt's start date ({start})."),
    QT_TRANSLATE_NOOP("Validation", "In the future: record a payment once it is made (today is {today})."),
    # debtdesk/ui/letter_dialog.py
    QT_TRANSLATE_NOOP("Validation", "The letter needs your name."),
)
