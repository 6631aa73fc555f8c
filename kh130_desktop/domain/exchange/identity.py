"""The installation's identity: a UUID and an Ed25519 key pair made at first start.

The private key lives in the data folder (identity/installation.key, owner-only), never in
the store, so no backup or export carries it off the machine. The fingerprint is the
SHA-256 of the raw 32-byte public key, printed in groups of four hex digits.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import StoreError, ValidationError
from ..store.files import atomic_write_bytes
from ..store import settings
from ..store.engine import Store

KEY_FILE = Path("identity") / "installation.key"


@dataclass(frozen=True)
class Identity:
    installation_id: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def public_bytes(self) -> bytes:
        return public_raw(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def public_pem(self) -> str:
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_bytes: bytes) -> str:
    digest = hashlib.sha256(public_bytes).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed from the paper slip (spaces, dashes, any case) to canonical form."""
    hexdigits = "".join(ch for ch in text.upper() if ch not in " -:\t\n")
    if len(hexdigits) != 64 or any(ch not in "0123456789ABCDEF" for ch in hexdigits):
        raise ValidationError(
            "Dấu vân tay khóa không hợp lệ.",
            hint="Nhập đủ 64 ký tự (0–9, A–F) như in trên phiếu đăng ký khóa.",
            field="fingerprint",
        )
    return " ".join(hexdigits[i : i + 4] for i in range(0, 64, 4))


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise ValidationError("Tệp khóa công khai không đọc được.", hint="Dùng tệp .pem do KH130 xuất ra (kh130 keys show --pem).") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError("Khóa công khai không phải loại Ed25519.", hint="Dùng tệp .pem do KH130 xuất ra.")
    return key


def ensure_identity(store: Store, folder: Path) -> Identity:
    """The installation's identity, made on first call and the same ever after.

    An installation is one key: a store without its key file (a cell's new laptop with its
    backup restored, or a data folder copied without identity/) gets a new key and, with it, a
    new installation id, so its files start a signing line of their own and never reuse the
    old laptop's sequence numbers in the old line's name (docs/report-format.md, "Revisions")."""
    key_path = Path(folder) / KEY_FILE
    new_key = not key_path.exists()
    if new_key:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        atomic_write_bytes(key_path, pem, mode=0o600)
    else:
        try:
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        except (ValueError, TypeError, OSError) as exc:
            raise StoreError(
                "Khóa ký của máy này bị hỏng.",
                hint="Khôi phục thư mục identity từ bản sao, hoặc tạo khóa mới và đăng ký lại với cấp ủy cấp trên.",
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StoreError("Khóa ký của máy này không phải loại Ed25519.")
    with store.transaction() as tx:
        installation_id = settings.get(tx, settings.INSTALLATION_ID)
        if new_key or not installation_id:
            installation_id = str(uuid.uuid4())
            settings.put(tx, settings.INSTALLATION_ID, installation_id)
    return Identity(installation_id, key)
