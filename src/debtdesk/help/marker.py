"""lupdate's marker for texts kept as data, without importing Qt.

pyside6-lupdate recognises the name `QT_TRANSLATE_NOOP` syntactically, so
this stand-in lets a Qt-free module hold translatable texts.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, which lupdate looks for
    return text
