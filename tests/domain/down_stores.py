"""Two installations for the files that come down: a committee (receiving mode, its 2026 plan)
and a new cell created in 2026, each in a data folder of its own."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from kh130_desktop.domain.book.cell import create_cell_with_secretary
from kh130_desktop.domain.book.cell_data import CellData
from kh130_desktop.domain.book.plan import load_plan, plan_file
from kh130_desktop.domain.book.roster import MemberData
from kh130_desktop.domain.exchange import registry
from kh130_desktop.domain.exchange.identity import ensure_identity
from kh130_desktop.domain.store.engine import Store

UTC = dt.timezone.utc
COMMITTEE = "Đảng ủy xã Hòa An"
CELL = "Chi bộ thôn Nà Pò"
MATERIAL_2026 = "Tài liệu Chuyên đề năm 2026 “Từ học tập và làm theo đến thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
TOPIC_Q2_2026 = "Quý II năm 2026: thảo luận việc thực hành lời Bác dạy trong công việc hằng ngày của mỗi đảng viên."


def plan_2026(*, topic_q2: str = TOPIC_Q2_2026, extra_material: str | None = None) -> dict:
    """The 2026 plan: the 2022 one's structure, its own topic, materials and dates."""
    data = json.loads(plan_file(2022).read_text(encoding="utf-8"))
    plan = copy.deepcopy(data)
    plan.update(year=2026, plan_number="05-KH/ĐU", plan_date="2026-02-10", issuer=COMMITTEE,
                short_topic="Chuyên đề năm 2026: thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                topic="Thực hành tư tưởng, đạo đức, phong cách Hồ Chí Minh trong xây dựng Đảng bộ xã trong sạch, vững mạnh")
    plan["materials"] = [MATERIAL_2026, "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị"] + ([extra_material] if extra_material else [])
    plan["quarter_topics"] = {"2": topic_q2, "3": "Quý III năm 2026: nêu gương.", "4": "Quý IV năm 2026: kiểm điểm."}
    for m in plan["milestones"]:
        m["due_on"] = "2026" + m["due_on"][4:]
        m["title"] = m["title"].replace("2022", "2026")
    return plan


def open_committee(folder: Path, *, plan: dict | None = None):
    store = Store.open(folder)
    with store.transaction() as tx:
        registry.save_committee_profile(tx, registry.CommitteeProfile(name=COMMITTEE, place_name="Hòa An"), receiving=True)
        load_plan(tx, plan or plan_2026())
    return store, ensure_identity(store, folder)


def open_cell(folder: Path):
    store = Store.open(folder)
    with store.transaction() as tx:
        create_cell_with_secretary(
            tx, CellData(name=CELL, superior_bodies="ĐẢNG ỦY XÃ HÒA AN", receiving_committee=COMMITTEE, place_name="Hòa An"),
            MemberData(full_name="Nông Văn Thắng", birth_date=dt.date(1970, 5, 2), admitted_on=dt.date(1996, 2, 3),
                       official_on=dt.date(1997, 2, 3), role="bi_thu"),
            dt.date(2026, 1, 1))
        for i, name in enumerate(["Hoàng Thị Lan", "Lục Văn Sơn", "Bế Thị Nga"]):
            from kh130_desktop.domain.book.roster import add_member

            add_member(tx, MemberData(full_name=name, birth_date=dt.date(1980 + i, 1, 1), admitted_on=dt.date(2005, 1, 1),
                                      official_on=dt.date(2006, 1, 1), joined_on=dt.date(2026, 1, 1)), today=dt.date(2026, 1, 5))
    return store, ensure_identity(store, folder)
