"""files_down: the files that come down from the committee, the year's plan and receipts

Revision ID: 0006_files_down
Revises: 0005_committee_season
Create Date: 2026-12-01 12:10:00

Committee side: issued_plan (each signed revision of a year's plan file), returned_report (a
received revision sent back for correction, with its reason), issued_receipt (each receipt
written for a cell, numbered per cell). Cell side: received_plan (where a year's plan came
from), received_receipt and receipt_entry (what the committee did with the cell's files),
held_incoming (a plan file or receipt whose key is not trusted yet). New tables only: nothing
already stored changes.
"""
from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = '0006_files_down'
down_revision = '0005_committee_season'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'issued_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('report_id', sa.String(length=36), nullable=False),
        sa.Column('content_sha256', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('container', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_issued_plan_year', 'issued_plan', ['year'])
    op.create_index('ix_issued_plan_report_id', 'issued_plan', ['report_id'], unique=True)
    op.create_table(
        'returned_report',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('cell_uid', sa.String(length=36), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('returned_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_returned_report_manifest_sha256', 'returned_report', ['manifest_sha256'], unique=True)
    op.create_index('ix_returned_report_cell_uid', 'returned_report', ['cell_uid'])
    op.create_table(
        'issued_receipt',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('cell_uid', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('file_name', sa.String(length=200), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_issued_receipt_cell_uid', 'issued_receipt', ['cell_uid'])
    op.create_table(
        'received_plan',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('committee_uid', sa.String(length=36), nullable=False),
        sa.Column('committee_name', sa.String(length=200), nullable=False),
        sa.Column('fingerprint', sa.String(length=80), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('plan_sha256', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_received_plan_year', 'received_plan', ['year'])
    op.create_index('ix_received_plan_manifest_sha256', 'received_plan', ['manifest_sha256'], unique=True)
    op.create_table(
        'received_receipt',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('committee_uid', sa.String(length=36), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('fingerprint', sa.String(length=80), nullable=False),
        sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_received_receipt_manifest_sha256', 'received_receipt', ['manifest_sha256'], unique=True)
    op.create_table(
        'receipt_entry',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('receipt_pk', sa.Integer(), nullable=False),
        sa.Column('period', sa.String(length=10), nullable=False),
        sa.Column('report_id', sa.String(length=36), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['receipt_pk'], ['received_receipt.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_receipt_entry_receipt_pk', 'receipt_entry', ['receipt_pk'])
    op.create_index('ix_receipt_entry_period', 'receipt_entry', ['period'])
    op.create_table(
        'held_incoming',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('container_sha256', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=80), nullable=False),
        sa.Column('unit_name', sa.String(length=200), nullable=False),
        sa.Column('file_name', sa.String(length=300), nullable=False),
        sa.Column('held_at', sa.DateTime(), nullable=False),
        sa.Column('container', sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_held_incoming_container_sha256', 'held_incoming', ['container_sha256'], unique=True)
    op.create_index('ix_held_incoming_fingerprint', 'held_incoming', ['fingerprint'])


def downgrade() -> None:
    for table in ('held_incoming', 'receipt_entry', 'received_receipt', 'received_plan', 'issued_receipt',
                  'returned_report', 'issued_plan'):
        op.drop_table(table)
