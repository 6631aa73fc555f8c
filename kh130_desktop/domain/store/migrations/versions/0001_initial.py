"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-27 03:39:50.495316
"""
from alembic import op
import sqlalchemy as sa


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('cell',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('cell_type', sa.String(length=32), nullable=False),
    sa.Column('superior_bodies', sa.Text(), nullable=False),
    sa.Column('receiving_committee', sa.String(length=200), nullable=False),
    sa.Column('place_name', sa.String(length=100), nullable=False),
    sa.Column('commune', sa.String(length=100), nullable=False),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    op.create_table('collective_pledge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('solution', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('collective_pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collective_pledge_year'), ['year'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('ethnicity', sa.String(length=40), nullable=False),
    sa.Column('card_number', sa.String(length=20), nullable=False),
    sa.Column('admitted_on', sa.Date(), nullable=True),
    sa.Column('official_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('left_reason', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('occupation', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_full_name'), ['full_name'], unique=False)

    op.create_table('plan_year',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('plan_number', sa.String(length=60), nullable=False),
    sa.Column('plan_date', sa.Date(), nullable=True),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('short_topic', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('year')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('member_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_history_member_id'), ['member_id'], unique=False)

    op.create_table('plan_material',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['plan_year.year'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_material', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_material_year'), ['year'], unique=False)

    op.create_table('plan_milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('done_when', sa.String(length=40), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['year'], ['plan_year.year'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_milestone_year'), ['year'], unique=False)

    op.create_table('plan_quarter_topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['plan_year.year'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('plan_quarter_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_quarter_topic_year'), ['year'], unique=False)

    op.create_table('pledge',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('theme_code', sa.String(length=40), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('pledge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pledge_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pledge_year'), ['year'], unique=False)

    op.create_table('pledge_theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['year'], ['plan_year.year'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pledge_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pledge_theme_year'), ['year'], unique=False)

    op.create_table('study_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('minute_taker_id', sa.Integer(), nullable=True),
    sa.Column('presenter', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('topic', sa.Text(), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('conclusions', sa.Text(), nullable=False),
    sa.Column('vote_subject', sa.Text(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('tasks', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['chair_id'], ['member.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['minute_taker_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_study_session_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_session_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_session_minute_taker_id'), ['minute_taker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_session_year'), ['year'], unique=False)

    op.create_table('year_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('self_review', sa.Text(), nullable=False),
    sa.Column('level', sa.String(length=32), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('assessment', sa.Text(), nullable=False),
    sa.Column('exemplary', sa.Boolean(), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'year')
    )
    with op.batch_alter_table('year_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_year_review_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_year_review_year'), ['year'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('session_id', 'member_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('pledge_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pledge_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['pledge_id'], ['pledge.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('pledge_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pledge_progress_pledge_id'), ['pledge_id'], unique=False)

    op.create_table('session_guest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_guest_session_id'), ['session_id'], unique=False)

    op.create_table('session_material',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_material', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_material_session_id'), ['session_id'], unique=False)

    op.create_table('session_opinion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=120), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['study_session.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_opinion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_opinion_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_opinion_session_id'), ['session_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('session_opinion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_opinion_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_opinion_member_id'))

    op.drop_table('session_opinion')
    with op.batch_alter_table('session_material', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_material_session_id'))

    op.drop_table('session_material')
    with op.batch_alter_table('session_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_guest_session_id'))

    op.drop_table('session_guest')
    with op.batch_alter_table('pledge_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pledge_progress_pledge_id'))

    op.drop_table('pledge_progress')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('year_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_year_review_year'))
        batch_op.drop_index(batch_op.f('ix_year_review_member_id'))

    op.drop_table('year_review')
    with op.batch_alter_table('study_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_session_year'))
        batch_op.drop_index(batch_op.f('ix_study_session_minute_taker_id'))
        batch_op.drop_index(batch_op.f('ix_study_session_held_on'))
        batch_op.drop_index(batch_op.f('ix_study_session_chair_id'))

    op.drop_table('study_session')
    with op.batch_alter_table('pledge_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pledge_theme_year'))

    op.drop_table('pledge_theme')
    with op.batch_alter_table('pledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pledge_year'))
        batch_op.drop_index(batch_op.f('ix_pledge_member_id'))

    op.drop_table('pledge')
    with op.batch_alter_table('plan_quarter_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_quarter_topic_year'))

    op.drop_table('plan_quarter_topic')
    with op.batch_alter_table('plan_milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_milestone_year'))

    op.drop_table('plan_milestone')
    with op.batch_alter_table('plan_material', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_material_year'))

    op.drop_table('plan_material')
    with op.batch_alter_table('member_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_history_member_id'))

    op.drop_table('member_history')
    op.drop_table('setting')
    op.drop_table('plan_year')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_full_name'))

    op.drop_table('member')
    with op.batch_alter_table('collective_pledge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collective_pledge_year'))

    op.drop_table('collective_pledge')
    op.drop_table('cell')

