"""Desktop notifications: a fake bus, a real private bus with a fake notification server, and none."""

from __future__ import annotations

import shutil
import subprocess
import threading
import warnings

import pytest

from debtdesk.notices import notifier
from debtdesk.notices.notifier import NOT_SHOWN, notify, session_bus_address


class FakeReply:
    def __init__(self, body, error=False):
        from jeepney import MessageType

        self.body = body
        self.header = type("H", (), {"message_type": MessageType.error if error else MessageType.method_return})()


class FakeConnection:
    """Answers like a session bus with (or without) a notification service."""

    def __init__(self, has_service=True):
        self.has_service = has_service
        self.sent = []
        self.closed = False

    def send_and_get_reply(self, message, timeout=None):
        self.sent.append(message)
        member = message.header.fields[3]
        if member == "NameHasOwner":
            return FakeReply((self.has_service,))
        if member == "ListActivatableNames":
            return FakeReply(([],))
        return FakeReply((42,))

    def close(self):
        self.closed = True


def test_notify_over_a_fake_bus_sends_the_freedesktop_call():
    conn = FakeConnection()
    sent = notify("DebtDesk", "微粒贷: pay 1,302.77 CNY by 2027-02-06",
                  environ={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, connect=lambda address: conn)
    assert sent.via == "dbus" and sent.id == 42 and conn.closed
    call = conn.sent[-1]
    assert call.header.fields[6] == "org.freedesktop.Notifications" and call.header.fields[3] == "Notify"
    assert call.header.fields[8] == "susssasa{sv}i"  # uint32 replaces_id and a string list: what QtDBus cannot send
    app, replaces, _icon, summary, body, actions, _hints, timeout = call.body
    assert (app, replaces, summary, actions, timeout) == ("DebtDesk", 0, "DebtDesk", [], -1)
    assert body.startswith("微粒贷")


def test_a_bus_without_a_notification_service_shows_nothing(capsys):
    conn = FakeConnection(has_service=False)
    sent = notify("a", "b", environ={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, connect=lambda a: conn,
                  program="/nonexistent/notify-send")
    assert sent == NOT_SHOWN and not sent and [m.header.fields[3] for m in conn.sent] == [
        "NameHasOwner", "ListActivatableNames"]
    assert capsys.readouterr() == ("", "")


def test_no_bus_at_all_is_silent(capsys):
    def refuse(address):
        raise ConnectionRefusedError(address)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert notify("a", "b", environ={}) == NOT_SHOWN  # no session: nothing is even tried
        assert notify("a", "b", environ={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"},
                      program="/nonexistent/notify-send") == NOT_SHOWN
        assert notify("a", "b", environ={"DBUS_SESSION_BUS_ADDRESS": "tcp:host=x"}, connect=refuse,
                      program="/nonexistent/notify-send") == NOT_SHOWN
    assert capsys.readouterr() == ("", "")
    assert session_bus_address({"XDG_RUNTIME_DIR": "/nonexistent"}) is None


@pytest.fixture
def private_bus():
    """A session bus of the test's own (dbus-daemon), with a fake notification server on it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    address = proc.stdout.readline().strip()
    received = []
    ready = threading.Event()

    def serve():
        from jeepney import HeaderFields, MessageType, new_method_return
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(address) as conn:
            conn.send_and_get_reply(message_bus.RequestName(notifier.BUS_NAME))
            ready.set()
            while True:
                msg = conn.receive(timeout=10)
                if msg.header.message_type is MessageType.method_call and \
                        msg.header.fields.get(HeaderFields.member) == "Notify":
                    received.append((msg.header.fields[HeaderFields.signature], msg.body))
                    conn.send(new_method_return(msg, "u", (7,)))
                    return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert ready.wait(10)
    yield address, received
    thread.join(5)
    proc.terminate()
    proc.wait(5)
    proc.stdout.close()


def test_a_real_session_bus_delivers_the_notification(private_bus):
    address, received = private_bus
    sent = notify("DebtDesk", "Pay 45.00 CNY to 花呗分期 tomorrow", environ={"DBUS_SESSION_BUS_ADDRESS": address})
    assert sent.via == "dbus" and sent.id == 7
    [(signature, body)] = received
    assert signature == "susssasa{sv}i" and body[3:5] == ("DebtDesk", "Pay 45.00 CNY to 花呗分期 tomorrow")
