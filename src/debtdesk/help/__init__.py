"""Built-in help: the journey guide and the glossary, as data (no Qt, no I/O).

English is the source language; Chinese terms are kept as they are.  Every
text is marked with `QT_TRANSLATE_NOOP("Help", …)` so that
`pyside6-lupdate` extracts it; the UI translates it at display time with
`QCoreApplication.translate("Help", text)`.
"""

from debtdesk.help.glossary import GLOSSARY, Term, find_term
from debtdesk.help.guide import GUIDE, Step

__all__ = ["GLOSSARY", "GUIDE", "Step", "Term", "find_term"]
