"""Developer tools run from a checkout (`python -m debtdesk.tools.<name>`), not used by the app."""
