"""kits: judge kits with their signing secrets, and the score files taken in

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 13:45:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('judge_kit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('judge_id', sa.Integer(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=False),
    sa.Column('issue', sa.Integer(), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['judge_id'], ['judge.id'], name=op.f('fk_judge_kit_judge_id_judge'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_judge_kit_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judge_kit')),
    sa.UniqueConstraint('round_id', 'judge_id', name=op.f('uq_judge_kit_round_id_judge_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_judge_kit_uuid'))
    )
    op.create_table('score_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kit_id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['kit_id'], ['judge_kit.id'], name=op.f('fk_score_file_kit_id_judge_kit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_score_file')),
    sa.UniqueConstraint('sha256', name=op.f('uq_score_file_sha256'))
    )
    with op.batch_alter_table('score_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_file_kit_id'), ['kit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('score_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_file_kit_id'))

    op.drop_table('score_file')
    op.drop_table('judge_kit')
