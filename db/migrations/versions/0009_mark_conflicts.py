"""mark conflicts: what a judge's score file disagreed with, kept until the organiser resolves it

Revision ID: 0009
Revises: 0010 (0007 when written; relinked after main's 0010 login throttle)
Create Date: 2026-12-06 16:30:00.000000
"""

from alembic import op
import sqlalchemy as sa

import db.types


revision = '0009'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mark_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kit_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('criterion_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('stored_value', db.types.ScaledDecimal(), nullable=True),
    sa.Column('file_value', db.types.ScaledDecimal(), nullable=True),
    sa.Column('file_comment', sa.Text(), nullable=False),
    sa.Column('file_state', sa.String(length=16), nullable=False),
    sa.Column('recusal_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.Text(), nullable=False),
    sa.CheckConstraint("reason IN ('paper', 'locked', 'recused')", name=op.f('ck_mark_conflict_reason')),
    sa.CheckConstraint("status IN ('pending', 'paper', 'judge', 'superseded')", name=op.f('ck_mark_conflict_status')),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_mark_conflict_assignment_id_assignment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['criterion_id'], ['criterion.id'], name=op.f('fk_mark_conflict_criterion_id_criterion'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kit_id'], ['judge_kit.id'], name=op.f('fk_mark_conflict_kit_id_judge_kit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mark_conflict'))
    )
    with op.batch_alter_table('mark_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mark_conflict_kit_id'), ['kit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mark_conflict_status'), ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mark_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mark_conflict_status'))
        batch_op.drop_index(batch_op.f('ix_mark_conflict_kit_id'))

    op.drop_table('mark_conflict')
