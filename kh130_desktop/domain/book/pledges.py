"""Pledges (đăng ký làm theo), their quarterly progress, the year-end review, and the
cell's collective pledge.

Ratings keep the four levels; since 2025 they may carry a score out of 100, and a score
that contradicts its level is refused (DESIGN.md section 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, select

from ..errors import NotFoundError, ValidationError, t
from ..store.tables import CollectivePledge, Pledge, PledgeProgress, PledgeTheme, YearReview
from .roster import get_member
from ..text import clean, clean_multiline
from .vocabulary import REVIEW_SCORE_BANDS, ReviewLevel, label, parse


@dataclass
class PledgeData:
    content: str
    theme_code: str = ""
    target: str = ""
    deadline: dt.date | None = None


def _validate_pledge(tx: Session, year: int, data: PledgeData) -> dict:
    content = clean_multiline(data.content)
    if not content:
        raise ValidationError("Chưa nhập nội dung đăng ký làm theo.", hint="Ghi việc cụ thể, kiểm tra được.", field="content")
    if len(content) < 10:
        raise ValidationError("Nội dung đăng ký quá ngắn để kiểm tra được.", hint="Ghi rõ việc sẽ làm, ví dụ: “Vận động 5 hộ làm nhà tiêu hợp vệ sinh”.", field="content")
    theme = clean(data.theme_code)
    if theme:
        codes = set(tx.exec(select(PledgeTheme.code).where(PledgeTheme.year == year)))
        if codes and theme not in codes:
            raise ValidationError("Nội dung chuyên đề không có trong kế hoạch năm.", field="theme_code")
    if data.deadline is not None and data.deadline.year not in (year, year + 1):
        raise ValidationError(t("Thời hạn phải trong năm {year}.", year=year), field="deadline")
    return {"content": content, "theme_code": theme, "target": clean_multiline(data.target), "deadline": data.deadline}


def add_pledge(tx: Session, member_id: int, year: int, data: PledgeData) -> Pledge:
    get_member(tx, member_id)
    values = _validate_pledge(tx, year, data)
    position = len(tx.exec(select(Pledge.id).where(Pledge.member_id == member_id, Pledge.year == year)).all())
    pledge = Pledge(member_id=member_id, year=year, position=position, **values)
    tx.add(pledge)
    tx.flush()
    return pledge


def update_pledge(tx: Session, pledge_id: int, data: PledgeData) -> Pledge:
    pledge = get_pledge(tx, pledge_id)
    for key, value in _validate_pledge(tx, pledge.year, data).items():
        setattr(pledge, key, value)
    tx.add(pledge)
    tx.flush()
    return pledge


def delete_pledge(tx: Session, pledge_id: int) -> None:
    pledge = get_pledge(tx, pledge_id)
    for row in tx.exec(select(PledgeProgress).where(PledgeProgress.pledge_id == pledge_id)):
        tx.delete(row)
    tx.delete(pledge)
    tx.flush()


def get_pledge(tx: Session, pledge_id: int) -> Pledge:
    pledge = tx.get(Pledge, pledge_id)
    if pledge is None:
        raise NotFoundError("Không tìm thấy nội dung đăng ký (có thể đã bị xóa).")
    return pledge


def pledges_of(tx: Session, member_id: int, year: int) -> list[Pledge]:
    return list(tx.exec(select(Pledge).where(Pledge.member_id == member_id, Pledge.year == year).order_by(Pledge.position, Pledge.id)))


def pledge_years(tx: Session) -> list[int]:
    """The years in which anyone has pledged, latest first."""
    return sorted(set(tx.exec(select(Pledge.year).distinct())), reverse=True)


def pledges_of_year(tx: Session, year: int) -> list[Pledge]:
    return list(tx.exec(select(Pledge).where(Pledge.year == year).order_by(Pledge.member_id, Pledge.position, Pledge.id)))


def add_progress(tx: Session, pledge_id: int, quarter: int, note: str, recorded_on: dt.date | None = None) -> PledgeProgress:
    pledge = get_pledge(tx, pledge_id)
    if quarter not in (1, 2, 3, 4):
        raise ValidationError("Quý phải từ I đến IV.", field="quarter")
    note = clean_multiline(note)
    if not note:
        raise ValidationError("Chưa nhập kết quả thực hiện trong quý.", field="note")
    row = PledgeProgress(pledge_id=pledge.id, quarter=quarter, note=note, recorded_on=recorded_on or dt.date.today())
    tx.add(row)
    tx.flush()
    return row


def progress_of(tx: Session, pledge_id: int) -> list[PledgeProgress]:
    return list(tx.exec(select(PledgeProgress).where(PledgeProgress.pledge_id == pledge_id).order_by(PledgeProgress.quarter, PledgeProgress.id)))


def delete_progress(tx: Session, progress_id: int) -> None:
    row = tx.get(PledgeProgress, progress_id)
    if row is None:
        raise NotFoundError("Không tìm thấy ghi chép tiến độ.")
    tx.delete(row)
    tx.flush()


def check_score(level: str, score: int | None) -> None:
    if score is None:
        return
    if not 0 <= score <= 100:
        raise ValidationError("Điểm phải từ 0 đến 100.", field="score")
    low, high = REVIEW_SCORE_BANDS[ReviewLevel(level)]
    if not low <= score <= high:
        raise ValidationError(
            t("{score} điểm không khớp mức “{level}” (từ {low} đến {high} điểm).", score=score, level=label(level), low=low, high=high),
            hint="Sửa điểm hoặc mức xếp loại cho thống nhất.",
            field="score",
        )


@dataclass
class ReviewData:
    level: str
    self_review: str = ""
    assessment: str = ""
    score: int | None = None
    exemplary: bool = False
    reviewed_on: dt.date | None = None


def record_review(tx: Session, member_id: int, year: int, data: ReviewData) -> YearReview:
    """Create or replace the member's review for the year."""
    get_member(tx, member_id)
    level = parse(ReviewLevel, data.level).value
    try:
        check_score(level, data.score)
    except ValidationError as exc:
        exc.member_id = member_id
        raise
    if data.exemplary and level != ReviewLevel.EXCELLENT:
        raise ValidationError("Chỉ đảng viên hoàn thành xuất sắc nhiệm vụ mới được nêu gương điển hình.", field="exemplary",
                              member_id=member_id)
    review = tx.exec(select(YearReview).where(YearReview.member_id == member_id, YearReview.year == year)).first()
    if review is None:
        review = YearReview(member_id=member_id, year=year, level=level, reviewed_on=data.reviewed_on or dt.date.today())
    review.level = level
    review.score = data.score
    review.self_review = clean_multiline(data.self_review)
    review.assessment = clean_multiline(data.assessment)
    review.exemplary = data.exemplary
    review.reviewed_on = data.reviewed_on or review.reviewed_on or dt.date.today()
    tx.add(review)
    tx.flush()
    return review


def review_of(tx: Session, member_id: int, year: int) -> YearReview | None:
    return tx.exec(select(YearReview).where(YearReview.member_id == member_id, YearReview.year == year)).first()


def delete_review(tx: Session, member_id: int, year: int) -> None:
    review = review_of(tx, member_id, year)
    if review is None:
        raise NotFoundError("Chưa có kiểm điểm để xóa.")
    tx.delete(review)
    tx.flush()


@dataclass
class CollectivePledgeData:
    problem: str
    solution: str = ""
    target: str = ""
    deadline: dt.date | None = None
    result: str = ""
    level: str = ""


def save_collective_pledge(tx: Session, year: int, data: CollectivePledgeData, pledge_id: int | None = None) -> CollectivePledge:
    problem = clean_multiline(data.problem)
    if not problem:
        raise ValidationError("Chưa nhập vấn đề chi bộ đăng ký giải quyết.", field="problem")
    level = parse(ReviewLevel, data.level).value if clean(data.level) else ""
    row = tx.get(CollectivePledge, pledge_id) if pledge_id else None
    if pledge_id and row is None:
        raise NotFoundError("Không tìm thấy đăng ký của tập thể.")
    row = row or CollectivePledge(year=year, problem=problem)
    row.problem, row.solution, row.target = problem, clean_multiline(data.solution), clean_multiline(data.target)
    row.deadline, row.result, row.level = data.deadline, clean_multiline(data.result), level
    tx.add(row)
    tx.flush()
    return row


def collective_pledges(tx: Session, year: int) -> list[CollectivePledge]:
    return list(tx.exec(select(CollectivePledge).where(CollectivePledge.year == year).order_by(CollectivePledge.id)))
