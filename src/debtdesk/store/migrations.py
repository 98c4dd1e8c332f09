"""The schema, as forward migrations keyed on `PRAGMA user_version`.

Never edit a released migration: add the next one.  Tables are STRICT, so a
float can never sneak into a money column.
"""

from __future__ import annotations

#: 'DBDS' — marks a file as DebtDesk's (PRAGMA application_id).
APPLICATION_ID = 0x44424453

MIGRATIONS: dict[int, list[str]] = {
    1: [
        """
        CREATE TABLE lenders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
            kind TEXT NOT NULL DEFAULT 'other',
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        """
        CREATE TABLE debts (
            id INTEGER PRIMARY KEY,
            lender_id INTEGER NOT NULL REFERENCES lenders(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            principal_minor INTEGER NOT NULL CHECK (principal_minor > 0),
            start_date TEXT NOT NULL,
            term_months INTEGER NOT NULL CHECK (term_months >= 1),
            due_day INTEGER CHECK (due_day BETWEEN 1 AND 31),
            rate TEXT NOT NULL,
            rate_basis TEXT NOT NULL,
            method TEXT NOT NULL,
            grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
            penalty_markup TEXT NOT NULL,
            penalty_base TEXT NOT NULL,
            late_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0),
            late_fee_share TEXT NOT NULL,
            min_payment_share TEXT NOT NULL,
            min_payment_floor_minor INTEGER NOT NULL CHECK (min_payment_floor_minor >= 0),
            upfront_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (upfront_fee_minor >= 0),
            account_number TEXT NOT NULL DEFAULT '',
            contacts TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        """
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
            note TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX payments_by_debt ON payments (debt_id, paid_on)",
        "CREATE INDEX debts_by_lender ON debts (lender_id)",
    ],
    2: [
        # Global settings (stage thresholds, contact rules) as key -> text value.
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT",
        # Per-lender stage thresholds; NULL means "use the global setting".
        "ALTER TABLE lenders ADD COLUMN early_from INTEGER CHECK (early_from >= 1)",
        "ALTER TABLE lenders ADD COLUMN mid_from INTEGER",
        "ALTER TABLE lenders ADD COLUMN late_from INTEGER",
        "ALTER TABLE lenders ADD COLUMN severe_from INTEGER",
        """
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER REFERENCES debts(id) ON DELETE SET NULL,
            occurred_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            agent TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            promises TEXT NOT NULL DEFAULT '',
            conduct TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX contacts_by_time ON contacts (occurred_at)",
        # One storage for every attached file (contacts now; evidence and agreements later).
        """
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            owner_kind TEXT NOT NULL,
            owner_id INTEGER NOT NULL,
            original_name TEXT NOT NULL,
            stored_name TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            added_at TEXT NOT NULL
        ) STRICT
        """,
        "CREATE INDEX attachments_by_owner ON attachments (owner_kind, owner_id)",
    ],
    3: [
        # Income and expenditure statements: dated snapshots with their lines.
        """
        CREATE TABLE budgets (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3)
        ) STRICT
        """,
        """
        CREATE TABLE budget_lines (
            id INTEGER PRIMARY KEY,
            budget_id INTEGER NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('income', 'expense')),
            category TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
            frequency TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        "CREATE INDEX budget_lines_by_budget ON budget_lines (budget_id, position)",
        # The hardship evidence checklist (the chosen reasons live in settings).
        """
        CREATE TABLE evidence_items (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
            template_key TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'needed',
            requested_on TEXT,
            obtained_on TEXT,
            sent_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        ) STRICT
        """,
        # Saved proposals: the options as canonical JSON; the schedule is recomputed.
        """
        CREATE TABLE proposals (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            created_on TEXT NOT NULL,
            options TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
        ) STRICT
        """,
        # Every exported letter: when, to whom, in which language, where, and its checksum.
        """
        CREATE TABLE letters (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER REFERENCES debts(id) ON DELETE SET NULL,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            created_on TEXT NOT NULL,
            file_path TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0)
        ) STRICT
        """,
    ],
    4: [
        # How payments are applied, penalty interest on unpaid interest, a fixed penalty rate
        # (NULL: contract rate plus markup), and priority debts (provided for before the others share).
        "ALTER TABLE debts ADD COLUMN payment_order TEXT NOT NULL DEFAULT 'oldest-first'",
        "ALTER TABLE debts ADD COLUMN compound_penalty INTEGER NOT NULL DEFAULT 0 CHECK (compound_penalty IN (0, 1))",
        "ALTER TABLE debts ADD COLUMN penalty_rate TEXT",
        "ALTER TABLE debts ADD COLUMN priority INTEGER NOT NULL DEFAULT 0 CHECK (priority IN (0, 1))",
    ],
    5: [
        # The household plan of each currency: when it starts (NULL: the day it is worked out) and
        # the savings or help named for one-off settlements (NULL: none named).  Each debt's
        # proposal in it is its 'draft' row in `proposals`; a debt without one is kept as contracted.
        """
        CREATE TABLE household_plans (
            currency TEXT PRIMARY KEY NOT NULL CHECK (length(currency) = 3),
            start_on TEXT,
            lump_sum_minor INTEGER CHECK (lump_sum_minor >= 0)
        ) STRICT
        """,
    ],
    8: [
        # What came of each letter: the lender's reply (or none by the date the user waits until),
        # a counter-offer's terms as canonical JSON (domain.agreement.terms_to_dict).
        """
        CREATE TABLE letter_outcomes (
            id INTEGER PRIMARY KEY,
            letter_id INTEGER NOT NULL UNIQUE REFERENCES letters(id) ON DELETE CASCADE,
            outcome TEXT NOT NULL DEFAULT 'waiting'
                CHECK (outcome IN ('waiting', 'accepted', 'counter_offer', 'refused', 'no_answer')),
            replied_on TEXT,
            answer_by TEXT,
            terms TEXT,
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        # Agreements: the agreed terms (canonical JSON); the agreed schedule is always recomputed.
        """
        CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER NOT NULL REFERENCES debts(id) ON DELETE CASCADE,
            source TEXT NOT NULL CHECK (source IN ('proposal', 'counter_offer')),
            letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
            proposal_id INTEGER REFERENCES proposals(id) ON DELETE SET NULL,
            signed_on TEXT NOT NULL,
            start_date TEXT NOT NULL,
            terms TEXT NOT NULL,
            on_breach TEXT NOT NULL DEFAULT 'revives' CHECK (on_breach IN ('revives', 'accelerates', 'other')),
            clause TEXT NOT NULL DEFAULT '',
            ended_on TEXT,
            end_reason TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
        "CREATE INDEX agreements_by_debt ON agreements (debt_id, start_date)",
        # Dated legal events: court documents served (with the deadline they state, if entered),
        # written acknowledgements and demands (which restart the limitation period).
        """
        CREATE TABLE legal_events (
            id INTEGER PRIMARY KEY,
            debt_id INTEGER REFERENCES debts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'demand', 'claim', 'judgment', 'ruling')),
            on_date TEXT NOT NULL,
            days INTEGER CHECK (days BETWEEN 1 AND 365),
            deadline TEXT,
            title TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        ) STRICT
        """,
    ],
}

# Schema 7 (issue 16): when an exported letter was sent, and how (a `SentVia` value; '' while unsent).
MIGRATIONS[7] = [
    "ALTER TABLE letters ADD COLUMN sent_on TEXT",
    "ALTER TABLE letters ADD COLUMN sent_via TEXT NOT NULL DEFAULT ''",
]
# Schema 9 (issue 17): what makes the contact log fast at 100,000 contacts, all derived from `contacts` and
# `settings`, never exported (not in TABLES).  Each contact's flags are stored in `contact_flags` (written by
# store.contact_index from domain.contacts' rules); a write marks its day in `contact_flag_dirty` (the 'too
# many a day' flag of the whole day may change), a change of the contact rules marks every day, and the store
# re-flags the marked days before it reads (and checks on the way that it can read them: time, channel).
# `contacts_fts` (trigram: substrings, Chinese included) follows the contacts through triggers.
MIGRATIONS[9] = [
    """
    CREATE TABLE contact_flags (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
        flags TEXT NOT NULL DEFAULT '',
        flag_count INTEGER NOT NULL DEFAULT 0
    ) STRICT
    """,
    "CREATE INDEX contact_flags_by_count ON contact_flags (flag_count, flags)",
    "CREATE TABLE contact_flag_dirty (day TEXT PRIMARY KEY) STRICT",
    # Plain INSERTs guarded by NOT EXISTS: an outer statement's conflict policy (an upsert of a setting)
    # would override an OR IGNORE here.
    *(f"""CREATE TRIGGER contact_{name} AFTER {event} ON contacts BEGIN
        {"".join(f"INSERT INTO contact_flag_dirty (day) SELECT substr({row}.occurred_at, 1, 10) WHERE NOT EXISTS "
                 f"(SELECT 1 FROM contact_flag_dirty WHERE day = substr({row}.occurred_at, 1, 10)); "
                 for row in rows)}END"""
      for name, event, rows in (("added", "INSERT", ("NEW",)), ("removed", "DELETE", ("OLD",)),
                                ("changed", "UPDATE OF occurred_at, company, conduct, channel", ("OLD", "NEW")))),
    *(f"""CREATE TRIGGER contact_rules_{event.lower()} AFTER {event} ON settings
        WHEN {row}.key LIKE 'contacts.%' {extra} BEGIN
        DELETE FROM contact_flag_dirty;
        INSERT INTO contact_flag_dirty (day) SELECT DISTINCT substr(occurred_at, 1, 10) FROM contacts; END"""
      for event, row, extra in (("INSERT", "NEW", ""), ("DELETE", "OLD", ""),
                                ("UPDATE", "NEW", "AND NEW.value IS NOT OLD.value"))),
    """CREATE VIRTUAL TABLE contacts_fts USING fts5(
        company, agent, phone, summary, promises, content='contacts', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER contact_text_added AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts (rowid, company, agent, phone, summary, promises)
        VALUES (NEW.id, NEW.company, NEW.agent, NEW.phone, NEW.summary, NEW.promises); END""",
    """CREATE TRIGGER contact_text_removed AFTER DELETE ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, company, agent, phone, summary, promises)
        VALUES ('delete', OLD.id, OLD.company, OLD.agent, OLD.phone, OLD.summary, OLD.promises); END""",
    """CREATE TRIGGER contact_text_changed AFTER UPDATE OF company, agent, phone, summary, promises ON contacts BEGIN
        INSERT INTO contacts_fts (contacts_fts, rowid, company, agent, phone, summary, promises)
        VALUES ('delete', OLD.id, OLD.company, OLD.agent, OLD.phone, OLD.summary, OLD.promises);
        INSERT INTO contacts_fts (rowid, company, agent, phone, summary, promises)
        VALUES (NEW.id, NEW.company, NEW.agent, NEW.phone, NEW.summary, NEW.promises); END""",
    # The contact log sorts by these columns and filters by debt.
    "CREATE INDEX contacts_by_company ON contacts (company, occurred_at)",
    "CREATE INDEX contacts_by_debt ON contacts (debt_id, occurred_at)",
]
# Schema 6 was set aside for data-safety work that needed no schema change: it changes nothing.
MIGRATIONS[6] = []

#: Data changes that go with a migration, run after it on upgraded files and on interchange
#: documents from before it (whose rows arrive with the new columns' plain defaults).
DATA_FIXES: dict[int, list[str]] = {
    4: [
        "UPDATE debts SET priority = 1 WHERE kind IN ('mortgage', 'car_loan')",
        # An interest-only debt charged on overdue principal showed no penalty at all: charge its
        # overdue interest too (复利), as lenders do.
        "UPDATE debts SET compound_penalty = 1 WHERE method = 'interest-only' AND penalty_base = 'overdue_principal'",
    ],
    5: [
        # An interest freeze inside a one-off settlement is refused from schema 5 on: drop it.
        """UPDATE proposals SET options = json_remove(options, '$."freeze-interest"')
           WHERE json_valid(options) AND json_extract(options, '$.settlement') IS NOT NULL""",
    ],
}

# Schema 9: index the existing contacts' text and have every day's flags computed at the first read.
DATA_FIXES[9] = [
    "INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild')",
    "DELETE FROM contact_flag_dirty",
    "INSERT INTO contact_flag_dirty (day) SELECT DISTINCT substr(occurred_at, 1, 10) FROM contacts",
]

SCHEMA_VERSION = max(MIGRATIONS)

#: Every table, in an order that satisfies the foreign keys (for export/import).
TABLES = (
    "settings", "lenders", "debts", "payments", "contacts", "attachments",
    "budgets", "budget_lines", "evidence_items", "proposals", "letters", "household_plans",
    "letter_outcomes", "agreements", "legal_events",
)
