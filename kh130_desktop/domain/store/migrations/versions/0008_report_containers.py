"""report_containers: a received revision's signed file kept in a table of its own

Revision ID: 0008_report_containers
Revises: 0007_no_member_lines
Create Date: 2026-12-01 15:30:00

received_report.container (the file as it arrived, ~50 KB) moves, byte for byte, to
received_container (report_pk -> received_report.id, container). With 16 KB pages a row with
its container kept about 16 KB in its leaf page, so every query that scanned the revisions read
16 KB per revision; the revisions' rows are now a few hundred bytes, and a file is read only
when it is asked for (the paper code, a receipt).
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0008_report_containers'
down_revision = '0007_no_member_lines'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'received_container',
        sa.Column('report_pk', sa.Integer(), nullable=False),
        sa.Column('container', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['report_pk'], ['received_report.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('report_pk'),
    )
    op.execute("INSERT INTO received_container (report_pk, container) SELECT id, container FROM received_report")
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.drop_column('container')


def downgrade() -> None:
    with op.batch_alter_table('received_report', schema=None) as batch_op:
        batch_op.add_column(sa.Column('container', sa.LargeBinary(), nullable=False, server_default=sa.text("x''")))
    op.execute("UPDATE received_report SET container = "
               "(SELECT c.container FROM received_container c WHERE c.report_pk = received_report.id)")
    op.drop_table('received_container')
