"""receiving: the report file exchange (exported revisions, trust registry, received reports, audit)

Revision ID: 0002_receiving
Revises: 0001_initial
Create Date: 2026-11-27 04:10:00

Written by hand from autogenerate's output: portable types only (sa.String, sa.DateTime,
sa.LargeBinary), so the receiving store can live on PostgreSQL too.
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_receiving'
down_revision = '0001_initial'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('expected_cell',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('cell_uid', sa.String(length=36), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('cell_uid')
    )
    op.create_table('exported_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('container', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('report_id')
    )
    with op.batch_alter_table('exported_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exported_report_period'), ['period'], unique=False)

    op.create_table('held_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('container_sha256', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('cell_uid', sa.String(length=36), nullable=False),
    sa.Column('cell_name', sa.String(length=200), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('held_at', sa.DateTime(), nullable=False),
    sa.Column('container', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('container_sha256')
    )
    with op.batch_alter_table('held_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_held_report_fingerprint'), ['fingerprint'], unique=False)

    op.create_table('import_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('container_sha256', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('cell_uid', sa.String(length=36), nullable=False),
    sa.Column('cell_name', sa.String(length=200), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=True),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('received_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_id', sa.String(length=36), nullable=False),
    sa.Column('cell_uid', sa.String(length=36), nullable=False),
    sa.Column('cell_name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('supersedes', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('container_sha256', sa.String(length=64), nullable=False),
    sa.Column('members', sa.Integer(), nullable=False),
    sa.Column('sessions_held', sa.Integer(), nullable=False),
    sa.Column('summoned', sa.Integer(), nullable=False),
    sa.Column('present', sa.Integer(), nullable=False),
    sa.Column('pledged', sa.Integer(), nullable=False),
    sa.Column('reviewed', sa.Integer(), nullable=False),
    sa.Column('levels', sa.String(length=400), nullable=False),
    sa.Column('container', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('report_id')
    )
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_report_cell_uid'), ['cell_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_received_report_container_sha256'), ['container_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_received_report_installation_id'), ['installation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_received_report_period'), ['period'], unique=False)

    op.create_table('received_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('report_pk', sa.Integer(), nullable=False),
    sa.Column('member_uid', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('pledges', sa.Integer(), nullable=False),
    sa.Column('review_level', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['report_pk'], ['received_report.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('received_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_member_report_pk'), ['report_pk'], unique=False)

    op.create_table('trusted_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('expected_cell_id', sa.Integer(), nullable=True),
    sa.Column('cell_uid', sa.String(length=36), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('trusted_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['expected_cell_id'], ['expected_cell.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('fingerprint')
    )
    with op.batch_alter_table('trusted_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trusted_key_cell_uid'), ['cell_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_trusted_key_expected_cell_id'), ['expected_cell_id'], unique=False)



def downgrade() -> None:
    # Indexes go with their tables.
    op.drop_table('trusted_key')
    op.drop_table('received_member')
    op.drop_table('received_report')
    op.drop_table('import_audit')
    op.drop_table('held_report')
    op.drop_table('exported_report')
    op.drop_table('expected_cell')
