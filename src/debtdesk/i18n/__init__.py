"""The languages DebtDesk speaks and which one a locale asks for (no Qt: the command line uses it too).

Three languages: Simplified Chinese, Traditional Chinese and English, the
same codes as the letters and charts (`zh-Hans`, `zh-Hant`, `en`).  A
locale name maps to one of them: zh_CN and zh_SG (and a bare zh) to
Simplified, zh_TW, zh_HK and zh_MO to Traditional, anything else to English.
The translated texts live in Qt Linguist catalogues (`resources/translations/*.ts`,
compiled to `.qm` inside the package); the window loads them with QTranslator,
the command line with `debtdesk.i18n.catalogue`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
#: Each language's name in itself, as a language menu shows it.
NATIVE_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}
#: The catalogue file of each translated language (`debtdesk_zh_Hans.qm`); English is the source.
CATALOGUE_SUFFIX = {"zh-Hans": "zh_Hans", "zh-Hant": "zh_Hant"}
#: Qt's own translations shipped in the PySide6 wheel (there is no qtbase_zh_HK).
QT_CATALOGUE = {"zh-Hans": "qtbase_zh_CN", "zh-Hant": "qtbase_zh_TW"}
#: The locale whose number and date conventions go with a language when the system's do not.
LOCALE_NAME = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "en": "en_US"}

_TRADITIONAL_REGIONS = {"tw", "hk", "mo"}


def language_for_locale(name: str | None) -> str:
    """'zh_CN.UTF-8' -> 'zh-Hans', 'zh-HK' -> 'zh-Hant', 'de_DE' or 'C' -> 'en'."""
    base = (name or "").split(".")[0].split("@")[0].replace("-", "_")
    parts = [part.lower() for part in base.split("_") if part]
    if not parts or parts[0] != "zh":
        return "en"
    rest = set(parts[1:])
    if "hant" in rest:
        return "zh-Hant"
    if "hans" in rest:
        return "zh-Hans"
    return "zh-Hant" if rest & _TRADITIONAL_REGIONS else "zh-Hans"


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The language the POSIX locale variables ask for (LC_ALL, then LC_MESSAGES, then LANG)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key)
        if value:
            return language_for_locale(value)
    return "en"


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r}; use one of: {', '.join(LANGUAGES)}.")
    return language


def is_chinese(language: str) -> bool:
    return language.startswith("zh")


def show_date(day: date, language: str) -> str:
    """A date as its reader writes it: 2026年11月23日 in Chinese, 2026-11-23 in English."""
    if is_chinese(language):
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()
