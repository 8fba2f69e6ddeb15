"""ranking: the result stored when a round is approved

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 06:30:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ranking_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(length=40), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('approved_by', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_ranking_snapshot_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ranking_snapshot'))
    )
    with op.batch_alter_table('ranking_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ranking_snapshot_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ranking_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ranking_snapshot_round_id'))

    op.drop_table('ranking_snapshot')
