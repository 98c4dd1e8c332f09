"""`debtdesk letter --kind complaint` lists the recordings and screenshots of the flagged contacts as enclosures."""

from __future__ import annotations

from datetime import datetime

from pypdf import PdfReader

from debtdesk.cli import main
from debtdesk.domain.contacts import Channel, Conduct, Contact
from debtdesk.store import Store
from debtdesk.store.contacts import ContactLog


def test_attached_files_of_flagged_contacts_are_enclosed(household_path, tmp_path):
    recording = tmp_path / "录音 22-40.m4a"
    recording.write_bytes(b"audio")
    with Store.open(household_path) as store:
        bank = next(d.id for d in store.debts() if d.lender.name == "中国建设银行")
        night_call = Contact(datetime(2026, 11, 22, 22, 40), Channel.CALL,
                             company="Swift Recovery Ltd (for 中国建设银行)", summary="Called again at night",
                             conduct=frozenset({Conduct.THREATS}))
        ContactLog(store).add(night_call, [recording])  # no debt chosen: it names the lender
    out = tmp_path / "complaint.pdf"
    assert main(["letter", "--db", str(household_path), "--debt", str(bank), "--lang", "en", "--kind", "complaint",
                 "--out", str(out), "--as-of", "2026-11-23"]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "Called again at night" in text  # logged without a debt, naming the lender: it counts
    assert "录音 22-40.m4a (2026-11-22 22:40)" in text
