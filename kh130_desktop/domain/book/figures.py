"""The figures of a period: every number a cell reports, computed here and nowhere else.

`figures_from(records)` takes the period's records in the shape of report.json (docs/report-format.md,
section 3; `book.report_data.cell_report_data` builds them from the record book). The same function
serves the pages, the printed report and the signed file's "summary" on the cell's side, and the
receiving committee runs it on a received file's report.json: the committee sees the numbers the
cell saw. Nothing here reads the store or the clock, so the same records give the same figures on
any day; a period still running is counted to its last day all the same.

Who counts, the one rule: a member counts when they are on the cell's roster on the period's last
day with a summoned status (official, probationary, or here temporarily): `on_roster_at_end`, with
the status they held that day. They are the `summoned_at_end`, split into official and
probationary, and the pledged, the members without pledges, the pledges, the reviews, the levels
and the exemplary are counted over them alone. A member who left during the period, one who joined
after it, and one listed apart at its end (exempt, suspended, sent temporarily elsewhere) keep their
records in the file and in every list, but are not counted. `members` is everyone on the roster at
the end, listed apart included.

Attendance is counted per session over its attendance lines: the members summoned that day,
whoever they are at the period's end. Present means co_mat or di_muon; an unmarked line is summoned
and not present. A session's rate is its present over its summoned; the period's rate, printed as
the average (bình quân), is present over summoned across all its sessions, not the mean of the
sessions' rates: the committee recomputes it, and adds cells up, from those two counts.

Reviews belong to the year: they count in the year's and in the fourth quarter's figures, never in
quarters I-III (whose files carry none).

A received file is checked as it is read: a key the figures read that is absent counts as empty
(null, "", [] or false), but a value of the wrong type, an unknown code, a member listed twice or
reviewed twice is refused with `RecordsError` (a ValueError), never guessed at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .periods import Period
from .records import RecordsError, _code, _date, _dict, _get, _list, _period, _required
from .vocabulary import (
    MIN_MEETING_MINUTES,
    PRESENT_STATES,
    SUMMONED_STATUSES,
    AttendanceState,
    MemberStatus,
    ReviewLevel,
    SessionKind,
)


@dataclass(frozen=True)
class SessionFigures:
    uid: str
    held_on: dt.date | None
    kind: str  # a SessionKind code, "" when the record has none
    summoned: int
    present: int  # co_mat and di_muon
    late: int
    absent_excused: int
    absent_unexcused: int
    unmarked: int
    minutes: int | None  # duration, when start and end were recorded

    @property
    def short(self) -> bool:
        """Under 90 minutes (Guideline 42-HD/BTCTW, 2025)."""
        return self.minutes is not None and self.minutes < MIN_MEETING_MINUTES

    @property
    def rate(self) -> float | None:
        return self.present / self.summoned if self.summoned else None


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    members: int  # on the roster at the end, listed apart included
    listed_apart: int  # on the roster at the end: exempt, suspended, away temporarily
    summoned_at_end: int  # the members counted
    official: int
    probationary: int
    by_session: tuple[SessionFigures, ...]
    pledged: int  # counted members with at least one pledge
    pledges: int  # the counted members' pledges
    pledges_with_progress: int  # of those, with a progress note in the period's quarters
    pledges_by_theme: dict[str, int]  # theme code ("" for none) -> count, codes sorted
    includes_reviews: bool  # the year, or its fourth quarter
    reviewed: int
    levels: dict[str, int]  # every ReviewLevel code -> count
    exemplary: int
    collective_pledges: int
    not_counted: int  # members with a pledge or review in the records who are not counted
    counted: tuple[str, ...]  # uids of the counted members, in the records' order
    unpledged: tuple[str, ...]  # uids of the counted members without pledges
    unreviewed: tuple[str, ...]  # uids of the counted members without a review (when reviews count)
    exemplary_members: tuple[str, ...]  # uids

    @property
    def sessions(self) -> int:
        return len(self.by_session)

    @property
    def sessions_by_kind(self) -> dict[str, int]:
        counts = dict.fromkeys(_SESSION_KIND_CODES, 0)
        for s in self.by_session:
            if s.kind in counts:
                counts[s.kind] += 1
        return counts

    @property
    def thematic_sessions(self) -> int:
        return self.sessions_by_kind[SessionKind.THEMATIC]

    @property
    def short_sessions(self) -> int:
        return sum(1 for s in self.by_session if s.short)

    def _total(self, name: str) -> int:
        return sum(getattr(s, name) for s in self.by_session)

    @property
    def summoned(self) -> int:
        """Attendance lines over the period's sessions (one per member summoned to each)."""
        return self._total("summoned")

    @property
    def present(self) -> int:
        return self._total("present")

    @property
    def late(self) -> int:
        return self._total("late")

    @property
    def absent_excused(self) -> int:
        return self._total("absent_excused")

    @property
    def absent_unexcused(self) -> int:
        return self._total("absent_unexcused")

    @property
    def unmarked(self) -> int:
        return self._total("unmarked")

    @property
    def average_rate(self) -> float | None:
        """The period's attendance rate: present over summoned across its sessions."""
        return self.present / self.summoned if self.summoned else None

    @property
    def without_pledges(self) -> int:
        return len(self.unpledged)

    def summary(self) -> dict:
        """report.json's "summary", and what the committee stores of a received file."""
        rate = self.average_rate
        return {
            "members": self.members, "listed_apart": self.listed_apart, "summoned_at_end": self.summoned_at_end,
            "official": self.official, "probationary": self.probationary,
            "sessions_held": self.sessions, "sessions_by_kind": self.sessions_by_kind, "short_sessions": self.short_sessions,
            "summoned": self.summoned, "present": self.present, "late": self.late,
            "absent_excused": self.absent_excused, "absent_unexcused": self.absent_unexcused, "unmarked": self.unmarked,
            "attendance_rate": round(rate, 4) if rate is not None else None,
            "pledged": self.pledged, "without_pledges": self.without_pledges, "pledges": self.pledges,
            "pledges_with_progress": self.pledges_with_progress,
            "reviewed": self.reviewed, "levels": dict(self.levels), "exemplary": self.exemplary,
            "collective_pledges": self.collective_pledges,
        }


def figures_from(records: dict) -> PeriodFigures:
    """Every figure of the period whose records (report.json's shape) are given."""
    period = _period(_get(_dict(records, "report"), "period", "", str))
    on_roster, listed_apart, counted, official = _roster(_list(records, "members"), period.end)
    members = set(counted)
    sessions = tuple(_session(s, i) for i, s in enumerate(_list(records, "sessions")))
    pledges_of, with_progress, by_theme, pledged_elsewhere = _pledges(_list(records, "pledges"), members, period)
    includes_reviews = counts_reviews(period)
    levels, reviewed, exemplary, reviewed_elsewhere = _reviews(_list(records, "reviews"), members, includes_reviews)
    return PeriodFigures(
        period=period, members=on_roster, listed_apart=listed_apart, summoned_at_end=len(counted),
        official=official, probationary=len(counted) - official, by_session=sessions,
        pledged=len(pledges_of), pledges=sum(pledges_of.values()), pledges_with_progress=with_progress,
        pledges_by_theme=dict(sorted(by_theme.items())), includes_reviews=includes_reviews,
        reviewed=len(reviewed), levels=levels, exemplary=len(exemplary),
        collective_pledges=len(_list(records, "collective_pledges")),
        not_counted=len(pledged_elsewhere | reviewed_elsewhere), counted=tuple(counted),
        unpledged=tuple(uid for uid in counted if uid not in pledges_of),
        unreviewed=tuple(uid for uid in counted if uid not in reviewed) if includes_reviews else (),
        exemplary_members=tuple(exemplary),
    )


def _roster(members: list, end: dt.date) -> tuple[int, int, list[str], int]:
    """On the roster at the end, listed apart then, the members counted (uids), the official."""
    seen: set[str] = set()
    counted: list[str] = []
    on_roster = listed_apart = official = 0
    for i, m in enumerate(members):
        # The import's hot path: the usual record is checked inline, the words of a refusal
        # are only put together for the record that is refused.
        uid = m.get("uid") if type(m) is dict else None
        status = m.get("status") if type(m) is dict else None
        at_end = m.get("on_roster_at_end") if type(m) is dict else None
        if type(uid) is not str or type(status) is not str or status not in _MEMBER_STATUSES \
                or not (at_end is None or type(at_end) is bool):
            where = f"members[{i}]"
            m = _dict(m, where)
            _required(m, "uid", str, where)
            _code(_required(m, "status", str, where), MemberStatus, f"{where}.status")
            _get(m, "on_roster_at_end", False, bool, where)
        if uid in seen:
            raise RecordsError(f"members[{i}].uid: member listed twice")
        seen.add(uid)
        if not at_end:
            continue
        on_roster += 1
        if status in SUMMONED_STATUSES:
            counted.append(uid)
            if status == MemberStatus.OFFICIAL:  # _official's first answer, without its words
                official += 1
            elif status != MemberStatus.PROBATIONARY:
                official += _official(status, m, end, f"members[{i}]")
        else:
            listed_apart += 1
    return on_roster, listed_apart, counted, official


def _pledges(pledges: list, counted: set[str], period: Period) -> tuple[dict[str, int], int, dict[str, int], set[str]]:
    """Pledges per counted member, how many have progress in the period, per theme; and the
    members not counted who have pledges."""
    quarters = {1, 2, 3, 4} if period.quarter is None else {period.quarter}
    per_member: dict[str, int] = {}
    by_theme: dict[str, int] = {}
    with_progress = 0
    elsewhere: set[str] = set()
    for i, p in enumerate(pledges):
        owner = p.get("member") if type(p) is dict else None
        theme = p.get("theme_code") if type(p) is dict else None
        notes = p.get("progress") if type(p) is dict else None
        if type(owner) is not str or not (theme is None or type(theme) is str) \
                or not (notes is None or type(notes) is list):
            where = f"pledges[{i}]"
            p = _dict(p, where)
            _required(p, "member", str, where)
            _get(p, "theme_code", "", str, where)
            _get(p, "progress", [], list, where)
        theme = theme or ""
        in_period = False
        for j, n in enumerate(notes or ()):
            quarter = n.get("quarter") if type(n) is dict else None
            if type(quarter) is not int or quarter not in (1, 2, 3, 4):
                quarter = _progress_quarter(n, f"pledges[{i}].progress[{j}]")
            in_period = in_period or quarter in quarters
        if owner not in counted:
            elsewhere.add(owner)
            continue
        per_member[owner] = per_member.get(owner, 0) + 1
        by_theme[theme] = by_theme.get(theme, 0) + 1
        with_progress += in_period
    return per_member, with_progress, by_theme, elsewhere


def _reviews(reviews: list, counted: set[str], included: bool) -> tuple[dict[str, int], set[str], list[str], set[str]]:
    """Counts per level, the counted members reviewed, the exemplary (uids); and the members
    not counted who have a review."""
    levels = dict.fromkeys(_REVIEW_LEVEL_CODES, 0)
    seen: set[str] = set()
    reviewed: set[str] = set()
    exemplary: list[str] = []
    elsewhere: set[str] = set()
    for i, r in enumerate(reviews):
        who = r.get("member") if type(r) is dict else None
        level = r.get("level") if type(r) is dict else None
        is_exemplary = r.get("exemplary") if type(r) is dict else None
        if type(who) is not str or type(level) is not str or level not in _REVIEW_LEVELS \
                or not (is_exemplary is None or type(is_exemplary) is bool):
            where = f"reviews[{i}]"
            r = _dict(r, where)
            _required(r, "member", str, where)
            _code(_required(r, "level", str, where), ReviewLevel, f"{where}.level")
            _get(r, "exemplary", False, bool, where)
        if who in seen:
            raise RecordsError(f"reviews[{i}].member: reviewed twice")
        seen.add(who)
        if who not in counted:
            elsewhere.add(who)
        elif included:
            reviewed.add(who)
            levels[level] += 1
            if is_exemplary:
                exemplary.append(who)
    return levels, reviewed, exemplary, elsewhere


_MEMBER_STATUSES = frozenset(MemberStatus._value2member_map_)
_REVIEW_LEVELS = frozenset(ReviewLevel._value2member_map_)
_NO_ATTENDANCE = {state.value: 0 for state in AttendanceState}
_NO_LINES = {**_NO_ATTENDANCE, None: 0}  # None: a line not marked
_SESSION_KINDS = frozenset(SessionKind._value2member_map_)
_SESSION_KIND_CODES = tuple(kind.value for kind in SessionKind)  # in the vocabulary's order
_REVIEW_LEVEL_CODES = tuple(level.value for level in ReviewLevel)
_LATE = AttendanceState.LATE.value
_EXCUSED, _UNEXCUSED = AttendanceState.ABSENT_EXCUSED.value, AttendanceState.ABSENT_UNEXCUSED.value


def counts_reviews(period: Period) -> bool:
    """Reviews belong to the year: its figures and the fourth quarter's count them."""
    return period.quarter in (None, 4)


def _official(status: str, member: dict, end: dt.date, where: str) -> bool:
    """Official (chính thức) on the period's last day. A member here temporarily carries no
    official/probationary status of ours: their dates decide."""
    if status == MemberStatus.OFFICIAL:
        return True
    if status == MemberStatus.PROBATIONARY:
        return False
    official_on = _date(member, "official_on", where)
    return (official_on is not None and official_on <= end) or _date(member, "admitted_on", where) is None


def _session(s, index: int) -> SessionFigures:
    """One session's figures. The import's hot path (a line per member and session): a record
    of the usual shape is counted here in one pass; anything else goes through the checked
    reading (`_session_checked`), which refuses it with words that say where."""
    if type(s) is dict:
        uid, held_on, kind, minutes, lines = (s.get("uid"), s.get("held_on"), s.get("kind"),
                                              s.get("duration_minutes"), s.get("attendance"))
        if (uid is None or type(uid) is str) and (held_on is None or type(held_on) is str) \
                and (kind is None or (type(kind) is str and (not kind or kind in _SESSION_KINDS))) \
                and (minutes is None or type(minutes) is int) and (lines is None or type(lines) is list):
            tally = dict(_NO_LINES)
            try:
                for a in lines or ():
                    if type(a["member"]) is not str:
                        raise TypeError
                    tally[a.get("state")] += 1  # an unknown or missing code, a line not an object: below
                day = dt.date.fromisoformat(held_on) if held_on is not None else None
            except (KeyError, TypeError, AttributeError, ValueError):
                pass
            else:
                return SessionFigures(
                    uid=uid or "", held_on=day, kind=kind or "", summoned=len(lines or ()),
                    present=sum(map(tally.__getitem__, PRESENT_STATES)), late=tally[_LATE],
                    absent_excused=tally[_EXCUSED], absent_unexcused=tally[_UNEXCUSED],
                    unmarked=tally[None], minutes=minutes)
    return _session_checked(_dict(s, f"sessions[{index}]"), f"sessions[{index}]")


def _session_checked(s: dict, where: str) -> SessionFigures:
    kind = _get(s, "kind", "", str, where)
    if kind:
        _code(kind, SessionKind, f"{where}.kind")
    minutes = _get(s, "duration_minutes", None, int, where)
    tally = dict(_NO_ATTENDANCE)
    unmarked = 0
    lines = _get(s, "attendance", [], list, where)
    for j, a in enumerate(lines):
        if type(a) is not dict or type(a.get("member")) is not str:
            raise RecordsError(f"{where}.attendance[{j}]: not a line with a member")
        state = a.get("state")
        if state is None:
            unmarked += 1
        elif type(state) is str and state in tally:
            tally[state] += 1
        else:
            raise RecordsError(f"{where}.attendance[{j}].state: unknown code")
    return SessionFigures(
        uid=_get(s, "uid", "", str, where), held_on=_date(s, "held_on", where), kind=kind, summoned=len(lines),
        present=sum(tally[state] for state in PRESENT_STATES), late=tally[AttendanceState.LATE],
        absent_excused=tally[AttendanceState.ABSENT_EXCUSED], absent_unexcused=tally[AttendanceState.ABSENT_UNEXCUSED],
        unmarked=unmarked, minutes=minutes)


def _progress_quarter(note, where: str) -> int:
    quarter = _required(_dict(note, where), "quarter", int, where)
    if quarter not in (1, 2, 3, 4):
        raise RecordsError(f"{where}.quarter: not a quarter")
    return quarter
