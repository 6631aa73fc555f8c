"""no_member_lines: the received reports' member lines are no longer kept as rows

Revision ID: 0007_no_member_lines
Revises: 0006_files_down
Create Date: 2026-12-01 15:05:00

received_member held a line per member of every received report (uid, name, status, role,
pledge count, review level), "for counting across cells without reparsing". Nothing ever read
it, and writing it was a sixth of an import's time (40 rows and their index entries per file).
Every line is derived from the signed container kept whole in received_report.container, so
dropping the table loses nothing that cannot be recomputed from the file itself.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0007_no_member_lines'
down_revision = '0006_files_down'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_received_member_report_pk', table_name='received_member')
    op.drop_table('received_member')


def downgrade() -> None:
    # The table comes back empty: its lines are in the containers, not here.
    op.create_table(
        'received_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('report_pk', sa.Integer(), nullable=False),
        sa.Column('member_uid', sa.String(length=36), nullable=False),
        sa.Column('full_name', sa.String(length=120), nullable=False),
        sa.Column('status', sa.String(length=32), nullable=False),
        sa.Column('role', sa.String(length=32), nullable=False),
        sa.Column('pledges', sa.Integer(), nullable=False),
        sa.Column('review_level', sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(['report_pk'], ['received_report.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_received_member_report_pk', 'received_member', ['report_pk'])
