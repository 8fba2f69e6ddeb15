"""certificates: templates kept in the database and the certificates issued

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 13:45:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('background', sa.LargeBinary(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_template')),
    sa.UniqueConstraint('code', name=op.f('uq_certificate_template_code'))
    )
    op.create_table('issued_certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('serial', sa.String(length=80), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('verification_code', sa.String(length=20), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('per', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.Text(), nullable=False),
    sa.Column('prize', sa.String(length=40), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('template_code', sa.String(length=40), nullable=False),
    sa.Column('void', sa.Boolean(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_issued_certificate_entry_id_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['round_id'], ['round.id'], name=op.f('fk_issued_certificate_round_id_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_certificate')),
    sa.UniqueConstraint('serial', name=op.f('uq_issued_certificate_serial')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_issued_certificate_verification_code'))
    )
    with op.batch_alter_table('issued_certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_certificate_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_certificate_round_id'), ['round_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('issued_certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_certificate_round_id'))
        batch_op.drop_index(batch_op.f('ix_issued_certificate_entry_id'))

    op.drop_table('issued_certificate')
    op.drop_table('certificate_template')
