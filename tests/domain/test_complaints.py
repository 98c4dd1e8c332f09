"""Which contacts a complaint about a lender rests on, and the files it encloses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from debtdesk.domain.attachments import Attachment
from debtdesk.domain.complaints import complaint_records, enclosure_lines, lenders_named, names_lender
from debtdesk.domain.contacts import Channel, Conduct, Contact, flag_log
from debtdesk.domain.demo import demo_debts

AS_OF = date(2026, 11, 23)
DEBTS = [replace(d, id=n) for n, (d, _) in enumerate(demo_debts(AS_OF), 1)]
BANK = DEBTS[3]  # 中国建设银行
THREAT = frozenset({Conduct.THREATS})


def test_a_company_names_a_lender_when_it_holds_its_whole_name():
    assert names_lender("Swift Recovery Ltd (for 中国建设银行)", "中国建设银行")
    assert names_lender("借呗（蚂蚁消费金融）催收", "借呗 (蚂蚁消费金融)")  # full-width brackets, no spaces
    assert not names_lender("借呗", "借呗 (蚂蚁消费金融)")  # part of the name is not enough
    assert not names_lender("", "中国建设银行") and not names_lender("anything", "  ")
    assert lenders_named("ANNA CHAN (private) asked", ["Anna Chan (private)", "微粒贷"]) == ["Anna Chan (private)"]


def test_linked_unlinked_and_other_lenders_contacts():
    at = datetime(2026, 11, 20, 23, 0)
    contacts = [
        Contact(at, Channel.CALL, "anyone", conduct=THREAT, debt_id=BANK.id, id=1),  # linked: counts
        Contact(at, Channel.CALL, "agency for 中国建设银行", conduct=THREAT, id=2),  # names it: counts
        Contact(at, Channel.CALL, "for 中国建设银行", conduct=THREAT, debt_id=3, id=3),  # linked elsewhere
        Contact(at.replace(hour=12), Channel.CALL, "中国建设银行", id=4),  # no flag: nothing to complain about
    ]
    records = complaint_records(flag_log(contacts), BANK, DEBTS)
    assert [c.id for c, _ in records] == [1, 2]


def test_enclosures_list_each_file_with_its_contact_time():
    c1 = Contact(datetime(2026, 11, 21, 22, 40), Channel.CALL, id=1)
    c2 = Contact(datetime(2026, 11, 20, 9, 0), Channel.SMS, id=2)

    def file(owner, name):
        return Attachment(None, "contact", owner, name, "x", "0" * 64, 1, datetime(2026, 11, 22))

    lines = enclosure_lines([(c1, THREAT), (c2, THREAT)], {1: [file(1, "call.m4a")], 2: [file(2, "sms.png")]})
    assert lines == ["sms.png (2026-11-20 09:00)", "call.m4a (2026-11-21 22:40)"]


def test_lenders_complained_of_agrees_with_the_rule_for_every_debt():
    """One pass over the log finds the same lenders as asking `complaint_records` debt by debt."""
    from dataclasses import replace as _replace
    from datetime import date as _date

    from debtdesk.domain.complaints import complaint_records as _records
    from debtdesk.domain.complaints import lenders_complained_of
    from debtdesk.domain.contacts import ContactRules, flag_log
    from debtdesk.domain.demo import demo_debts
    from debtdesk.domain.demo_large import large_contacts

    debts = [_replace(d, id=n) for n, (d, _) in enumerate(demo_debts(_date(2026, 11, 23)), 1)]
    contacts = list(large_contacts(_date(2026, 11, 23), [1, 2, None, None], 400))
    contacts = [_replace(c, company="Agency for 微粒贷" if n % 7 == 0 else c.company, id=n)
                for n, c in enumerate(contacts)]
    flagged = flag_log(contacts, ContactRules(max_per_day=50))
    expected = {d.lender.name for d in debts if _records(flagged, d, debts)}
    assert lenders_complained_of(flagged, debts) == expected
    assert "微粒贷" in expected
