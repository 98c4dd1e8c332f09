"""Desktop notifications where the desktop has them, and silence where it does not.

Tried in order: the freedesktop Notifications service over the session D-Bus,
spoken with `jeepney` (PySide6's QtDBus cannot mark the uint32 and string-list
arguments Notify needs); then the `notify-send` program.  With no session bus
(a console, Xvfb, an offscreen test run), no notification service on it, or
anything else going wrong, nothing is shown and nothing is printed: a
reminder that cannot be shown must never become an error or a warning.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
APP_NAME = "DebtDesk"
ICON = "io.github.debtdesk.DebtDesk"
TIMEOUT = 2.0  # seconds to wait for the bus: a reminder is never worth a hang


@dataclass(frozen=True)
class Sent:
    via: str  # 'dbus', 'notify-send' or '' (not shown)
    id: int = 0  # the notification's id on the bus (0 when unknown)

    def __bool__(self) -> bool:
        return bool(self.via)


NOT_SHOWN = Sent("")


def session_bus_address(environ=None) -> str | None:
    """The session bus's address, or None when there is none to reach."""
    environ = os.environ if environ is None else environ
    address = environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return None


def _notify_message(summary: str, body: str, replaces_id: int = 0, timeout_ms: int = -1):
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=BUS_NAME)
    # Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv}, expire_timeout i)
    return new_method_call(address, "Notify", "susssasa{sv}i",
                           (APP_NAME, replaces_id, ICON, summary, body, [], {"urgency": ("y", 1)}, timeout_ms))


def _service_present(conn) -> bool:
    from jeepney import message_bus

    if conn.send_and_get_reply(message_bus.NameHasOwner(BUS_NAME), timeout=TIMEOUT).body[0]:
        return True
    activatable = conn.send_and_get_reply(message_bus.ListActivatableNames(), timeout=TIMEOUT).body[0]
    return BUS_NAME in activatable


def _open_connection(address: str):
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(address, enable_fds=False)


def notify_dbus(summary: str, body: str, address: str, connect: Callable = _open_connection,
                replaces_id: int = 0) -> Sent:
    """Notify over D-Bus; NOT_SHOWN on any failure (no bus, no service, refused, timeout)."""
    try:
        conn = connect(address)
    except Exception:  # no bus to talk to is not an error for a reminder
        return NOT_SHOWN
    try:
        if not _service_present(conn):
            return NOT_SHOWN
        reply = conn.send_and_get_reply(_notify_message(summary, body, replaces_id), timeout=TIMEOUT)
        from jeepney import MessageType

        if reply.header.message_type is not MessageType.method_return:
            return NOT_SHOWN
        return Sent("dbus", int(reply.body[0]))
    except Exception:
        return NOT_SHOWN
    finally:
        with contextlib.suppress(Exception):
            conn.close()


def notify_send(summary: str, body: str, program: str | None = None) -> Sent:
    program = program or shutil.which("notify-send")
    if not program:
        return NOT_SHOWN
    try:
        done = subprocess.run([program, "--app-name", APP_NAME, "--icon", ICON, summary, body],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=TIMEOUT + 3, check=False)
    except (OSError, subprocess.SubprocessError):
        return NOT_SHOWN
    return Sent("notify-send") if done.returncode == 0 else NOT_SHOWN


def notify(summary: str, body: str, environ=None, connect: Callable = _open_connection,
           program: str | None = None) -> Sent:
    """Show one desktop notification if this desktop can; says how (falsy when it was not shown)."""
    address = session_bus_address(environ)
    if address is None:  # no session: notify-send would only fail or hang, so nothing is tried
        return NOT_SHOWN
    sent = notify_dbus(summary, body, address, connect)
    if sent:
        return sent
    return notify_send(summary, body, program)
