"""The demo cell keeps the meeting's rules: a user who opens a demo session and saves it
unchanged is never told the demo's own minutes are wrong."""

from sqlmodel import select

from kh130_desktop.domain.book.sessions import (AttendanceMark, attendance_sheet, list_sessions,
                                                save_session_with_attendance, session_data)
from kh130_desktop.domain.store.tables import Attendance


def test_every_demo_session_saves_unchanged(demo_store):
    with demo_store.read() as tx:
        sessions = [(s.id, session_data(tx, s.id)) for s in list_sessions(tx)]
        marks = {sid: {a.member_id: AttendanceMark(a.state, a.reason) for a in tx.exec(select(Attendance).where(Attendance.session_id == sid))}
                 for sid, _ in sessions}
    assert len(sessions) == 5
    for session_id, data in sessions:
        with demo_store.transaction() as tx:  # raises ValidationError if a rule is broken
            save_session_with_attendance(tx, session_id, data, marks[session_id])
    with demo_store.read() as tx:
        for session_id, data in sessions:
            lines, _apart = attendance_sheet(tx, session_id)
            present = {line.standing.member.id for line in lines if line.state in ("co_mat", "di_muon")}
            assert data.chair_id in present and data.minute_taker_id in present
            assert all(o.member_id in present for o in data.opinions)
