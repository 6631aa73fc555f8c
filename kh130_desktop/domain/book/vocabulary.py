"""The clerk's vocabulary: the fixed sets of values, with their Vietnamese labels.

Stored as their short ASCII codes (portable across SQLite and PostgreSQL, stable in the
report file); shown through `label()`.
"""

from __future__ import annotations

from enum import StrEnum


class CellType(StrEnum):
    VILLAGE = "thon_ban"
    RESIDENTIAL = "to_dan_pho"
    AGENCY = "co_quan"
    SCHOOL = "truong_hoc"
    ENTERPRISE = "doanh_nghiep"
    ARMED_FORCES = "luc_luong_vu_trang"
    HEALTH = "y_te"
    OTHER = "khac"


class MemberStatus(StrEnum):
    OFFICIAL = "chinh_thuc"
    PROBATIONARY = "du_bi"
    TEMPORARY_HERE = "sinh_hoat_tam_thoi"
    TEMPORARY_AWAY = "tam_thoi_di"
    EXEMPT = "mien_sinh_hoat"
    SUSPENDED = "dinh_chi"


class Role(StrEnum):
    SECRETARY = "bi_thu"
    DEPUTY_SECRETARY = "pho_bi_thu"
    COMMITTEE_MEMBER = "chi_uy_vien"
    MEMBER = "dang_vien"


class Sex(StrEnum):
    MALE = "nam"
    FEMALE = "nu"


class SessionKind(StrEnum):
    STUDY_CONFERENCE = "hoi_nghi_quan_triet"
    THEMATIC = "chuyen_de_quy"
    REGULAR = "thuong_ky"


class AttendanceState(StrEnum):
    PRESENT = "co_mat"
    LATE = "di_muon"
    ABSENT_EXCUSED = "vang_co_ly_do"
    ABSENT_UNEXCUSED = "vang_khong_ly_do"


# Counted as present (the attendance rate, the minutes' "có mặt").
PRESENT_STATES = (AttendanceState.PRESENT.value, AttendanceState.LATE.value)


class ReviewLevel(StrEnum):
    EXCELLENT = "hoan_thanh_xuat_sac"
    GOOD = "hoan_thanh_tot"
    DONE = "hoan_thanh"
    NOT_DONE = "khong_hoan_thanh"


LABELS: dict[StrEnum, str] = {
    CellType.VILLAGE: "Thôn, bản",
    CellType.RESIDENTIAL: "Tổ dân phố",
    CellType.AGENCY: "Cơ quan",
    CellType.SCHOOL: "Trường học",
    CellType.ENTERPRISE: "Doanh nghiệp",
    CellType.ARMED_FORCES: "Lực lượng vũ trang",
    CellType.HEALTH: "Đơn vị y tế",
    CellType.OTHER: "Loại hình khác",
    MemberStatus.OFFICIAL: "Chính thức",
    MemberStatus.PROBATIONARY: "Dự bị",
    MemberStatus.TEMPORARY_HERE: "Sinh hoạt tạm thời",
    MemberStatus.TEMPORARY_AWAY: "Giới thiệu sinh hoạt tạm thời đi nơi khác",
    MemberStatus.EXEMPT: "Miễn công tác và sinh hoạt đảng",
    MemberStatus.SUSPENDED: "Đình chỉ sinh hoạt",
    Role.SECRETARY: "Bí thư",
    Role.DEPUTY_SECRETARY: "Phó Bí thư",
    Role.COMMITTEE_MEMBER: "Chi ủy viên",
    Role.MEMBER: "Đảng viên",
    Sex.MALE: "Nam",
    Sex.FEMALE: "Nữ",
    SessionKind.STUDY_CONFERENCE: "Hội nghị học tập, quán triệt Chuyên đề",
    SessionKind.THEMATIC: "Sinh hoạt chuyên đề",
    SessionKind.REGULAR: "Sinh hoạt thường kỳ",
    AttendanceState.PRESENT: "Có mặt",
    AttendanceState.LATE: "Đi muộn",
    AttendanceState.ABSENT_EXCUSED: "Vắng có lý do",
    AttendanceState.ABSENT_UNEXCUSED: "Vắng không lý do",
    ReviewLevel.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
    ReviewLevel.GOOD: "Hoàn thành tốt nhiệm vụ",
    ReviewLevel.DONE: "Hoàn thành nhiệm vụ",
    ReviewLevel.NOT_DONE: "Không hoàn thành nhiệm vụ",
}


def label(value: StrEnum | str | None) -> str:
    if value is None:
        return ""
    for enum in (CellType, MemberStatus, Role, Sex, SessionKind, AttendanceState, ReviewLevel):
        try:
            return LABELS[enum(value)]
        except ValueError:
            continue
    return str(value)


def parse(enum: type[StrEnum], value: str) -> StrEnum:
    """A code or a Vietnamese label (any case, any Unicode form) to its enum member."""
    from ..errors import ValidationError, t
    from ..text import clean

    text = clean(value)
    try:
        return enum(text)
    except ValueError:
        pass
    folded = text.casefold()
    for member in enum:
        if LABELS[member].casefold() == folded:
            return member
    choices = ", ".join(LABELS[m] for m in enum)
    raise ValidationError(t("Giá trị “{text}” không hợp lệ.", text=text), hint=t("Chọn một trong: {choices}.", choices=choices))


# Statuses whose members are summoned to meetings and counted in attendance.
SUMMONED_STATUSES = frozenset({MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY, MemberStatus.TEMPORARY_HERE})
# Listed apart in the minutes, never counted as absent (Điều lệ Đảng: exempt, suspended,
# and members introduced to sinh hoạt tạm thời elsewhere).
LISTED_APART_STATUSES = frozenset({MemberStatus.TEMPORARY_AWAY, MemberStatus.EXEMPT, MemberStatus.SUSPENDED})

# The 100-point scale in force since 2025 (DESIGN.md section 7): inclusive score bounds.
REVIEW_SCORE_BANDS: dict[ReviewLevel, tuple[int, int]] = {
    ReviewLevel.EXCELLENT: (90, 100),
    ReviewLevel.GOOD: (70, 89),
    ReviewLevel.DONE: (50, 69),
    ReviewLevel.NOT_DONE: (0, 49),
}

MIN_MEETING_MINUTES = 90  # Guideline 42-HD/BTCTW (2025)
