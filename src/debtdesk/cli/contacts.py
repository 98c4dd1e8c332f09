"""`debtdesk contacts`: the collector contact log with each entry's flags, as a table or JSON."""

from __future__ import annotations

import json
import sys
import unicodedata


def register(commands, add_as_of) -> None:
    from debtdesk.cli import add_lang
    from debtdesk.i18n.catalogue import translate

    p = commands.add_parser(
        "contacts", help=translate("CliHelp", "print the collector contact log with its flags"),
        description=translate("CliHelp", "Print every logged collector contact in time order with the flags it "
                              "raises under the file's contact rules (contact at night, too many in a day, "
                              "contacting others, threats, insults, false legal claims, posing as an official), "
                              "and the state of each attached file (ok, missing or changed since it was "
                              "attached)."),
    )
    p.add_argument("--db", required=True, metavar="PATH", help=translate("CliHelp", "the .debtdesk file to read"))
    p.add_argument("--json", action="store_true", help=translate("CliHelp", "print one JSON object"))
    add_lang(p)
    p.set_defaults(handler=run)


def contacts_json(rules, flagged, attachments, statuses) -> dict:
    from debtdesk.domain.contacts import Conduct, Flag, format_occurred_at

    entries = []
    for contact, flags in flagged:
        entries.append({
            "id": contact.id,
            "occurred_at": format_occurred_at(contact.occurred_at),
            "channel": contact.channel.value,
            "debt_id": contact.debt_id,
            "company": contact.company,
            "agent": contact.agent,
            "phone": contact.phone,
            "summary": contact.summary,
            "promises": contact.promises,
            "conduct": [c.value for c in Conduct if c in contact.conduct],
            "flags": [f.value for f in Flag if f in flags],
            "attachments": [
                {"name": a.original_name, "sha256": a.sha256, "size": a.size, "status": statuses[a.id].value}
                for a in attachments.get(contact.id, [])
            ],
        })
    return {
        "rules": {
            "day_starts": rules.day_starts.strftime("%H:%M"),
            "day_ends": rules.day_ends.strftime("%H:%M"),
            "max_per_day": rules.max_per_day,
        },
        "contacts": entries,
    }


def run(args) -> int:
    from debtdesk.cli import UserError
    from debtdesk.i18n.catalogue import error_text
    from debtdesk.store import Store, StoreError
    from debtdesk.store.contacts import OWNER_KIND, ContactLog

    try:
        with Store.open(args.db) as store:
            log = ContactLog(store)
            rules = log.rules()
            flagged = log.flagged(rules)
            attachments = log.attachments_by_contact()
            statuses = {a.id: status for a, status in log.files.verify(OWNER_KIND)}
    except StoreError as exc:
        raise UserError(error_text(exc)) from None
    data = contacts_json(rules, flagged, attachments, statuses)
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_table(data)
    return 0


def width(text: str) -> int:
    """Columns a terminal gives the text (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """Cut to `columns` terminal columns (with '…') and pad to exactly that width."""
    text = "".join(ch for ch in " ".join(text.split()) if unicodedata.category(ch) not in ("Cc", "Cf"))
    if width(text) > columns:
        out = ""
        for ch in text:
            if width(out + ch) > columns - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (columns - width(text))


COLUMNS = (("id", 4), ("when", 16), ("channel", 7), ("company", 16), ("agent", 10), ("phone", 18),
           ("summary", 30))  # then the flags, never cut


def print_table(data: dict) -> None:
    from debtdesk.cli.words import code_word, file_state
    from debtdesk.domain.contacts import Channel, Flag
    from debtdesk.i18n.catalogue import translate

    headings = {"id": translate("CliContacts", "id"), "when": translate("CliContacts", "when"),
                "channel": translate("CliContacts", "channel"), "company": translate("CliContacts", "company"),
                "agent": translate("CliContacts", "agent"), "phone": translate("CliContacts", "phone"),
                "summary": translate("CliContacts", "summary")}
    sep = translate("Lists", ", ")
    rules = data["rules"]
    print(translate("CliContacts", "Contact rules: allowed {start}–{end}, at most {max} a day from one "
                    "company").format(start=rules["day_starts"], end=rules["day_ends"], max=rules["max_per_day"]))
    header = "  ".join([*(fit(headings[name], w) for name, w in COLUMNS), translate("CliContacts", "flags")])
    print(header)
    print("-" * width(header))
    counts: dict[str, int] = {}
    for entry in data["contacts"]:
        for flag in entry["flags"]:
            counts[flag] = counts.get(flag, 0) + 1
        values = {**entry, "id": str(entry["id"]), "when": entry["occurred_at"],
                  "channel": code_word(entry["channel"], Channel)}
        flags = ("! " + sep.join(code_word(f, Flag) for f in entry["flags"])) if entry["flags"] else ""
        print("  ".join([*(fit(str(values[name]), w) for name, w in COLUMNS), flags]).rstrip())
        for attachment in entry["attachments"]:
            state = file_state(attachment["status"])
            mark = "" if attachment["status"] == "ok" else f"  [{state.upper()}]"
            name = fit(attachment["name"], 60).rstrip()
            print(f"{'':6}" + translate("CliContacts", "file: {name} ({size} bytes, sha256 {sha256}…)").format(
                name=name, size=attachment["size"], sha256=attachment["sha256"][:12]) + mark)
    flagged = sum(1 for e in data["contacts"] if e["flags"])
    n = len(data["contacts"])
    if n == 1:
        summary = translate("CliContacts", "1 contact, {flagged} flagged").format(flagged=flagged)
    else:
        summary = translate("CliContacts", "{n} contacts, {flagged} flagged").format(n=n, flagged=flagged)
    if counts:
        summary = translate("CliContacts", "{summary}: {counts}").format(summary=summary, counts=sep.join(
            f"{code_word(f.value, Flag)} {counts[f.value]}" for f in Flag if f.value in counts))
    print(summary)
