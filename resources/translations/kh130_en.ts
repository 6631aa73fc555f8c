<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <source>Không mở được kho dữ liệu</source>
        <comment>app</comment>
        <translation type="vanished">Could not open the data store</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/common.py" line="+61"/>
        <source>năm {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quý {q}/{year}</source>
        <translation>quarter {q} of {year}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chưa lưu thay đổi</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} có thay đổi chưa lưu. Lưu trước khi rời đi?</source>
        <translation>{what} has unsaved changes. Save before leaving?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../kh130_desktop/ui/recovery.py" line="+72"/>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu vẫn an toàn.</source>
        <translation>An unexpected error occurred. Data already saved is safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết đã được ghi vào tệp nhật ký.</source>
        <translation>The details have been written to the log file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/printing.py" line="+69"/>
        <source>Không mở được văn bản để xem trước.</source>
        <comment>DocumentPreview</comment>
        <translation>Could not open the document for preview.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thử tạo lại văn bản; nếu lỗi lặp lại, lưu PDF và mở bằng chương trình khác.</source>
        <comment>DocumentPreview</comment>
        <translation>Try creating the document again; if the error comes back, save the PDF and open it with another program.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Không bắt đầu in được.</source>
        <comment>DocumentPreview</comment>
        <translation>Could not start printing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra máy in đã bật và được chọn đúng.</source>
        <comment>DocumentPreview</comment>
        <translation>Check that the printer is switched on and correctly selected.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Máy in “{name}”</source>
        <comment>DocumentPreview</comment>
        <translation>The printer “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy in này</source>
        <comment>DocumentPreview</comment>
        <translation>This printer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{printer} không nhận khổ giấy {paper} ({width} × {height} mm): văn bản vẫn in đúng cỡ 100% từ góc trên bên trái tờ giấy, nên có thể thiếu phần cuối trang.</source>
        <comment>DocumentPreview</comment>
        <translation>{printer} does not take {paper} paper ({width} × {height} mm): the document still prints at 100% from the top left corner of the sheet, so the bottom of each page may be missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trên</source>
        <comment>DocumentPreview</comment>
        <translation>top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dưới</source>
        <comment>DocumentPreview</comment>
        <translation>bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trái</source>
        <comment>DocumentPreview</comment>
        <translation>left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phải</source>
        <comment>DocumentPreview</comment>
        <translation>right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mép {side}: máy chừa {printer} mm, chữ của văn bản cách mép {document} mm</source>
        <comment>DocumentPreview</comment>
        <translation>{side} edge: the printer leaves {printer} mm, the document&apos;s text is {document} mm from the edge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{printer} không in được sát mép giấy ({sides}): phần văn bản nằm sát mép đó sẽ không in ra. Văn bản vẫn in đúng cỡ 100%.</source>
        <comment>DocumentPreview</comment>
        <translation>{printer} cannot print this close to the edge of the paper ({sides}): the part of the document that close to that edge will not print. The document still prints at 100%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu ý: {note}</source>
        <comment>DocumentPreview</comment>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Đang tạo văn bản…</source>
        <comment>DocumentPreview</comment>
        <translation>Making the document…</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/recovery.py" line="-5"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Việc vừa làm có thể chưa được lưu; hãy kiểm tra rồi làm lại. Chi tiết đã được ghi vào tệp nhật ký: {log}</source>
        <translation>What you just did may not have been saved; check, then do it again. The details have been written to the log file: {log}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiếp tục làm việc</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đang sao lưu tự động…</source>
        <translation>Making the automatic backup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa sao lưu tự động được</source>
        <translation>The automatic backup could not be made</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kho dữ liệu bị hỏng</source>
        <translation>The data store is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu bị hỏng nên chương trình không mở nó, để không ghi đè lên dữ liệu còn lại.</source>
        <translation>The data store is damaged, so the program does not open it, so as not to overwrite the data that remains.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguyên nhân: {reason}.
Tệp: {path}</source>
        <translation>Cause: {reason}.
File: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản sao lưu tốt gần nhất: {when}, {cell}, {members} đảng viên. Khôi phục nó? Tệp bị hỏng được giữ lại trong thư mục sao lưu.</source>
        <translation>Newest good backup: {when}, {cell}, members: {members}. Restore it? The damaged file is kept in the backup folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>chưa có chi bộ</source>
        <translation>no cell yet</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the newest backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không tìm thấy bản sao lưu tốt trong thư mục dữ liệu. Nếu có bản sao lưu trên USB, hãy chọn tệp đó.</source>
        <translation>No good backup was found in the data folder. If you have a backup on a USB stick, choose that file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn tệp sao lưu…</source>
        <translation>Choose a backup file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+12"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+76"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring the data…</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+75"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Không ghi được vào kho dữ liệu</source>
        <translation>Cannot write to the data store</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có thể mở để xem (chỉ đọc): không sửa, không thêm được gì cho đến khi mở lại.</source>
        <translation>It can be opened to look at (read-only): nothing can be changed or added until it is opened again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở chỉ để đọc</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không mở được kho dữ liệu</source>
        <translation>Could not open the data store</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn thư mục hoặc USB để ghi bản sao lưu</source>
        <translation>Choose a folder or USB stick for the backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã ghi bản sao lưu vào:
{path}</source>
        <translation>The backup was written to:
{path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã khôi phục dữ liệu từ {name}. Dữ liệu trước đó đã được sao lưu vào thư mục sao lưu.</source>
        <translation>The data was restored from {name}. The previous data was backed up to the backup folder.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn tệp sao lưu để khôi phục</source>
        <translation>Choose the backup file to restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản sao lưu KH130 (*.sqlite3 *.sqlite *.db);;Mọi tệp (*)</source>
        <translation>KH130 backups (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không dùng được tệp này</source>
        <translation>This file cannot be used</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu này?

Tệp: {name}
Ngày sao lưu: {when}
Chi bộ: {cell}
Số đảng viên: {members}; số buổi sinh hoạt: {sessions}

Dữ liệu hiện tại sẽ được sao lưu trước khi bị thay.</source>
        <translation>Replace all the current data with this backup?

File: {name}
Backed up on: {when}
Cell: {cell}
Members: {members}; sessions: {sessions}

The current data will be backed up before it is replaced.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation type="obsolete">Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation type="obsolete">Result</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation type="obsolete">Valid</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="obsolete">Items</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/__init__.py" line="+140"/>
        <source>Bỏ những gì đã nhập?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Những gì đã nhập chưa được lưu và sẽ mất.</source>
        <translation>What you typed has not been saved and will be lost.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ những gì đã nhập</source>
        <translation>Discard what I typed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi bí thư chi bộ</source>
        <translation>Change the cell&apos;s secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi đồng chí này làm bí thư thì bí thư hiện nay thôi chức (chuyển làm đảng viên, ghi vào lịch sử). Tiếp tục?</source>
        <translation>Making this comrade secretary ends the current secretary&apos;s term (they become a member; recorded in the history). Continue?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi bí thư</source>
        <translation>Change secretary</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Triệu tập: &lt;b&gt;{summoned}&lt;/b&gt; (chính thức {so}, dự bị {sp}) · Có mặt: &lt;b&gt;{present}&lt;/b&gt; (chính thức {po}, dự bị {pp}; đi muộn {late}) · Vắng có lý do: &lt;b&gt;{ae}&lt;/b&gt; · Vắng không lý do: &lt;b&gt;{au}&lt;/b&gt; · Chưa điểm danh: {unmarked} · Tỉ lệ: &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation type="vanished">Summoned: &lt;b&gt;{summoned}&lt;/b&gt; (official {so}, probationary {sp}) · Present: &lt;b&gt;{present}&lt;/b&gt; (official {po}, probationary {pp}; late {late}) · Absent with reason: &lt;b&gt;{ae}&lt;/b&gt; · Absent without reason: &lt;b&gt;{au}&lt;/b&gt; · Not marked: {unmarked} · Rate: &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/attendance_grid.py" line="+39"/>
        <source>Triệu tập: &lt;b&gt;{summoned}&lt;/b&gt; (chính thức {so}, dự bị {sp}) · Có mặt: &lt;b&gt;{present}&lt;/b&gt; (chính thức {po}, dự bị {pp}; đi muộn {late}) · Vắng có lý do: &lt;b&gt;{ae}&lt;/b&gt; · Vắng không lý do: &lt;b&gt;{au}&lt;/b&gt; · Chưa điểm danh: {unmarked} · Tỷ lệ: &lt;b&gt;{rate}&lt;/b&gt;</source>
        <translation>Summoned: &lt;b&gt;{summoned}&lt;/b&gt; (official {so}, probationary {sp}) · Present: &lt;b&gt;{present}&lt;/b&gt; (official {po}, probationary {pp}; late {late}) · Absent with reason: &lt;b&gt;{ae}&lt;/b&gt; · Absent without reason: &lt;b&gt;{au}&lt;/b&gt; · Not marked: {unmarked} · Rate: &lt;b&gt;{rate}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Tất cả có mặt</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh dấu có mặt cho mọi người chưa điểm danh, rồi sửa từng trường hợp vắng</source>
        <translation>Mark everyone not yet marked as present, then correct each absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phím tắt trên dòng đang chọn: &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;C&lt;/b&gt; có mặt · &lt;b&gt;M&lt;/b&gt; đi muộn · &lt;b&gt;L&lt;/b&gt; vắng có lý do · &lt;b&gt;K&lt;/b&gt; vắng không lý do; hoặc bấm vào ô.</source>
        <translation>Keys on the selected row: &lt;b&gt;P&lt;/b&gt;/&lt;b&gt;C&lt;/b&gt; present · &lt;b&gt;M&lt;/b&gt; late · &lt;b&gt;L&lt;/b&gt; absent with reason · &lt;b&gt;K&lt;/b&gt; absent without reason; or click a cell.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đảng viên không thuộc diện triệu tập (không tính vắng):</source>
        <translation>Members not summoned (not counted as absent):</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/attendance_model.py" line="+47"/>
        <source>Chính thức</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Diện</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đi muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vắng có lý do</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng không lý do</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>(cần ghi lý do)</source>
        <translation>(reason needed)</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Trạng thái (không điểm danh)</source>
        <translation>Status (not marked)</translation>
    </message>
</context>
<context>
    <name>CellFormPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/wizard.py" line="+85"/>
        <source>Hồ sơ chi bộ</source>
        <translation>Cell profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên chi bộ và cấp ủy cấp trên được in ở đầu mọi biên bản và báo cáo.</source>
        <translation>The cell name and the superior committees are printed at the top of every set of minutes and every report.</translation>
    </message>
</context>
<context>
    <name>CellPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/cell_page.py" line="+97"/>
        <source>Chưa ghi khóa của cấp ủy. Ghi dấu vân tay in trên phiếu khóa cấp ủy gửi xuống, rồi nhập tệp kế hoạch năm của cấp ủy.</source>
        <translation>The committee&apos;s key is not recorded. Enter the fingerprint printed on the committee&apos;s key slip, then import the committee&apos;s plan file for the year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khóa của {name} (ghi ngày {day}):
{fp}</source>
        <translation>Key of {name} (recorded {day}):
{fp}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp kế hoạch đang chờ ghi khóa ({n}): {name}, dấu vân tay
{fp}</source>
        <translation>Plan files waiting for the key to be recorded ({n}): {name}, fingerprint
{fp}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mã cài đặt: {id}</source>
        <translation>Installation ID: {id}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phiếu đăng ký khóa ký báo cáo</source>
        <translation>Report signing key registration slip</translation>
    </message>
    <message>
        <source>Phiếu đăng ký khóa</source>
        <translation type="vanished">Key registration slip</translation>
    </message>
    <message>
        <source>Bản này chưa có chức năng xem trước khi in. Dùng lệnh: kh130 pdf keyslip -o phieu-khoa.pdf</source>
        <translation type="vanished">This version cannot preview this yet. Use the command: kh130 pdf keyslip -o key-slip.pdf</translation>
    </message>
    <message>
        <location filename="../../forms/cell_page.ui" line="+14"/>
        <location line="+6"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hồ sơ chi bộ</source>
        <translation>Cell profile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tên chi bộ:</source>
        <translation>Cell name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Chi bộ thôn Nà Lữ</source>
        <translation>For example: Chi bộ thôn Nà Lữ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loại hình:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cấp ủy cấp trên
(mỗi cấp một dòng,
cấp cao nhất ở trên):</source>
        <translation>Superior committees
(one per line,
highest first):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ĐẢNG BỘ TỈNH CAO BẰNG
ĐẢNG ỦY XÃ HÒA AN</source>
        <translation>ĐẢNG BỘ TỈNH CAO BẰNG
ĐẢNG ỦY XÃ HÒA AN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nơi nhận báo cáo:</source>
        <translation>Reports go to:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Đảng ủy xã Hòa An</source>
        <translation>For example: Đảng ủy xã Hòa An</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place name for dates:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>Ví dụ: Hòa An</source>
        <translation>For example: Hòa An</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Xã, phường:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu hồ sơ (Ctrl+S)</source>
        <translation>Save profile (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Khóa ký báo cáo của máy này</source>
        <translation>This computer&apos;s report signing key</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mỗi tệp báo cáo gửi cấp trên được ký bằng khóa này. In phiếu đăng ký khóa, ký tên và nộp cho cấp ủy cấp trên để họ đối chiếu dấu vân tay.</source>
        <translation>Every report file sent upward is signed with this key. Print the key registration slip, sign it and hand it to the superior committee so that they can check the fingerprint.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dấu vân tay khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In phiếu đăng ký khóa…</source>
        <translation>Print the key registration slip…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Khóa và kế hoạch của cấp ủy cấp trên</source>
        <translation>The superior committee&apos;s key and plan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ghi khóa của cấp ủy…</source>
        <translation>Record the committee&apos;s key…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhập tệp kế hoạch…</source>
        <translation>Import a plan file…</translation>
    </message>
</context>
<context>
    <name>CollectivePledgeDialogForm</name>
    <message>
        <location filename="../../forms/collective_pledge_dialog.ui" line="+9"/>
        <source>&amp;Vấn đề chi bộ đăng ký giải quyết:</source>
        <translation>&amp;Problem the cell pledges to resolve:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Giải pháp:</source>
        <translation>&amp;Solution:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chỉ tiêu:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kết quả:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh giá &amp;mức độ:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommitteeKeyDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/committee_key_dialog.py" line="+16"/>
        <source>Khóa của cấp ủy cấp trên</source>
        <translation>The superior committee&apos;s key</translation>
    </message>
    <message>
        <location filename="../../forms/committee_key_dialog.ui" line="+7"/>
        <source>Cấp ủy cấp trên gửi phiếu khóa có dấu vân tay khóa ký của cấp ủy. Ghi đúng dấu vân tay đó: chương trình chỉ nhận tệp kế hoạch và giấy báo được ký bằng khóa này.</source>
        <translation>The superior committee sends a key slip with the fingerprint of its signing key. Enter that fingerprint exactly: the program accepts only plan files and receipts signed with this key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cấp ủy:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ví dụ: Đảng ủy xã Hòa An</source>
        <translation>e.g. Đảng ủy xã Hòa An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dấu vân tay:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 ký tự 0–9, A–F, như in trên phiếu khóa</source>
        <translation>64 characters 0–9, A–F, as printed on the key slip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ghi khóa</source>
        <translation>&amp;Record key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../kh130_desktop/ui/wizard.py" line="+82"/>
        <source>Cấp ủy cấp trên (không bắt buộc)</source>
        <translation>Superior committee (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa của cấp ủy và tệp kế hoạch năm cấp ủy gửi xuống.</source>
        <translation>The committee&apos;s key and the year&apos;s plan file it sends down.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn tệp kế hoạch của cấp ủy</source>
        <translation>Choose the committee&apos;s plan file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp KH130 (*.kh130)</source>
        <translation>KH130 files (*.kh130)</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year} của {committee}, lần {revision}: {topic}</source>
        <translation type="vanished">Plan {year} of {committee}, revision {revision}: {topic}</translation>
    </message>
    <message>
        <source>{m} tài liệu, {q} chủ đề theo quý, {k} mốc kế hoạch.</source>
        <translation type="vanished">{m} materials, {q} quarter topics, {k} milestones.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dấu vân tay khóa ký tệp: {fp}</source>
        <translation>Fingerprint of the key that signed the file: {fp}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không khớp với dấu vân tay đã ghi ở trên.</source>
        <translation>Does not match the fingerprint entered above.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../kh130_desktop/ui/widgets/date_field.py" line="+136"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn ngày trên lịch (F4)</source>
        <translation>Pick the date on a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../kh130_desktop/ui/printing.py" line="-104"/>
        <source>{n} trang</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In văn bản</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lưu văn bản thành tệp PDF</source>
        <translation>Save the document as a PDF file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã lưu tệp PDF: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/export_dialog.py" line="+26"/>
        <source>Xuất tệp báo cáo</source>
        <translation>Export report file</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation type="vanished">Whole year</translation>
    </message>
    <message>
        <source>Quý {q}</source>
        <translation type="vanished">Quarter {q}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cấp ủy đã trả lại báo cáo {p} để sửa: {reason}. Sửa sổ sách theo yêu cầu rồi xuất lại tệp.</source>
        <translation>The committee returned the report of {p} for correction: {reason}. Correct the records as asked, then export the file again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cấp ủy đã trả lại báo cáo {p} để sửa.</source>
        <translation>The committee returned the report of {p} for correction.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn ổ USB hoặc thư mục lưu tệp báo cáo</source>
        <translation>Choose the USB stick or folder to save the report file in</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa chọn thư mục lưu tệp (hoặc thư mục không còn).</source>
        <translation>No folder chosen to save the file in (or the folder no longer exists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cắm USB rồi bấm “Chọn…”.</source>
        <translation>Plug in the USB stick, then click “Choose…”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang ký và ghi tệp…</source>
        <translation>Signing and writing the file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang xuất tệp báo cáo…</source>
        <translation>Exporting the report file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bản mới, số thứ tự {n}</source>
        <translation>new version, sequence number {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dữ liệu không đổi từ lần xuất trước: tệp giống hệt, số thứ tự {n}</source>
        <translation>data unchanged since the last export: the same file, sequence number {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu tệp &lt;b&gt;{name}&lt;/b&gt; ({state}).</source>
        <translation>Saved the file &lt;b&gt;{name}&lt;/b&gt; ({state}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay khóa ký (so với phiếu đăng ký khóa đã nộp cấp trên):</source>
        <translation>Fingerprint of the signing key (compare it with the key registration slip handed to the superior committee):</translation>
    </message>
</context>
<context>
    <name>ExportDialogForm</name>
    <message>
        <location filename="../../forms/export_dialog.ui" line="+8"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lưu vào thư mục:</source>
        <translation>Save &amp;in folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn ổ USB hoặc thư mục</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Xuất tệp</source>
        <translation>Export file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstPeriodDialog</name>
    <message>
        <source>Cả năm</source>
        <translation type="vanished">Whole year</translation>
    </message>
    <message>
        <source>Quý {q}</source>
        <translation type="vanished">Quarter {q}</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/receiving_dialogs.py" line="+178"/>
        <source>Kỳ bắt đầu phải nộp</source>
        <translation>First period to report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{cell}&lt;/b&gt; phải nộp báo cáo từ kỳ nào?</source>
        <translation>From which period must &lt;b&gt;{cell}&lt;/b&gt; report?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hiện nay: từ {now}. Các kỳ trước kỳ bắt đầu không bao giờ bị tính là quá hạn (ví dụ chi bộ mới thành lập, hoặc mới dùng chương trình từ năm nay).</source>
        <translation>Now: from {now}. Periods before the first period are never counted as overdue (for a cell founded recently, or using the program only since this year).</translation>
    </message>
</context>
<context>
    <name>FirstPeriodForm</name>
    <message>
        <location filename="../../forms/first_period_dialog.ui" line="+10"/>
        <source>Từ kỳ của &amp;báo cáo đầu tiên nhận được (mặc định)</source>
        <translation>From the period of the first &amp;report received (default)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ &amp;kỳ:</source>
        <translation>From &amp;period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../kh130_desktop/ui/wizard.py" line="+26"/>
        <source>KH130 — Lần mở đầu tiên</source>
        <translation>KH130 — First start</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mở chi bộ mẫu</source>
        <translation>Open the demo cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bắt đầu tiếp nhận</source>
        <translation>Start receiving</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang tạo chi bộ mẫu…</source>
        <translation>Creating the sample cell…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/guide.py" line="+27"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JoinedOnDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/session_roster.py" line="+61"/>
        <source>Sửa ngày vào chi bộ</source>
        <translation>Correct the joining date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày vào chi bộ của: {names}</source>
        <translation>Date joined the cell, for: {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày vào chi bộ:</source>
        <translation>Joined the cell on:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buổi sinh hoạt ngày {d} sẽ có các đồng chí này nếu ngày vào chi bộ không sau ngày đó.</source>
        <translation>The session of {d} will list these comrades if they joined the cell on or before that day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JoiningNote</name>
    <message>
        <location line="-36"/>
        <source>{n} đảng viên chưa vào chi bộ ngày này nên không có trong danh sách: {names} — &lt;a href=&apos;fix&apos;&gt;Sửa ngày vào chi bộ…&lt;/a&gt;</source>
        <translation>{n} members had not joined the cell on this day, so they are not listed: {names} — &lt;a href=&apos;fix&apos;&gt;Correct the joining date…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>MainArea</name>
    <message>
        <source>KH130</source>
        <translation type="vanished">KH130</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kh130_desktop/ui/main_window.py" line="+39"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi sinh hoạt</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký làm theo</source>
        <translation>Pledges</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Kế hoạch năm</source>
        <translation>Year plan</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếp nhận báo cáo</source>
        <translation>Receiving reports</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>{cell} — KH130</source>
        <translation>{cell} — KH130</translation>
    </message>
    <message>
        <source>KH130 — Sổ sinh hoạt chi bộ</source>
        <translation type="vanished">KH130 — Party cell record book</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>đang mở dữ liệu…</source>
        <translation>opening the records…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kho dữ liệu này chưa có chi bộ. Hãy mở chương trình với một thư mục dữ liệu của chi bộ, hoặc tạo chi bộ ở lần mở đầu tiên.</source>
        <translation>This data store has no cell yet. Open the program with a cell&apos;s data folder, or create the cell at the first start.</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="vanished">&amp;File</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation type="vanished">Back up to USB…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="vanished">Restore from a backup…</translation>
    </message>
    <message>
        <source>Xuất tệp báo cáo…</source>
        <translation type="vanished">Export report file…</translation>
    </message>
    <message>
        <source>Chế độ cấp ủy tiếp nhận báo cáo</source>
        <translation type="vanished">Receiving committee mode</translation>
    </message>
    <message>
        <source>Nhập, kiểm tra và tổng hợp tệp báo cáo của các chi bộ</source>
        <translation type="vanished">Import, check and consolidate the cells&apos; report files</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation type="vanished">Quit</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation type="vanished">&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="vanished">&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation type="vanished">About</translation>
    </message>
    <message>
        <source>Chưa có chức năng</source>
        <translation type="vanished">Not available yet</translation>
    </message>
    <message>
        <source>Bản chương trình này chưa có chức năng này.</source>
        <translation type="vanished">This version of the program does not have this function yet.</translation>
    </message>
    <message>
        <source>Đổi ngôn ngữ</source>
        <translation type="vanished">Change language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại chương trình. Mở lại ngay bây giờ?</source>
        <translation type="vanished">The new language takes effect when the program is reopened. Reopen it now?</translation>
    </message>
    <message>
        <source>Mở lại ngay</source>
        <translation type="vanished">Reopen now</translation>
    </message>
    <message>
        <source>KH130 Desktop {version}

Sổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU của Tỉnh ủy Cao Bằng: danh sách đảng viên, buổi học tập chuyên đề, điểm danh, biên bản, đăng ký làm theo, báo cáo.

Chạy hoàn toàn không cần mạng. Dữ liệu lưu tại: {folder}</source>
        <translation type="vanished">KH130 Desktop {version}

The Party cell record book for Plan 130-KH/TU of the Cao Bằng Provincial Party Committee: members, thematic study sessions, attendance, minutes, pledges, reports.

Works entirely without a network. Data is stored in: {folder}</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+162"/>
        <source>Chưa có hồ sơ chi bộ</source>
        <translation>No cell profile yet</translation>
    </message>
    <message>
        <location line="-270"/>
        <location line="+271"/>
        <source>Sổ sinh hoạt chi bộ — KH130</source>
        <translation>Cell record book — KH130</translation>
    </message>
    <message>
        <location line="-227"/>
        <location line="+215"/>
        <source>Dữ liệu: {folder}</source>
        <translation>Data: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp ủy tiếp nhận báo cáo</source>
        <translation>Receiving committee</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{cell} (chỉ đọc)</source>
        <translation>{cell} (read-only)</translation>
    </message>
    <message>
        <source>KH130 — {cell}</source>
        <translation type="vanished">KH130 — {cell}</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <location filename="../../kh130_desktop/ui/main_menus.py" line="+20"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu ra USB…</source>
        <translation>Back up to USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất tệp báo cáo…</source>
        <translation>Export report file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chế độ cấp ủy tiếp nhận báo cáo</source>
        <translation>Receiving committee mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập, kiểm tra và tổng hợp tệp báo cáo của các chi bộ</source>
        <translation>Import, check and consolidate the cells&apos; report files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Đổi ngôn ngữ</source>
        <translation>Change language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngôn ngữ mới có hiệu lực khi mở lại chương trình. Mở lại ngay bây giờ?</source>
        <translation>The new language takes effect when the program is reopened. Reopen it now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở lại ngay</source>
        <translation>Reopen now</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{language} (sau khi mở lại)</source>
        <translation>{language} (after restart)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>KH130 Desktop {version}

Sổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU của Tỉnh ủy Cao Bằng: danh sách đảng viên, buổi học tập chuyên đề, điểm danh, biên bản, đăng ký làm theo, báo cáo.

Chạy hoàn toàn không cần mạng. Dữ liệu lưu tại: {folder}</source>
        <translation>KH130 Desktop {version}

The Party cell record book for Plan 130-KH/TU of the Cao Bằng Provincial Party Committee: members, thematic study sessions, attendance, minutes, pledges, reports.

Works entirely without a network. Data is stored in: {folder}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/member_dialog.py" line="+50"/>
        <source>Thêm đảng viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sửa thông tin đảng viên</source>
        <translation>Edit member</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../forms/member_dialog.ui" line="+14"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Nông Văn Dũng</source>
        <translation>For example: Nông Văn Dũng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dân tộc:</source>
        <translation>Ethnic group:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Số thẻ đảng viên:</source>
        <translation>Party card number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: 42.012345</source>
        <translation>For example: 42.012345</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nghề nghiệp:</source>
        <translation>Occupation:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ngày vào Đảng:</source>
        <translation>Date admitted:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ngày chính thức:</source>
        <translation>Date made official:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chức vụ:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ngày vào chi bộ:</source>
        <translation>Joined the cell on:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ngày ghi theo ngày/tháng/năm. Để trống một ngày: chọn ô ngày rồi bấm phím Delete.</source>
        <translation>Dates are day/month/year. To leave a date empty: select the date box and press Delete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>color: #555;</source>
        <translation>color: #555;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/members_model.py" line="+12"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dân tộc</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số thẻ</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày vào Đảng</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày chính thức</source>
        <translation>Made official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Đã chuyển đi {date}: {reason}</source>
        <translation>Moved away {date}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Vắng không lý do {n} tháng năm {year} (tháng {months}): chi bộ xem xét xóa tên (Điều lệ, Điều 8)</source>
        <translation>⚠ Absent without reason in {n} months of {year} (months {months}): the cell considers removal (Statute, Art. 8)</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/members_page.py" line="+30"/>
        <location line="+1"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{n} đảng viên</source>
        <translation>Members: {n}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Xóa đảng viên</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa hẳn {name} khỏi danh sách? Chỉ dùng khi nhập nhầm; người chuyển đi thì dùng “Chuyển đi…”.</source>
        <translation>Delete {name} from the roster for good? Use this only for an entry made by mistake; for someone who moved away, use “Move away…”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/members_page.ui" line="+154"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../../forms/members_page.ui" line="-140"/>
        <location line="+8"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>font-size: 16pt; font-weight: bold;</source>
        <translation>font-size: 16pt; font-weight: bold;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tìm:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Tên hoặc số thẻ (gõ không dấu cũng được)</source>
        <translation type="vanished">Name or card number (accents optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên hoặc số thẻ, gõ không dấu được</source>
        <translation>Name or card number, accents optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chức vụ:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hiện cả người đã chuyển đi</source>
        <translation>Show members who moved away</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Thêm (Ctrl+N)</source>
        <translation>Add (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đổi trạng thái…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chuyển đi…</source>
        <translation>Move away…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nhập danh sách…</source>
        <translation>Import roster…</translation>
    </message>
</context>
<context>
    <name>MinutesLists</name>
    <message>
        <location filename="../../kh130_desktop/ui/session_minutes.py" line="+75"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ý kiến</source>
        <translation>Opinion</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../kh130_desktop/ui/operations.py" line="+166"/>
        <source>Đang lưu dữ liệu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/plan_editor.py" line="+75"/>
        <source>Tạo kế hoạch năm {year}</source>
        <translation>Make the {year} plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa kế hoạch năm {year}</source>
        <translation>Edit the {year} plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch năm {year}</source>
        <translation>Plan for {year}</translation>
    </message>
</context>
<context>
    <name>PlanEditorForm</name>
    <message>
        <location filename="../../forms/plan_editor.ui" line="+8"/>
        <source>Kế hoạch năm</source>
        <translation>Year&apos;s plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chủ đề (Chuyên đề) của năm:</source>
        <translation>The year&apos;s &amp;topic (Chuyên đề):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chủ đề như trong kế hoạch của cấp ủy</source>
        <translation>Write the topic as in the committee&apos;s plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tên ngắn:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Chuyên đề năm 2026: …</source>
        <translation>For example: Chuyên đề năm 2026: …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Số kế hoạch:</source>
        <translation>Plan &amp;number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: 130-KH/TU</source>
        <translation>For example: 130-KH/TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date issued:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>Issued &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Tỉnh ủy Cao Bằng</source>
        <translation>For example: Tỉnh ủy Cao Bằng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chủ đề theo quý</source>
        <translation>Quarter topics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chủ đề gợi ý thảo luận ở buổi sinh hoạt chuyên đề của mỗi quý (để trống quý không có):</source>
        <translation>The discussion topic suggested for each quarter&apos;s thematic session (leave a quarter without one empty):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quý I (&amp;1):</source>
        <translation>Quarter I (&amp;1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quý II (&amp;2):</source>
        <translation>Quarter II (&amp;2):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quý III (&amp;3):</source>
        <translation>Quarter III (&amp;3):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quý IV (&amp;4):</source>
        <translation>Quarter IV (&amp;4):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tài liệu</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tài liệu học tập của năm, theo thứ tự (biên bản buổi sinh hoạt chọn từ danh sách này):</source>
        <translation>The year&apos;s study materials, in order (a session&apos;s minutes choose from this list):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thêm tài liệu</source>
        <translation>&amp;Add material</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+22"/>
        <source>&amp;Xoá dòng chọn</source>
        <translation>&amp;Remove selected row</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+21"/>
        <location line="+22"/>
        <source>Lê&amp;n</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+21"/>
        <location line="+22"/>
        <source>Xuốn&amp;g</source>
        <translation>Dow&amp;n</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Tên tài liệu &amp;đang chọn:</source>
        <translation>Title of the &amp;selected material:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị …</source>
        <translation>For example: Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung làm theo</source>
        <translation>Pledge themes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nội dung làm theo mà mỗi bản đăng ký của đảng viên chọn theo:</source>
        <translation>The themes a member&apos;s pledge follows:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thêm nội dung</source>
        <translation>&amp;Add theme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tên nội &amp;dung:</source>
        <translation>Theme &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Tự học, tự rèn; nâng cao trình độ</source>
        <translation>For example: Tự học, tự rèn; nâng cao trình độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mã:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tự đặt theo tên nếu để trống</source>
        <translation>made from the title if left empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mốc kế hoạch</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các mốc phải xong trong năm; mốc nào tự tính được từ sổ sách thì chọn cách tính, còn lại đánh dấu bằng tay ở trang Kế hoạch năm:</source>
        <translation>What must be done in the year; for a milestone the records can tell, choose how, the others are ticked by hand on the Year&apos;s plan page:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thêm mốc</source>
        <translation>&amp;Add milestone</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Việc phải xong:</source>
        <translation>&amp;What must be done:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Quý II: sinh hoạt chuyên đề</source>
        <translation>For example: Quý II: sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hạn:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quý:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã xong &amp;khi:</source>
        <translation>Done &amp;when:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lưu kế hoạch</source>
        <translation>&amp;Save plan</translation>
    </message>
</context>
<context>
    <name>PlanEditorModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/plan_editor_model.py" line="+17"/>
        <source>Đánh dấu bằng tay</source>
        <translation>Ticked by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi đã tổ chức hội nghị học tập, quán triệt</source>
        <translation>When the study conference has been held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi đã sinh hoạt chuyên đề của quý</source>
        <translation>When the quarter&apos;s thematic session has been held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi đã sinh hoạt thường kỳ</source>
        <translation>When a regular meeting has been held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi mọi đảng viên đã đăng ký làm theo</source>
        <translation>When every member has pledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi mọi đảng viên đã được kiểm điểm</source>
        <translation>When every member has been reviewed</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Tài liệu học tập</source>
        <translation>Study material</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nội dung làm theo</source>
        <translation>Pledge themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Việc phải xong</source>
        <translation>What must be done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xong khi</source>
        <translation>Done when</translation>
    </message>
</context>
<context>
    <name>PlanFileDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/plan_file_dialog.py" line="+28"/>
        <source>Nhập tệp kế hoạch của cấp ủy</source>
        <translation>Import the committee&apos;s plan file</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chọn tệp kế hoạch của cấp ủy</source>
        <translation>Choose the committee&apos;s plan file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp KH130 (*.kh130)</source>
        <translation>KH130 files (*.kh130)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không nhập được tệp này.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tin cậy khóa này và nhập</source>
        <translation>&amp;Trust this key and import</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../forms/plan_file_dialog.ui" line="+26"/>
        <source>&amp;Nhập kế hoạch</source>
        <translation>&amp;Import plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tin cậy khóa của cấp ủy</source>
        <translation>Trust the committee&apos;s key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay của tệp:
{fp}

Chỉ tin cậy khi từng nhóm ký tự trùng khớp với phiếu khóa của cấp ủy. Tin cậy và nhập kế hoạch?</source>
        <translation>Fingerprint of the file:
{fp}

Trust it only if every group matches the committee&apos;s key slip. Trust and import the plan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tin cậy và nhập</source>
        <translation>Trust and import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã nhập kế hoạch năm {year} (lần {revision}) của {committee}.</source>
        <translation>Imported the {year} plan (revision {revision}) of {committee}.</translation>
    </message>
    <message>
        <location filename="../../forms/plan_file_dialog.ui" line="-17"/>
        <source>Tệp kế hoạch:</source>
        <translation>Plan file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn tệp kế hoạch năm (.kh130) cấp ủy gửi xuống: chương trình kiểm tra chữ ký rồi cho xem trước những gì tệp mang đến.</source>
        <translation>Choose the year&apos;s plan file (.kh130) the committee sent down: the program checks its signature, then shows what the file brings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cấp ủy &amp;trên phiếu:</source>
        <translation>Committee &amp;on the slip:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/plan_model.py" line="+19"/>
        <location line="+14"/>
        <source>Đã xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mốc kế hoạch</source>
        <translation>Plan milestone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>tự tính</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu khi đã làm xong</source>
        <translation>Tick when it is done</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Chưa có kế hoạch năm nào. Kế hoạch được nạp khi tạo chi bộ.</source>
        <translation type="vanished">There is no year plan yet. The plan is loaded when the cell is created.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year} chưa có kế hoạch.&lt;/b&gt; Kế hoạch mỗi năm do cấp ủy cấp trên ban hành. Phiên bản này chưa nạp được tệp kế hoạch cấp trên gửi xuống, cũng chưa soạn được kế hoạch mới từ kế hoạch năm trước: hai việc ấy sẽ có ở phiên bản sau. Trong khi chờ, vẫn ghi được các buổi sinh hoạt, điểm danh và đăng ký làm theo của năm.</source>
        <translation type="vanished">&lt;b&gt;{year} has no plan yet.&lt;/b&gt; Each year&apos;s plan is issued by the committee above. This version cannot yet load the plan file the committee sends, nor start a new plan from the previous year&apos;s: both come in a later version. Meanwhile the year&apos;s sessions, attendance and pledges can be recorded.</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/pages/plan_page.py" line="+108"/>
        <source>Các mốc của kế hoạch gửi xuống các chi bộ (mỗi chi bộ thấy mốc nào đã xong theo sổ sách của mình):</source>
        <translation>The milestones of the plan sent down to the cells (each cell sees which are done from its own records):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các mốc của kế hoạch (mốc không tự tính được thì đánh dấu ở cột “Đã xong”):</source>
        <translation>The plan&apos;s milestones (tick those the records cannot tell in the “Done” column):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Năm {year} chưa có kế hoạch.&lt;/b&gt; Kế hoạch mỗi năm do cấp ủy cấp trên ban hành. Bấm “Tạo kế hoạch năm {year}…” để chép kế hoạch năm trước sang (ngày được dời sang năm {year}), nạp tệp kế hoạch, hoặc ghi kế hoạch mới; rồi sửa cho đúng kế hoạch của cấp ủy. Trong khi chờ, vẫn ghi được các buổi sinh hoạt, điểm danh và đăng ký làm theo của năm.</source>
        <translation type="vanished">&lt;b&gt;{year} has no plan yet.&lt;/b&gt; Each year&apos;s plan is issued by the committee above. Press “Make the {year} plan…” to copy the previous year&apos;s plan (its dates moved to {year}), load a plan file, or write a new plan; then edit it to match the committee&apos;s plan. Meanwhile the year&apos;s sessions, attendance and pledges can still be recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Năm {year} chưa có kế hoạch.&lt;/b&gt; Bấm “Tạo kế hoạch năm {year}…” để chép kế hoạch năm trước sang (ngày được dời sang năm {year}), nạp tệp kế hoạch dạng JSON, hoặc ghi kế hoạch mới. Khi đã lưu, ghi tệp kế hoạch gửi các chi bộ ở trang “Tiếp nhận báo cáo”, thẻ “Gửi xuống”, nút “Ghi tệp kế hoạch năm…”.</source>
        <translation>&lt;b&gt;{year} has no plan yet.&lt;/b&gt; Press “Make the {year} plan…” to copy the year before (dates moved to {year}), load a plan JSON file, or write a new plan. Once it is saved, write the plan file for the cells on the “Receiving reports” page, tab “Send down”, button “Write the plan file…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Năm {year} chưa có kế hoạch.&lt;/b&gt; Kế hoạch mỗi năm do cấp ủy cấp trên ban hành. Nếu cấp ủy đã gửi tệp kế hoạch (tệp .kh130), nhập ở trang “Chi bộ”, khung “Khóa và kế hoạch của cấp ủy cấp trên”, nút “Nhập tệp kế hoạch…”. Nếu chưa có tệp, bấm “Tạo kế hoạch năm {year}…” để chép kế hoạch năm trước sang (ngày được dời sang năm {year}) hoặc ghi kế hoạch mới, rồi sửa cho đúng kế hoạch của cấp ủy. Trong khi chờ, vẫn ghi được các buổi sinh hoạt, điểm danh và đăng ký làm theo của năm.</source>
        <translation>&lt;b&gt;{year} has no plan yet.&lt;/b&gt; Each year&apos;s plan is issued by the superior committee. If the committee has sent its plan file (a .kh130 file), import it on the “Cell” page, box “The superior committee&apos;s key and plan”, button “Import a plan file…”. If there is no file yet, press “Make the {year} plan…” to copy the year before (dates moved to {year}) or write a new plan, then correct it to match the committee&apos;s plan. Meanwhile the year&apos;s sessions, attendance and pledges can still be recorded.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> — Kế hoạch số {n}</source>
        <translation> — Plan no. {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Chuyên đề năm {year}&lt;/b&gt;{number}: {topic}</source>
        <translation>&lt;b&gt;Theme for {year}&lt;/b&gt;{number}: {topic}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề gợi ý thảo luận theo quý</source>
        <translation>Suggested discussion topics by quarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tài liệu học tập</source>
        <translation>Study materials</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Tạo kế hoạch năm {year}…</source>
        <translation>&amp;Make the {year} plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sửa kế hoạch năm {year}…</source>
        <translation>&amp;Edit the {year} plan…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sửa kế hoạch…</source>
        <translation>&amp;Edit the plan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hoàn tác lần sửa vừa rồi</source>
        <translation>&amp;Undo the last edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Làm lại lần sửa vừa hoàn tác</source>
        <translation>&amp;Redo the edit just undone</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch năm {year} vừa được tạo. Hoàn tác thì bỏ kế hoạch năm đó (các buổi sinh hoạt, điểm danh và đăng ký làm theo vẫn giữ nguyên).</source>
        <translation>The {year} plan was just made. Undoing it removes that year&apos;s plan (sessions, attendance and pledges stay as they are).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ kế hoạch năm {year}</source>
        <translation>Remove the {year} plan</translation>
    </message>
</context>
<context>
    <name>PlanPageForm</name>
    <message>
        <location filename="../../forms/plan_page.ui" line="+6"/>
        <source>&lt;h2&gt;Lịch kế hoạch năm&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Year plan calendar&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hoàn tác lần sửa vừa rồi</source>
        <translation>&amp;Undo the last edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tạo kế hoạch năm…</source>
        <translation>&amp;Make a year&apos;s plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sửa kế hoạch…</source>
        <translation>&amp;Edit the plan…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Các mốc của kế hoạch (mốc không tự tính được thì đánh dấu ở cột “Đã xong”):</source>
        <translation>The plan’s milestones (tick the “Done” column for those that cannot be worked out automatically):</translation>
    </message>
</context>
<context>
    <name>PlanStartDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/plan_editor_start.py" line="+36"/>
        <location line="+21"/>
        <source>Tạo kế hoạch năm {year}</source>
        <translation>Make the {year} plan</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Bắt đầu kế hoạch năm {year} từ đâu? Chương trình mở trình soạn kế hoạch để xem và sửa; chưa ghi gì cho đến khi bấm “Lưu kế hoạch”.</source>
        <translation>Where does the {year} plan start from? The plan editor opens to check and edit it; nothing is written until you press “Save plan”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chép từ kế hoạch năm trước (chưa có kế hoạch năm nào trước năm {year})</source>
        <translation>Copy the previous year&apos;s plan (there is no plan before {year})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chép từ kế hoạch năm {previous} (mẫu đi kèm chương trình), dời ngày sang năm {year}</source>
        <translation>Copy the {previous} plan (the example that comes with the program), its dates moved to {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chép từ kế hoạch năm {previous}, dời ngày sang năm {year}</source>
        <translation>Copy the {previous} plan, its dates moved to {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp kế hoạch đã ký cấp ủy gửi xuống (.kh130) thì nhập ở trang “Chi bộ”, nút “Nhập tệp kế hoạch…”.</source>
        <translation>The committee&apos;s signed plan file (.kh130) is imported on the “Cell” page, button “Import a plan file…”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn tệp kế hoạch năm {year}</source>
        <translation>Choose the plan file for {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp kế hoạch (*.json);;Mọi tệp (*)</source>
        <translation>Plan files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PlanStartForm</name>
    <message>
        <location filename="../../forms/plan_editor_start.ui" line="+7"/>
        <source>Tạo kế hoạch năm</source>
        <translation>Make a year&apos;s plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chép từ kế hoạch năm trước</source>
        <translation>Copy the previous year&apos;s plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chép đủ chủ đề quý, tài liệu, nội dung làm theo và các mốc, dời ngày sang năm mới; rồi sửa lại cho đúng kế hoạch năm nay.</source>
        <translation>Copies the quarter topics, materials, pledge themes and milestones, dates moved to the new year; then edit it to match this year&apos;s plan.</translation>
    </message>
    <message>
        <source>Nạp từ tệp kế hoạch (.json)</source>
        <translation type="vanished">Load a plan file (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nạp từ tệp kế hoạch dạng JSON (.json)</source>
        <translation>Load a plan JSON file (.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp kế hoạch năm dạng JSON (như tệp kế hoạch năm 2022 đi kèm chương trình); tệp được kiểm tra trước khi mở.</source>
        <translation>A year&apos;s plan as a JSON file (like the 2022 plan that comes with the program); the file is checked before it opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch trống, tự ghi từ đầu</source>
        <translation>An empty plan, written from the start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tiếp tục…</source>
        <translation>&amp;Continue…</translation>
    </message>
</context>
<context>
    <name>PledgeDialogForm</name>
    <message>
        <location filename="../../forms/pledge_dialog.ui" line="+10"/>
        <source>&amp;Việc đăng ký làm theo:</source>
        <translation>&amp;Pledged action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Việc cụ thể, kiểm tra được. Ví dụ: Vận động 5 hộ làm nhà tiêu hợp vệ sinh</source>
        <translation>Something concrete and checkable. For example: persuade 5 households to build sanitary latrines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theo nội dung chuyên đề:</source>
        <translation>&amp;Topic theme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chỉ tiêu, kết quả cần đạt:</source>
        <translation>&amp;Target, result to reach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PledgeEditors</name>
    <message>
        <location filename="../../kh130_desktop/ui/pledge_editors.py" line="+109"/>
        <source>— chọn nội dung —</source>
        <translation>— choose a theme —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nội dung đăng ký</source>
        <translation>Pledge item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đảng viên &lt;b&gt;{name}&lt;/b&gt; — đăng ký làm theo năm {year}</source>
        <translation>Member &lt;b&gt;{name}&lt;/b&gt; — pledges for {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sửa nội dung đăng ký</source>
        <translation>Edit pledge item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm nội dung đăng ký làm theo</source>
        <translation>Add a pledge item</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ghi chép tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Việc đăng ký: &lt;i&gt;{text}&lt;/i&gt;</source>
        <translation>Pledged action: &lt;i&gt;{text}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi kết quả thực hiện trong quý</source>
        <translation>Record the quarter&apos;s results</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+25"/>
        <source>Kiểm điểm cuối năm</source>
        <translation>Year-end review</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Kiểm điểm việc làm theo năm {year} của đảng viên &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Review of the {year} pledges of member &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đăng ký của tập thể chi bộ</source>
        <translation>Cell&apos;s collective pledge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>— chưa đánh giá —</source>
        <translation>— not rated —</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đăng ký làm theo của tập thể chi bộ năm {year}</source>
        <translation>The cell&apos;s collective pledge for {year}</translation>
    </message>
</context>
<context>
    <name>PledgesModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/pledges_model.py" line="+16"/>
        <source>Xuất sắc</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nội dung</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã chuyển đi</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa kiểm điểm</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa đăng ký</source>
        <translation>No pledge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã chuyển đi {date}: không tính trong số đăng ký và kiểm điểm cuối năm của chi bộ.</source>
        <translation>Moved away on {date}: not counted in the cell&apos;s year-end pledges and reviews.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không còn sinh hoạt ở chi bộ cuối năm: không tính trong số đăng ký và kiểm điểm.</source>
        <translation>No longer summoned to the cell&apos;s meetings at year end: not counted in pledges and reviews.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Việc đăng ký làm theo</source>
        <translation>Pledged action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nội dung chuyên đề</source>
        <translation>Topic theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày ghi</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả thực hiện</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vấn đề đăng ký giải quyết</source>
        <translation>Problem pledged to solve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh giá</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>PledgesPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/pledges_page.py" line="+93"/>
        <source>Tất cả đảng viên</source>
        <translation>All members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa đăng ký</source>
        <translation>No pledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa kiểm điểm</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Đã đăng ký: {p}/{n} · Đã kiểm điểm: {r}/{n}</source>
        <translation>Pledged: {p}/{n} · Reviewed: {r}/{n}</translation>
    </message>
    <message>
        <source>không tính {k} đồng chí đã chuyển đi hoặc thôi sinh hoạt trong năm</source>
        <translation type="vanished">{k} who moved away or stopped attending during the year not counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{k} đã chuyển đi hoặc thôi sinh hoạt (không tính)</source>
        <translation>{k} moved away or stopped (not counted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tính trên {n} đảng viên sinh hoạt ở chi bộ cuối năm, như báo cáo. Người đã chuyển đi hoặc thôi sinh hoạt trong năm vẫn có tên trong danh sách (chữ xám) để xem lại việc đăng ký của họ.</source>
        <translation>Counted over the {n} members attending the cell at year end, as in the report. Members who moved away or stopped attending during the year stay in the list (in grey) so their pledges can still be seen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Chọn một đảng viên ở danh sách bên trái.</source>
        <translation>Choose a member in the list on the left.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — đăng ký làm theo năm {year}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — pledges for {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiểm điểm cuối năm: &lt;i&gt;chưa kiểm điểm&lt;/i&gt;</source>
        <translation>Year-end review: &lt;i&gt;not reviewed yet&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {s} điểm</source>
        <translation>, {s} points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · nêu gương điển hình</source>
        <translation> · held up as an example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm điểm cuối năm: &lt;b&gt;{level}&lt;/b&gt;{score}{star}</source>
        <translation>Year-end review: &lt;b&gt;{level}&lt;/b&gt;{score}{star}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Xóa nội dung đăng ký</source>
        <translation>Delete pledge item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa nội dung đăng ký này cùng các ghi chép tiến độ của nó?</source>
        <translation>Delete this pledge item together with its progress notes?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>Chức năng in chưa có trong bản cài đặt này.</source>
        <translation type="vanished">Printing is not available in this installation.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kế hoạch cá nhân năm {y} — {name}</source>
        <translation>Personal plan for {y} — {name}</translation>
    </message>
</context>
<context>
    <name>PledgesPageForm</name>
    <message>
        <location filename="../../forms/pledges_page.ui" line="+6"/>
        <source>&lt;h2&gt;Đăng ký làm theo&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pledges&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hiển thị:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thêm nội dung…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tiến độ quý…</source>
        <translation>Record quarterly progress…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiến độ thực hiện của nội dung đang chọn:</source>
        <translation>Progress of the selected item:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm điểm cuối năm…</source>
        <translation>Year-end review…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In kế hoạch cá nhân…</source>
        <translation>Print personal plan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đăng ký làm theo của tập thể chi bộ</source>
        <translation>The cell&apos;s collective pledge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Dòng</source>
        <translation type="vanished">Row</translation>
    </message>
    <message>
        <source>Kết quả kiểm tra</source>
        <translation type="vanished">Check result</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation type="vanished">Valid</translation>
    </message>
</context>
<context>
    <name>ProgressDialogForm</name>
    <message>
        <location filename="../../forms/progress_dialog.ui" line="+10"/>
        <source>&amp;Quý:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày ghi:</source>
        <translation>&amp;Recorded on:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kết quả thực hiện:</source>
        <translation>&amp;Result achieved:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivingDialogs</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/receiving_dialogs.py" line="-88"/>
        <source>Chưa nhập tên chi bộ của khóa.</source>
        <translation>The key&apos;s cell name is missing.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ghi tên chi bộ như trên phiếu đăng ký khóa.</source>
        <translation>Write the cell name as on the key registration slip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa nhập mã chi bộ.</source>
        <translation>The cell id is missing.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phiếu đăng ký khóa in “Mã chi bộ” ngay dưới tên chi bộ.</source>
        <translation>The key registration slip prints the “Cell id” right under the cell name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa so dấu vân tay với phiếu.</source>
        <translation>The fingerprint has not been compared with the slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gõ dấu vân tay trên phiếu, hoặc so từng nhóm ký tự rồi đánh dấu ô này.</source>
        <translation>Type the fingerprint from the slip, or compare it group by group and tick this box.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Chưa nhập ngày thu hồi khóa.</source>
        <translation>The revocation date is missing.</translation>
    </message>
</context>
<context>
    <name>ReceivingImport</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/receiving_import.py" line="+23"/>
        <source>Chọn tệp báo cáo</source>
        <translation>Choose report files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp báo cáo KH130 (*.kh130);;Mọi tệp (*)</source>
        <translation>KH130 report files (*.kh130);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn thư mục (ổ USB) chứa tệp báo cáo</source>
        <translation>Choose the folder (USB stick) holding the report files</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>không có tệp .kh130 nào</source>
        <translation>no .kh130 files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra trước (chưa ghi gì): {s}. Bấm “Nhập” để nhập.</source>
        <translation>Checked first (nothing written yet): {s}. Click “Import” to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nhập: {s}.</source>
        <translation>Imported: {s}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking files…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang nhập tệp báo cáo…</source>
        <translation>Importing report files…</translation>
    </message>
</context>
<context>
    <name>ReceivingModels</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/receiving_models.py" line="+20"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ muộn</source>
        <translation>✓ late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↩ trả lại để sửa</source>
        <translation>↩ returned for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ chưa nộp (quá hạn)</source>
        <translation>✗ not received (overdue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa đến hạn</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— không phải nộp</source>
        <translation>— not required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã nộp</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nộp muộn</source>
        <translation>Received late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lại để sửa</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn, chưa nộp</source>
        <translation>Overdue, not received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa đến hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <location line="+4"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày
nhận</source>
        <translation>Received
on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bản
lần</source>
        <translation>Revi-
sion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng
viên</source>
        <translation>Mem-
bers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buổi
sinh hoạt</source>
        <translation>Sessions
held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lượt
triệu tập</source>
        <translation>Times
summoned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lượt
có mặt</source>
        <translation>Times
present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ
dự</source>
        <translation>Atten-
dance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ĐV
đăng ký</source>
        <translation>Members
pledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ĐV được
đánh giá</source>
        <translation>Members
reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTXS</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTT</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HT</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KHT</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bản lần {n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Đã nhận {count} bản của kỳ này; bản đang dùng là bản lần {n}.</source>
        <translation>{count} revisions of this period received; the one in use is revision {n}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reported}/{cells} đã nộp</source>
        <translation>{reported}/{cells} received</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cộng các chi bộ đã nộp. Tỷ lệ dự = tổng lượt có mặt / tổng lượt triệu tập, không phải trung bình các tỷ lệ.</source>
        <translation>The reporting cells added up. Attendance = all times present / all times summoned, not an average of the cells&apos; rates.</translation>
    </message>
</context>
<context>
    <name>ReceivingOutgoing</name>
    <message>
        <source>Cả năm</source>
        <translation type="vanished">Whole year</translation>
    </message>
    <message>
        <source>Quý {q}</source>
        <translation type="vanished">Quarter {q}</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/pages/receiving_outgoing.py" line="+45"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bản</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận ngày</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trả lại để sửa</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>năm {y}: đã ban hành lần {n} ngày {d}</source>
        <translation>{y}: revision {n} issued on {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa ban hành tệp kế hoạch nào.</source>
        <translation>No plan file issued yet.</translation>
    </message>
    <message>
        <source>Chưa có kế hoạch năm nào để ghi.</source>
        <translation type="vanished">There is no year&apos;s plan to write.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chọn ổ USB hoặc thư mục lưu tệp kế hoạch</source>
        <translation>Choose the USB stick or folder for the plan file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lần ban hành mới</source>
        <translation>a new revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không đổi so với lần ghi trước</source>
        <translation>unchanged since it was last written</translation>
    </message>
    <message>
        <source>Đã ghi {name} (kế hoạch năm {y}, lần {n}, {state}). Dấu vân tay khóa ký: {fp}</source>
        <translation type="vanished">Wrote {name} (plan {y}, revision {n}, {state}). Signing key fingerprint: {fp}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Chưa có kế hoạch năm nào để ghi. Tạo kế hoạch ở trang “Kế hoạch năm”, nút “Tạo kế hoạch năm…”.</source>
        <translation>No year has a plan to write yet. Make one on the “Year plan” page, button “Make the … plan…”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã ghi {name} vào {folder} (kế hoạch năm {y}, lần {n}, {state}). Dấu vân tay khóa ký: {fp}. Chi bộ nhập tệp này ở trang “Chi bộ”, nút “Nhập tệp kế hoạch…”.</source>
        <translation>Wrote {name} to {folder} (plan for {y}, issue {n}, {state}). Signing key fingerprint: {fp}. The cells import this file on the “Cell” page, button “Import a plan file…”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang ghi tệp kế hoạch…</source>
        <translation>Writing the plan file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phiếu khóa ký của cấp ủy</source>
        <translation>The committee&apos;s key slip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn một chi bộ đã gửi báo cáo kỳ này.</source>
        <translation>Choose a cell that sent its report for this period.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn một báo cáo đang bị trả lại.</source>
        <translation>Choose a report that is returned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Bỏ trả lại</source>
        <translation>Undo return</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Bỏ dấu “trả lại để sửa” của {cell}? Lý do đã ghi sẽ bị xóa.</source>
        <translation>Remove the “returned for correction” mark of {cell}? The reason entered will be deleted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Danh sách ở trang Nhập tệp báo cáo mới là kiểm tra trước; bấm “Nhập” rồi ghi giấy báo.</source>
        <translation>The list on the import tab is only the check before import; press “Nhập”, then write the receipts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa nhập tệp nào trong lần mở chương trình này; chọn kỳ rồi “Ghi giấy báo của kỳ…”.</source>
        <translation>No file imported since the program was opened; choose a period, then “Write the period&apos;s receipts…”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa chi bộ nào gửi tệp {p}.</source>
        <translation>No cell has sent a file for {p} yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn ổ USB hoặc thư mục lưu giấy báo</source>
        <translation>Choose the USB stick or folder for the receipts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi {n} giấy báo vào {folder}: {names}</source>
        <translation>Wrote {n} receipts to {folder}: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang ghi giấy báo…</source>
        <translation>Writing receipts…</translation>
    </message>
    <message>
        <location filename="../../forms/receiving_outgoing.ui" line="+9"/>
        <source>Kế hoạch năm gửi các chi bộ</source>
        <translation>The year&apos;s plan for the cells</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nă&amp;m:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi tệp &amp;kế hoạch năm…</source>
        <translation>Write the &amp;plan file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;phiếu khóa của cấp ủy…</source>
        <translation>Print the committee&apos;s &amp;key slip…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giấy báo nhận và trả lại để sửa</source>
        <translation>Receipts and returns for correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kỳ:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Trả lại để sửa…</source>
        <translation>&amp;Return for correction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bỏ trả lại</source>
        <translation>&amp;Undo return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi giấy báo cho &amp;lần nhập vừa rồi…</source>
        <translation>Write receipts for the &amp;last import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi giấy báo của &amp;kỳ…</source>
        <translation>Write the peri&amp;od&apos;s receipts…</translation>
    </message>
</context>
<context>
    <name>ReceivingPage</name>
    <message>
        <source>✓</source>
        <translation type="vanished">✓</translation>
    </message>
    <message>
        <source>✓ muộn</source>
        <translation type="vanished">✓ late</translation>
    </message>
    <message>
        <source>✗ chưa nộp (quá hạn)</source>
        <translation type="vanished">✗ not received (overdue)</translation>
    </message>
    <message>
        <source>chưa đến hạn</source>
        <translation type="vanished">not yet due</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/pages/receiving_page.py" line="+68"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chi bộ</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Số</source>
        <translation type="vanished">No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số thứ tự của máy</source>
        <translation>Signing machine&apos;s number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản lần</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chi bộ</source>
        <translation>Cell ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa tin cậy (dấu vân tay)</source>
        <translation>Trusted keys (fingerprints)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phải nộp từ kỳ</source>
        <translation>Reports from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ ghi trong tệp</source>
        <translation>Cell named in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dấu vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation type="vanished">Whole year</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Gửi xuống</source>
        <translation>Send down</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hạn nộp: {days} ngày sau khi hết kỳ ({p}: hạn {d}). Ô vàng “nộp muộn”: bản đầu tiên nhận sau hạn. Ô đỏ “quá hạn”: đã qua hạn mà chưa nhận báo cáo. Ô tím “trả lại để sửa”: bản đang dùng đã bị trả lại (thẻ “Gửi xuống”), đến khi nhận bản sửa. Chi bộ chỉ phải nộp từ kỳ bắt đầu của mình (thẻ “Chi bộ và khóa tin cậy”; mặc định là kỳ của báo cáo đầu tiên); kỳ trước đó ghi “không phải nộp”. Di chuột lên ô để xem lý do.</source>
        <translation>Deadline: {days} days after the period ends ({p}: due {d}). Yellow “late”: the first revision arrived after the deadline. Red “overdue”: the deadline passed and nothing was received. Purple “returned for correction”: the revision in use was sent back (tab “Send down”), until the corrected one arrives. A cell reports only from its first period (tab “Cells and trusted keys”; by default the period of its first report); earlier periods say “not required”. Hover over a cell to see why.</translation>
    </message>
    <message>
        <source>Hạn nộp: {days} ngày sau khi hết kỳ ({p}: hạn {d}). Ô vàng “nộp muộn”: bản đầu tiên nhận sau hạn. Ô đỏ “quá hạn”: đã qua hạn mà chưa nhận báo cáo. Chi bộ chỉ phải nộp từ kỳ bắt đầu của mình (thẻ “Chi bộ và khóa tin cậy”; mặc định là kỳ của báo cáo đầu tiên); kỳ trước đó ghi “không phải nộp”. Di chuột lên ô để xem lý do.</source>
        <translation type="vanished">Deadline: {days} days after the period ends ({p}: due {d}). Yellow “late”: the first revision arrived after the deadline. Red “overdue”: the deadline passed and nothing was received. A cell reports only from its first period (tab “Cells and trusted keys”; by default the period of its first report); earlier periods say “not required”. Hover over a cell to see why.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Số liệu tổng hợp {p}&lt;/b&gt; (như báo cáo PDF và bảng Excel): {reported}/{cells} chi bộ đã nộp, {late} nộp muộn, {overdue} quá hạn.</source>
        <translation>&lt;b&gt;Consolidated figures, {p}&lt;/b&gt; (as in the PDF report and the spreadsheet): {reported}/{cells} cells reported, {late} late, {overdue} overdue.</translation>
    </message>
    <message>
        <source>(chưa nhận tệp nào)</source>
        <translation type="vanished">(no file received yet)</translation>
    </message>
    <message>
        <source>chưa có khóa</source>
        <translation type="vanished">no key yet</translation>
    </message>
    <message>
        <source>(chưa gắn chi bộ)</source>
        <translation type="vanished">(not linked to a cell)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Năm {y}</source>
        <translation>Year {y}</translation>
    </message>
    <message>
        <source>Hạn nộp: {days} ngày sau khi hết kỳ (kỳ {p}: hạn {d}). Ô đỏ: quá hạn chưa nộp; ô vàng: nộp muộn.</source>
        <translation type="vanished">Deadline: {days} days after the end of the period (for {p}: due {d}). Red: overdue, not received; yellow: received late.</translation>
    </message>
    <message>
        <source>Chọn tệp báo cáo</source>
        <translation type="vanished">Choose report files</translation>
    </message>
    <message>
        <source>Tệp báo cáo KH130 (*.kh130);;Mọi tệp (*)</source>
        <translation type="vanished">KH130 report files (*.kh130);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục (ổ USB) chứa tệp báo cáo</source>
        <translation type="vanished">Choose the folder (USB stick) holding the report files</translation>
    </message>
    <message>
        <source>không có tệp .kh130 nào</source>
        <translation type="vanished">no .kh130 files</translation>
    </message>
    <message>
        <source>Kiểm tra trước (chưa ghi gì): {s}. Bấm “Nhập” để nhập.</source>
        <translation type="vanished">Checked first (nothing written yet): {s}. Click “Import” to import.</translation>
    </message>
    <message>
        <source>Đã nhập: {s}.</source>
        <translation type="vanished">Imported: {s}.</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp…</source>
        <translation type="vanished">Checking files…</translation>
    </message>
    <message>
        <source>Đang nhập tệp báo cáo…</source>
        <translation type="vanished">Importing report files…</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Khóa của chi bộ nào?</source>
        <translation type="vanished">Which cell&apos;s key?</translation>
    </message>
    <message>
        <source>Tên chi bộ (chọn hoặc gõ tên mới):</source>
        <translation type="vanished">Cell name (choose one or type a new name):</translation>
    </message>
    <message>
        <source>Thêm chi bộ</source>
        <translation type="vanished">Add cell</translation>
    </message>
    <message>
        <source>Tên chi bộ phải nộp báo cáo:</source>
        <translation type="vanished">Name of the cell that must report:</translation>
    </message>
    <message>
        <source>Chọn tệp khóa công khai của chi bộ</source>
        <translation type="vanished">Choose the cell&apos;s public key file</translation>
    </message>
    <message>
        <source>Khóa công khai (*.pem);;Mọi tệp (*)</source>
        <translation type="vanished">Public keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>So dấu vân tay</source>
        <translation type="vanished">Compare fingerprints</translation>
    </message>
    <message>
        <source>Dấu vân tay của khóa trong tệp:

{fp}

So từng nhóm ký tự với phiếu đăng ký khóa có chữ ký của bí thư {cell}. Chỉ tin cậy khi khớp hoàn toàn.</source>
        <translation type="vanished">Fingerprint of the key in the file:

{fp}

Compare it group by group with the key registration slip signed by the secretary of {cell}. Trust it only if it matches exactly.</translation>
    </message>
    <message>
        <source>Khớp, tin cậy khóa</source>
        <translation type="vanished">It matches: trust the key</translation>
    </message>
    <message>
        <source>Tin cậy khóa theo dấu vân tay</source>
        <translation type="vanished">Trust a key by its fingerprint</translation>
    </message>
    <message>
        <source>Gõ dấu vân tay in trên phiếu đăng ký khóa (64 ký tự 0–9, A–F):</source>
        <translation type="vanished">Type the fingerprint printed on the key registration slip (64 characters 0–9, A–F):</translation>
    </message>
    <message>
        <source>Chưa chọn</source>
        <translation type="vanished">Nothing selected</translation>
    </message>
    <message>
        <source>Chọn một tệp trong danh sách trước.</source>
        <translation type="vanished">Select a file in the list first.</translation>
    </message>
    <message>
        <source>Phê duyệt khóa</source>
        <translation type="vanished">Approve key</translation>
    </message>
    <message>
        <source>Tệp “{file}” ghi là của {cell}, ký bằng khóa có dấu vân tay:

{fp}

So từng nhóm ký tự với phiếu đăng ký khóa có chữ ký của bí thư chi bộ. Chỉ phê duyệt khi khớp hoàn toàn.</source>
        <translation type="vanished">The file “{file}” says it is from {cell} and is signed with the key whose fingerprint is:

{fp}

Compare it group by group with the key registration slip signed by the cell secretary. Approve only if it matches exactly.</translation>
    </message>
    <message>
        <source>Khớp, phê duyệt và nhập</source>
        <translation type="vanished">It matches: approve and import</translation>
    </message>
    <message>
        <source>Bỏ tệp chờ</source>
        <translation type="vanished">Discard waiting file</translation>
    </message>
    <message>
        <source>Bỏ tệp này khỏi danh sách chờ? Tệp trên USB không bị xóa.</source>
        <translation type="vanished">Remove this file from the waiting list? The file on the USB stick is not deleted.</translation>
    </message>
    <message>
        <source>Bỏ tệp</source>
        <translation type="vanished">Discard file</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>Chức năng in chưa có trong bản cài đặt này.</source>
        <translation type="vanished">Printing is not available in this installation.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Báo cáo tổng hợp {p}</source>
        <translation>Consolidated report for {p}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu bảng tổng hợp</source>
        <translation>Save the consolidated table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang lưu bảng tổng hợp…</source>
        <translation>Saving the consolidated table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu {name}.</source>
        <translation>Saved {name}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chọn ổ USB hoặc thư mục lưu tệp gửi cấp trên</source>
        <translation>Choose the USB stick or folder for the file to send upward</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã xuất {name}; dấu vân tay khóa ký: {fp}</source>
        <translation>Exported {name}; signing key fingerprint: {fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất tệp lên cấp trên</source>
        <translation>Export file to the level above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu {name}.
Dấu vân tay khóa ký:
{fp}</source>
        <translation>Saved {name}.
Signing key fingerprint:
{fp}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang xuất tệp tổng hợp…</source>
        <translation>Exporting the consolidated file…</translation>
    </message>
</context>
<context>
    <name>ReceivingPageForm</name>
    <message>
        <location filename="../../forms/receiving_page.ui" line="+6"/>
        <source>&lt;h2&gt;Tiếp nhận báo cáo&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Receiving reports&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cấp ủy tiếp nhận:</source>
        <translation>&amp;Receiving committee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: ĐẢNG ỦY XÃ HÒA AN</source>
        <translation>For example: ĐẢNG ỦY XÃ HÒA AN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp trên, ví dụ: ĐẢNG BỘ TỈNH CAO BẰNG</source>
        <translation>Superior body, for example: ĐẢNG BỘ TỈNH CAO BẰNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh, ví dụ: Hòa An</source>
        <translation>Place name, for example: Hòa An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập tệp báo cáo</source>
        <translation>Import report files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa danh sách</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kéo thả tệp .kh130 hoặc cả thư mục (ổ USB) vào đây. Chương trình kiểm tra trước và cho biết từng tệp sẽ được xử lý thế nào; chỉ khi bấm “Nhập” mới ghi vào dữ liệu.</source>
        <translation>Drag .kh130 files or a whole folder (a USB stick) here. The program checks them first and tells you what will happen to each file; nothing is written until you press “Import”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chi bộ và khóa tin cậy</source>
        <translation>Cells and trusted keys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm chi bộ…</source>
        <translation>Add cell…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tin cậy khóa từ tệp .pem…</source>
        <translation>Trust a key from a .pem file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tin cậy khóa theo dấu vân tay…</source>
        <translation>Trust a key by its fingerprint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu hồi khóa…</source>
        <translation>Revoke key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỳ bắt đầu nộp…</source>
        <translation>First period…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Tệp chờ phê duyệt khóa&lt;/b&gt; — so dấu vân tay với phiếu đăng ký khóa có chữ ký của bí thư chi bộ trước khi phê duyệt.</source>
        <translation>&lt;b&gt;Files waiting for key approval&lt;/b&gt; — compare the fingerprint with the key registration slip signed by the cell secretary before approving.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phê duyệt khóa và nhập…</source>
        <translation>Approve the key and import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ tệp chờ…</source>
        <translation>Drop waiting file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kỳ tổng hợp:</source>
        <translation>Consolidation &amp;period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo tổng hợp (PDF)…</source>
        <translation>Consolidated report (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất tệp lên cấp trên…</source>
        <translation>Export file to the level above…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đối chiếu &amp;bản giấy:</source>
        <translation>Match a &amp;paper copy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gõ hoặc quét mã in dưới chữ ký, ví dụ KH130-4E6FBBD3-2022Q2-L2-659D32D9</source>
        <translation>Type or scan the code printed under the signature, e.g. KH130-4E6FBBD3-2022Q2-L2-659D32D9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối chiếu</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhật ký tiếp nhận</source>
        <translation>Receiving log</translation>
    </message>
</context>
<context>
    <name>ReceivingRegistry</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/receiving_registry.py" line="+36"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Khóa của chi bộ nào?</source>
        <translation type="vanished">Which cell&apos;s key?</translation>
    </message>
    <message>
        <source>Tên chi bộ (chọn hoặc gõ tên mới):</source>
        <translation type="vanished">Cell name (choose one or type a new name):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thêm chi bộ</source>
        <translation>Add cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên chi bộ phải nộp báo cáo:</source>
        <translation>Name of the cell that must report:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tệp khóa công khai của chi bộ</source>
        <translation>Choose the cell&apos;s public key file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa công khai (*.pem);;Mọi tệp (*)</source>
        <translation>Public keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <source>So dấu vân tay</source>
        <translation type="vanished">Compare fingerprints</translation>
    </message>
    <message>
        <source>Dấu vân tay của khóa trong tệp:

{fp}

So từng nhóm ký tự với phiếu đăng ký khóa có chữ ký của bí thư {cell}. Chỉ tin cậy khi khớp hoàn toàn.</source>
        <translation type="vanished">Fingerprint of the key in the file:

{fp}

Compare it group by group with the key registration slip signed by the secretary of {cell}. Trust it only if it matches exactly.</translation>
    </message>
    <message>
        <source>Khớp, tin cậy khóa</source>
        <translation type="vanished">It matches: trust the key</translation>
    </message>
    <message>
        <source>Tin cậy khóa theo dấu vân tay</source>
        <translation type="vanished">Trust a key by its fingerprint</translation>
    </message>
    <message>
        <source>Gõ dấu vân tay in trên phiếu đăng ký khóa (64 ký tự 0–9, A–F):</source>
        <translation type="vanished">Type the fingerprint printed on the key registration slip (64 characters 0–9, A–F):</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>đặt tay</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>báo cáo đầu tiên</source>
        <translation>first report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày thêm vào danh sách</source>
        <translation>day added to the list</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>chưa có khóa</source>
        <translation>no key yet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>(chưa gắn chi bộ)</source>
        <translation>(not linked to a cell)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thu hồi từ {day}</source>
        <translation>revoked from {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chờ phê duyệt: khóa ký tệp này chưa được tin cậy cho chi bộ nào. So dấu vân tay {fp} với phiếu đăng ký khóa của {cell} rồi phê duyệt, hoặc tin cậy khóa ở trên.</source>
        <translation>Awaiting approval: the key that signed this file is not trusted for any cell. Compare the fingerprint {fp} with {cell}&apos;s key registration slip, then approve, or trust the key above.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+27"/>
        <source>Chưa chọn</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Chọn một khóa trong danh sách trước.</source>
        <translation>Choose a key in the list first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một chi bộ trong danh sách trước.</source>
        <translation>Choose a cell in the list first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã thu hồi khóa</source>
        <translation>Key revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã rút {n} bản báo cáo ký bằng khóa này từ ngày thu hồi; bản trước đó của mỗi kỳ (nếu có) được dùng lại.</source>
        <translation>{n} revisions signed with this key from the revocation date were withdrawn; each period&apos;s earlier revision (if any) is used again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn một tệp trong danh sách trước.</source>
        <translation>Select a file in the list first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phê duyệt khóa</source>
        <translation>Approve key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp “{file}” ghi là của {cell}, ký bằng khóa có dấu vân tay:

{fp}

So từng nhóm ký tự với phiếu đăng ký khóa có chữ ký của bí thư chi bộ. Chỉ phê duyệt khi khớp hoàn toàn.</source>
        <translation>The file “{file}” says it is from {cell} and is signed with the key whose fingerprint is:

{fp}

Compare it group by group with the key registration slip signed by the cell secretary. Approve only if it matches exactly.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khớp, phê duyệt và nhập</source>
        <translation>It matches: approve and import</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bỏ tệp chờ</source>
        <translation>Discard waiting file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bỏ tệp này khỏi danh sách chờ? Tệp trên USB không bị xóa.</source>
        <translation>Remove this file from the waiting list? The file on the USB stick is not deleted.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bỏ tệp</source>
        <translation>Discard file</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/reports_page.py" line="+34"/>
        <source>Số buổi học tập, sinh hoạt</source>
        <translation>Study and meeting sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} (chuyên đề: {thematic})</source>
        <translation>{n} (thematic: {thematic})</translation>
    </message>
    <message>
        <source>Tỉ lệ đảng viên dự họp bình quân</source>
        <translation type="vanished">Average member attendance rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ đảng viên dự họp bình quân</source>
        <translation>Average member attendance rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi dưới 90 phút</source>
        <translation>Sessions under 90 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên thuộc diện triệu tập cuối kỳ</source>
        <translation>Members summoned at the end of the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên đã đăng ký làm theo</source>
        <translation>Members who made a pledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên đã kiểm điểm cuối năm</source>
        <translation>Members reviewed at year end</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đảng viên nêu gương điển hình</source>
        <translation>Members held up as examples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký làm theo của tập thể chi bộ</source>
        <translation>The cell&apos;s collective pledge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kỳ báo cáo: {p}</source>
        <translation>Reporting period: {p}</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation type="vanished">Whole year</translation>
    </message>
    <message>
        <source>Quý {q}</source>
        <translation type="vanished">Quarter {q}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cấp ủy báo</source>
        <translation>The committee says</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Chưa nhập giấy báo nào của cấp ủy.</source>
        <translation>No receipt from the committee imported yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn giấy báo của cấp ủy</source>
        <translation>Choose the committee&apos;s receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp KH130 (*.kh130)</source>
        <translation>KH130 files (*.kh130)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Giấy báo của cấp ủy</source>
        <translation>The committee&apos;s receipt</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>Chức năng in chưa có trong bản cài đặt này.</source>
        <translation type="vanished">Printing is not available in this installation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Báo cáo {p}</source>
        <translation>Report for {p}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phiếu đăng ký khóa</source>
        <translation>Key registration slip</translation>
    </message>
    <message>
        <source>Xuất tệp báo cáo</source>
        <translation type="vanished">Export report file</translation>
    </message>
    <message>
        <source>Chức năng xuất tệp báo cáo chưa có trong bản cài đặt này.</source>
        <translation type="vanished">Exporting report files is not available in this installation.</translation>
    </message>
</context>
<context>
    <name>ReportsPageForm</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="+6"/>
        <source>&lt;h2&gt;Báo cáo&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Reports&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kỳ báo cáo:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số liệu chính</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xem và in báo cáo…</source>
        <translation>View and print the report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In phiếu đăng ký khóa…</source>
        <translation>Print the key registration slip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất tệp báo cáo…</source>
        <translation>Export report file…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giấy báo của cấp ủy: tệp đã gửi ra sao</source>
        <translation>The committee&apos;s receipts: what became of the files sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp ủy gửi giấy báo (.kh130) cho biết từng tệp báo cáo đã nhận, bị từ chối hay trả lại để sửa.</source>
        <translation>The committee sends receipts (.kh130) saying whether each report file was received, refused or returned for correction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập &amp;giấy báo…</source>
        <translation>Import a &amp;receipt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp báo cáo (.kh130) được ký bằng khóa của chi bộ; mang bằng USB hoặc gửi qua ứng dụng nhắn tin cho cấp ủy cấp trên. Phiếu đăng ký khóa in một lần, bí thư ký và nộp để cấp trên đối chiếu.</source>
        <translation>The report file (.kh130) is signed with the cell&apos;s key; take it on a USB stick or send it through a messaging app to the superior committee. The key registration slip is printed once, signed by the secretary and handed over for the superior committee to check against.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/return_dialog.py" line="+20"/>
        <source>Trả lại báo cáo để sửa</source>
        <translation>Return a report for correction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Báo cáo {p} của {cell} (bản lần {n}) vẫn được giữ là đã nhận, kèm dấu “trả lại để sửa” và lý do; giấy báo nhận tiếp theo sẽ báo cho chi bộ.</source>
        <translation>The report of {p} from {cell} (revision {n}) stays received, marked “returned for correction” with the reason; the next receipt tells the cell.</translation>
    </message>
    <message>
        <location filename="../../forms/return_dialog.ui" line="+8"/>
        <source>&amp;Lý do (chi bộ cần sửa gì):</source>
        <translation>&amp;Reason (what the cell must correct):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trả lại để sửa</source>
        <translation>&amp;Return for correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewDialogForm</name>
    <message>
        <location filename="../../forms/review_dialog.ui" line="+10"/>
        <source>&amp;Tự kiểm điểm:</source>
        <translation>&amp;Self-review:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chi bộ &amp;đánh giá:</source>
        <translation>&amp;Cell&apos;s assessment:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Xếp loại:</source>
        <translation>&amp;Rating:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đ&amp;iểm (thang 100):</source>
        <translation>Sc&amp;ore (out of 100):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không chấm điểm</source>
        <translation>No score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất sắc 90–100 · Tốt 70–89 · Hoàn thành 50–69 · Không hoàn thành dưới 50</source>
        <translation>Excellent 90–100 · Good 70–89 · Completed 50–69 · Not completed below 50</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nêu &amp;gương điển hình</source>
        <translation>E&amp;xemplary member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày &amp;kiểm điểm:</source>
        <translation>Review &amp;date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RevokeKeyDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/receiving_dialogs.py" line="-20"/>
        <location line="+22"/>
        <location line="+4"/>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Khóa của &lt;b&gt;{cell}&lt;/b&gt;, dấu vân tay:&lt;br&gt;&lt;tt&gt;{fp}&lt;/tt&gt;</source>
        <translation>Key of &lt;b&gt;{cell}&lt;/b&gt;, fingerprint:&lt;br&gt;&lt;tt&gt;{fp}&lt;/tt&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dùng khi máy của chi bộ bị mất, bị lấy cắp hoặc khóa bị lộ. Chọn ngày cuối cùng chắc chắn máy còn trong tay chi bộ, hoặc sớm hơn. Tệp ký bằng khóa này từ ngày đó trở đi sẽ bị từ chối; các bản đã nhận ký từ ngày đó bị rút (vẫn giữ để đối chiếu, không dùng để tổng hợp). Các bản ký trước ngày đó vẫn giữ. Sau này chỉ lùi được ngày thu hồi về trước. Chi bộ lập khóa mới trên máy mới và gửi phiếu đăng ký khóa mới.</source>
        <translation>For a cell&apos;s laptop that was lost or stolen, or a key that leaked. Choose the last day the laptop was surely in the cell&apos;s hands, or earlier. Files signed with this key from that day on will be refused; revisions received that were signed from that day are withdrawn (kept for the record, not consolidated). Revisions signed before that day are kept. The date can later only be moved earlier. The cell makes a new key on its new laptop and sends a new key registration slip.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thu hồi khóa của {cell} từ ngày {day}?

Tệp ký bằng khóa này từ ngày {day} trở đi sẽ bị từ chối, kể cả các bản đã nhận (được rút, vẫn giữ lại); các bản ký trước ngày đó vẫn giữ. Không dời ngày thu hồi về sau được.</source>
        <translation>Revoke {cell}&apos;s key from {day}?

Files signed with this key from {day} on will be refused, including revisions already received (withdrawn, still kept); revisions signed before that day are kept. The date cannot be moved later.</translation>
    </message>
</context>
<context>
    <name>RevokeKeyForm</name>
    <message>
        <location filename="../../forms/revoke_key_dialog.ui" line="+10"/>
        <source>Thu hồi &amp;từ ngày:</source>
        <translation>Revoke &amp;from:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lý do:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: máy tính xách tay của chi bộ bị mất ngày 03/05/2023</source>
        <translation>For example: the cell&apos;s laptop was lost on 03/05/2023</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu hồi khóa…</source>
        <translation>Revoke key…</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/roster_preview_models.py" line="+18"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số thẻ</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày vào Đảng</source>
        <translation>Admitted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày chính thức</source>
        <translation>Full member since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày vào chi bộ</source>
        <translation>Joined the cell on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh (Nam)</source>
        <translation>Date of birth (male)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh (Nữ)</source>
        <translation>Date of birth (female)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không nhập</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(từ cột Ghi chú)</source>
        <translation>(from the Notes column)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(từ dòng tiêu đề nhóm)</source>
        <translation>(from the group heading row)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(theo ngày vào Đảng, chính thức)</source>
        <translation>(from the admission and full-membership dates)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(mặc định)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cột</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh số cột</source>
        <translation>Column numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cột lặp lại</source>
        <translation>Repeated headings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng trống</source>
        <translation>Blank row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cộng từng phần</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề nhóm</source>
        <translation>Group heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần ký tên</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên cột trong tệp</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập vào</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ví dụ trong tệp</source>
        <translation>Examples from the file</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>[{encoding} → Unicode] {samples}</source>
        <translation>[{encoding} → Unicode] {samples}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đồng chí chọn</source>
        <translation>Chosen by you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận ra từ tên cột</source>
        <translation>Recognised from the heading</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+115"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra, thay đổi</source>
        <translation>Check, changes</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{name}: {changes}</source>
        <translation>{name}: {changes}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã có trong danh sách, không có gì mới</source>
        <translation>Already on the roster, nothing new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chữ gốc trong tệp (phông cũ): {text}</source>
        <translation>Original text in the file (old font): {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã chuyển sang Unicode: {text}</source>
        <translation>Converted to Unicode: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trong tệp: {text}</source>
        <translation>In the file: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trong danh sách hiện nay: {old}</source>
        <translation>On the roster now: {old}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do bỏ qua</source>
        <translation>Why it is left out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/roster_import_dialog.py" line="+57"/>
        <source>Nhập danh sách đảng viên</source>
        <translation>Import the member roster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tệp danh sách đảng viên</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)</source>
        <translation>Rosters (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang đọc danh sách…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Đảng viên ({n})</source>
        <translation>Members ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng bỏ qua ({n})</source>
        <translation>Rows left out ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dòng bỏ qua</source>
        <translation>Rows left out</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cột {letter} nhập vào trường nào</source>
        <translation>Which field column {letter} is imported as</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dòng {line}: {text}</source>
        <translation>Row {line}: {text}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (đọc theo: {encoding})</source>
        <translation>{name} (read as: {encoding})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. Dòng lỗi tô đỏ, lý do ở cột “Kiểm tra, thay đổi”; sẽ không được nhập</source>
        <translation>. Rows with errors are red, the reason in the “Check, changes” column; they will not be imported</translation>
    </message>
    <message>
        <source>. Dòng lỗi tô đỏ, lý do ở cột cuối; sẽ không được nhập</source>
        <translation type="vanished">. Rows with errors are red, the reason in the last column; they will not be imported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm {added}, cập nhật {updated} đảng viên</source>
        <translation>Add {added}, update {updated} members</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã thêm {added}, cập nhật {updated} đảng viên trong danh sách chi bộ.</source>
        <translation>Added {added} and updated {updated} members on the cell&apos;s roster.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Danh sách chi bộ đã thay đổi từ khi xem trước: đã đọc lại tệp. Xem lại các dòng rồi bấm nhập lần nữa.</source>
        <translation>The cell&apos;s roster changed since the preview: the file has been read again. Check the rows, then import again.</translation>
    </message>
    <message>
        <source>{good} dòng hợp lệ, {bad} dòng lỗi</source>
        <translation type="vanished">Valid rows: {good}; rows with errors: {bad}</translation>
    </message>
    <message>
        <source> (dòng lỗi tô đỏ, lý do ở cột cuối; sẽ không được nhập)</source>
        <translation type="vanished"> (rows with errors are red, the reason is in the last column; they will not be imported)</translation>
    </message>
    <message>
        <source>Bỏ qua các cột: {cols}</source>
        <translation type="vanished">Columns ignored: {cols}</translation>
    </message>
    <message>
        <source>Nhập {n} đảng viên</source>
        <translation type="vanished">Import members ({n})</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Đang nhập danh sách…</source>
        <translation>Importing the list…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã nhập danh sách</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <source>Đã thêm {n} đảng viên vào danh sách chi bộ.</source>
        <translation type="vanished">Members added to the cell roster: {n}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save a template file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RosterImportForm</name>
    <message>
        <location filename="../../forms/roster_import_dialog.ui" line="+14"/>
        <source>Nhập danh sách đảng viên</source>
        <translation>Import the member roster</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách (CSV hoặc Excel .xlsx). Dòng đầu là tên cột: Họ và tên, Ngày sinh, Giới tính, Dân tộc, Số thẻ, Ngày vào Đảng, Ngày chính thức, Trạng thái, Chức vụ. Chưa có gì được ghi cho đến khi đồng chí bấm “Nhập”.</source>
        <translation type="vanished">Choose a roster file (CSV or Excel .xlsx). The first row holds the column names, in Vietnamese: Họ và tên, Ngày sinh, Giới tính, Dân tộc, Số thẻ, Ngày vào Đảng, Ngày chính thức, Trạng thái, Chức vụ. Nothing is written until you press “Import”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn tệp danh sách (Excel .xlsx hoặc CSV), kể cả danh sách xã gửi về có tiêu đề, tên cột hai dòng, dòng tổng cộng và chữ gõ bằng bảng mã TCVN3 hay VNI. Xem cột nào nhập vào đâu (chọn lại được), xem từng dòng; chưa có gì được ghi cho đến khi đồng chí bấm nút nhập.</source>
        <translation>Choose a roster file (Excel .xlsx or CSV), including one sent by the commune with a title, two-row headings, a total line and text typed in the TCVN3 or VNI encodings. See which column goes where (you can change it) and every row; nothing is written until you press the import button.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dòng tên cột:</source>
        <translation>Heading row:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dòng có tên các cột (Họ và tên, Ngày sinh…). Chọn dòng khác nếu chương trình nhận nhầm.</source>
        <translation>The row with the column headings (Full name, Date of birth…). Choose another if the program picked the wrong one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu tệp mẫu…</source>
        <translation>Save a template file…</translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="vanished">font-weight: bold;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Các cột trong tệp: cột nào nhập vào đâu (bấm vào ô “Nhập vào” để chọn lại)</source>
        <translation>The file&apos;s columns and where each is imported (click an “Imported as” cell to change it)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đảng viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đỏ: dòng lỗi, không nhập (ô đỏ đậm là ô sai). Xanh: ô còn trống trong danh sách sẽ được điền. Vàng: ô sẽ được sửa. Đưa chuột vào ô để xem chữ gốc trong tệp và giá trị hiện nay.</source>
        <translation>Red: a row with an error, not imported (the dark red cell is the wrong one). Green: an empty field on the roster will be filled in. Yellow: a field will be changed. Hover over a cell to see the file&apos;s original text and the current value.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dòng bỏ qua</source>
        <translation>Rows left out</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>SecretaryPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/wizard.py" line="-193"/>
        <source>Đồng chí bí thư chi bộ</source>
        <translation>The cell secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký các biên bản, báo cáo với chức danh Bí thư.</source>
        <translation>The person who signs minutes and reports as Secretary.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>để trống: ngày bắt đầu ghi sổ</source>
        <translation>empty: the first day of the book</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../kh130_desktop/ui/session_editor.py" line="+36"/>
        <source>Buổi sinh hoạt dưới 90 phút (Hướng dẫn 42-HD/BTCTW)</source>
        <translation>Session shorter than 90 minutes (Guidance 42-HD/BTCTW)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+298"/>
        <source>Buổi sinh hoạt</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="vanished">Full name</translation>
    </message>
    <message>
        <source>Chức vụ, đơn vị</source>
        <translation type="vanished">Position, unit</translation>
    </message>
    <message>
        <source>Người phát biểu</source>
        <translation type="vanished">Speaker</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation type="vanished">Opinion</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Buổi sinh hoạt mới</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buổi sinh hoạt ngày {d}</source>
        <translation>Session of {d}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>— chưa chọn —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Giờ kết thúc phải sau giờ bắt đầu.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thời lượng: {d}</source>
        <translation>Duration: {d}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="vanished">Print</translation>
    </message>
    <message>
        <source>Chức năng in chưa có trong bản cài đặt này.</source>
        <translation type="vanished">Printing is not available in this installation.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Biên bản sinh hoạt ngày {d}</source>
        <translation>Minutes of the session of {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Danh sách ký ngày {d}</source>
        <translation>Signature sheet of {d}</translation>
    </message>
    <message>
        <location filename="../../kh130_desktop/ui/session_roster.py" line="-26"/>
        <source>trên {n} đảng viên chính thức có mặt</source>
        <translation>of {n} official members present</translation>
    </message>
</context>
<context>
    <name>SessionEditorForm</name>
    <message>
        <location filename="../../forms/session_editor.ui" line="+10"/>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Loại buổi:</source>
        <translation>Session &amp;kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày họp:</source>
        <translation>Meeting &amp;date:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Thời gian:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>từ</source>
        <translation>from</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="vanished">HH:mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quý:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đị&amp;a điểm:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chủ trì:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư &amp;ký:</source>
        <translation>&amp;Minute-taker:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Báo cáo viên:</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên, chức vụ</source>
        <translation>Name, position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề biên &amp;bản:</source>
        <translation>Minutes &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không cần gõ “Biên bản” — đã in sẵn; ví dụ: Sinh hoạt chuyên đề quý II/2026</source>
        <translation>No need to type “Biên bản” (minutes) — it is printed already; e.g. Thematic session, quarter II/2026</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khách mời</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm khách mời</source>
        <translation>Add guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Bỏ dòng đã chọn</source>
        <translation>Remove selected row</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tài liệu và nội dung</source>
        <translation>Materials and content</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tài liệu sử dụng (đánh dấu tài liệu đã dùng)</source>
        <translation>Materials (tick those used)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tài liệu khác…</source>
        <translation>Other material…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chủ đề &amp;gợi ý thảo luận:</source>
        <translation>Discussion &amp;topic:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã điền sẵn chủ đề gợi ý của quý trong kế hoạch; sửa lại nếu chi bộ thảo luận chủ đề khác.</source>
        <translation>Pre-filled with the quarter&apos;s suggested topic from the plan; change it if the cell discussed another.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chương trình:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Chủ đề &amp;gợi ý thảo luận của quý:</source>
        <translation type="vanished">The quarter&apos;s suggested discussion &amp;topic:</translation>
    </message>
    <message>
        <source>Chương trình &amp;hội nghị:</source>
        <translation type="vanished">&amp;Agenda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nội dung truyền đạt:</source>
        <translation>&amp;Content presented:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thảo luận, kết luận, biểu quyết</source>
        <translation>Discussion, conclusions, votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ý kiến phát biểu (chọn đảng viên hoặc gõ tên khách mời):</source>
        <translation>Opinions (choose a member or type a guest&apos;s name):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm ý kiến</source>
        <translation>Add opinion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kết luận:</source>
        <translation>&amp;Conclusions:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Biểu &amp;quyết về:</source>
        <translation>&amp;Vote on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tán thành:</source>
        <translation>In favour:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Không tán thành:</source>
        <translation>Against:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ý kiến khác:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nhiệm vụ giao:</source>
        <translation>&amp;Tasks assigned:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In biên bản…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In danh sách ký…</source>
        <translation>Print signature sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../kh130_desktop/ui/models/sessions_model.py" line="+25"/>
        <source>{h} giờ {m:02d} phút</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} phút</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại buổi</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triệu tập</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Tỉ lệ</source>
        <translation type="vanished">Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỷ lệ</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Buổi sinh hoạt dưới 90 phút (Hướng dẫn 42-HD/BTCTW)</source>
        <translation>Session shorter than 90 minutes (Guidance 42-HD/BTCTW)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/pages/sessions_page.py" line="+76"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{n} buổi sinh hoạt.</source>
        <translation>Sessions: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ {n} buổi dưới 90 phút (Hướng dẫn 42-HD/BTCTW).</source>
        <translation>⚠ Under 90 minutes: {n} (Guidance 42-HD/BTCTW).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Xóa buổi sinh hoạt ngày {d} cùng toàn bộ điểm danh, ý kiến và khách mời của buổi đó?</source>
        <translation>Delete the session of {d} together with all its attendance, opinions and guests?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa buổi sinh hoạt</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SessionsPageForm</name>
    <message>
        <location filename="../../forms/sessions_page.ui" line="+8"/>
        <source>&lt;h2&gt;Buổi học tập, sinh hoạt chuyên đề&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Study and thematic sessions&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thêm buổi (Ctrl+N)</source>
        <translation>Add session (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../kh130_desktop/ui/wizard.py" line="-75"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KH130 — Sổ sinh hoạt chi bộ, Kế hoạch 130-KH/TU</source>
        <translation>KH130 — Party cell record book, Plan 130-KH/TU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dữ liệu được lưu tại: {folder}</source>
        <translation>Data is stored in: {folder}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/status_dialog.py" line="+43"/>
        <source>Hiện nay: {status}, {role}.</source>
        <translation>Now: {status}, {role}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đổi trạng thái, chức vụ</source>
        <translation>Change status and role</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Ghi nhận chuyển đi</source>
        <translation>Record a move away</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chưa chọn ngày chuyển đi.</source>
        <translation>No departure date chosen.</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../forms/status_dialog.ui" line="+14"/>
        <source>Đổi trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>font-weight: bold;</source>
        <translation>font-weight: bold;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trạng thái mới:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chức vụ mới:</source>
        <translation>New role:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Có hiệu lực từ ngày:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: theo Quyết định số …</source>
        <translation>For example: under Decision no. …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ngày chuyển đi:</source>
        <translation>Date moved away:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: chuyển sinh hoạt đến Chi bộ thôn Bản Giới</source>
        <translation>For example: transferred to Chi bộ thôn Bản Giới</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quá trình:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../kh130_desktop/ui/widgets/date_field.py" line="+90"/>
        <source>giờ:phút</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../kh130_desktop/ui/dialogs/receiving_dialogs.py" line="-92"/>
        <source>Tin cậy khóa từ tệp .pem</source>
        <translation>Trust a key from a .pem file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay của khóa trong tệp:&lt;br&gt;&lt;b&gt;&lt;tt&gt;{fp}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Ghi tên chi bộ và mã chi bộ như in trên phiếu đăng ký khóa có chữ ký của bí thư, rồi gõ dấu vân tay trên phiếu để chương trình so, hoặc tự so từng nhóm ký tự và đánh dấu ô bên dưới. Chỉ tin cậy khi khớp hoàn toàn.</source>
        <translation>Fingerprint of the key in the file:&lt;br&gt;&lt;b&gt;&lt;tt&gt;{fp}&lt;/tt&gt;&lt;/b&gt;&lt;br&gt;Write the cell name and cell id as printed on the key registration slip signed by the secretary, then type the slip&apos;s fingerprint for the program to compare, or compare it group by group yourself and tick the box below. Trust it only if it matches completely.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tin cậy khóa theo dấu vân tay</source>
        <translation>Trust a key by its fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tên chi bộ, mã chi bộ và dấu vân tay đúng như in trên phiếu đăng ký khóa có chữ ký của bí thư chi bộ. Tệp báo cáo đầu tiên của chi bộ mang theo khóa; chương trình chỉ nhận khi khóa khớp dấu vân tay này và mã chi bộ này.</source>
        <translation>Write the cell name, the cell id and the fingerprint exactly as printed on the key registration slip signed by the cell&apos;s secretary. The cell&apos;s first report file carries the key; the program accepts it only if the key matches this fingerprint and this cell id.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa đủ 64 ký tự 0–9, A–F.</source>
        <translation>Not yet 64 characters 0–9, A–F.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khớp với khóa trong tệp.</source>
        <translation>Matches the key in the file.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KHÔNG khớp với khóa trong tệp: không tin cậy khóa này.</source>
        <translation>Does NOT match the key in the file: do not trust this key.</translation>
    </message>
</context>
<context>
    <name>TrustKeyForm</name>
    <message>
        <location filename="../../forms/trust_key_dialog.ui" line="+10"/>
        <source>&amp;Tên chi bộ (như trên phiếu):</source>
        <translation>&amp;Cell name (as on the slip):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mã chi bộ (trên phiếu):</source>
        <translation>Cell &amp;id (on the slip):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: 4e6fbbd3-0c1a-4f5e-9b7d-2a8c1e3f5d60</source>
        <translation>For example: 4e6fbbd3-0c1a-4f5e-9b7d-2a8c1e3f5d60</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dấu vân tay trên phiếu:</source>
        <translation>&amp;Fingerprint on the slip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 ký tự 0–9, A–F, gõ theo từng nhóm như trên phiếu</source>
        <translation>64 characters 0–9, A–F, typed group by group as on the slip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã so từng nhóm ký tự của dấu vân tay trên với phiếu: khớp hoàn toàn</source>
        <translation>I compared the fingerprint above with the slip group by group: it matches completely</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tin cậy khóa</source>
        <translation>Trust key</translation>
    </message>
</context>
<context>
    <name>WizardCell</name>
    <message>
        <location filename="../../forms/wizard_cell.ui" line="+14"/>
        <source>Hồ sơ chi bộ</source>
        <translation>Cell profile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tên chi bộ:</source>
        <translation>Cell name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Chi bộ thôn Nà Lữ</source>
        <translation>For example: Chi bộ thôn Nà Lữ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loại hình:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cấp ủy cấp trên
(mỗi cấp một dòng,
cấp cao nhất ở trên):</source>
        <translation>Superior committees
(one per line,
highest first):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ĐẢNG BỘ TỈNH CAO BẰNG
ĐẢNG ỦY XÃ HÒA AN</source>
        <translation>ĐẢNG BỘ TỈNH CAO BẰNG
ĐẢNG ỦY XÃ HÒA AN</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nơi nhận báo cáo:</source>
        <translation>Reports go to:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Đảng ủy xã Hòa An</source>
        <translation>For example: Đảng ủy xã Hòa An</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Địa danh ghi ngày tháng:</source>
        <translation>Place name for dates:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>Ví dụ: Hòa An</source>
        <translation>For example: Hòa An</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Xã, phường:</source>
        <translation>Commune or ward:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ghi sổ từ ngày:</source>
        <translation>Book kept from:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngày đầu tiên của sổ trong chương trình: đảng viên được nhập mà không ghi ngày vào chi bộ thì tính từ ngày này. Thường là 01/01 của năm nay, để nhập lại các buổi sinh hoạt từ đầu năm.</source>
        <translation>The first day of the book in this program: a member entered without a joining date joined on this day. Usually 01/01 of this year, to enter the year&apos;s meetings from January.</translation>
    </message>
</context>
<context>
    <name>WizardCommittee</name>
    <message>
        <location filename="../../forms/wizard_committee.ui" line="+7"/>
        <source>Nếu đã có phiếu khóa và tệp kế hoạch năm của cấp ủy cấp trên, ghi ngay ở đây để chi bộ có đủ chủ đề, tài liệu và các mốc của năm. Có thể bỏ qua bước này (bấm “Hoàn tất”) và làm sau ở trang Chi bộ.</source>
        <translation>If you have the superior committee&apos;s key slip and plan file for the year, enter them here so the cell has the year&apos;s topic, materials and milestones. You may skip this step (press “Finish”) and do it later on the Cell page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cấp ủy:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dấu vân tay khóa:</source>
        <translation>Key &amp;fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>64 ký tự 0–9, A–F, như in trên phiếu khóa của cấp ủy</source>
        <translation>64 characters 0–9, A–F, as printed on the committee&apos;s key slip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp kế hoạch:</source>
        <translation>Plan file:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;họn tệp…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
</context>
<context>
    <name>WizardSecretary</name>
    <message>
        <location filename="../../forms/wizard_secretary.ui" line="+14"/>
        <source>Đồng chí bí thư</source>
        <translation>The secretary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng chí bí thư là đảng viên đầu tiên trong danh sách; các đảng viên khác thêm sau ở trang “Đảng viên” hoặc nhập từ tệp Excel.</source>
        <translation>The secretary is the first member on the roster; add the other members later on the “Members” page or import them from an Excel file.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Họ và tên bí thư:</source>
        <translation>Secretary&apos;s full name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: Nông Văn Thắng</source>
        <translation>For example: Nông Văn Thắng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="vanished">dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dân tộc:</source>
        <translation>Ethnic group:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Số thẻ đảng viên:</source>
        <translation>Party card number:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ví dụ: 42.012345</source>
        <translation>For example: 42.012345</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ngày vào Đảng:</source>
        <translation>Date admitted:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ngày chính thức:</source>
        <translation>Date made official:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ngày vào chi bộ:</source>
        <translation>Joined the cell on:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngày đồng chí bắt đầu sinh hoạt ở chi bộ này; để trống thì lấy ngày bắt đầu ghi sổ.</source>
        <translation>The day the comrade began attending this cell; empty: the first day of the book.</translation>
    </message>
</context>
<context>
    <name>WizardStart</name>
    <message>
        <location filename="../../forms/wizard_start.ui" line="+14"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chào mừng đồng chí đến với KH130 — sổ sinh hoạt chi bộ theo Kế hoạch 130-KH/TU.
Đây là lần mở đầu tiên trên máy này. Đồng chí muốn:</source>
        <translation>Welcome to KH130, the Party cell record book for Plan 130-KH/TU.
This is the first start on this computer. Would you like to:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tạo hồ sơ chi bộ mới (nhập tên chi bộ và đồng chí bí thư)</source>
        <translation>Create a new cell profile (enter the cell&apos;s name and its secretary)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mở chi bộ mẫu (thôn Nà Lữ, năm 2022) để xem thử và tập dùng</source>
        <translation>Open the demo cell (Nà Lữ village, 2022) to look around and practise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Máy của cấp ủy cấp trên: chỉ tiếp nhận báo cáo của các chi bộ</source>
        <translation>A superior committee&apos;s computer: only receive the cells&apos; reports</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="domain_texts.py" line="+532"/>
        <source>hằng ngày</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước khi nâng cấp</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trước khi khôi phục</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trước khi nhận báo cáo</source>
        <translation>before receiving reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do người dùng</source>
        <translation>by the user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kho bị hỏng (giữ lại)</source>
        <translation>damaged store (kept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có kho dữ liệu tại {parent} để sao lưu.</source>
        <oldsource>Không sao lưu được: {exc}.</oldsource>
        <translation>There is no data store in {parent} to back up.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>Check the disk, then try again.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Tệp {name} không phải bản sao lưu KH130 (không phải cơ sở dữ liệu SQLite).</source>
        <translation>The file {name} is not a KH130 backup (it is not an SQLite database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp kh130-….sqlite3 trong thư mục sao lưu hoặc trên USB.</source>
        <translation>Choose a kh130-….sqlite3 file in the backup folder or on the USB stick.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} bị hỏng (không vượt qua kiểm tra toàn vẹn).</source>
        <translation>The file {name} is damaged (it failed the integrity check).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một bản sao lưu khác, cũ hơn.</source>
        <translation>Choose another, older backup.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kho dữ liệu trong bộ nhớ không sao lưu được.</source>
        <translation>A data store held only in memory cannot be backed up.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn; kho dữ liệu có thể đã hỏng.</source>
        <oldsource>Ổ đĩa đầy: không ghi được bản sao lưu {name}.</oldsource>
        <translation>The backup just made failed the integrity check; the data store may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục từ một bản sao lưu cũ hơn, hoặc nhờ cán bộ kỹ thuật kiểm tra.</source>
        <oldsource>Giải phóng dung lượng hoặc chọn ổ khác rồi thử lại; dữ liệu hiện tại vẫn an toàn.</oldsource>
        <translation>Restore from an older backup, or ask a technician to check it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không có quyền ghi vào {parent}.</source>
        <translation>No permission to write to {parent}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn thư mục khác, hoặc tháo khóa chống ghi của USB.</source>
        <translation>Choose another folder, or turn off the write protection of the USB stick.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Kho dữ liệu bị hỏng nên không sao lưu được.</source>
        <translation>The data store is damaged, so it cannot be backed up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục từ bản sao lưu gần nhất.</source>
        <translation>Restore from the newest backup.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{name} không phải là một tệp.</source>
        <translation>{name} is not a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một tệp sao lưu KH130 (.sqlite3).</source>
        <translation>Choose a KH130 backup file (.sqlite3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} quá lớn để là bản sao lưu KH130.</source>
        <translation>The file {name} is too large to be a KH130 backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn đúng tệp sao lưu KH130 (.sqlite3).</source>
        <translation>Choose the right KH130 backup file (.sqlite3).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Tệp {name} không đúng cấu trúc dữ liệu KH130 (thiếu {tables}).</source>
        <translation>The file {name} does not have the KH130 data structure (missing {tables}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một bản sao lưu khác; kho dữ liệu hiện tại không bị thay đổi.</source>
        <translation>Choose another backup; the current data store has not been changed.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Không tìm thấy tệp {name}.</source>
        <translation>The file {name} was not found.</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Tệp {name} là kế hoạch năm {file_year}, không phải năm {year}.</source>
        <translation>The file {name} is the plan for {file_year}, not for {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp kế hoạch của đúng năm.</source>
        <translation>Choose the plan file of the right year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp kế hoạch có mục lạ: {keys}.</source>
        <translation>The plan file has unknown entries: {keys}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm của kế hoạch phải là một số từ {low} đến {high}.</source>
        <translation>The plan&apos;s year must be a number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chủ đề (Chuyên đề) của năm</source>
        <translation>the year&apos;s topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chủ đề như trong kế hoạch của cấp ủy.</source>
        <translation>Write the topic as in the committee&apos;s plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ban hành {day} không hợp với kế hoạch năm {year}.</source>
        <translation>The date issued, {day}, does not fit a plan for {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch của một năm được ban hành trong năm đó hoặc năm trước.</source>
        <translation>A year&apos;s plan is issued in that year or the year before.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “{what}” phải là chữ.</source>
        <translation>“{what}” must be text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “{what}” có ký tự điều khiển không hợp lệ.</source>
        <translation>“{what}” has invalid control characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “{what}” dài quá {limit} ký tự.</source>
        <translation>“{what}” is longer than {limit} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút gọn lại.</source>
        <translation>Shorten it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “{what}” phải là một danh sách.</source>
        <translation>“{what}” must be a list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có quá nhiều {what} (tối đa {limit}).</source>
        <translation>Too many {what} (at most {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “chủ đề thảo luận theo quý” phải là một bảng quý → chủ đề.</source>
        <translation>“Quarter topics” must be a table of quarter → topic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã của {what} phải gồm chữ thường không dấu, số hoặc “_” (tối đa 40 ký tự).</source>
        <translation>The code of {what} must be lower-case letters without accents, digits or “_” (at most 40 characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: tu_hoc_tu_ren.</source>
        <translation>For example: tu_hoc_tu_ren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã “{code}” bị trùng.</source>
        <translation>The code “{code}” is used twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi mục cần một mã riêng.</source>
        <translation>Each entry needs its own code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} không đúng dạng.</source>
        <translation>{what} is not in the right form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nội dung làm theo số {n}</source>
        <translation>pledge theme {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mốc số {n}</source>
        <translation>milestone {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} quá lớn cho một tệp kế hoạch ({size} byte).</source>
        <translation>The file {name} is too big for a plan file ({size} bytes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn đúng tệp kế hoạch năm (.json).</source>
        <translation>Choose the year&apos;s plan file (.json).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra tệp còn đó và đọc được.</source>
        <translation>Check that the file is still there and readable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} không phải văn bản UTF-8.</source>
        <translation>The file {name} is not UTF-8 text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} không phải tệp kế hoạch JSON đọc được.</source>
        <translation>The file {name} is not a readable JSON plan file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>số kế hoạch</source>
        <translation>plan number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cơ quan ban hành</source>
        <translation>issued by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tên ngắn của chủ đề</source>
        <translation>short name of the topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mục “{what}” không phải một ngày hợp lệ.</source>
        <translation>“{what}” is not a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày ghi theo dạng năm-tháng-ngày, ví dụ 2026-03-15.</source>
        <translation>Write dates as year-month-day, for example 2026-03-15.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tài liệu học tập</source>
        <translation>study materials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tài liệu số {n}</source>
        <translation>material {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài liệu số {n} chưa có tên.</source>
        <translation>Material {n} has no title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tên tài liệu hoặc bỏ dòng đó.</source>
        <translation>Write the material&apos;s title or remove that row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý “{quarter}” không có: quý là 1, 2, 3 hoặc 4.</source>
        <translation>There is no quarter “{quarter}”: quarters are 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chủ đề quý {q}</source>
        <translation>topic of quarter {q}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nội dung làm theo</source>
        <translation>pledge themes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung làm theo “{code}” chưa có tên.</source>
        <translation>The pledge theme “{code}” has no title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tên nội dung.</source>
        <translation>Write the theme&apos;s title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mốc kế hoạch</source>
        <translation>milestones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mốc số {n} chưa có nội dung.</source>
        <translation>Milestone {n} says nothing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi việc phải xong ở mốc đó.</source>
        <translation>Write what must be done by that milestone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hạn của mốc số {n}</source>
        <translation>due date of milestone {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mốc “{title}” chưa có hạn.</source>
        <translation>The milestone “{title}” has no due date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi ngày việc đó phải xong.</source>
        <translation>Write the day it must be done by.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn {day} của mốc “{title}” không thuộc năm {year}.</source>
        <translation>The due date {day} of the milestone “{title}” is not in {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn của một mốc nằm trong năm của kế hoạch (hoặc đầu năm sau).</source>
        <translation>A milestone is due within the plan&apos;s year (or early the next).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý của mốc “{title}” phải là 1, 2, 3 hoặc 4.</source>
        <translation>The quarter of the milestone “{title}” must be 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính “đã xong” của mốc “{title}” không có: {rule}.</source>
        <translation>There is no such way to tell the milestone “{title}” done: {rule}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một cách trong danh sách, hoặc để đánh dấu bằng tay.</source>
        <translation>Choose one from the list, or leave it ticked by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo kế hoạch từ tệp của cấp ủy cấp trên, hoặc tạo kế hoạch trống rồi ghi vào.</source>
        <translation>Make the plan from the committee&apos;s file, or make an empty plan and fill it in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đây là kế hoạch năm {file_year}, không phải năm {year}.</source>
        <translation>This is the plan for {file_year}, not for {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản lưu để hoàn tác là của năm {other}, không phải năm {year}.</source>
        <translation>The copy kept for undo is of {other}, not of {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có kế hoạch năm {year}.</source>
        <translation>There is already a plan for {year}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nội dung làm theo “{title}” đang có {n} bản đăng ký chọn, không bỏ được.</source>
        <translation>The pledge theme “{title}” is followed by {n} pledges and cannot be removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giữ nội dung đó (có thể sửa tên), hoặc sửa các bản đăng ký sang nội dung khác trước.</source>
        <translation>Keep that theme (its title can be changed), or move those pledges to another theme first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có kế hoạch năm trước năm {year} để chép sang.</source>
        <translation>There is no plan before {year} to copy.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>Bản cũ hơn (đã lưu)</source>
        <translation>Older revision (kept)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ghi tên cấp ủy ở trang Tiếp nhận (hoặc kh130 committee set --name …) rồi ghi tệp kế hoạch.</source>
        <translation>Enter the committee&apos;s name on the Receiving page (or kh130 committee set --name …), then write the plan file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp kế hoạch không có plan.json.</source>
        <translation>The plan file has no plan.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xin cấp ủy ghi lại tệp kế hoạch.</source>
        <translation>Ask the committee to write the plan file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dữ liệu kế hoạch (plan.json) có định dạng không được hỗ trợ.</source>
        <translation>The plan data (plan.json) has an unsupported format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan.json thiếu hoặc sai năm, lần ban hành của kế hoạch.</source>
        <translation>plan.json lacks the plan&apos;s year or revision, or has them wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp kế hoạch cho năm {year}, một năm không có.</source>
        <translation>The plan file is for the year {year}, which does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dữ liệu kế hoạch không khớp với cấp ủy hoặc năm ghi trong manifest.json.</source>
        <translation>The plan data does not match the committee or year in manifest.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch trong tệp không khớp với năm của tệp.</source>
        <translation>The plan in the file does not match the file&apos;s year.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp sai danh sách “{what}”.</source>
        <translation type="vanished">The plan in the file has a wrong list “{what}”.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp có mã trùng nhau trong “{what}”.</source>
        <translation type="vanished">The plan in the file has duplicate codes in “{what}”.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp sai chủ đề các quý.</source>
        <translation type="vanished">The plan in the file has wrong quarter topics.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp sai ngày ở trường “{what}”.</source>
        <translation type="vanished">The plan in the file has a wrong date in “{what}”.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp sai mã chủ đề làm theo.</source>
        <translation type="vanished">The plan in the file has a wrong pledge theme code.</translation>
    </message>
    <message>
        <source>Kế hoạch trong tệp sai mã mốc kế hoạch.</source>
        <translation type="vanished">The plan in the file has a wrong milestone code.</translation>
    </message>
    <message>
        <source>Mốc “{code}” của kế hoạch sai quý hoặc cách tính hoàn thành.</source>
        <translation type="vanished">Milestone “{code}” has a wrong quarter or completion rule.</translation>
    </message>
    <message>
        <source>Mốc “{code}” có hạn ngoài năm của kế hoạch.</source>
        <translation type="vanished">Milestone “{code}” is due outside the plan&apos;s year.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhập kế hoạch năm {year}.</source>
        <translation>Imports the {year} plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch do {committee} ban hành, lần {revision}, nhận ngày {day}.</source>
        <translation>Plan issued by {committee}, revision {revision}, received on {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch năm {year} do chi bộ tự lập.</source>
        <translation>The {year} plan was made by the cell.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Kế hoạch năm {year} của {committee}, ban hành lần {revision} (ký ngày {day}).</source>
        <translation>Plan {year} of {committee}, revision {revision} (signed on {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đề: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{materials} tài liệu, {topics} chủ đề thảo luận theo quý, {themes} nội dung làm theo, {milestones} mốc kế hoạch.</source>
        <translation>{materials} materials, {topics} quarter discussion topics, {themes} pledge themes, {milestones} milestones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kế hoạch</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa ký tệp này chưa được chi bộ ghi nhận. So dấu vân tay dưới đây với phiếu khóa của cấp ủy; chỉ tin cậy khi trùng khớp hoàn toàn:
{fp}</source>
        <translation>The key that signed this file is not recorded by the cell. Compare the fingerprint below with the committee&apos;s key slip; trust it only if it matches exactly:
{fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản mới hơn (lần {revision}) thay bản lần {held}; giữ nguyên sổ sách và các mốc đã đánh dấu.</source>
        <translation>A newer revision ({revision}) replaces revision {held}; the records and marked milestones are kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay kế hoạch năm {year} hiện có; giữ nguyên sổ sách và các mốc đã đánh dấu.</source>
        <translation>Replaces the current {year} plan; the records and marked milestones are kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} Chi bộ đã sửa sau khi nhận.</source>
        <translation>{text} Edited by the cell since.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch năm {year} do cấp ủy lập trên máy này.</source>
        <translation>The {year} plan was made by the committee on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập dấu vân tay khóa của cấp ủy, nên chưa nhập được tệp kế hoạch.</source>
        <translation>The committee&apos;s key fingerprint is not entered, so the plan file cannot be imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi dấu vân tay in trên phiếu khóa của cấp ủy, hoặc bỏ tệp kế hoạch (nhập sau ở trang Chi bộ).</source>
        <translation>Enter the fingerprint printed on the committee&apos;s key slip, or leave the plan file out (import it later on the Cell page).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay cho: {what}</source>
        <translation>Replaces: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhận tệp kế hoạch này (lần {revision}) từ trước; không có gì thay đổi.</source>
        <translation>This plan file (revision {revision}) was received before; nothing changes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ đã có bản kế hoạch mới hơn (lần {held}); tệp này (lần {revision}) không được nhập.</source>
        <translation>The cell already has a newer plan (revision {held}); this file (revision {revision}) is not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp này mang cùng lần ban hành {revision} với bản đã nhận nhưng nội dung khác; không nhập. Hỏi lại cấp ủy.</source>
        <translation>This file has the same revision {revision} as the one received but other content; not imported. Ask the committee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch năm {year} có sẵn trong chương trình (mẫu).</source>
        <translation>The {year} plan bundled with the program (example).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giấy báo ghi một kỳ không có: “{period}”.</source>
        <translation>The receipt names a period that does not exist: “{period}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo không có receipt.json.</source>
        <translation>The receipt has no receipt.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo (receipt.json) có định dạng không được hỗ trợ.</source>
        <translation>The receipt (receipt.json) has an unsupported format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo sai thông tin cấp ủy, chi bộ hoặc số giấy báo.</source>
        <translation>The receipt has a wrong committee, cell or receipt number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo sai danh sách kỳ hoặc danh sách tệp.</source>
        <translation>The receipt has a wrong list of periods or files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo này gửi cho {name}, không phải cho chi bộ này.</source>
        <translation>This receipt is for {name}, not for this cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn đúng giấy báo của chi bộ mình.</source>
        <translation>Choose your own cell&apos;s receipt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giấy báo</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo số {number} cũ hơn giấy báo số {held} đã nhập.</source>
        <translation>Receipt number {number} is older than receipt number {held} already imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không cần nhập giấy báo cũ; dùng giấy báo mới nhất của cấp ủy.</source>
        <translation>An older receipt need not be imported; use the committee&apos;s latest receipt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Một dòng của giấy báo sai cấu trúc.</source>
        <translation>A line of the receipt is malformed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Một dòng của giấy báo sai ngày.</source>
        <translation>A line of the receipt has a wrong date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy báo có dòng của kỳ không nằm trong giấy báo.</source>
        <translation>The receipt has a line for a period it does not cover.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập giấy báo số {number} này từ trước.</source>
        <translation>Receipt number {number} was imported before.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Bị từ chối: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Trả lại để sửa: {reason} (bản lần {revision}, nhận ngày {day})</source>
        <translation>Returned for correction: {reason} (revision {revision}, received on {day})</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Đã nhận ngày {day} (bản lần {revision})</source>
        <translation>Received on {day} (revision {revision})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đã nhập giấy báo số {number} của {committee}.</source>
        <translation>Imported receipt no. {number} from {committee}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{period}: {text}</source>
        <translation>{period}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}: chưa nhận tệp nào</source>
        <translation>{period}: no file received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhận báo cáo kỳ {period} của chi bộ này.</source>
        <translation>No report of {period} received from this cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập lý do trả lại.</source>
        <translation>No reason for the return entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi rõ chi bộ cần sửa gì, ví dụ: thiếu biên bản buổi sinh hoạt quý II.</source>
        <translation>Say what the cell must correct, e.g. the minutes of the Q2 session are missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do trả lại quá dài (tối đa {limit} ký tự).</source>
        <translation>The reason is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo này không bị trả lại.</source>
        <translation>This report is not returned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tên cấp ủy ở trang Tiếp nhận rồi ghi giấy báo.</source>
        <translation>Enter the committee&apos;s name on the Receiving page, then write the receipts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ này chưa gửi tệp nào, chưa ghi được giấy báo.</source>
        <translation>This cell has sent no file yet; no receipt can be written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có tệp nào của {name} để báo.</source>
        <translation>There is no file of {name} to report on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa chọn thư mục để ghi giấy báo.</source>
        <translation>No folder chosen for the receipts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn ổ USB hoặc một thư mục.</source>
        <translation>Choose a USB stick or a folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa nhập tên chi bộ của khóa.</source>
        <translation>The key&apos;s cell name is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi khóa được tin cậy cho một chi bộ: ghi tên chi bộ như trên phiếu đăng ký khóa.</source>
        <translation>Each key is trusted for one cell: enter the cell&apos;s name as on the key registration slip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày thu hồi khóa không được sau hôm nay.</source>
        <translation>The revocation date cannot be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa này đã bị thu hồi từ ngày {day}.</source>
        <translation>This key was revoked from {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ có thể lùi ngày thu hồi về trước, không dời về sau.</source>
        <translation>A revocation date can only be moved earlier, never later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa này đã bị thu hồi, không tin cậy lại được.</source>
        <translation>This key was revoked and cannot be trusted again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ lập khóa mới trên máy mới rồi gửi phiếu đăng ký khóa mới.</source>
        <translation>The cell makes a new key on its new computer and sends a new key registration slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chi bộ không hợp lệ.</source>
        <translation>The cell id is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi đúng “Mã chi bộ” in trên phiếu đăng ký khóa.</source>
        <translation>Enter the “cell id” exactly as printed on the key registration slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại mã chi bộ trên phiếu đăng ký khóa.</source>
        <translation>Check the cell id on the key registration slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chi bộ này là của {other}.</source>
        <translation>This cell id belongs to {other}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại tên chi bộ và mã chi bộ trên phiếu đăng ký khóa.</source>
        <translation>Check the cell name and cell id on the key registration slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chi bộ báo cáo từ kỳ {first}, kỳ chi bộ được thêm vào danh sách</source>
        <translation>the cell reports from {first}, the period it was added to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cấp ủy đặt chi bộ báo cáo từ kỳ {first}</source>
        <translation>the committee set the cell to report from {first}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chi bộ báo cáo từ kỳ {first}, kỳ của báo cáo đầu tiên đã nhận</source>
        <translation>the cell reports from {first}, the period of its first report received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa đến hạn: hạn nộp kỳ {period} là {deadline}.</source>
        <translation>Not due yet: the report for {period} is due on {deadline}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không phải nộp kỳ {period}: {source}.</source>
        <translation>No report due for {period}: {source}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn: hạn nộp kỳ {period} là {deadline}, chưa nhận báo cáo ({source}).</source>
        <translation>Overdue: the report for {period} was due on {deadline} and has not been received ({source}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nộp muộn: bản đầu tiên nhận ngày {day}, sau hạn {deadline}; bản đang dùng là bản lần {revision}.</source>
        <translation>Late: the first revision arrived on {day}, after the deadline {deadline}; the revision in use is revision {revision}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhận trong hạn {deadline} (bản đầu tiên ngày {day}); bản đang dùng là bản lần {revision}.</source>
        <translation>Received before the deadline {deadline} (first revision on {day}); the revision in use is revision {revision}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} có hai khóa trùng nhau sau khi chuẩn hóa Unicode.</source>
        <translation>{what} has two keys that are the same after Unicode normalisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phần đầu của thành phần “{name}” không khớp với danh mục của tệp.</source>
        <translation>The local header of member “{name}” does not match the file&apos;s central directory.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp báo cáo bị cắt cụt ở phần cuối.</source>
        <translation>The report file is cut short at its end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp báo cáo dùng ZIP64, định dạng KH130 không dùng.</source>
        <translation>The report file uses ZIP64, which the KH130 format does not use.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp báo cáo chia thành nhiều phần (multi-disk), định dạng KH130 không dùng.</source>
        <translation>The report file is split across several disks, which the KH130 format does not use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh mục thành phần của tệp ZIP bị hỏng.</source>
        <translation>The ZIP file&apos;s central directory is damaged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thành phần “{name}” dùng cờ ZIP không được hỗ trợ ({flags}).</source>
        <translation>Member “{name}” uses unsupported ZIP flags ({flags}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp báo cáo bị cắt cụt.</source>
        <translation>The report file is cut short.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thành phần “{filename}” bị hỏng (sai mã kiểm tra CRC).</source>
        <translation>Member “{filename}” is damaged (wrong CRC checksum).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp ZIP có phần chú thích (comment) nằm ngoài nội dung đã ký.</source>
        <translation>The ZIP file has a comment outside the signed content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có {count} byte thừa sau phần kết thúc ZIP.</source>
        <translation>The file has {count} extra bytes after the end of the ZIP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có {count} byte lạ nằm ngoài cấu trúc ZIP (trước tệp hoặc trước danh mục).</source>
        <translation>The file has {count} stray bytes outside the ZIP structure (before the file or before the central directory).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh mục thành phần của tệp ZIP có dữ liệu thừa.</source>
        <translation>The ZIP file&apos;s central directory has extra data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” có chú thích (comment) nằm ngoài nội dung đã ký.</source>
        <translation>Member “{name}” has a comment outside the signed content.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” có thuộc tính lạ.</source>
        <translation>Member “{name}” has unexpected attributes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên thành phần “{name}” không ở dạng Unicode chuẩn (NFC).</source>
        <translation>The member name “{name}” is not in Unicode normal form (NFC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” có vùng dữ liệu phụ (extra) quá lớn.</source>
        <translation>Member “{name}” has too large an extra field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vùng dữ liệu phụ (extra) của “{name}” bị hỏng.</source>
        <translation>The extra field of “{name}” is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” là liên kết (symlink), không phải tệp thường.</source>
        <translation>Member “{name}” is a symbolic link, not a regular file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” là thư mục, không phải tệp thường.</source>
        <translation>Member “{name}” is a directory, not a regular file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành phần “{name}” không phải tệp thường.</source>
        <translation>Member “{name}” is not a regular file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các thành phần của tệp chồng lên nhau.</source>
        <translation>Members of the file overlap.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có {count} byte ẩn giữa các thành phần (không có trong danh mục).</source>
        <translation>The file has {count} bytes hidden between its members (not in the central directory).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp báo cáo có hai thành phần trùng tên khi không phân biệt chữ hoa, chữ thường: “{first}” và “{second}”.</source>
        <translation>The report file has two members whose names differ only in case: “{first}” and “{second}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên một thành phần của tệp không phải UTF-8 hợp lệ.</source>
        <translation>A member name of the file is not valid UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp có {count} byte lạ trước thành phần đầu tiên.</source>
        <translation>The file has {count} stray bytes before its first member.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn lại tệp sao lưu.</source>
        <translation>Choose the backup file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đọc được tệp {name}: {reason}.</source>
        <translation>Could not read the file {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra ổ đĩa hoặc USB rồi thử lại.</source>
        <translation>Check the disk or the USB stick, then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} là cơ sở dữ liệu của chương trình khác, không phải dữ liệu KH130.</source>
        <translation>The file {name} is another program&apos;s database, not KH130 data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} được tạo bởi phiên bản KH130 mới hơn phiên bản đang chạy.</source>
        <translation>The file {name} was made by a newer version of KH130 than the one running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cài phiên bản KH130 mới nhất rồi khôi phục lại.</source>
        <translation>Install the latest version of KH130, then restore again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trước khi chuyển đổi tệp dữ liệu</source>
        <translation>before converting the data file</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{program} (tiến trình {pid} của người dùng {user} trên máy {host}, từ {since})</source>
        <translation>{program} (process {pid} of user {user} on computer {host}, since {since})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>một chương trình KH130 khác</source>
        <translation>another KH130 program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu đang được chương trình khác dùng: {holder}.</source>
        <translation>The data store is in use by another program: {holder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình đó (hoặc chờ nó chạy xong) rồi thử lại; trong lúc đó chỉ có thể mở kho dữ liệu để xem.</source>
        <translation>Close that program (or wait for it to finish), then try again; meanwhile the data store can only be opened to view.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không ghi được vào {folder}: {reason}.</source>
        <translation>Could not write to {folder}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần còn trống ít nhất {need} trên ổ này (hiện còn {free}). Xóa bớt tệp không cần hoặc chọn ổ khác rồi thử lại; dữ liệu đã lưu vẫn an toàn.</source>
        <translation>At least {need} must be free on this drive ({free} is free now). Delete files you do not need or choose another drive, then try again; the data already saved is safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giải phóng dung lượng trên ổ này hoặc chọn ổ khác rồi thử lại; dữ liệu đã lưu vẫn an toàn.</source>
        <translation>Free up space on this drive or choose another drive, then try again; the data already saved is safe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa đầy: không ghi được vào thư mục {folder}.</source>
        <translation>The disk is full: nothing can be written to the folder {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa chứa thư mục {folder} chỉ cho phép đọc: không ghi được gì vào đó.</source>
        <translation>The drive holding the folder {folder} is read-only: nothing can be written there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có quyền đọc thư mục {folder}.</source>
        <translation>No permission to read the folder {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có quyền ghi vào thư mục {folder}.</source>
        <translation>No permission to write to the folder {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy thư mục {folder}.</source>
        <translation>The folder {folder} was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} là một tệp, không phải thư mục.</source>
        <translation>{path} is a file, not a folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} đang bị chương trình khác khóa.</source>
        <translation>The file {name} is locked by another program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa báo lỗi khi đọc hoặc ghi {path} ({reason}).</source>
        <translation>The disk reported an error reading or writing {path} ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tháo khóa chống ghi của USB, hoặc chép thư mục dữ liệu sang ổ ghi được rồi mở lại; dữ liệu vẫn xem và sao lưu ra nơi khác được.</source>
        <translation>Turn off the write protection of the USB stick, or copy the data folder to a writable drive and open it again; the data can still be viewed and backed up elsewhere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chạy KH130 bằng tài khoản sở hữu thư mục này, hoặc nhờ cán bộ kỹ thuật cấp quyền; hoặc chọn thư mục khác, ví dụ một USB không bật khóa chống ghi.</source>
        <translation>Run KH130 under the account that owns this folder, or ask a technician to grant the permission; or choose another folder, for example a USB stick without write protection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cắm lại USB hoặc ổ chứa thư mục này, hoặc chỉ đúng thư mục dữ liệu (--data-dir hoặc KH130_DATA_DIR).</source>
        <translation>Plug the USB stick or drive holding this folder back in, or point to the right data folder (--data-dir or KH130_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi tên hoặc chuyển tệp đó đi, hoặc chỉ thư mục dữ liệu khác (--data-dir hoặc KH130_DATA_DIR).</source>
        <translation>Rename or move that file away, or point to another data folder (--data-dir or KH130_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình đang mở tệp này (trình xem cơ sở dữ liệu, phần mềm sao chép hoặc diệt virus) rồi thử lại.</source>
        <translation>Close the program that has this file open (a database viewer, copying or antivirus software), then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa có thể đang hỏng: chép ngay thư mục dữ liệu và các bản sao lưu sang ổ khác (USB), rồi nhờ cán bộ kỹ thuật kiểm tra ổ.</source>
        <translation>The disk may be failing: copy the data folder and the backups to another drive (a USB stick) now, then ask a technician to check the disk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không nâng cấp được bản sao lưu {name} lên phiên bản hiện tại.</source>
        <translation>Could not upgrade the backup {name} to the current version.</translation>
    </message>
    <message>
        <location line="-588"/>
        <source>Chưa nhập tên chi bộ.</source>
        <translation>The cell&apos;s name has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Chi bộ thôn Nà Lữ.</source>
        <translation>For example: Chi bộ thôn Nà Lữ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập cấp ủy cấp trên để in ở góc trái văn bản.</source>
        <translation>The superior committee, printed at the top left of documents, has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: ĐẢNG BỘ XÃ HÒA AN (mỗi cấp một dòng, cấp cao nhất ở trên).</source>
        <translation>For example: ĐẢNG BỘ XÃ HÒA AN (one level per line, the highest level at the top).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập địa danh ghi ở dòng ngày tháng.</source>
        <translation>The place name for the date line has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Hòa An.</source>
        <translation>For example: Hòa An.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu này đã có chi bộ.</source>
        <translation>This data store already has a cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa hồ sơ chi bộ thay vì tạo mới.</source>
        <translation>Edit the cell profile instead of creating a new one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có hồ sơ chi bộ.</source>
        <translation>There is no cell profile yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo hồ sơ chi bộ ở lần mở đầu tiên.</source>
        <translation>Create the cell profile when the program is first opened.</translation>
    </message>
    <message>
        <location line="+526"/>
        <source>Không sao lưu được vào chính kho dữ liệu {name}.</source>
        <translation>A backup cannot be written over the data store itself ({name}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một tệp hoặc thư mục khác, ví dụ trên USB.</source>
        <translation>Choose another file or folder, for example on a USB stick.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lỗi kho dữ liệu: {reason}.</source>
        <translation>Data store error: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình rồi mở lại; nếu lỗi lặp lại, chép thư mục dữ liệu ra USB và nhờ cán bộ kỹ thuật kiểm tra.</source>
        <translation>Close the program and open it again; if the error happens again, copy the data folder to a USB stick and ask a technician to check it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite phát hiện kho dữ liệu bị hỏng khi đang dùng ({reason}).</source>
        <translation>SQLite found the data store damaged while in use ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kho dữ liệu cần được nâng cấp cho phiên bản này, mà khi chỉ đọc thì không nâng cấp được.</source>
        <translation>The data store needs an upgrade for this version, which cannot be done while it is open read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình đang dùng kho dữ liệu, hoặc chép nó sang ổ ghi được, rồi mở lại KH130.</source>
        <translation>Close the program that is using the data store, or copy it to a writable drive, then open KH130 again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không ghi được {target}: {reason}.</source>
        <translation>Could not write {target}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ổ đĩa đầy: không ghi được {name}.</source>
        <translation>The disk is full: {name} could not be written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giải phóng dung lượng hoặc chọn ổ khác rồi thử lại.</source>
        <translation>Free up some space or choose another drive, then try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite phát hiện lỗi trong cấu trúc tệp (có thể do mất điện, ổ đĩa lỗi hoặc tệp bị ghi đè)</source>
        <translation>SQLite found an error in the file structure (possibly from a power cut, a faulty disk or an overwritten file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu bị hỏng: {reason}.</source>
        <translation>The data store is damaged: {reason}.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Dấu vân tay khóa không hợp lệ.</source>
        <translation>The key fingerprint is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập đủ 64 ký tự (0–9, A–F) như in trên phiếu đăng ký khóa.</source>
        <translation>Enter all 64 characters (0–9, A–F) as printed on the key registration slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa công khai không phải loại Ed25519.</source>
        <translation>The public key is not an Ed25519 key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng tệp .pem do KH130 xuất ra.</source>
        <translation>Use the .pem file exported by KH130.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp khóa công khai không đọc được.</source>
        <translation>The public key file cannot be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng tệp .pem do KH130 xuất ra (kh130 keys show --pem).</source>
        <translation>Use the .pem file exported by KH130 (kh130 keys show --pem).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa ký của máy này không phải loại Ed25519.</source>
        <translation>This computer&apos;s signing key is not an Ed25519 key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa ký của máy này bị hỏng.</source>
        <translation>This computer&apos;s signing key is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục thư mục identity từ bản sao, hoặc tạo khóa mới và đăng ký lại với cấp ủy cấp trên.</source>
        <translation>Restore the identity folder from a backup copy, or create a new key and register it again with the superior committee.</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Kỳ báo cáo “{text}” không hợp lệ.</source>
        <translation>The reporting period “{text}” is not valid.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>năm {year} không hợp lệ.</source>
        <translation>year {year} is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giờ “{text}” không có thật.</source>
        <translation>there is no time “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ từ 0 đến 23, phút từ 0 đến 59.</source>
        <translation>Hours from 0 to 23, minutes from 0 to 59.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không hiểu năm trong “{text}”.</source>
        <translation>the year in “{text}” is not understood.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm ghi bốn chữ số (1985) hoặc hai chữ số (85).</source>
        <translation>Write the year with four digits (1985) or two (85).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không hiểu giờ “{text}”.</source>
        <translation>the time “{text}” is not understood.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gõ giờ:phút, ví dụ 7:00, 07:30 hoặc 0930.</source>
        <translation>Type hours:minutes, e.g. 7:00, 07:30 or 0930.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số phiếu ({votes}) nhiều hơn số đảng viên chính thức có mặt ({voters}).</source>
        <translation>The votes ({votes}) are more than the official members present ({voters}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ đảng viên chính thức có mặt biểu quyết; đảng viên dự bị không biểu quyết (Điều lệ Đảng, Điều 3). Kiểm tra lại số phiếu và điểm danh.</source>
        <translation>Only official members present vote; probationary members do not (Party Statute, Art. 3). Check the votes and the attendance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người chủ trì {name} được điểm danh vắng.</source>
        <translation>The chair, {name}, is marked absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa điểm danh, hoặc chọn người chủ trì có mặt. Nếu chủ trì là đồng chí cấp ủy cấp trên, để trống ô Chủ trì và ghi đồng chí ấy trong Khách mời.</source>
        <translation>Correct the attendance, or choose a chair who is present. If a member of the committee above chaired, leave Chair empty and list them among the guests.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư ký {name} được điểm danh vắng.</source>
        <translation>The minute-taker, {name}, is marked absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa điểm danh, hoặc chọn thư ký là người có mặt.</source>
        <translation>Correct the attendance, or choose a minute-taker who is present.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} được điểm danh vắng nhưng có ý kiến phát biểu.</source>
        <translation>{name} is marked absent but is recorded as speaking.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến chỉ của người có mặt hoặc khách mời: sửa điểm danh hoặc bỏ ý kiến này.</source>
        <translation>Opinions come only from those present or guests: correct the attendance or remove this opinion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} không có trong danh sách chi bộ hay khách mời.</source>
        <translation>{name} is neither on the cell&apos;s roster nor among the guests.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý kiến chỉ của người có mặt hoặc khách mời: thêm vào Khách mời nếu là khách.</source>
        <translation>Opinions come only from those present or guests: add them to the guests if they were one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi năm (2022) hoặc quý (2022-Q2).</source>
        <translation>Write a year (2022) or a quarter (2022-Q2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm {year} không hợp lệ.</source>
        <translation>The year {year} is not valid.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Chưa có kế hoạch năm {source_year}.</source>
        <translation>There is no plan for {source_year} yet.</translation>
    </message>
    <message>
        <source>Đã có kế hoạch năm {new_year}.</source>
        <translation type="vanished">A plan for {new_year} already exists.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sửa kế hoạch năm đó thay vì tạo mới.</source>
        <translation>Edit that year&apos;s plan instead of creating a new one.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Chưa nhập chủ đề (Chuyên đề) của năm.</source>
        <translation>The year&apos;s theme (Chuyên đề) has not been entered.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Không tìm thấy mốc kế hoạch.</source>
        <translation>The plan milestone was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mốc này được tính tự động từ sổ sách.</source>
        <translation>This milestone is worked out automatically from the records.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi buổi sinh hoạt, bản đăng ký hoặc kiểm điểm tương ứng.</source>
        <translation>Record the matching session, pledge or review.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp kế hoạch không đúng dạng: phải là một đối tượng JSON.</source>
        <oldsource>Tệp kế hoạch thiếu năm hoặc chủ đề.</oldsource>
        <translation>The plan file is not in the right form: it must be a JSON object.</translation>
    </message>
    <message>
        <source>Kiểm tra các trường &quot;year&quot; và &quot;topic&quot;.</source>
        <translation type="vanished">Check the &quot;year&quot; and &quot;topic&quot; fields.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Đã tổ chức ngày {day}</source>
        <translation>Held on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done}/{due} đảng viên</source>
        <translation>{done}/{due} members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} là tệp KH130 đã ký (như tệp kế hoạch cấp ủy gửi xuống), không phải tệp kế hoạch dạng JSON.</source>
        <translation>{name} is a signed KH130 file (like the committee&apos;s plan file), not a plan JSON file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp kế hoạch của cấp ủy nhập ở trang “Chi bộ”, nút “Nhập tệp kế hoạch…” (hoặc lệnh kh130 plan import); ở đây chỉ nạp tệp kế hoạch dạng .json.</source>
        <translation>The committee&apos;s plan file is imported on the “Cell” page, button “Import a plan file…” (or with kh130 plan import); only a .json plan file is loaded here.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Chưa có kế hoạch năm {year}.</source>
        <translation>There is no plan for {year} yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa nhập nội dung đăng ký làm theo.</source>
        <translation>The pledge has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi việc cụ thể, kiểm tra được.</source>
        <translation>Write a concrete action that can be checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung đăng ký quá ngắn để kiểm tra được.</source>
        <translation>The pledge is too short to be checked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi rõ việc sẽ làm, ví dụ: “Vận động 5 hộ làm nhà tiêu hợp vệ sinh”.</source>
        <translation>Say clearly what will be done, for example: “Persuade 5 households to build hygienic latrines”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời hạn phải trong năm {year}.</source>
        <translation>The deadline must be within {year}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy nội dung đăng ký (có thể đã bị xóa).</source>
        <translation>The pledge item was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý phải từ I đến IV.</source>
        <translation>The quarter must be from I to IV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập kết quả thực hiện trong quý.</source>
        <translation>The quarter&apos;s results have not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy ghi chép tiến độ.</source>
        <translation>The progress note was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm phải từ 0 đến 100.</source>
        <translation>The score must be from 0 to 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} điểm không khớp mức “{level}” (từ {low} đến {high} điểm).</source>
        <translation>A score of {score} does not match the rating “{level}” ({low} to {high} points).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa điểm hoặc mức xếp loại cho thống nhất.</source>
        <translation>Change the score or the rating so that they agree.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ đảng viên hoàn thành xuất sắc nhiệm vụ mới được nêu gương điển hình.</source>
        <translation>Only members who excellently fulfilled their duties can be held up as examples.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có kiểm điểm để xóa.</source>
        <translation>There is no review to delete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập vấn đề chi bộ đăng ký giải quyết.</source>
        <translation>The issue the cell pledges to resolve has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy đăng ký của tập thể.</source>
        <translation>The collective pledge was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung chuyên đề không có trong kế hoạch năm.</source>
        <translation>This topic theme is not in the year&apos;s plan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ngày chỉ có tháng hoặc năm phải ghi là ngày đầu tháng hoặc đầu năm.</source>
        <translation>A date known to the month or year only must be the first day of that month or year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập ngày bắt đầu ghi sổ.</source>
        <translation>The first day of the book is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày bắt đầu ghi sổ không được ở tương lai.</source>
        <translation>The first day of the book cannot be in the future.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chi bộ đang có bí thư {full_name}.</source>
        <translation>The cell&apos;s secretary is {full_name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ chỉ có một bí thư: xác nhận để đồng chí ấy thôi chức bí thư (chuyển làm đảng viên).</source>
        <translation>A cell has one secretary: confirm to end that comrade&apos;s term (they become a member).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập ngày vào chi bộ.</source>
        <translation>The joining date is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Độ chính xác “{precision}” của ngày không hợp lệ.</source>
        <translation>The date precision “{precision}” is not valid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{full_name} đã chuyển đi trước ngày này.</source>
        <translation>{full_name} had left before this day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không xuất được danh sách ra tệp “{suffix}”.</source>
        <translation>The roster cannot be exported to a “{suffix}” file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đặt tên tệp kết thúc bằng .xlsx hoặc .csv.</source>
        <translation>Give the file a name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chọn dòng tên cột khác, hoặc chỉ rõ cột nào là Họ và tên.</source>
        <translation>Choose another header row, or say which column is the full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng {line} không có trong tệp hoặc là dòng trống.</source>
        <translation>Row {line} is not in the file, or it is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn dòng có tên các cột (Họ và tên, Ngày sinh…).</source>
        <translation>Choose the row that names the columns (Full name, Date of birth…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp không có cột số {index}.</source>
        <translation>The file has no column number {index}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một cột có trong tệp.</source>
        <translation>Choose a column that is in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có trường “{name}” để nhập.</source>
        <translation>There is no field “{name}” to import into.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một trường trong danh sách.</source>
        <translation>Choose a field from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng trống.</source>
        <translation>Empty row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề phía trên bảng.</source>
        <translation>Title above the table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng tên cột.</source>
        <translation>Header row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng đánh số thứ tự các cột.</source>
        <translation>Row numbering the columns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng tên cột lặp lại (sang trang).</source>
        <translation>Header repeated (new page).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng tổng cộng.</source>
        <translation>Total row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng cộng từng phần.</source>
        <translation>Subtotal row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng tiêu đề nhóm: {text}</source>
        <translation>Section heading: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần cuối bảng (nơi ký tên).</source>
        <translation>Below the table (signatures).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có họ tên, ngày tháng hay số thẻ: không phải dòng đảng viên.</source>
        <translation>No name, date or card number: not a member&apos;s row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{new} đảng viên mới, {updated} cập nhật, {same} không đổi, {bad} dòng lỗi, {skipped} dòng bỏ qua</source>
        <translation>{new} new members, {updated} updated, {same} unchanged, {bad} rows with errors, {skipped} rows skipped</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Danh sách chi bộ đã thay đổi từ khi xem trước.</source>
        <translation>The cell&apos;s roster has changed since the preview.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đọc lại tệp rồi nhập.</source>
        <translation>Read the file again, then import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dòng tổng cộng ghi {stated}, tệp có {found} dòng đảng viên: kiểm tra lại có sót dòng nào không.</source>
        <translation>The total row says {stated}, the file has {found} member rows: check that no row is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có {count} bí thư (dòng {lines}): chi bộ chỉ có một bí thư.</source>
        <translation>The file has {count} secretaries (rows {lines}): a cell has one secretary.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp không có cột Giới tính: đảng viên mới được ghi là Nam, sửa lại sau nếu cần.</source>
        <translation>The file has no Sex column: new members are recorded as male; correct them later if needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cột {columns} gõ bằng bảng mã {encoding}: đã chuyển sang Unicode (chữ gốc giữ bên cạnh).</source>
        <translation>Columns {columns} were typed in {encoding}: converted to Unicode (the original text is kept beside it).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có {count} đảng viên tên {full_name} trong danh sách: ghi thêm số thẻ hoặc ngày sinh để phân biệt.</source>
        <translation>There are {count} members named {full_name} on the roster: add the card number or date of birth to tell them apart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{full_name} đã chuyển đi ngày {date}: không nhập lại.</source>
        <translation>{full_name} moved away on {date}: not imported again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trạng thái {status}: theo ghi chú “{text}”.</source>
        <translation>Status {status}: from the notes “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú nêu nhiều trạng thái ({found}): chưa lấy trạng thái từ ghi chú.</source>
        <translation>The notes name several statuses ({found}): no status taken from the notes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái {status}: theo dòng nhóm “{text}”.</source>
        <translation>Status {status}: from the section heading “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái Dự bị: vào Đảng chưa đủ 12 tháng, chưa có ngày chính thức.</source>
        <translation>Status probationary: admitted less than 12 months ago, no official date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ {role}: theo ghi chú “{text}”.</source>
        <translation>Role {role}: from the notes “{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quá dài ({length} ký tự).</source>
        <translation>too long ({length} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú “{text}” khác trạng thái ở cột Trạng thái: lấy theo cột.</source>
        <translation>The notes “{text}” disagree with the Status column: the column is taken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cần đủ ngày, tháng, năm (số liệu sinh hoạt tính từ ngày này).</source>
        <translation>needs day, month and year (attendance is counted from this date).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày sinh ghi ở cả cột Nam và cột Nữ.</source>
        <translation>date of birth written in both the Male and the Female column.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” không phải chức vụ trong chi bộ: ghi vào ghi chú.</source>
        <translation>“{text}” is not a role in the cell: kept in the notes.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Trả lại để sửa bản lần {revision}: {reason} (chờ chi bộ gửi bản sửa). {before}</source>
        <translation>Revision {revision} returned for correction: {reason} (waiting for the cell’s corrected revision). {before}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp báo cáo</source>
        <translation>a report file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tệp báo cáo tổng hợp</source>
        <translation>a consolidated report file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tệp kế hoạch năm</source>
        <translation>a year&apos;s plan file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giấy báo nhận</source>
        <translation>a receipt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đây là {found}, không phải {wanted}.</source>
        <translation>This is {found}, not {wanted}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng đúng chức năng nhập cho loại tệp này.</source>
        <translation>Use the import meant for this kind of file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Văn bản trong {member} không ở dạng Unicode chuẩn (NFC); đã chuẩn hóa khi đọc.</source>
        <translation>Text in {member} is not in Unicode normal form (NFC); it was normalised on reading.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Chưa nhập tên cấp ủy của khóa.</source>
        <translation>The committee of the key is not entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi tên cấp ủy như trên phiếu đăng ký khóa, ví dụ: Đảng ủy xã Hòa An.</source>
        <translation>Enter the committee&apos;s name as on the key slip, e.g. Đảng ủy xã Hòa An.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi bộ chưa ghi khóa của cấp ủy, nên chưa nhận được {what}.</source>
        <translation>The cell has not recorded the committee&apos;s key, so it cannot accept the {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi dấu vân tay khóa của cấp ủy từ phiếu đăng ký khóa (trang Chi bộ), rồi nhập lại. Dấu vân tay của tệp: {fp}</source>
        <translation>Record the committee&apos;s key fingerprint from its key slip (Cell page), then import again. Fingerprint of the file: {fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {what} không được ký bằng khóa của {name} mà chi bộ đã ghi.</source>
        <translation>The {what} is not signed with the key of {name} the cell recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không dùng tệp này; nếu cấp ủy đã đổi khóa, ghi khóa mới từ phiếu mới rồi nhập lại. Dấu vân tay của tệp: {fp}</source>
        <translation>Do not use this file; if the committee changed its key, record the new key from its new slip, then import again. Fingerprint of the file: {fp}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy tệp đang chờ (có thể đã nhập hoặc đã bỏ).</source>
        <translation>The held file was not found (it may have been imported or discarded).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhận bản mới hơn (lần {newest}); bản này được lưu là bản lần {revision}, không thay bản mới.</source>
        <translation>A newer revision was received (revision {newest}); this one is kept as revision {revision} and does not replace it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa ký đã tin cậy nhưng chưa gắn với chi bộ nào. So dấu vân tay {fingerprint} với phiếu đăng ký khóa của {cell_name}, đúng thì phê duyệt.</source>
        <translation>The signing key is trusted but bound to no cell. Compare the fingerprint {fingerprint} with the key registration slip of {cell_name}, and approve if it matches.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa ký này đã bị thu hồi từ ngày {day}; tệp ký ngày {signed} không được nhận.</source>
        <translation>This signing key was revoked from {day}; a file signed on {signed} is not accepted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bản lần {revision} thay bản lần {previous} đã nhận.</source>
        <translation>Revision {revision} replaces revision {previous} received.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chi bộ trong tệp là của {other}, không phải chi bộ đăng ký khóa này. Không dùng tệp này.</source>
        <translation>The cell id in the file belongs to {other}, not to the cell this key is registered for. Do not use this file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận, thay bản cũ</source>
        <translation>Accepted, replaces the old version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng (đã có)</source>
        <translation>Duplicate (already received)</translation>
    </message>
    <message>
        <source>Bản cũ (bỏ qua)</source>
        <translation type="vanished">Older version (skipped)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chờ phê duyệt khóa</source>
        <translation>Waiting for key approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Đã có bản mới hơn (số {sequence}); bản số {sequence2} này cũ hơn nên bỏ qua.</source>
        <translation type="vanished">A newer version (no. {sequence}) has already been received; this version (no. {sequence2}) is older, so it was skipped.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Số thứ tự của tệp báo cáo không hợp lệ.</source>
        <translation>The report file&apos;s sequence number is not valid.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Chưa nhập tên cấp ủy tiếp nhận.</source>
        <translation>The receiving committee&apos;s name has not been entered.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Ví dụ: ĐẢNG ỦY XÃ HÒA AN.</source>
        <translation>For example: ĐẢNG ỦY XÃ HÒA AN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” đã có trong danh sách chi bộ.</source>
        <translation>“{name}” is already in the list of cells.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy chi bộ (có thể đã bị xóa).</source>
        <translation>The cell was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không xóa được {name}: đã nhận báo cáo của chi bộ này.</source>
        <translation>Could not delete {name}: reports from this cell have already been received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp khóa công khai quá lớn.</source>
        <translation>The public key file is too large.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay của tệp khóa không khớp với dấu vân tay trên phiếu.</source>
        <translation>The key file&apos;s fingerprint does not match the fingerprint on the slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tin cậy khóa này; liên hệ chi bộ để kiểm tra lại.</source>
        <translation>Do not trust this key; contact the cell to check it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa này đã được tin cậy.</source>
        <translation>This key is already trusted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay: {printed}</source>
        <translation>Fingerprint: {printed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy khóa (có thể đã bị xóa).</source>
        <translation>The key was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Không tìm thấy tệp đang chờ (có thể đã được xử lý).</source>
        <translation>The waiting file was not found (it may have been dealt with already).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Khóa ký chưa được tin cậy. So dấu vân tay {fingerprint} với phiếu đăng ký khóa của {cell_name}, đúng thì phê duyệt.</source>
        <translation>The signing key is not trusted yet. Compare the fingerprint {fingerprint} with the key registration slip of {cell_name}; if it matches, approve the key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khóa ký này đã đăng ký cho chi bộ khác, không phải “{cell_name}”. Không dùng tệp này.</source>
        <translation>This signing key is registered to another cell, not “{cell_name}”. Do not use this file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã báo cáo đã dùng cho một tệp khác: tệp bị phát lại hoặc giả mạo.</source>
        <translation>The report ID has already been used for a different file: this file is a replay or a forgery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số thứ tự {sequence} của máy này đã dùng cho báo cáo khác: tệp bị phát lại hoặc giả mạo.</source>
        <translation>The sending computer&apos;s sequence number {sequence} has already been used for a different report: this file is a replay or a forgery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chữ ký và mã băm hợp lệ; báo cáo đầu tiên của kỳ này.</source>
        <translation>Signature and hashes are valid; the first report for this period.</translation>
    </message>
    <message>
        <source>Bản mới (số {sequence}) thay bản đã nhận (số {sequence2}).</source>
        <translation type="vanished">The new version (no. {sequence}) replaces the one received before (no. {sequence2}).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Chưa khai báo tên cấp ủy tiếp nhận.</source>
        <translation>The receiving committee&apos;s name has not been set.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tên cấp ủy ở trang Tiếp nhận báo cáo (hoặc kh130 committee set --name …) trước khi xuất.</source>
        <oldsource>Nhập tên cấp ủy ở trang Tiếp nhận báo cáo trước khi xuất.</oldsource>
        <translation>Enter the committee&apos;s name on the Receiving reports page (or kh130 committee set --name …) before exporting.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} đã gửi báo cáo bằng mã chi bộ khác.</source>
        <translation>{name} has sent reports under a different cell ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại: tệp này có thể không phải của chi bộ đó.</source>
        <translation>Please check: this file may not be from that cell.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Báo cáo này đã được nhận trước đó.</source>
        <translation>This report has already been received.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Dữ liệu báo cáo (report.json) sai cấu trúc.</source>
        <translation>The report data (report.json) has the wrong structure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xin đơn vị gửi xuất lại tệp bằng KH130.</source>
        <translation>Ask the sender to export the file again with KH130.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Tệp báo cáo chứa thành phần có tên không an toàn: “{name}”.</source>
        <translation>The report file contains a part with an unsafe name: “{name}”.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tệp có thể đã bị sửa đổi hoặc giả mạo; không dùng tệp này.</source>
        <translation>The file may have been altered or forged; do not use it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thành phần “{filename}” quá lớn ({file_size} byte).</source>
        <translation>The part “{filename}” is too large ({file_size} bytes).</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.</source>
        <translation>The file may be malicious (a zip bomb); do not use it.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Kích thước thực của “{filename}” khác kích thước khai báo.</source>
        <translation>The actual size of “{filename}” differs from its declared size.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>{what} lồng nhau quá sâu.</source>
        <translation>{what} is nested too deeply.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>manifest.json không phải một đối tượng JSON.</source>
        <translation>manifest.json is not a JSON object.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đây không phải tệp báo cáo KH130 (sai tên định dạng).</source>
        <translation>This is not a KH130 report file (wrong format name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ nhập tệp .kh130 do chương trình KH130 xuất ra.</source>
        <translation>Import only .kh130 files exported by KH130.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp báo cáo dùng định dạng phiên bản {version}, chương trình này chỉ đọc phiên bản {format_version}.</source>
        <translation>The report file uses format version {version}; this program reads only version {format_version}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cài phiên bản KH130 mới nhất rồi nhập lại tệp.</source>
        <translation>Install the latest version of KH130, then import the file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json sai trường “supersedes”.</source>
        <translation>manifest.json has a wrong “supersedes” field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json sai thông tin chi bộ (“cell”).</source>
        <translation>manifest.json has wrong cell details (“cell”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại báo cáo “{kind}” không được hỗ trợ.</source>
        <translation>The report type “{kind}” is not supported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json sai mã báo cáo hoặc mã cài đặt.</source>
        <translation>manifest.json has a wrong report ID or installation ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thời điểm lập báo cáo không hợp lệ.</source>
        <translation>The time the report was made is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json sai kỳ báo cáo.</source>
        <translation>manifest.json has a wrong reporting period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp quá lớn ({size} MB) cho một báo cáo.</source>
        <translation>The file is too large ({size} MB) to be a report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp báo cáo hợp lệ không quá {limit} MB; kiểm tra lại tệp.</source>
        <translation>A valid report file is no larger than {limit} MB; check the file.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Tệp báo cáo có quá nhiều thành phần ({count}).</source>
        <translation>The report file has too many parts ({count}).</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Tệp có thể đã bị sửa đổi; không dùng tệp này.</source>
        <translation>The file may have been altered; do not use it.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Nội dung giải nén của tệp quá lớn.</source>
        <translation>The file&apos;s unpacked content is too large.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp không có manifest.json hoặc manifest.sig: không phải tệp báo cáo KH130.</source>
        <translation>The file has no manifest.json or manifest.sig: it is not a KH130 report file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay ghi trong tệp không khớp với khóa ký.</source>
        <translation>The fingerprint written in the file does not match the signing key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có thể bị giả mạo; không dùng tệp này.</source>
        <translation>The file may be forged; do not use it.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tệp báo cáo không có report.json.</source>
        <translation>The report file has no report.json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dữ liệu báo cáo (report.json) có định dạng không được hỗ trợ.</source>
        <translation>The report data (report.json) is in an unsupported format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dữ liệu báo cáo không khớp với chi bộ hoặc kỳ ghi trong manifest.json.</source>
        <translation>The report data does not match the cell or the period given in manifest.json.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tệp quá lớn cho một báo cáo.</source>
        <translation>The file is too large to be a report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại tệp.</source>
        <translation>Check the file.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>{what} không phải JSON UTF-8 hợp lệ ({reason}).</source>
        <translation>{what} is not valid UTF-8 JSON ({reason}).</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>manifest.json thiếu hoặc sai trường “{key}”.</source>
        <translation>manifest.json is missing the field “{key}”, or it is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manifest.json sai kỳ báo cáo hoặc thời điểm lập.</source>
        <translation>manifest.json has a wrong reporting period or creation time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách tệp trong manifest.json sai cấu trúc.</source>
        <translation>The list of files in manifest.json has the wrong structure.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Tệp không đọc được: không phải tệp báo cáo, hoặc đã bị cắt cụt khi sao chép.</source>
        <translation>The file cannot be read: it is not a report file, or it was cut short while being copied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao chép lại tệp từ USB (chờ sao chép xong mới rút) hoặc xin đơn vị gửi lại.</source>
        <translation>Copy the file from the USB stick again (wait until copying has finished before removing the stick), or ask the sender to send it again.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tệp báo cáo có hai thành phần cùng tên “{filename}”.</source>
        <translation>The report file has two parts with the same name “{filename}”.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tệp báo cáo có thành phần bị mã hóa.</source>
        <translation>The report file has an encrypted part.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp KH130 không mã hóa thành phần nào; không dùng tệp này.</source>
        <translation>KH130 files never encrypt any part; do not use this file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp báo cáo dùng kiểu nén không được hỗ trợ.</source>
        <translation>The report file uses an unsupported kind of compression.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Thành phần “{filename}” quá lớn khi giải nén ({file_size} byte).</source>
        <translation>The part “{filename}” is too large when unpacked ({file_size} bytes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa công khai trong tệp không hợp lệ.</source>
        <translation>The public key in the file is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chữ ký số của tệp không đúng: tệp đã bị sửa đổi sau khi ký, hoặc bị giả mạo.</source>
        <translation>The file&apos;s digital signature is wrong: the file was altered after signing, or it is forged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không dùng tệp này; xin đơn vị gửi xuất lại tệp báo cáo.</source>
        <translation>Do not use this file; ask the sender to export the report file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json liệt kê “{name}” không đúng quy định.</source>
        <translation>manifest.json lists “{name}”, which is not allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có thành phần “{name}” không có trong danh sách đã ký.</source>
        <translation>The file has a part “{name}” that is not in the signed list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp đã bị thêm nội dung sau khi ký; không dùng tệp này.</source>
        <translation>Content was added to the file after signing; do not use it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp thiếu thành phần “{name}” đã ký.</source>
        <translation>The file is missing the signed part “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp không đầy đủ; xin đơn vị gửi lại.</source>
        <translation>The file is incomplete; ask the sender to send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kích thước của “{name}” khác với bản đã ký.</source>
        <translation>The size of “{name}” differs from the signed version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp đã bị sửa đổi sau khi ký; không dùng tệp này.</source>
        <translation>The file was altered after signing; do not use it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung “{name}” không khớp mã băm SHA-256 đã ký.</source>
        <translation>The content of “{name}” does not match the signed SHA-256 hash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đọc được tệp: {reason}.</source>
        <translation>Could not read the file: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra USB hoặc thư mục rồi thử lại.</source>
        <translation>Check the USB stick or the folder, then try again.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Tệp báo cáo bị hỏng: nội dung nén không giải được.</source>
        <translation>The report file is damaged: its compressed content cannot be unpacked.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Sao chép lại tệp hoặc xin đơn vị gửi lại.</source>
        <translation>Copy the file again, or ask the sender to send it again.</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên phải có ít nhất họ và tên.</source>
        <translation>The full name must include at least a family name and a given name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Nông Văn Dũng.</source>
        <translation>For example: Nông Văn Dũng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ và tên không được chứa chữ số.</source>
        <translation>The full name must not contain digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số thẻ đảng viên chỉ gồm chữ số.</source>
        <translation>The party card number may contain only digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: 42.012345.</source>
        <translation>For example: 42.012345.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm sinh không hợp lệ.</source>
        <translation>The year of birth is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày vào Đảng phải từ khi đủ 18 tuổi.</source>
        <translation>The admission date must be on or after the member&apos;s 18th birthday.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra ngày sinh và ngày vào Đảng.</source>
        <translation>Check the date of birth and the admission date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày chính thức phải sau ngày vào Đảng.</source>
        <translation>The date made official must be after the admission date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên dự bị chưa có ngày chính thức.</source>
        <translation>A probationary member cannot have a date made official yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa ngày chính thức hoặc đổi trạng thái.</source>
        <translation>Clear the date made official, or change the status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên vào Đảng chưa đủ 12 tháng thì còn là dự bị.</source>
        <translation>A member admitted less than 12 months ago is still probationary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trạng thái và chức vụ không thay đổi.</source>
        <translation>The status and role have not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên này đã chuyển đi.</source>
        <translation>This member has moved away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi nhận trở lại trước khi đổi trạng thái.</source>
        <translation>Record the member&apos;s return before changing the status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hiệu lực trước ngày vào chi bộ.</source>
        <translation>The effective date is before the date the member joined the cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên này đã được ghi là chuyển đi.</source>
        <translation>This member is already recorded as moved away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày chuyển đi trước ngày vào chi bộ.</source>
        <translation>The date moved away is before the date the member joined the cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi lý do chuyển đi.</source>
        <translation>Enter the reason for moving away.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: chuyển sinh hoạt đến Chi bộ thôn Bản Giới.</source>
        <translation>For example: transferred to Chi bộ thôn Bản Giới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy đảng viên (có thể đã bị xóa).</source>
        <translation>The member was not found (they may have been deleted).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày không được ở tương lai.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại ({date}).</source>
        <translation>Please check it ({date}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không xóa được {full_name}: đã có điểm danh, đăng ký hoặc kiểm điểm.</source>
        <translation>Could not delete {full_name}: there is already attendance, a pledge or a review for them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng “Chuyển đi” để giữ lại lịch sử.</source>
        <translation>Use “Move away” to keep the history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số thẻ {card} đã thuộc về {full_name}.</source>
        <translation>Card number {card} already belongs to {full_name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại số thẻ đảng viên.</source>
        <translation>Check the party card number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có đảng viên {full_name} cùng ngày sinh trong danh sách.</source>
        <translation>The roster already has a member {full_name} with the same date of birth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có thể đã nhập trùng; kiểm tra lại danh sách.</source>
        <translation>This may be a duplicate entry; check the roster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp quá lớn ({size} MB) để là danh sách đảng viên.</source>
        <translation>The file is too large ({size} MB) to be a roster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách đảng viên thường dưới 1 MB; tối đa {limit} MB. Kiểm tra lại đã chọn đúng tệp chưa.</source>
        <translation>A roster is usually under 1 MB; the limit is {limit} MB. Check that you chose the right file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp có hơn {max_rows} dòng: không phải danh sách một chi bộ.</source>
        <translation>The file has more than {max_rows} rows: it is not one cell&apos;s roster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại đã chọn đúng tệp chưa, hoặc tách danh sách thành nhiều tệp.</source>
        <translation>Check that you chose the right file, or split the roster into several files.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>không hiểu “{text}”.</source>
        <translation>cannot understand “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một trong: {choices}.</source>
        <translation>Choose one of: {choices}.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>không hiểu ngày “{text}”.</source>
        <translation>cannot understand the date “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi theo dạng ngày/tháng/năm, ví dụ 19/05/1990.</source>
        <translation>Write it as day/month/year, for example 19/05/1990.</translation>
    </message>
    <message>
        <source>{good} dòng hợp lệ, {bad} dòng lỗi</source>
        <translation type="vanished">Valid rows: {good}; rows with errors: {bad}</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Tệp {name} trống.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp danh sách đảng viên (CSV hoặc XLSX).</source>
        <translation>Choose a roster file (CSV or XLSX).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp Excel kiểu cũ (.xls) chưa đọc được.</source>
        <translation>Old-style Excel files (.xls) cannot be read yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trong Excel, chọn Lưu thành… kiểu “Excel Workbook (.xlsx)” hoặc CSV UTF-8 rồi nhập lại.</source>
        <translation>In Excel, choose Save As… with the type “Excel Workbook (.xlsx)” or CSV UTF-8, then import again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp {name} không phải tệp văn bản CSV.</source>
        <translation>The file {name} is not a CSV text file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp .csv hoặc .xlsx.</source>
        <translation>Choose a .csv or .xlsx file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tệp {name} không có dòng nào.</source>
        <translation>The file {name} has no rows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng tệp mẫu: dòng đầu là tên cột, mỗi dòng sau một đảng viên.</source>
        <translation>Use the template file: the first row holds the column names, then one member per row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy cột “Họ và tên” trong tệp.</source>
        <translation>The “Họ và tên” (full name) column was not found in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng tên cột cần có: Họ và tên, Ngày sinh, Giới tính, Số thẻ, Ngày vào Đảng… (xem tệp mẫu).</source>
        <translation>The column-name row needs: Họ và tên, Ngày sinh, Giới tính, Số thẻ, Ngày vào Đảng… (see the template file).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tệp {name} chỉ có dòng tên cột.</source>
        <translation>The file {name} has only the column-name row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm mỗi đảng viên một dòng dưới dòng tên cột.</source>
        <translation>Add one row per member below the column-name row.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>không hiểu ngày “{value}”.</source>
        <translation>cannot understand the date “{value}”.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Chưa chọn dòng nào để nhập.</source>
        <translation>No rows have been chosen for import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp có ít nhất một dòng hợp lệ.</source>
        <translation>Choose a file with at least one valid row.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Tệp {name} không phải tệp Excel hợp lệ.</source>
        <translation>The file {name} is not a valid Excel file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở tệp bằng Excel và lưu lại thành .xlsx.</source>
        <translation>Open the file in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp {name} hỏng ở dòng {line_num}.</source>
        <translation>The file {name} is damaged at line {line_num}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở lại bằng Excel và lưu thành CSV ({exc}).</source>
        <translation>Open it again in Excel and save it as CSV ({exc}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} không đọc được bằng Excel.</source>
        <translation>The file {name} could not be read as an Excel file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập lại.</source>
        <translation>Open the file in Excel, save it again as .xlsx, then import it again.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>ngày “{text}” không có thật.</source>
        <translation>the date “{text}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại ngày và tháng.</source>
        <translation>Check the day and the month.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Không có dòng {line} trong tệp.</source>
        <translation>There is no row {line} in the file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng {line} có lỗi: {errors}</source>
        <translation>Row {line} has errors: {errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa tệp rồi nhập lại, hoặc bỏ dòng này.</source>
        <translation>Correct the file and import it again, or leave this row out.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Không đọc được tệp {name}.</source>
        <translation>Could not read the file {name}.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Kiểm tra tệp hoặc ổ USB ({reason}).</source>
        <translation>Check the file or the USB stick ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp {name} giải nén ra quá lớn: không phải danh sách đảng viên.</source>
        <translation>The file {name} is too large when unpacked: it is not a roster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra lại đã chọn đúng tệp chưa.</source>
        <translation>Check that you chose the right file.</translation>
    </message>
    <message>
        <source>{label}: quá dài ({length} ký tự).</source>
        <translation type="vanished">{label}: too long ({length} characters).</translation>
    </message>
    <message>
        <source>chỉ có năm {year}, ghi là 01/01/{year}.</source>
        <translation type="vanished">only the year {year} is given; recorded as 01/01/{year}.</translation>
    </message>
    <message>
        <source>chỉ có tháng {month}, ghi là ngày 01.</source>
        <translation type="vanished">only the month {month} is given; recorded as day 01.</translation>
    </message>
    <message>
        <source>Đã có trong danh sách chi bộ: {full_name}.</source>
        <translation type="vanished">Already on the cell roster: {full_name}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trùng với dòng {earlier} trong tệp.</source>
        <translation>Same as row {earlier} in the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dòng {line}: {message}</source>
        <translation>Row {line}: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>{label}: {note}</source>
        <translation type="vanished">{label}: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa nhập ngày họp.</source>
        <translation>The meeting date has not been entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp quá xa trong tương lai.</source>
        <translation>The meeting date is too far in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp không thuộc quý đã chọn.</source>
        <translation>The meeting date is not in the chosen quarter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa ngày họp hoặc quý.</source>
        <translation>Correct the meeting date or the quarter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giờ kết thúc phải sau giờ bắt đầu.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu biểu quyết không được âm.</source>
        <translation>Vote counts cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tìm thấy buổi sinh hoạt (có thể đã bị xóa).</source>
        <translation>The session was not found (it may have been deleted).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} không có trong danh sách chi bộ ngày {held_on}.</source>
        <translation>{what} is not on the cell roster on {held_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách mời chưa có tên.</source>
        <translation>A guest has no name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mỗi ý kiến cần tên người phát biểu và nội dung.</source>
        <translation>Each opinion needs the speaker&apos;s name and what was said.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} không thuộc diện triệu tập ngày {held_on}.</source>
        <translation>{name} was not summoned on {held_on}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên miễn sinh hoạt, đình chỉ, đã chuyển đi hoặc chưa vào chi bộ không điểm danh.</source>
        <translation>Attendance is not taken for members who are exempt, suspended, moved away or not yet in the cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi lý do vắng của {full_name}.</source>
        <translation>Enter the reason why {full_name} was absent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: ốm, đi làm ăn xa.</source>
        <translation>For example: ill, working away from home.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>“{code}” không phải mã đối chiếu của báo cáo in.</source>
        <translation>“{code}” is not the matching code of a printed report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã in dưới chữ ký của báo cáo, dạng KH130-4E6FBBD3-2022Q2-L2-659D32D9.</source>
        <translation>The code is printed under the report&apos;s signature, like KH130-4E6FBBD3-2022Q2-L2-659D32D9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lần của bản báo cáo bắt đầu từ 1.</source>
        <translation>A report&apos;s revision number starts at 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản giấy cũ hơn bản đã nhận: bản giấy là bản lần {revision}; đã nhận bản mới hơn ngày {day}.</source>
        <translation>The paper is older than the file received: the paper is revision {revision}; a newer revision was received on {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhận tệp báo cáo nào của chi bộ này cho kỳ {period}.</source>
        <translation>No report file of this cell has been received for the period {period}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có tệp đã nhận nào khớp với bản giấy này (bản lần {revision}): có thể chi bộ chưa gửi tệp của bản này.</source>
        <translation>No received file matches this paper (revision {revision}): the cell may not have sent the file of this revision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khớp bản lần {revision}: bản mới nhất đã nhận của {cell}.</source>
        <translation>Matches revision {revision}: the newest received from {cell}.</translation>
    </message>
    <message>
        <source>Thử lại; nếu lỗi lặp lại, khôi phục từ bản sao lưu.</source>
        <translation type="vanished">Try again; if the error happens again, restore from a backup.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Kho dữ liệu đang mở chỉ để đọc: không lưu được thay đổi.</source>
        <oldsource>Không ghi được vào kho dữ liệu: thư mục hoặc tệp chỉ cho phép đọc.</oldsource>
        <translation>The data store is open read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình đang dùng kho dữ liệu rồi mở lại KH130 để ghi.</source>
        <oldsource>Kiểm tra quyền ghi của thư mục dữ liệu.</oldsource>
        <translation>Close the program that is using the data store, then open KH130 again to write.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy: không lưu được thay đổi.</source>
        <translation type="vanished">The disk is full: the changes could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng chương trình rồi mở lại: kho dữ liệu được kiểm tra, và bản sao lưu tốt gần nhất được đề nghị khôi phục.</source>
        <oldsource>Giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn an toàn.</oldsource>
        <translation>Close the program and open it again: the data store is checked, and the newest good backup is offered for restoring.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kho dữ liệu đang bận (đang được chương trình khác dùng).</source>
        <translation>The data store is busy (another program is using it).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng các cửa sổ KH130 khác rồi thử lại.</source>
        <translation>Close the other KH130 windows, then try again.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Không có kho dữ liệu tại {folder}.</source>
        <translation>There is no data store in {folder}.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kho dữ liệu được tạo bởi phiên bản KH130 mới hơn phiên bản đang chạy.</source>
        <translation>The data store was made by a newer version of KH130 than the one running.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cài phiên bản KH130 mới nhất rồi mở lại.</source>
        <translation>Install the latest version of KH130, then open it again.</translation>
    </message>
    <message>
        <source>Kiểm tra quyền ghi hoặc chọn thư mục khác ({reason}).</source>
        <translation type="vanished">Check the write permission, or choose another folder ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp dữ liệu bị hỏng hoặc không phải kho dữ liệu KH130.</source>
        <translation>The data file is damaged or is not a KH130 data store.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không thay được tệp {name} trong {parent}: tệp đang được một chương trình khác mở.</source>
        <translation>Could not replace the file {name} in {parent}: another program has it open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng chương trình đang mở tệp này (Excel, trình xem PDF, một cửa sổ KH130 khác) rồi thử lại; nếu vẫn lỗi, đợi phần mềm diệt virus quét xong hoặc khởi động lại máy.</source>
        <translation>Close the program that has this file open (Excel, a PDF viewer, another KH130 window) and try again; if it still fails, wait for the antivirus to finish scanning or restart the computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tệp dữ liệu trống (0 byte)</source>
        <translation>the data file is empty (0 bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phần đầu tệp không phải của cơ sở dữ liệu SQLite</source>
        <translation>the start of the file is not that of an SQLite database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tệp là cơ sở dữ liệu khác, không phải kho KH130</source>
        <translation>the file is another kind of database, not a KH130 data store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không đọc được tệp</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chế độ phải là “chi bộ” hoặc “cấp ủy tiếp nhận”.</source>
        <translation>The mode must be “cell” or “receiving committee”.</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Thôn, bản</source>
        <translation>Village or hamlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ dân phố</source>
        <translation>Residential group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan</source>
        <translation>Government agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường học</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lực lượng vũ trang</source>
        <translation>Armed forces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị y tế</source>
        <translation>Health unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại hình khác</source>
        <translation>Other kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chính thức</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự bị</source>
        <translation>Probationary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinh hoạt tạm thời</source>
        <translation>Temporarily attached here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới thiệu sinh hoạt tạm thời đi nơi khác</source>
        <translation>Temporarily attached elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miễn công tác và sinh hoạt đảng</source>
        <translation>Exempt from Party work and meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đình chỉ sinh hoạt</source>
        <translation>Suspended from meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bí thư</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó Bí thư</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi ủy viên</source>
        <translation>Cell committee member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội nghị học tập, quán triệt Chuyên đề</source>
        <translation>Conference to study the year&apos;s topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinh hoạt chuyên đề</source>
        <translation>Thematic session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinh hoạt thường kỳ</source>
        <translation>Regular meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đi muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng có lý do</source>
        <translation>Absent with reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng không lý do</source>
        <translation>Absent without reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Excellently fulfilled duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Well fulfilled duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Fulfilled duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Did not fulfil duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị “{text}” không hợp lệ.</source>
        <translation>The value “{text}” is not valid.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Đang xử lý</source>
        <translation type="vanished">Working</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Thôn, bản</source>
        <translation type="vanished">Village or hamlet</translation>
    </message>
    <message>
        <source>Tổ dân phố</source>
        <translation type="vanished">Residential group</translation>
    </message>
    <message>
        <source>Cơ quan</source>
        <translation type="vanished">Government agency</translation>
    </message>
    <message>
        <source>Trường học</source>
        <translation type="vanished">School</translation>
    </message>
    <message>
        <source>Doanh nghiệp</source>
        <translation type="vanished">Enterprise</translation>
    </message>
    <message>
        <source>Lực lượng vũ trang</source>
        <translation type="vanished">Armed forces</translation>
    </message>
    <message>
        <source>Đơn vị y tế</source>
        <translation type="vanished">Health unit</translation>
    </message>
    <message>
        <source>Loại hình khác</source>
        <translation type="vanished">Other kind</translation>
    </message>
    <message>
        <source>Chính thức</source>
        <translation type="vanished">Official</translation>
    </message>
    <message>
        <source>Dự bị</source>
        <translation type="vanished">Probationary</translation>
    </message>
    <message>
        <source>Sinh hoạt tạm thời</source>
        <translation type="vanished">Temporarily attached here</translation>
    </message>
    <message>
        <source>Giới thiệu sinh hoạt tạm thời đi nơi khác</source>
        <translation type="vanished">Temporarily attached elsewhere</translation>
    </message>
    <message>
        <source>Miễn công tác và sinh hoạt đảng</source>
        <translation type="vanished">Exempt from Party work and meetings</translation>
    </message>
    <message>
        <source>Đình chỉ sinh hoạt</source>
        <translation type="vanished">Suspended from meetings</translation>
    </message>
    <message>
        <source>Bí thư</source>
        <translation type="vanished">Secretary</translation>
    </message>
    <message>
        <source>Phó Bí thư</source>
        <translation type="vanished">Deputy secretary</translation>
    </message>
    <message>
        <source>Chi ủy viên</source>
        <translation type="vanished">Cell committee member</translation>
    </message>
    <message>
        <source>Đảng viên</source>
        <translation type="vanished">Member</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="vanished">Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="vanished">Female</translation>
    </message>
    <message>
        <source>Hội nghị học tập, quán triệt Chuyên đề</source>
        <translation type="vanished">Conference to study the year&apos;s topic</translation>
    </message>
    <message>
        <source>Sinh hoạt chuyên đề</source>
        <translation type="vanished">Thematic session</translation>
    </message>
    <message>
        <source>Sinh hoạt thường kỳ</source>
        <translation type="vanished">Regular meeting</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation type="vanished">Present</translation>
    </message>
    <message>
        <source>Đi muộn</source>
        <translation type="vanished">Late</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation type="vanished">Absent with reason</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation type="vanished">Absent without reason</translation>
    </message>
    <message>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation type="vanished">Excellently fulfilled duties</translation>
    </message>
    <message>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation type="vanished">Well fulfilled duties</translation>
    </message>
    <message>
        <source>Hoàn thành nhiệm vụ</source>
        <translation type="vanished">Fulfilled duties</translation>
    </message>
    <message>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation type="vanished">Did not fulfil duties</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../kh130_desktop/ui/app.py" line="+195"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
</TS>
