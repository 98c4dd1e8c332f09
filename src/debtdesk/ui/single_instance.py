"""One DebtDesk window per user: a second start brings the first window forward.

Why: two windows on one file would each save from their own memory.  The
first DebtDesk takes a `QLockFile` in the private data folder with
`tryLock(0)` (a lock left by a killed DebtDesk is stale and taken over at
once) and only then listens on a `QLocalServer` (listening without the
lock could replace a live server's socket).  A later start finds the lock
held, connects, sends the file it was given (if any) and exits; the first
window comes forward and opens that file.  The socket lives in the private
data folder, so no other user can talk to it.  (The data file itself has
its own lock, `store.filelock`, which command-line writers respect too.)

The app's own start claims the lock at once but listens only after its window
is painted (`claim(listen=False)`, then `Instance.listen()`): QtNetwork costs
~15 ms to load, and a later start meanwhile retries its connection for up to
`PATIENCE_S`, or takes the lock if the first one exits.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

_TIMEOUT_MS = 2000
#: How long a later start waits for the first to listen: the first holds the lock from its very start,
#: but listens only after its window is painted, which can follow a full check of a large file, an
#: upgrade or a dialog (a passphrase, a damaged file).  If the first one exits meanwhile, the lock is
#: free and the later start becomes the first.
PATIENCE_S = 30.0
_MAX_MESSAGE = 64 * 1024


class AlreadyRunning(Exception):
    """Another DebtDesk holds the lock; `answered` says whether it took the message."""

    def __init__(self, answered: bool):
        super().__init__("DebtDesk is already running")
        self.answered = answered


def server_name(folder: Path) -> str:
    """A socket path inside the private folder; a per-folder name when that path is too long for a socket."""
    path = folder / "instance.socket"
    if len(str(path).encode()) < 100:
        return str(path)
    import hashlib

    return "debtdesk-" + hashlib.sha256(str(folder).encode()).hexdigest()[:24]


class Instance(QObject):
    """The first DebtDesk: holds the lock, listens, and emits what later starts ask for."""

    #: a file to open ('' when the later start named none)
    open_requested = Signal(str)

    def __init__(self, lock: QLockFile, name: str):
        super().__init__()
        self.lock = lock
        self.name = name
        self.server = None  # a QLocalServer once `listen()` ran

    def listen(self) -> None:
        """Answer later starts from now on (we hold the lock, so any socket left under our name is stale)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        QLocalServer.removeServer(self.name)  # a socket left by a killed DebtDesk
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.server.listen(self.name)

    def _accept(self) -> None:
        """Read each later start's one-line message (it writes it as soon as it connects) and answer."""
        requests = []
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            data = b""
            while b"\n" not in data and len(data) < _MAX_MESSAGE and socket.waitForReadyRead(_TIMEOUT_MS):
                data += bytes(socket.readAll())
            try:
                path = json.loads(data.split(b"\n", 1)[0].decode("utf-8")).get("open") or ""
            except (ValueError, AttributeError):
                path = None
            if path is not None:
                socket.write(b"ok\n")
                socket.waitForBytesWritten(_TIMEOUT_MS)
                requests.append(str(path))
            socket.disconnectFromServer()
            socket.deleteLater()
        for path in requests:  # once every socket is answered: opening a file may show a dialog
            self.open_requested.emit(path)

    def serve(self, window) -> None:
        """Bring `window` forward (and open the file asked for) whenever another start asks."""
        def show(path: str) -> None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
            if path:
                from debtdesk.ui.files import open_path

                open_path(window, path)

        self.open_requested.connect(show)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def claim(folder: Path | None = None, open_path: str | None = None, listen: bool = True) -> Instance:
    """Become the first DebtDesk, or hand `open_path` to it and raise AlreadyRunning.

    With `listen=False` the lock is held but later starts are answered only once `listen()` is called.
    """
    if folder is None:
        from debtdesk.ui.files import data_dir

        folder = data_dir()
    lock = QLockFile(str(folder / "instance.lock"))
    name = server_name(folder)
    deadline = time.monotonic() + PATIENCE_S
    while True:
        if lock.tryLock(0):
            instance = Instance(lock, name)
            if listen:
                instance.listen()
            return instance
        answered = _send(name, open_path)
        if answered is not None:
            raise AlreadyRunning(answered)
        if time.monotonic() > deadline:
            raise AlreadyRunning(False)
        QThread.msleep(100)  # the first start holds the lock but listens only once its window is painted


def _send(name: str, open_path: str | None) -> bool | None:
    """Hand the file to the running DebtDesk: True when it answered, False when it took the connection
    but did not answer, None when nothing listens yet."""
    from PySide6.QtNetwork import QLocalSocket

    message = json.dumps({"open": str(Path(open_path).resolve()) if open_path else None}).encode() + b"\n"
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_TIMEOUT_MS // 4):
        return None
    socket.write(message)
    socket.waitForBytesWritten(_TIMEOUT_MS)
    answered = socket.waitForReadyRead(_TIMEOUT_MS) and bytes(socket.readAll()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered
