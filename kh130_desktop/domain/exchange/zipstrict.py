"""The ZIP structure of a report file, read strictly with `struct` (never `zipfile`).

Python 3.11.7's zipfile predates the fix for CVE-2024-0450 and is lenient by design: it
skips bytes before the first entry, ignores what follows the end record, never looks at a
local entry the central directory does not list, and trusts the attributes it is given. A
signed report must not carry anything its signature does not cover, so every byte of the
file is accounted for here:

- the end record is the file's last 22 bytes (no ZIP comment, no ZIP64, one disk);
- the central directory ends where the end record begins, and lists every entry;
- the entries, in the order of their offsets, start at byte 0 and follow each other with no
  gap and no overlap, the last ending where the central directory begins: nothing before the
  first local header, no local entry hidden from the directory, no shared or overlapping data;
- each local header repeats its directory entry (name, flags, method, CRC and sizes);
- entries are regular files only: no directory, symbolic link or other attributes;
- names are NFC, plain (`check_name`) and unique also when case is ignored.

Every refusal is a `ReportFileError` with a Vietnamese reason (docs/report-format.md §4).
"""

from __future__ import annotations

import re
import stat
import struct
import unicodedata
import zlib
from dataclasses import dataclass

from ..errors import t
from .refusal import ReportFileError, _malformed

_EOCD = struct.Struct("<4sHHHHIIH")  # end of central directory record, 22 bytes
_CDIR = struct.Struct("<4sHHHHHHIIIHHHHHII")  # central directory entry, 46 bytes
_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # local file header, 30 bytes
_EOCD_SIG, _CDIR_SIG, _LOCAL_SIG, _DD_SIG = b"PK\x05\x06", b"PK\x01\x02", b"PK\x03\x04", b"PK\x07\x08"

STORED, DEFLATED = 0, 8
# Flag bits a report file may use: deflate options (1, 2), a data descriptor (3), UTF-8 names (11).
_ALLOWED_FLAGS = 0x0002 | 0x0004 | 0x0008 | 0x0800
_ENCRYPTED = 0x0001 | 0x0040 | 0x2000
_DOS_ALLOWED = 0x01 | 0x20  # read-only, archive
_DOS_DIRECTORY = 0x10
MAX_EXTRA = 64  # bytes of extra fields per header (timestamps and the like)
_ZIP64_EXTRA = 0x0001

_TAMPERED = t("Tệp có thể đã bị sửa đổi hoặc giả mạo; không dùng tệp này.")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]+)?$")
MAX_NAME = 64


def check_name(name: str) -> None:
    """A member name is a plain file name: it can never name a path on the receiving machine."""
    if ("/" in name or "\\" in name or "\x00" in name or ".." in name or ":" in name
            or not _SAFE_NAME.match(name) or len(name) > MAX_NAME):
        raise _malformed(t("Tệp báo cáo chứa thành phần có tên không an toàn: “{name}”.", name=f"{name[:80]!s}"),
                         _TAMPERED)


@dataclass(frozen=True)
class Entry:
    """One member, as the central directory and its local header agree it is."""

    name: str
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    offset: int  # of its local header
    data_start: int  # of its compressed data
    end: int  # one past its data (and data descriptor)


def _outside(message: str) -> ReportFileError:
    return _malformed(message, _TAMPERED)


def read_entries(data: bytes, max_members: int) -> list[Entry]:
    """The entries of a ZIP held in `data`, in the central directory's order, after every
    structural check above. Raises ReportFileError."""
    size = len(data)
    if size < _EOCD.size:
        raise _malformed("Tệp không đọc được: không phải tệp báo cáo, hoặc đã bị cắt cụt khi sao chép.",
                         "Sao chép lại tệp từ USB (chờ sao chép xong mới rút) hoặc xin đơn vị gửi lại.")
    where = data.rfind(_EOCD_SIG, max(0, size - _EOCD.size - 0xFFFF))
    if where < 0:
        raise _malformed("Tệp không đọc được: không phải tệp báo cáo, hoặc đã bị cắt cụt khi sao chép.",
                         "Sao chép lại tệp từ USB (chờ sao chép xong mới rút) hoặc xin đơn vị gửi lại.")
    if where + _EOCD.size > size:
        raise _malformed("Tệp báo cáo bị cắt cụt ở phần cuối.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    _sig, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment = _EOCD.unpack_from(data, where)
    if comment:
        raise _outside(t("Tệp ZIP có phần chú thích (comment) nằm ngoài nội dung đã ký."))
    if where + _EOCD.size != size:
        raise _outside(t("Tệp có {count} byte thừa sau phần kết thúc ZIP.", count=size - where - _EOCD.size))
    if 0xFFFF in (disk, cd_disk, on_disk, total) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise _malformed("Tệp báo cáo dùng ZIP64, định dạng KH130 không dùng.")
    if disk or cd_disk or on_disk != total:
        raise _malformed("Tệp báo cáo chia thành nhiều phần (multi-disk), định dạng KH130 không dùng.")
    if total > max_members:
        raise _malformed(t("Tệp báo cáo có quá nhiều thành phần ({count}).", count=total), _TAMPERED)
    if cd_offset + cd_size > where:
        raise _malformed("Danh mục thành phần của tệp ZIP bị hỏng.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    if cd_offset + cd_size < where:
        raise _outside(t("Tệp có {count} byte lạ nằm ngoài cấu trúc ZIP (trước tệp hoặc trước danh mục).",
                         count=where - cd_offset - cd_size))
    entries, seen = [], {}
    cursor = cd_offset
    for _ in range(total):
        entry, cursor = _directory_entry(data, cursor, cd_offset + cd_size)
        folded = entry.name.casefold()
        if folded in seen:
            if seen[folded] == entry.name:
                raise _outside(t("Tệp báo cáo có hai thành phần cùng tên “{filename}”.", filename=entry.name))
            raise _outside(t("Tệp báo cáo có hai thành phần trùng tên khi không phân biệt chữ hoa, chữ thường: "
                             "“{first}” và “{second}”.", first=seen[folded], second=entry.name))
        seen[folded] = entry.name
        entries.append(entry)
    if cursor != cd_offset + cd_size:
        raise _outside(t("Danh mục thành phần của tệp ZIP có dữ liệu thừa."))
    _check_coverage(entries, cd_offset)
    return entries


def _directory_entry(data: bytes, at: int, limit: int) -> tuple[Entry, int]:
    if at + _CDIR.size > limit:
        raise _malformed("Danh mục thành phần của tệp ZIP bị hỏng.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    (sig, made_by, _needed, flags, method, _time, _date, crc, csize, usize, nlen, xlen, clen, disk_start,
     internal, external, offset) = _CDIR.unpack_from(data, at)
    if sig != _CDIR_SIG:
        raise _malformed("Danh mục thành phần của tệp ZIP bị hỏng.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    end = at + _CDIR.size + nlen + xlen + clen
    if end > limit:
        raise _malformed("Danh mục thành phần của tệp ZIP bị hỏng.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    raw_name = data[at + _CDIR.size: at + _CDIR.size + nlen]
    name = _name(raw_name, flags)
    if clen:
        raise _outside(t("Thành phần “{name}” có chú thích (comment) nằm ngoài nội dung đã ký.", name=name))
    _check_extra(data[at + _CDIR.size + nlen: at + _CDIR.size + nlen + xlen], name)
    if flags & _ENCRYPTED:
        raise _malformed("Tệp báo cáo có thành phần bị mã hóa.", "Tệp KH130 không mã hóa thành phần nào; không dùng tệp này.")
    if flags & ~_ALLOWED_FLAGS:
        raise _malformed(t("Thành phần “{name}” dùng cờ ZIP không được hỗ trợ ({flags}).", name=name, flags=hex(flags)))
    if method not in (STORED, DEFLATED):
        raise _malformed("Tệp báo cáo dùng kiểu nén không được hỗ trợ.")
    if 0xFFFFFFFF in (csize, usize, offset):
        raise _malformed("Tệp báo cáo dùng ZIP64, định dạng KH130 không dùng.")
    if disk_start or internal & ~0x1:
        raise _outside(t("Thành phần “{name}” có thuộc tính lạ.", name=name))
    _check_attributes(name, made_by >> 8, external)
    return _local_entry(data, name, raw_name, flags, method, crc, csize, usize, offset), end


def _name(raw: bytes, flags: int) -> str:
    try:
        name = raw.decode("utf-8") if flags & 0x0800 else raw.decode("cp437")
    except UnicodeDecodeError as exc:
        raise _outside(t("Tên một thành phần của tệp không phải UTF-8 hợp lệ.")) from exc
    if not unicodedata.is_normalized("NFC", name):
        raise _outside(t("Tên thành phần “{name}” không ở dạng Unicode chuẩn (NFC).", name=name[:80]))
    check_name(name)
    return name


def _check_extra(extra: bytes, name: str) -> None:
    """Extra fields: a well-formed chain of (id, length, data), small, and no ZIP64."""
    if len(extra) > MAX_EXTRA:
        raise _outside(t("Thành phần “{name}” có vùng dữ liệu phụ (extra) quá lớn.", name=name))
    at = 0
    while at < len(extra):
        if at + 4 > len(extra):
            raise _outside(t("Vùng dữ liệu phụ (extra) của “{name}” bị hỏng.", name=name))
        kind, length = struct.unpack_from("<HH", extra, at)
        at += 4 + length
        if kind == _ZIP64_EXTRA:
            raise _malformed("Tệp báo cáo dùng ZIP64, định dạng KH130 không dùng.")
    if at != len(extra):
        raise _outside(t("Vùng dữ liệu phụ (extra) của “{name}” bị hỏng.", name=name))


def _check_attributes(name: str, system: int, external: int) -> None:
    """A member is a regular file: no directory, link, device, hidden or system attribute. The
    high 16 bits are a Unix st_mode; permission bits alone (what Python's zipfile writes, 0o600,
    whatever the system byte says) are a regular file."""
    dos, mode = external & 0xFFFF, external >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise _outside(t("Thành phần “{name}” là liên kết (symlink), không phải tệp thường.", name=name))
    if kind == stat.S_IFDIR or dos & _DOS_DIRECTORY:
        raise _outside(t("Thành phần “{name}” là thư mục, không phải tệp thường.", name=name))
    if kind not in (0, stat.S_IFREG):
        raise _outside(t("Thành phần “{name}” không phải tệp thường.", name=name))
    if dos & ~_DOS_ALLOWED or mode & (stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX):
        raise _outside(t("Thành phần “{name}” có thuộc tính lạ.", name=name))


def _local_entry(data: bytes, name: str, raw_name: bytes, flags: int, method: int, crc: int, csize: int,
                 usize: int, offset: int) -> Entry:
    mismatch = t("Phần đầu của thành phần “{name}” không khớp với danh mục của tệp.", name=name)
    if offset + _LOCAL.size > len(data):
        raise _outside(mismatch)
    sig, _needed, lflags, lmethod, _time, _date, lcrc, lcsize, lusize, nlen, xlen = _LOCAL.unpack_from(data, offset)
    start = offset + _LOCAL.size
    if sig != _LOCAL_SIG or data[start: start + nlen] != raw_name or lflags != flags or lmethod != method:
        raise _outside(mismatch)
    _check_extra(data[start + nlen: start + nlen + xlen], name)
    described = (lcrc, lcsize, lusize)
    if described != (crc, csize, usize) and not (flags & 0x0008 and described == (0, 0, 0)):
        raise _outside(mismatch)
    data_start = start + nlen + xlen
    end = data_start + csize
    if flags & 0x0008:  # a data descriptor follows the data: with or without its signature
        with_sig = data[end: end + 4] == _DD_SIG
        at = end + 4 if with_sig else end
        if data[at: at + 12] != struct.pack("<III", crc, csize, usize):
            raise _outside(mismatch)
        end = at + 12
    if end > len(data):
        raise _malformed("Tệp báo cáo bị cắt cụt.", "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    return Entry(name, method, flags, crc, csize, usize, offset, data_start, end)


def _check_coverage(entries: list[Entry], cd_offset: int) -> None:
    """The entries tile the file from byte 0 to the central directory: no gap, no overlap."""
    at = 0
    for entry in sorted(entries, key=lambda e: e.offset):
        if entry.offset < at:
            raise _outside(t("Các thành phần của tệp chồng lên nhau."))
        if entry.offset > at:
            if at == 0:
                raise _outside(t("Tệp có {count} byte lạ trước thành phần đầu tiên.", count=entry.offset))
            raise _outside(t("Tệp có {count} byte ẩn giữa các thành phần (không có trong danh mục).",
                             count=entry.offset - at))
        at = entry.end
    if at > cd_offset:
        raise _outside(t("Các thành phần của tệp chồng lên nhau."))
    if at < cd_offset:
        raise _outside(t("Tệp có {count} byte ẩn giữa các thành phần (không có trong danh mục).", count=cd_offset - at))


def read_member(data: bytes, entry: Entry, cap: int) -> bytes:
    """A member's bytes, inflated with a cap: refused when larger than `cap` (declared, before
    inflating), when the actual size differs from the declared one, or when its CRC is wrong."""
    if entry.size > cap:
        raise ReportFileError("too_large", t("Thành phần “{filename}” quá lớn ({file_size} byte).",
                                             filename=entry.name, file_size=entry.size),
                              "Tệp có thể là tệp độc hại (bom giải nén); không dùng tệp này.")
    raw = data[entry.data_start: entry.data_start + entry.compressed_size]
    if entry.method == STORED:
        content = raw
    else:
        inflater = zlib.decompressobj(-15)
        try:
            content = inflater.decompress(raw, entry.size + 1)
        except zlib.error as exc:
            raise _malformed("Tệp báo cáo bị hỏng: nội dung nén không giải được.",
                             "Sao chép lại tệp hoặc xin đơn vị gửi lại.") from exc
        if not inflater.eof or inflater.unconsumed_tail or inflater.unused_data:
            if len(content) > entry.size or inflater.unconsumed_tail:
                raise _malformed(t("Kích thước thực của “{filename}” khác kích thước khai báo.", filename=entry.name))
            raise _malformed("Tệp báo cáo bị hỏng: nội dung nén không giải được.",
                             "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    if len(content) != entry.size:
        raise _malformed(t("Kích thước thực của “{filename}” khác kích thước khai báo.", filename=entry.name))
    if zlib.crc32(content) != entry.crc:
        raise _malformed(t("Thành phần “{filename}” bị hỏng (sai mã kiểm tra CRC).", filename=entry.name),
                         "Sao chép lại tệp hoặc xin đơn vị gửi lại.")
    return content
