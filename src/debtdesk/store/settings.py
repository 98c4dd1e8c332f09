"""User-editable settings kept inside the file (key -> text), so they travel with it.

Stage thresholds and contact rules belong to the household's data, not to the
machine, which is why they are not in QSettings.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from debtdesk.domain.contacts import ContactRules
from debtdesk.domain.overdue import StageThresholds
from debtdesk.domain.rate_lines import RateReference, reference_from_settings, reference_to_settings
from debtdesk.store.repository import Store


def read_settings(store: Store) -> dict[str, str]:
    return {row[0]: row[1] for row in store.conn.execute("SELECT key, value FROM settings")}


def write_settings(store: Store, values: Mapping[str, str]) -> None:
    """Set several keys in one transaction."""
    with store.db.atomic():
        for key, value in values.items():
            store.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(value)),
            )


_THRESHOLD_KEYS = ("early", "mid", "late", "severe")


def stage_thresholds(store: Store) -> StageThresholds:
    """The global thresholds; the defaults when unset or unreadable."""
    values = read_settings(store)
    try:
        return StageThresholds(**{k: int(values[f"stage.{k}"]) for k in _THRESHOLD_KEYS if f"stage.{k}" in values})
    except ValueError:
        return StageThresholds()


def set_stage_thresholds(store: Store, thresholds: StageThresholds) -> None:
    write_settings(store, {f"stage.{k}": getattr(thresholds, k) for k in _THRESHOLD_KEYS})


def lender_thresholds(store: Store, base: StageThresholds) -> dict[int, StageThresholds]:
    """Per-lender thresholds where a lender overrides any of them (NULL = global)."""
    result = {}
    rows = store.conn.execute(
        "SELECT id, early_from, mid_from, late_from, severe_from FROM lenders "
        "WHERE coalesce(early_from, mid_from, late_from, severe_from) IS NOT NULL")
    for lender_id, *values in rows:
        merged = {k: v if v is not None else getattr(base, k) for k, v in zip(_THRESHOLD_KEYS, values, strict=True)}
        try:
            result[lender_id] = StageThresholds(**merged)
        except ValueError:
            continue  # an inconsistent override falls back to the global thresholds
    return result


def set_lender_thresholds(store: Store, lender_id: int, thresholds: StageThresholds | None) -> None:
    values = [getattr(thresholds, k) for k in _THRESHOLD_KEYS] if thresholds else [None] * 4
    with store.db.atomic():
        store.conn.execute(
            "UPDATE lenders SET early_from = ?, mid_from = ?, late_from = ?, severe_from = ? WHERE id = ?",
            (*values, lender_id))


def contact_rules(store: Store) -> ContactRules:
    """The file's contact rules; `ContactRules`' own defaults (their one home) for any key unset."""
    values = read_settings(store)
    defaults = ContactRules()
    try:
        return ContactRules(
            day_starts=time.fromisoformat(values["contacts.day_starts"]) if "contacts.day_starts" in values
            else defaults.day_starts,
            day_ends=time.fromisoformat(values["contacts.day_ends"]) if "contacts.day_ends" in values
            else defaults.day_ends,
            max_per_day=int(values["contacts.max_per_day"]) if "contacts.max_per_day" in values
            else defaults.max_per_day,
        )
    except ValueError:
        return ContactRules()


def set_contact_rules(store: Store, rules: ContactRules) -> None:
    write_settings(store, {
        "contacts.day_starts": rules.day_starts.strftime("%H:%M"),
        "contacts.day_ends": rules.day_ends.strftime("%H:%M"),
        "contacts.max_per_day": str(rules.max_per_day),
    })


BORROWER_KEYS = ("name", "address", "phone", "email")


def borrower_details(store: Store) -> dict[str, str]:
    """The letter writer's own details, kept in the file: name, address, phone, e-mail."""
    values = read_settings(store)
    return {key: values.get(f"borrower.{key}", "") for key in BORROWER_KEYS}


def set_borrower_details(store: Store, details: Mapping[str, str]) -> None:
    write_settings(store, {f"borrower.{key}": str(details.get(key, "")).strip() for key in BORROWER_KEYS})


def rate_reference(store: Store) -> RateReference:
    """The reference rate lines and LPR table of this file; defaults where unset or unreadable."""
    return reference_from_settings(read_settings(store))


def set_rate_reference(store: Store, reference: RateReference) -> None:
    write_settings(store, reference_to_settings(reference))
