"""committee_season: revisions named by their signed manifest, withdrawn revisions, revoked
keys, and the first period each expected cell reports

Revision ID: 0005_committee_season
Revises: 0004_date_precision
Create Date: 2026-12-01 11:00:00

- received_report.manifest_sha256 (unique): the SHA-256 of the exact bytes of manifest.json,
  filled in for the revisions already received from their stored containers;
- received_report.withdrawn: a revision signed after its key was revoked;
- trusted_key.revoked_from / revoked_at / revoked_reason;
- expected_cell.first_period (a period code, or NULL: from the cell's first report);
- a key trusted before keys named their cell, bound to a cell's uid, gets that cell.
"""
from __future__ import annotations

import hashlib
import io
import zipfile

from alembic import op
import sqlalchemy as sa


revision = '0005_committee_season'
down_revision = '0004_date_precision'
branch_labels = None
depends_on = None


def _manifest_sha256(container: bytes, row_id: int) -> str:
    """The stored container's manifest digest (every stored container was verified when it
    was received); a container that no longer reads gets a digest of its own, never shared."""
    try:
        with zipfile.ZipFile(io.BytesIO(container)) as zf:
            return hashlib.sha256(zf.read("manifest.json")).hexdigest()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        return hashlib.sha256(b"unreadable received_report %d " % row_id + container).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('manifest_sha256', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('withdrawn', sa.Boolean(), nullable=False, server_default=sa.false()))
    conn = op.get_bind()
    report = sa.table('received_report', sa.column('id', sa.Integer), sa.column('container', sa.LargeBinary),
                      sa.column('manifest_sha256', sa.String))
    ids = [row.id for row in conn.execute(sa.select(report.c.id))]
    for row_id in ids:  # one at a time: a committee's store holds thousands of containers
        container = conn.execute(sa.select(report.c.container).where(report.c.id == row_id)).scalar_one()
        conn.execute(report.update().where(report.c.id == row_id)
                     .values(manifest_sha256=_manifest_sha256(container, row_id)))
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.alter_column('manifest_sha256', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index(batch_op.f('ix_received_report_manifest_sha256'), ['manifest_sha256'], unique=True)
    with op.batch_alter_table('trusted_key', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revoked_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('revoked_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('revoked_reason', sa.String(length=200), nullable=False, server_default=''))
    with op.batch_alter_table('expected_cell', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_period', sa.String(length=10), nullable=True))
    op.execute(sa.text(
        "UPDATE trusted_key SET expected_cell_id = "
        "(SELECT expected_cell.id FROM expected_cell WHERE expected_cell.cell_uid = trusted_key.cell_uid) "
        "WHERE expected_cell_id IS NULL AND cell_uid IS NOT NULL"))


def downgrade() -> None:
    with op.batch_alter_table('expected_cell', schema=None) as batch_op:
        batch_op.drop_column('first_period')
    with op.batch_alter_table('trusted_key', schema=None) as batch_op:
        batch_op.drop_column('revoked_reason')
        batch_op.drop_column('revoked_at')
        batch_op.drop_column('revoked_from')
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_report_manifest_sha256'))
        batch_op.drop_column('withdrawn')
        batch_op.drop_column('manifest_sha256')
