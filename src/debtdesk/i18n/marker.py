"""lupdate's marker for texts kept as data, without importing Qt.

pyside6-lupdate recognises the name `QT_TRANSLATE_NOOP` syntactically, so
this stand-in lets a Qt-free module (the domain's help, the command line's
words) hold translatable texts; they are translated where they are shown.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, which lupdate looks for
    return text
