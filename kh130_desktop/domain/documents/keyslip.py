"""The key registration slip: the installation's fingerprint in groups and as a QR code.

The secretary signs it and hands it to the receiving committee, whose staff compare it with
the fingerprint their screen shows before trusting the cell's key. The QR text is
"KH130-KEY", the cell's uid, the installation id and the fingerprint, one per line.

A receiving committee prints one too, for its cells: they record its key from it before they
import its plan files and receipts. Its QR text is "KH130-COMMITTEE-KEY", the committee's
uid, the installation id and the fingerprint.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from sqlmodel import Session

from ..book.cell import get_cell, secretary
from ..store import settings
from .page import (
    Letterhead,
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
    place_date,
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


def _fingerprint_block(fingerprint: str, qr_text: str):
    s = styles()
    groups = fingerprint.split(" ")
    group_style = s.cell_centre.clone("fingerprint", fontName=SERIF_BOLD, fontSize=13, leading=17)
    rows = [[Paragraph(markup(g), group_style) for g in groups[i:i + 4]] for i in range(0, len(groups), 4)]
    prints = Table(rows, colWidths=[18 * mm] * 4)
    prints.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF_BOLD), ("BOX", (0, 0), (-1, -1), 0.6, "black"),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    block = Table([[prints, _qr(qr_text)]], colWidths=[FRAME_WIDTH - QR_SIZE - 10 * mm, QR_SIZE + 10 * mm])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF_BOLD), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return block


def committee_keyslip_pdf(tx: Session, identity, *, issued_on: dt.date | None = None) -> bytes:
    """The receiving committee's slip, for its cells: its name, uid and key fingerprint."""
    name = settings.get(tx, settings.COMMITTEE_NAME) or "Cấp ủy tiếp nhận"
    uid = settings.get(tx, settings.COMMITTEE_UID)
    issued_on = issued_on or dt.date.today()
    story = title_block("Phiếu khóa ký của cấp ủy", "(Dùng để xác thực tệp kế hoạch năm và giấy báo nhận gửi xuống chi bộ)")
    story.append(body_markup(f"Cấp ủy: {b(name)}"))
    if uid:
        story.append(body(f"Mã cấp ủy: {uid}"))
    story.append(body(f"Mã cài đặt (máy tiếp nhận): {identity.installation_id}"))
    story.append(body("Dấu vân tay khóa công khai (SHA-256):"))
    story.append(_fingerprint_block(identity.fingerprint, f"KH130-COMMITTEE-KEY\n{uid}\n{identity.installation_id}\n{identity.fingerprint}"))
    story.append(Spacer(1, 6))
    story.append(body(
        f"{keep_tail(running_name(name))} gửi các chi bộ trực thuộc phiếu này. Bí thư chi bộ ghi dấu vân tay trên vào chương trình "
        "KH130 (trang Chi bộ, “Ghi khóa của cấp ủy…”), đối chiếu từng nhóm ký tự; chỉ nhập tệp kế hoạch và giấy báo "
        "được ký bằng đúng khóa này."))
    story.append(body(f"Ngày lập phiếu: {issued_on:%d/%m/%Y}."))
    signer = settings.get(tx, settings.COMMITTEE_SIGNER)
    story.append(signatures(None, SignBlock([f"T/M {running_name(name)}"], signer, note="(Ký, đóng dấu, ghi rõ họ tên)")))
    superiors = [line for line in settings.get(tx, settings.COMMITTEE_SUPERIORS).splitlines() if line.strip()]
    head = Letterhead(superiors, name, "", place_date(settings.get(tx, settings.COMMITTEE_PLACE), issued_on))
    return render(story, head=head, title=f"Phiếu khóa ký của cấp ủy — {name}", author=name)


def keyslip_pdf(tx: Session, identity, *, issued_on: dt.date | None = None) -> bytes:
    """The installation's slip: a cell's, or, in the receiving mode, the committee's."""
    if settings.get_mode(tx) == "receiving":
        return committee_keyslip_pdf(tx, identity, issued_on=issued_on)
    cell = get_cell(tx)
    issued_on = issued_on or dt.date.today()
    fingerprint = identity.fingerprint
    story = title_block("Phiếu đăng ký khóa ký báo cáo", "(Dùng để xác thực tệp báo cáo .kh130 của chi bộ)")
    story.append(body_markup(f"Chi bộ: {b(cell.name)}"))
    story.append(body(f"Mã chi bộ: {cell.uid}"))
    story.append(body(f"Mã cài đặt (máy lập báo cáo): {identity.installation_id}"))
    if cell.receiving_committee:
        story.append(body(f"Nơi tiếp nhận báo cáo: {running_name(cell.receiving_committee)}"))
    story.append(body("Dấu vân tay khóa công khai (SHA-256):"))

    story.append(_fingerprint_block(fingerprint, keyslip_text(cell.uid, identity.installation_id, fingerprint)))
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
