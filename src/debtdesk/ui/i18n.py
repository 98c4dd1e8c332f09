"""The window's language: chosen at start, changed at run time, remembered.

On the first start the language follows the system locale (zh_CN, zh_SG:
Simplified; zh_TW, zh_HK, zh_MO: Traditional; anything else: English);
View ▸ Language changes it without a restart and QSettings keeps the choice.
Two translators are installed: DebtDesk's own catalogue and Qt's for its
dialogs and buttons (`qtbase_zh_CN` / `qtbase_zh_TW` from the PySide6 wheel,
loaded by file name: `load(QLocale("zh_HK"), "qtbase", …)` finds nothing).
Installing them sends every window a LanguageChange event; the main window
answers it by building its menus and pages again (see MainWindow.changeEvent).

Texts kept as data (enum names, domain templates, help) are marked with
QT_TRANSLATE_NOOP where they are defined and translated here by `marked`,
the one place a translation takes a text that is not a literal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from debtdesk import i18n
from debtdesk.i18n import LANGUAGES, NATIVE_NAMES, catalogue

SETTINGS_KEY = "ui/language"
#: View ▸ Language: each language in itself, with a mnemonic that works whatever the window's language.
MENU_NAMES = {"zh-Hans": "简体中文(&S)", "zh-Hant": "繁體中文(&T)", "en": "&English"}

_translators: list[QTranslator] = []
_language = "en"
_installed = False


def system_language() -> str:
    return i18n.language_for_locale(QLocale.system().name())


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY, "", type=str)
    return value if value in LANGUAGES else None


def startup_language() -> str:
    """The remembered choice, or the system's language on a first start."""
    return saved_language() or system_language()


def current_language() -> str:
    return _language


def install(language: str) -> None:
    """Translate the application into `language` (no-op when it already is)."""
    global _language, _installed
    app = QCoreApplication.instance()
    i18n.check_language(language)
    if _installed and language == _language:
        return
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language != "en":
        own = QTranslator(app)
        if own.load(str(catalogue.catalogue_path(language))):
            _translators.append(own)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(i18n.QT_CATALOGUE[language], qt_dir):
            _translators.append(qt)
    _language, _installed = language, True
    QLocale.setDefault(_locale_for(language))
    for translator in _translators:
        app.installTranslator(translator)


def _locale_for(language: str) -> QLocale:
    """The system's locale when it speaks the language (zh_HK stays zh_HK), else the language's own."""
    system = QLocale.system()
    if i18n.language_for_locale(system.name()) == language:
        return system
    return QLocale(i18n.LOCALE_NAME[language])


def set_language(language: str) -> None:
    """Change the language now and remember it for the next start."""
    QSettings().setValue(SETTINGS_KEY, language)
    install(language)


def native_name(language: str) -> str:
    return NATIVE_NAMES[language]


def marked(context: str, text: str) -> str:
    """A text marked for lupdate where it is kept (QT_TRANSLATE_NOOP), translated now.

    The context is always a literal at the call site; tests check that every
    text that reaches here is in the catalogues.
    """
    return QCoreApplication.translate(context, text)


def show_date(day: date) -> str:
    """A date in a sentence: 2026年11月23日 in Chinese, 2026-11-23 in English."""
    return i18n.show_date(day, _language)


def list_separator() -> str:
    """Between the items of a short list: ', ' in English, '、' in Chinese."""
    return QCoreApplication.translate("Lists", ", ")
