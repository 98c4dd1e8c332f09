"""What every chart shares: the bundled font, the palettes, the figure, the table beside it, the tooltips.

Colours come in through a `Palette` (the window passes one made from the Qt
palette, the command line `LIGHT` or `DARK`); the series colours are
Okabe–Ito's colour-blind-safe set, and series that could be confused differ
by hatching or marker too.  Chinese shows through WenQuanYi Micro Hei,
registered once and put in the font fallback list before any text is made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

from matplotlib import font_manager, rcParams
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from debtdesk.charts.tables import ChartTable, cell_text  # noqa: F401 - re-exported: every chart imports it here

FONT_FAMILY = "WenQuanYi Micro Hei"
_font_ready = False

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00", "sky": "#56B4E9", "green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "purple": "#CC79A7", "black": "#000000",
}
HATCHES = ("", "//", "..", "xx", "\\\\", "++", "oo")
MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")
LINESTYLES = ("-", "--", "-.", ":")


@dataclass(frozen=True)
class Palette:
    background: str
    foreground: str
    muted: str  # axis labels, the today line
    grid: str
    series: tuple[str, ...]
    # Roles: what is not yet due, overdue, penalties (also income, spending, left).
    calm: str
    warn: str
    bad: str
    dark: bool = False

    def colour(self, index: int) -> str:
        return self.series[index % len(self.series)]


_O = OKABE_ITO
LIGHT = Palette("#ffffff", "#1f2328", "#57606a", "#d8dee4",
                (_O["blue"], _O["orange"], _O["green"], _O["vermillion"], _O["purple"], _O["sky"], _O["yellow"]),
                calm=_O["blue"], warn=_O["orange"], bad=_O["vermillion"])
DARK = Palette("#1e1f22", "#e6e6e6", "#a8b0b8", "#3b4048",
               (_O["sky"], _O["orange"], _O["green"], _O["vermillion"], _O["purple"], _O["yellow"], _O["blue"]),
               calm=_O["sky"], warn=_O["orange"], bad=_O["vermillion"], dark=True)
PALETTES = {"light": LIGHT, "dark": DARK}


def use_bundled_font() -> None:
    """Register the bundled CJK font once and make it the fallback for every text."""
    global _font_ready
    if _font_ready:
        return
    path = resources.files("debtdesk") / "resources" / "fonts" / "wqy-microhei.ttc"
    font_manager.fontManager.addfont(str(path))
    rcParams["font.family"] = ["DejaVu Sans", FONT_FAMILY]  # Latin from DejaVu, every CJK glyph from WenQuanYi
    rcParams["svg.fonttype"] = "path"  # an SVG shows the same glyphs on a machine without the font
    rcParams["pdf.fonttype"] = 42  # TrueType embedded, text stays selectable
    _font_ready = True


def new_figure(palette: Palette, width: float = 7.2, height: float = 4.2) -> Figure:
    use_bundled_font()
    figure = Figure(figsize=(width, height), dpi=100, facecolor=palette.background, layout="constrained")
    FigureCanvasAgg(figure)  # for saving headless; a Qt canvas replaces it when shown
    return figure


def style_axes(axes, palette: Palette, grid: str | None = "y") -> None:
    axes.set_facecolor(palette.background)
    for side, spine in axes.spines.items():
        spine.set_visible(side in ("left", "bottom"))
        spine.set_color(palette.muted)
    axes.tick_params(colors=palette.foreground, labelsize=8)
    axes.xaxis.label.set_color(palette.foreground)
    axes.yaxis.label.set_color(palette.foreground)
    axes.title.set_color(palette.foreground)
    if grid:
        axes.grid(True, axis=grid, color=palette.grid, linewidth=0.6)
        axes.set_axisbelow(True)


def title(figure: Figure, text: str, palette: Palette) -> None:
    figure.suptitle(text, color=palette.foreground, fontsize=11, wrap=True)


def legend(axes, palette: Palette, outside: bool = False, **kwargs):
    """The axes' legend; `outside`: below the plot, where it hides no line however narrow the chart."""
    kwargs.setdefault("fontsize", 8)
    kwargs.setdefault("frameon", False)
    if outside:
        handles, labels = axes.get_legend_handles_labels()
        kwargs.setdefault("ncols", 3)
        return axes.figure.legend(handles, labels, loc="outside lower center", labelcolor=palette.foreground,
                                  **kwargs)
    return axes.legend(labelcolor=palette.foreground, **kwargs)


#: From this amount on, a horizontal money axis's labels ("30,000,000") are long enough to run into
#: each other at matplotlib's default tick count: fewer ticks, and the labels slanted.
LONG_AMOUNTS = 1_000_000


def money_axis(axis) -> None:
    """Tick labels as amounts with thousands separators (call it after the data is drawn)."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    if axis.axis_name == "x" and max(abs(limit) for limit in axis.get_view_interval()) >= LONG_AMOUNTS:
        axis.set_major_locator(MaxNLocator(nbins=4))
        axis.set_tick_params(labelrotation=30)
        for label in axis.get_ticklabels():
            label.set_horizontalalignment("right")


def date_axis(axis) -> None:
    """Dates with numbers only (2027-03), the same in every language."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=8)
    axis.set_major_locator(locator)
    axis.set_major_formatter(ConciseDateFormatter(
        locator, formats=["%Y", "%m", "%d", "%H:%M", "%H:%M", "%S"],
        zero_formats=["", "%Y", "%m", "%m-%d", "%H:%M", "%H:%M"],
        offset_formats=["", "%Y", "%Y-%m", "%Y-%m-%d", "%Y-%m-%d", "%Y-%m-%d %H:%M"]))


def today_line(axes, on: date, label: str, palette: Palette) -> None:
    axes.axvline(on, color=palette.muted, linestyle=":", linewidth=1.2)
    axes.annotate(label, xy=(on, 1), xycoords=("data", "axes fraction"), xytext=(3, -2),
                  textcoords="offset points", va="top", fontsize=8, color=palette.muted)


# -- tooltips ---------------------------------------------------------------------------

@dataclass
class Tips:
    """What to say when the pointer is over a bar or near a point, hit-tested in display pixels."""

    patches: list[tuple[Any, str]] = field(default_factory=list)  # (Rectangle, text)
    points: list[tuple[Any, Any, Any, str]] = field(default_factory=list)  # (axes, x, y, text)
    radius: float = 7.0

    def bars(self, container, texts: Sequence[str]) -> None:
        self.patches.extend(zip(container.patches if hasattr(container, "patches") else container, texts, strict=True))

    def series(self, axes, xs: Sequence, ys: Sequence, texts: Sequence[str]) -> None:
        self.points.extend((axes, x, y, t) for x, y, t in zip(xs, ys, texts, strict=True))

    def at(self, x: float, y: float) -> str | None:
        """The text under display point (x, y), or None: the nearest point within the radius first."""
        from matplotlib.dates import date2num

        best, best_distance = None, self.radius
        for axes, px, py, text in self.points:
            data = (date2num(px) if isinstance(px, date) else px, float(py))
            sx, sy = axes.transData.transform(data)
            distance = ((sx - x) ** 2 + (sy - y) ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = text, distance
        if best is not None:
            return best
        for patch, text in self.patches:
            if patch.get_visible() and patch.contains_point((x, y)):
                return text
        return None


@dataclass
class Chart:
    """A chart: the Figure, the numbers it draws, and its tooltips."""

    kind: str
    figure: Figure
    tables: tuple[ChartTable, ...]
    tips: Tips = field(default_factory=Tips)
    empty: bool = False

    def to_tsv(self) -> str:
        return "\n".join((f"{t.title}\n" if t.title else "") + t.to_tsv() for t in self.tables)


def empty_chart(kind: str, heading: str, message: str, palette: Palette, columns: Sequence[str] = ()) -> Chart:
    """An explanatory chart with nothing to draw: the heading and a sentence saying why."""
    figure = new_figure(palette, 7.2, 3.0)
    title(figure, heading, palette)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=10, color=palette.muted,
              transform=axes.transAxes)
    return Chart(kind, figure, (ChartTable(heading, tuple(columns), ()),), Tips(), empty=True)


def amount(value: Decimal) -> float:
    """Decimal to float, only ever for drawing."""
    return float(value)

