"""audit chain: each audit event carries the hash of the one before it (judging/audit.py)

The events already there are chained in id order, as they stand when the file is upgraded:
the chain vouches for them from then on (docs/audit.md).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:30:00.000000
"""

from alembic import op
import sqlalchemy as sa

from judging.audit import chain


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

_audit_log = sa.table(
    'audit_log',
    sa.column('id', sa.Integer()),
    sa.column('at', sa.DateTime()),
    sa.column('actor', sa.Text()),
    sa.column('action', sa.String(64)),
    sa.column('subject', sa.Text()),
    sa.column('detail', sa.Text()),
    sa.column('prev_hash', sa.String(64)),
    sa.column('hash', sa.String(64)),
)


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))

    bind = op.get_bind()
    t = _audit_log.c
    rows = bind.execute(
        sa.select(t.id, t.at, t.actor, t.action, t.subject, t.detail).order_by(t.id)
    ).all()
    for event in chain((r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows):
        bind.execute(
            _audit_log.update()
            .where(t.id == event.id)
            .values(prev_hash=event.prev_hash, hash=event.hash)
        )

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_prev_hash'), ['prev_hash'])


def downgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_log_prev_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
