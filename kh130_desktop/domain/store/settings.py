"""The catalogue of settings the store keeps: every key once, with its default (Vorta's
store/settings.py). A module that keeps a setting names it from here, never by a string of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from ..errors import ValidationError
from .glance import MODE_KEY
from .tables import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: str = ""


# The installation's mode: a cell's record book, or a receiving committee's.
MODE = SettingDef(MODE_KEY, "cell")
MODES = ("cell", "receiving")
# The installation's id, made with its key pair (exchange/identity.py).
INSTALLATION_ID = SettingDef("installation_id")
# The installation's last report sequence number: only ever grows (exchange/export.py).
REPORT_SEQUENCE = SettingDef("report_sequence", "0")
# The first day of the cell's record book ("ghi sổ từ ngày"), yyyy-mm-dd: a member added without a
# joining date joined then (book/roster.py). Empty: 1 January of the year the book was started.
RECORDS_FROM = SettingDef("cell.records_from")
# The receiving committee's profile (exchange/registry.py).
COMMITTEE_NAME = SettingDef("receiving.committee_name")
COMMITTEE_UID = SettingDef("receiving.committee_uid")
COMMITTEE_SUPERIORS = SettingDef("receiving.superior_lines")  # one per line, highest first
COMMITTEE_PLACE = SettingDef("receiving.place_name")
COMMITTEE_SIGNER = SettingDef("receiving.signer_name")
# A cell's committee key: the fingerprint the secretary typed from the committee's key slip,
# the committee's name as the slip gives it, and when (exchange/incoming.py). A plan file or
# receipt is accepted only when signed by that key.
COMMITTEE_KEY = SettingDef("cell.committee_key")
COMMITTEE_KEY_NAME = SettingDef("cell.committee_key_name")
COMMITTEE_KEY_SINCE = SettingDef("cell.committee_key_since")  # yyyy-mm-dd
# The committee's last receipt number per cell is in issued_receipt; the committee's plan
# revisions in issued_plan (exchange/plan_file.py, receipts.py).


def get(tx: Session, setting: SettingDef) -> str:
    row = tx.get(Setting, setting.key)
    return row.value if row is not None else setting.default


def put(tx: Session, setting: SettingDef, value: str) -> None:
    row = tx.get(Setting, setting.key) or Setting(key=setting.key)
    row.value = value
    tx.add(row)


def get_mode(tx: Session) -> str:
    value = get(tx, MODE)
    return value if value in MODES else MODE.default


def set_mode(tx: Session, mode: str) -> None:
    if mode not in MODES:
        raise ValidationError("Chế độ phải là “chi bộ” hoặc “cấp ủy tiếp nhận”.")
    put(tx, MODE, mode)
