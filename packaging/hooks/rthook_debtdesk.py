"""PyInstaller runtime hook: matplotlib's cache in the user's cache folder, kept between starts.

Without it the font cache would be rebuilt in a temporary folder at every start
(PyInstaller's own matplotlib hook does that; debtdesk.spec leaves it out).
The folder is the one Qt's QStandardPaths.CacheLocation names for DebtDesk,
so uninstalling leaves it where the user's other DebtDesk files are.
A MPLCONFIGDIR the user set is kept.
"""


def _debtdesk_mplconfigdir():
    import os
    import sys

    if os.environ.get("MPLCONFIGDIR"):
        return
    home = os.path.expanduser("~")
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
        folder = os.path.join(base, "DebtDesk", "DebtDesk", "cache", "matplotlib")
    elif sys.platform == "darwin":
        folder = os.path.join(home, "Library", "Caches", "DebtDesk", "DebtDesk", "matplotlib")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(home, ".cache")
        folder = os.path.join(base, "DebtDesk", "DebtDesk", "matplotlib")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
    except OSError:
        return  # matplotlib falls back to a temporary folder of its own
    if os.access(folder, os.W_OK):
        os.environ["MPLCONFIGDIR"] = folder


_debtdesk_mplconfigdir()
del _debtdesk_mplconfigdir
