"""The receiving registry's dialogs: trust a cell's key from its signed slip (the cell's name
and id as the slip prints them, the fingerprint compared), revoke a key from a day (a lost or
stolen laptop), and set the period a cell must report from. Each runs one domain operation
(exchange/registry.py) and stays open with what was typed when it is refused."""

from __future__ import annotations

import datetime as dt
from functools import partial

from ...domain.book.periods import Period
from ...domain.errors import DomainError, ValidationError
from ...domain.exchange import registry
from ...domain.exchange.identity import normalise_fingerprint
from ..common import confirm, fill_period_choices, fmt_date, period_text
from ..forms import load_form
from ..operations import Changes
from ..qt import (QCheckBox, QComboBox, QCoreApplication, QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox,
                  Qt, QVBoxLayout)
from ..widgets.date_field import DateField
from . import FieldErrors, OperationDialog, get_date, setup_date


class _FormDialog(OperationDialog):
    def __init__(self, ctx, form: str, parent=None) -> None:
        super().__init__(ctx, parent)
        self.form = load_form(form, self)
        QVBoxLayout(self).addWidget(self.form)
        self.errors = FieldErrors(self.form)
        self.f = self.form.findChild
        self.f(QPushButton, "save_button").clicked.connect(self.accept)
        self.f(QPushButton, "cancel_button").clicked.connect(self.cancel)
        self.f(QLabel, "introLabel").setTextFormat(Qt.RichText)


class TrustKeyDialog(_FormDialog):
    """Trust a key for the cell named on its slip. With a .pem file (`pem`), the file's
    fingerprint is shown and compared with the one typed from the slip (or the clerk ticks that
    they compared it group by group); without one, the fingerprint typed is the key's."""

    def __init__(self, ctx, *, pem: bytes | None = None, file_fingerprint: str | None = None, parent=None) -> None:
        super().__init__(ctx, "trust_key_dialog", parent)
        self.pem, self.file_fingerprint = pem, file_fingerprint
        self.cell: QComboBox = self.f(QComboBox, "cell")
        self.cell_uid: QLineEdit = self.f(QLineEdit, "cell_uid")
        self.fingerprint: QLineEdit = self.f(QLineEdit, "fingerprint")
        self.compared: QCheckBox = self.f(QCheckBox, "compared")
        self.match: QLabel = self.f(QLabel, "matchLabel")
        self._uids = {c.name: c.cell_uid for c in ctx.read(registry.expected_cells)}
        self.cell.addItems(list(self._uids))
        self.cell.setCurrentText("")
        self.cell.currentTextChanged.connect(self._cell_chosen)
        intro = self.f(QLabel, "introLabel")
        if pem is not None:
            self.setWindowTitle(self.tr("Tin cậy khóa từ tệp .pem"))
            intro.setText(self.tr("Dấu vân tay của khóa trong tệp:<br><b><tt>{fp}</tt></b><br>Ghi tên chi bộ và mã chi bộ như in trên "
                                  "phiếu đăng ký khóa có chữ ký của bí thư, rồi gõ dấu vân tay trên phiếu để chương trình so, "
                                  "hoặc tự so từng nhóm ký tự và đánh dấu ô bên dưới. Chỉ tin cậy khi khớp hoàn toàn.")
                          .format(fp=file_fingerprint))
            self.fingerprint.textChanged.connect(self._compare)
        else:
            self.setWindowTitle(self.tr("Tin cậy khóa theo dấu vân tay"))
            intro.setText(self.tr("Ghi tên chi bộ, mã chi bộ và dấu vân tay đúng như in trên phiếu đăng ký khóa có chữ ký của bí thư "
                                  "chi bộ. Tệp báo cáo đầu tiên của chi bộ mang theo khóa; chương trình chỉ nhận khi khóa khớp "
                                  "dấu vân tay này và mã chi bộ này."))
            self.compared.hide()
            self.match.hide()
        self.cell.setFocus()
        self.resize(640, 360)
        self.mark_clean()

    def _cell_chosen(self, name: str) -> None:
        known = self._uids.get(name.strip())
        if known and not self.cell_uid.text().strip():
            self.cell_uid.setText(known)

    def _compare(self, text: str) -> None:
        if not text.strip():
            self.match.clear()
            return
        try:
            same = normalise_fingerprint(text) == self.file_fingerprint
        except DomainError:
            self.match.setText(self.tr("Chưa đủ 64 ký tự 0–9, A–F."))
            self.match.setStyleSheet("color: #6d4c00;")
            return
        self.match.setText(self.tr("Khớp với khóa trong tệp.") if same else self.tr("KHÔNG khớp với khóa trong tệp: không tin cậy khóa này."))
        self.match.setStyleSheet("color: #1b5e20;" if same else "color: #b00020; font-weight: bold;")
        self.compared.setChecked(same)

    def accept(self) -> None:
        name, uid, typed = self.cell.currentText(), self.cell_uid.text().strip(), self.fingerprint.text().strip()
        if not name.strip():
            self.errors.show(ValidationError(QCoreApplication.translate("ReceivingDialogs", "Chưa nhập tên chi bộ của khóa."), hint=QCoreApplication.translate("ReceivingDialogs", "Ghi tên chi bộ như trên phiếu đăng ký khóa."),
                                             field="cell"))
            return
        if not uid:
            self.errors.show(ValidationError(QCoreApplication.translate("ReceivingDialogs", "Chưa nhập mã chi bộ."), hint=QCoreApplication.translate("ReceivingDialogs", "Phiếu đăng ký khóa in “Mã chi bộ” ngay dưới tên chi bộ."),
                                             field="cell_uid"))
            return
        if self.pem is None:
            self.submit(Changes.RECEIVING, partial(registry.trust_fingerprint, cell_name=name, cell_uid=uid), typed)
            return
        if not typed and not self.compared.isChecked():
            self.errors.show(ValidationError(QCoreApplication.translate("ReceivingDialogs", "Chưa so dấu vân tay với phiếu."),
                                             hint=QCoreApplication.translate("ReceivingDialogs", "Gõ dấu vân tay trên phiếu, hoặc so từng nhóm ký tự rồi đánh dấu ô này."),
                                             field="compared"))
            return
        self.submit(Changes.RECEIVING, partial(registry.trust_key_pem, cell_name=name, cell_uid=uid,
                                               expected_fingerprint=typed or None), self.pem)


class RevokeKeyDialog(_FormDialog):
    """Revoke a trusted key from a day, after a confirmation that says what it does."""

    def __init__(self, ctx, key_id: int, *, fingerprint: str, cell_name: str, parent=None, today: dt.date | None = None) -> None:
        super().__init__(ctx, "revoke_key_dialog", parent)
        self.key_id, self.cell_name = key_id, cell_name
        self.withdrawn: list = []
        self.today = today or dt.date.today()
        self.from_day: DateField = self.f(DateField, "from_day")
        self.reason: QLineEdit = self.f(QLineEdit, "reason")
        setup_date(self.from_day, self.today)
        self.setWindowTitle(self.tr("Thu hồi khóa"))
        groups = fingerprint.split()  # eight groups a line, as the slip prints them
        self.f(QLabel, "introLabel").setText(self.tr("Khóa của <b>{cell}</b>, dấu vân tay:<br><tt>{fp}</tt>").format(
            cell=cell_name, fp=" ".join(groups[:8]) + "<br>" + " ".join(groups[8:])))
        self.f(QLabel, "explainLabel").setText(self.tr(
            "Dùng khi máy của chi bộ bị mất, bị lấy cắp hoặc khóa bị lộ. Chọn ngày cuối cùng chắc chắn máy còn trong tay chi bộ, "
            "hoặc sớm hơn. Tệp ký bằng khóa này từ ngày đó trở đi sẽ bị từ chối; các bản đã nhận ký từ ngày đó bị rút (vẫn giữ "
            "để đối chiếu, không dùng để tổng hợp). Các bản ký trước ngày đó vẫn giữ. Sau này chỉ lùi được ngày thu hồi về trước. "
            "Chi bộ lập khóa mới trên máy mới và gửi phiếu đăng ký khóa mới."))
        self.from_day.setFocus()
        self.resize(600, 320)
        self.mark_clean()

    def accept(self) -> None:
        try:
            day = get_date(self.from_day)
        except DomainError as exc:
            self.errors.show(exc)
            return
        if day is None:
            self.errors.show(ValidationError(QCoreApplication.translate("ReceivingDialogs", "Chưa nhập ngày thu hồi khóa."), field="from_day"))
            return
        if not confirm(self, self.tr("Thu hồi khóa"),
                       self.tr("Thu hồi khóa của {cell} từ ngày {day}?\n\nTệp ký bằng khóa này từ ngày {day} trở đi sẽ bị từ chối, "
                               "kể cả các bản đã nhận (được rút, vẫn giữ lại); các bản ký trước ngày đó vẫn giữ. "
                               "Không dời ngày thu hồi về sau được.").format(cell=self.cell_name, day=fmt_date(day)),
                       self.tr("Thu hồi khóa")):
            return
        self.submit(Changes.RECEIVING, partial(registry.revoke_key, from_day=day, reason=self.reason.text(), today=self.today),
                    self.key_id)

    def written(self, result) -> None:
        self.withdrawn = list(result or [])


class FirstPeriodDialog(_FormDialog):
    """The period a cell must report from: nothing before it is due or overdue."""

    def __init__(self, ctx, cell_id: int, *, cell_name: str, current: Period | None, source: str, parent=None) -> None:
        super().__init__(ctx, "first_period_dialog", parent)
        self.cell_id = cell_id
        self.year: QSpinBox = self.f(QSpinBox, "year")
        self.quarter: QComboBox = self.f(QComboBox, "quarter")
        self.from_first: QRadioButton = self.f(QRadioButton, "from_first_report")
        self.from_period: QRadioButton = self.f(QRadioButton, "from_period")
        fill_period_choices(self.quarter)
        shown = current or Period(dt.date.today().year, None)
        self.year.setValue(shown.year)
        self.quarter.setCurrentIndex(self.quarter.findData(shown.quarter))
        set_by_hand = source == "set"
        (self.from_period if set_by_hand else self.from_first).setChecked(True)
        for widget in (self.year, self.quarter):
            widget.setEnabled(set_by_hand)
        self.from_period.toggled.connect(lambda on: (self.year.setEnabled(on), self.quarter.setEnabled(on)))
        self.setWindowTitle(self.tr("Kỳ bắt đầu phải nộp"))
        self.f(QLabel, "introLabel").setText(self.tr("<b>{cell}</b> phải nộp báo cáo từ kỳ nào?").format(cell=cell_name))
        now = period_text(current) if current else "—"
        self.f(QLabel, "explainLabel").setText(self.tr(
            "Hiện nay: từ {now}. Các kỳ trước kỳ bắt đầu không bao giờ bị tính là quá hạn (ví dụ chi bộ mới thành lập, hoặc mới "
            "dùng chương trình từ năm nay).").format(now=now))
        self.resize(520, 300)
        self.mark_clean()

    def accept(self) -> None:
        period = Period(self.year.value(), self.quarter.currentData()) if self.from_period.isChecked() else None
        self.submit(Changes.RECEIVING, registry.set_first_period, self.cell_id, period)
