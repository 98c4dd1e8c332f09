"""The desktop entry, MIME type, AppStream metainfo and icons agree with the app and with each other."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from debtdesk import FILE_SUFFIX
from debtdesk.ui.app import DESKTOP_FILE_ID
from debtdesk.ui.app_icon import SIZES

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{DESKTOP_FILE_ID}.desktop"
METAINFO = RESOURCES / f"{DESKTOP_FILE_ID}.metainfo.xml"
MIME = RESOURCES / f"{DESKTOP_FILE_ID}.mime.xml"
MIME_TYPE = "application/x-debtdesk"
NAMES = {"": "DebtDesk", "zh_CN": "债务管家", "zh_TW": "債務管家"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_a_file_with_its_icon_and_names():
    entry = desktop_entry()
    assert entry["Exec"] == "debtdesk %f"  # `debtdesk FILE`; %f vanishes when started from the menu
    assert entry["Icon"] == DESKTOP_FILE_ID and entry["StartupWMClass"] == "DebtDesk"
    assert entry["MimeType"].split(";")[:-1] == [MIME_TYPE]
    assert {lang: entry["Name" + (f"[{lang}]" if lang else "")] for lang in NAMES} == NAMES


def test_mime_type_is_the_files_suffix():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*" + FILE_SUFFIX]
    assert mime_type.find("m:icon", ns).get("name") == DESKTOP_FILE_ID


def test_metainfo_names_the_same_app_names_and_file_type():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_FILE_ID
    assert root.findtext("launchable") == DESKTOP_FILE_ID + ".desktop"
    assert {n.get(XML_LANG, ""): n.text for n in root.findall("name")} == NAMES
    assert root.findtext("provides/mediatype") == MIME_TYPE


def test_window_icons_exist_in_every_size():
    folder = ROOT / "src" / "debtdesk" / "resources" / "icons"
    for size in SIZES:
        header = (folder / f"debtdesk-{size}.png").read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validate_is_clean():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_appstreamcli_validate_is_clean():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "Validation was successful" in result.stdout, result.stdout
    assert not any(line[:2] in ("E:", "W:", "I:") for line in result.stdout.splitlines()), result.stdout
