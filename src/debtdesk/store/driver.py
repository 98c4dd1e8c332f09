"""The database driver: the one place that creates SQLite connections.

Why a module of its own: a file encrypted at rest is opened with
`sqlcipher3` instead of `sqlite3`, and the two differ in ways the rest of
the app must never see (see CONVENTIONS): their exceptions are unrelated
classes, `sqlite3.Row` does not work on `sqlcipher3` cursors, and a backup
cannot cross from one module to the other.  So every open, copy and error
goes through here.  An encrypted file's connection is a `sqlcipher3`
connection whose every call turns a `sqlcipher3` exception into the
`sqlite3` exception of the same name, so callers catch `sqlite3.Error`
(or `Error` from here) whichever file they hold.

Which files are encrypted is read from the file itself (an SQLite file
starts with "SQLite format 3"; an SQLCipher file starts with random salt),
and the passphrase a file needs is remembered for this process only
(`use_passphrase`), never written anywhere, so every module that opens
that file again (a background reader, a backup, a restore) finds it.
`sqlcipher3` is imported only when an encrypted file is met: it is not on
the path to the first window of a plain file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from debtdesk.store.errors import PassphraseNeededError, WrongPassphraseError

Error = sqlite3.Error
DatabaseError = sqlite3.DatabaseError
OperationalError = sqlite3.OperationalError
IntegrityError = sqlite3.IntegrityError
Connection = sqlite3.Connection
Row = sqlite3.Row

#: How long a writer waits for another connection's transaction (milliseconds).
BUSY_TIMEOUT_MS = 5000
#: The first 16 bytes of every plain SQLite file.
PLAIN_HEADER = b"SQLite format 3\x00"
#: The folder beside a data file that holds its backups (see `backups`).
_BACKUPS_SUFFIX = "-backups"

_passphrases: dict[str, str] = {}


# -- which files need a passphrase -------------------------------------------------------
def looks_encrypted(path: Path) -> bool:
    """True for a file that is not plain SQLite but has the shape of an SQLCipher file.

    An SQLCipher file is whole pages of random-looking bytes (512 to 65536
    bytes each); an empty file, a plain SQLite file or a text file is not.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
        size = Path(path).stat().st_size
    except OSError:
        return False
    return len(head) == len(PLAIN_HEADER) and head != PLAIN_HEADER and size % 512 == 0


def _key_of(path: Path) -> str:
    return str(Path(path).resolve())


def use_passphrase(path: Path, passphrase: str) -> None:
    """Remember (for this process only) the passphrase of `path` and of its backups."""
    _passphrases[_key_of(path)] = passphrase


def forget_passphrase(path: Path) -> None:
    _passphrases.pop(_key_of(path), None)


def passphrase_for(path: Path) -> str | None:
    """The remembered passphrase of `path`, or of the data file whose backup `path` is."""
    path = Path(path)
    found = _passphrases.get(_key_of(path))
    if found is None and path.parent.name.endswith(_BACKUPS_SUFFIX):
        owner = path.parent.with_name(path.parent.name[: -len(_BACKUPS_SUFFIX)])
        found = _passphrases.get(_key_of(owner))
    return found


def passphrase_of(conn) -> str | None:
    """The passphrase a connection was opened with (None for a plain file)."""
    return getattr(conn, "passphrase", None)


# -- opening -----------------------------------------------------------------------------
def open_file(path: Path, read_only: bool = False, passphrase: str | None = None):
    """A connection to `path`; read-only ones cannot write even by mistake (`mode=ro`).

    An encrypted file is opened with `passphrase`, or the one remembered for
    it; without one it raises PassphraseNeededError, with a wrong one
    WrongPassphraseError.  A new (empty) file given a passphrase becomes an
    encrypted file.
    """
    path = Path(path)
    encrypted = looks_encrypted(path)
    if passphrase is None and (encrypted or _is_empty(path)):
        passphrase = passphrase_for(path)
    if encrypted and passphrase is None:
        raise PassphraseNeededError(path)
    if passphrase is not None and (encrypted or _is_empty(path)):
        return _open_cipher(path, read_only, passphrase)
    if read_only:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_new_like(conn, path: Path):
    """A connection to a new file at `path`, encrypted with `conn`'s passphrase if `conn`'s file is."""
    passphrase = passphrase_of(conn)
    if passphrase is None:
        return open_file(path)
    return _open_cipher(Path(path), False, passphrase)


def open_memory(like=None):
    """An in-memory database; `like` an encrypted connection gives one its pages can be copied into."""
    passphrase = passphrase_of(like) if like is not None else None
    if passphrase is not None:
        return _open_cipher(None, False, passphrase)
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _is_empty(path: Path) -> bool:
    try:
        return Path(path).stat().st_size == 0
    except OSError:
        return True  # not created yet


def _open_cipher(path: Path | None, read_only: bool, passphrase: str):
    cipher = _cipher_module()
    if path is None:
        target, uri = ":memory:", False
    elif read_only:
        target, uri = path.resolve().as_uri() + "?mode=ro", True
    else:
        target, uri = str(path), False
    try:
        conn = cipher.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000, factory=_connection_class())
    except cipher.Error as exc:
        raise _as_sqlite3(exc) from None
    conn.passphrase = passphrase
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key would print to stderr
        conn.execute(f"PRAGMA key = {quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) and path is not None:
            raise WrongPassphraseError(path) from None
        raise
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def quote(text: str) -> str:
    """A string literal for a PRAGMA, which takes no parameters."""
    if "\x00" in text:
        raise ValueError("a passphrase cannot contain a NUL character")
    return "'" + text.replace("'", "''") + "'"


def _cipher_module():
    try:
        import sqlcipher3.dbapi2 as cipher
    except ImportError:  # pragma: no cover - a broken installation
        from debtdesk.i18n.marker import QT_TRANSLATE_NOOP
        from debtdesk.store.errors import StoreError

        raise StoreError(QT_TRANSLATE_NOOP("Store", "This DebtDesk cannot open encrypted files: its sqlcipher3 "
                                           "module is missing; reinstall DebtDesk.")) from None
    return cipher


# -- sqlcipher3 connections that raise sqlite3's exceptions -----------------------------------
def _as_sqlite3(exc: BaseException) -> sqlite3.Error:
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    return kind(*exc.args)


_CLASSES: dict[str, type] = {}


def _connection_class() -> type:
    """The sqlcipher3 Connection subclass (built on first use, so sqlcipher3 loads only when needed)."""
    if "connection" in _CLASSES:
        return _CLASSES["connection"]
    cipher = _cipher_module()

    def guarded(method):
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except cipher.Error as exc:
                raise _as_sqlite3(exc) from exc
        call.__name__ = method.__name__
        return call

    cursor_methods = ("execute", "executemany", "executescript", "fetchone", "fetchmany", "fetchall",
                      "__next__", "close")
    cursor_class = type("CipherCursor", (cipher.Cursor,),
                        {name: guarded(getattr(cipher.Cursor, name)) for name in cursor_methods})

    def cursor(self, factory=cursor_class):
        return cipher.Connection.cursor(self, factory)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, script):
        return self.cursor().executescript(script)

    def backup(self, target, **kwargs):
        try:
            return cipher.Connection.backup(self, target, **kwargs)
        except cipher.Error as exc:
            raise _as_sqlite3(exc) from exc

    def set_row_factory(self, value):
        # sqlite3.Row does not work on sqlcipher3 cursors: use sqlcipher3's own Row for it.
        cipher.Connection.row_factory.__set__(self, cipher.Row if value is sqlite3.Row else value)

    members = {name: guarded(getattr(cipher.Connection, name))
               for name in ("commit", "rollback", "close", "__enter__", "__exit__")}
    members.update(cursor=cursor, execute=execute, executemany=executemany, executescript=executescript,
                   backup=backup,
                   row_factory=property(cipher.Connection.row_factory.__get__, set_row_factory))
    _CLASSES["connection"] = type("CipherConnection", (cipher.Connection,), members)
    return _CLASSES["connection"]


def export(source: Path, target: Path, old: str | None, new: str | None) -> None:
    """Copy `source` (encrypted with `old`, or plain) into the empty file `target` (with `new`, or plain).

    SQLCipher's `sqlcipher_export` copies schema and rows between differently
    keyed files (the backup API cannot); the file's format number and
    application id are set on the copy by hand, since it does not copy them.
    """
    cipher = _cipher_module()
    conn = cipher.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True,
                          timeout=BUSY_TIMEOUT_MS / 1000, factory=_connection_class())
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            conn.execute(f"PRAGMA key = {quote(old)}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute(f"ATTACH DATABASE {quote(str(target))} AS converted KEY {quote(new or '')}")
        conn.execute("SELECT sqlcipher_export('converted')").fetchone()
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        conn.execute("DETACH DATABASE converted")
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongPassphraseError(Path(source)) from None
        raise
    finally:
        conn.close()


# -- copying and classifying -------------------------------------------------------------
def copy_database(source, target) -> None:
    """Copy every page in one step: a stepped copy restarts for ever while another process writes."""
    source.backup(target, pages=-1)


def is_full(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and "full" in str(exc).lower()


def is_read_only(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and "readonly" in str(exc).replace("-", "").replace(" ", "").lower()
