"""mode_setting: the installation's mode is kept under the setting key "mode" ("role" is a member's)

Revision ID: 0003_mode_setting
Revises: 0002_receiving
Create Date: 2026-12-01 09:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_mode_setting'
down_revision = '0002_receiving'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text("UPDATE setting SET key = 'mode' WHERE key = 'role'"))


def downgrade() -> None:
    op.execute(sa.text("UPDATE setting SET key = 'role' WHERE key = 'mode'"))
