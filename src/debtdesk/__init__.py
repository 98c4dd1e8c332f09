"""DebtDesk: a local-first desktop app for borrowers who have fallen behind."""

__version__ = "0.1.0"
APP_NAME = "DebtDesk"
ORG_NAME = "DebtDesk"
FILE_SUFFIX = ".debtdesk"
