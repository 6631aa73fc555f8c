"""The key registration slip: the installation's fingerprint in groups and as a QR code.

The secretary signs it and hands it to the receiving committee, whose staff compare it with
the fingerprint their screen shows before trusting the cell's key. The QR text is
"KH130-KEY", the cell's uid, the installation id and the fingerprint, one per line.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from sqlmodel import Session

from ..book.cell import get_cell, secretary
from .page import (
    FRAME_WIDTH,
    Paragraph,
    SignBlock,
    Spacer,
    Table,
    TableStyle,
    b,
    body,
    body_markup,
    cell_letterhead,
    markup,
    render,
    signatures,
    styles,
    title_block,
)
from .tables import qr_drawing
from .wording import keep_tail, running_name
from .fonts import SERIF_BOLD

QR_SIZE = 45 * mm


def keyslip_text(cell_uid: str, installation_id: str, fingerprint: str) -> str:
    return f"KH130-KEY\n{cell_uid}\n{installation_id}\n{fingerprint}"


def _qr(text: str):
    return qr_drawing(text, QR_SIZE)


def keyslip_pdf(tx: Session, identity, *, issued_on: dt.date | None = None) -> bytes:
    cell = get_cell(tx)
    s = styles()
    issued_on = issued_on or dt.date.today()
    fingerprint = identity.fingerprint
    story = title_block("Phiếu đăng ký khóa ký báo cáo", "(Dùng để xác thực tệp báo cáo .kh130 của chi bộ)")
    story.append(body_markup(f"Chi bộ: {b(cell.name)}"))
    story.append(body(f"Mã chi bộ: {cell.uid}"))
    story.append(body(f"Mã cài đặt (máy lập báo cáo): {identity.installation_id}"))
    if cell.receiving_committee:
        story.append(body(f"Nơi tiếp nhận báo cáo: {running_name(cell.receiving_committee)}"))
    story.append(body("Dấu vân tay khóa công khai (SHA-256):"))

    groups = fingerprint.split(" ")
    group_style = s.cell_centre.clone("fingerprint", fontName=SERIF_BOLD, fontSize=13, leading=17)
    rows = [[Paragraph(markup(g), group_style) for g in groups[i:i + 4]] for i in range(0, len(groups), 4)]
    prints = Table(rows, colWidths=[18 * mm] * 4)
    prints.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF_BOLD), ("BOX", (0, 0), (-1, -1), 0.6, "black"),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    block = Table([[prints, _qr(keyslip_text(cell.uid, identity.installation_id, fingerprint))]],
                  colWidths=[FRAME_WIDTH - QR_SIZE - 10 * mm, QR_SIZE + 10 * mm])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF_BOLD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(block)
    story.append(Spacer(1, 6))
    story.append(body(
        f"{keep_tail(cell.name)} đề nghị {keep_tail(running_name(cell.receiving_committee)) or 'cấp ủy cấp trên'} đăng ký khóa trên để xác thực các tệp báo cáo "
        "của chi bộ. Khi nhận khóa mới, cán bộ tiếp nhận đối chiếu từng nhóm ký tự của dấu vân tay hiển thị trên máy "
        "với phiếu này (hoặc quét mã QR); chỉ chấp nhận khi trùng khớp hoàn toàn."))
    story.append(body(f"Ngày lập phiếu: {issued_on:%d/%m/%Y}."))
    chief = secretary(tx)
    receiver = running_name(cell.receiving_committee) or "cấp ủy cấp trên"
    story.append(signatures(SignBlock([f"Xác nhận của {receiver}"], "", note="(Ký, đóng dấu, ghi rõ họ tên)"),
                            SignBlock(["T/M Chi bộ", "Bí thư"], chief.full_name if chief else "", note="(Ký, ghi rõ họ tên)")))
    return render(story, head=cell_letterhead(cell, "", issued_on),
                  title=f"Phiếu đăng ký khóa ký báo cáo — {cell.name}", author=cell.name)
