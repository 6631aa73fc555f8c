"""Moments are stored in UTC (models._now, receiving._utcnow); people read them in local time.

A cell in Cao Bằng is at UTC+7: a report received at 06:30 on the deadline day is 23:30 UTC the
day before. Every date or time a user sees, or a rule about "which day", goes through `local`.
"""

from __future__ import annotations

import datetime as dt


def local(moment: dt.datetime) -> dt.datetime:
    """A stored moment in this computer's local time, without tzinfo. A naive moment is UTC
    (SQLite keeps no offset)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().replace(tzinfo=None)


def local_day(moment: dt.datetime) -> dt.date:
    return local(moment).date()
