"""date_precision: how much of a member's birth, admission and official date is known

Revision ID: 0004_date_precision
Revises: 0003_mode_setting
Create Date: 2027-01-10 09:00:00

One column per date, "day", "month" or "year" (book/dates.py); the date column keeps the first
day of what is known, so every comparison of dates works as before. Every existing date is a
full date ("day"): a birth date stored as 01/01/1958 may have been a year alone, but nothing
here can know, so nothing is reinterpreted. A roster re-imported from the same file offers to
make it "1958" again, and the secretary decides.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_date_precision'
down_revision = '0003_mode_setting'
branch_labels = None
depends_on = None

COLUMNS = ('birth_precision', 'admitted_precision', 'official_precision')


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=8), nullable=False, server_default='day'))


def downgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
