"""Words for the rate check, shared by the register, the debt detail and the overview.

The domain gives codes and Decimals (`domain.rate_check`); these functions
give the sentences a person reads, always with "Not legal advice" and never
saying that a debt is void: courts commonly do not support interest above a
line, and the borrower can ask the lender to recalculate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from debtdesk.domain.rate_check import Figure, LineTally, RateCheck
from debtdesk.domain.rate_lines import LICENSED_24, LICENSED_36, PRIVATE_4LPR, percent_text
from debtdesk.ui.i18n import list_separator, marked, show_date

LINE_NAMES = {
    LICENSED_24: QT_TRANSLATE_NOOP("RateCheck", "Licensed lenders, lower line"),
    LICENSED_36: QT_TRANSLATE_NOOP("RateCheck", "Licensed lenders, upper line"),
    PRIVATE_4LPR: QT_TRANSLATE_NOOP("RateCheck", "Private lending: a multiple of the one-year LPR"),
}

FIGURE_NAMES = {
    Figure.APR: QT_TRANSLATE_NOOP("RateCheck", "true APR"),
    Figure.CONTRACT: QT_TRANSLATE_NOOP("RateCheck", "contract rate"),
    Figure.PENALTY: QT_TRANSLATE_NOOP("RateCheck", "penalty rate"),
}


def line_name(code: str) -> str:
    return marked("RateCheck", LINE_NAMES[code]) if code in LINE_NAMES else code


def figure_name(figure: Figure) -> str:
    return marked("RateCheck", FIGURE_NAMES[figure])


def figures_text(check: RateCheck) -> str:
    """'True APR 25.10% a year · contract rate 18.00% · penalty rate 27.00%' (as the Rate row shows them)."""
    def percent(rate) -> str:
        return f"{rate * 100:.2f}"

    apr = percent(check.apr) if check.apr is not None else QCoreApplication.translate("RateCheck", "not computable")
    return QCoreApplication.translate(
        "RateCheck", "True APR {apr}% a year · contract rate {contract}% · penalty rate {penalty}%").format(
        apr=apr, contract=percent(check.contract_rate), penalty=percent(check.penalty_rate))


def marker(check: RateCheck) -> str:
    """The register's short flag: empty when every figure is within the lines."""
    lowest = check.lowest_crossed
    if lowest is None:
        return ""
    return QCoreApplication.translate("RateCheck", "⚠ above {rate}% a year").format(rate=percent_text(lowest.rate))


def check_text(check: RateCheck) -> str:
    """The debt detail's paragraph: the figures, each line crossed, what can be done; not legal advice."""
    lines = [figures_text(check)]
    for result in check.exceeds:
        lines.append(QCoreApplication.translate(
            "RateCheck", "⚠ Above {rate}% a year ({line}, for contracts from {since}): {figures}.").format(
            rate=percent_text(result.rate), line=line_name(result.code), since=show_date(result.line.since),
            figures=list_separator().join(figure_name(f) for f in result.above)))
    lowest = check.lowest_crossed
    if lowest is not None:
        lines.append(QCoreApplication.translate(
            "RateCheck", "Courts commonly do not support interest above {rate}% a year; you can ask the lender "
            "to recalculate the interest, penalty interest and fees. Not legal advice.").format(
            rate=percent_text(lowest.rate)))
    elif check.lines:
        rates = " / ".join(f"{percent_text(r.rate)}%" for r in check.lines)
        lines.append(QCoreApplication.translate(
            "RateCheck", "Within the reference lines ({rates} a year). Not legal advice.").format(rates=rates))
    else:
        lines.append(QCoreApplication.translate(
            "RateCheck", "No reference line applies to this debt (Edit ▸ Reference rate lines). Not legal advice."))
    return "\n".join(lines)


def tally_text(tally: LineTally) -> str:
    """The overview's sentence for one line: how many debts charge more, and which."""
    lenders = list_separator().join(tally.lenders)
    rate = percent_text(tally.rate)
    if tally.count == 1:
        text = QCoreApplication.translate(
            "RateCheck", "1 debt charges more than {rate}% a year, counting fees or penalty interest: {lenders}.")
    else:
        text = QCoreApplication.translate(
            "RateCheck", "{n} debts charge more than {rate}% a year, counting fees or penalty interest: {lenders}.")
    return text.format(n=tally.count, rate=rate, lenders=lenders)


def tallies_text(tallies: tuple[LineTally, ...]) -> str:
    """Every line crossed in the household, then what can be done; empty when none is."""
    if not tallies:
        return ""
    return "\n".join([tally_text(t) for t in tallies] + [QCoreApplication.translate(
        "RateCheck", "Courts commonly do not support interest above these lines; you can ask the lender to "
        "recalculate. The figures are on each debt's page. Not legal advice.")])
