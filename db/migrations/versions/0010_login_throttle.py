"""login throttle: wrong PINs and passwords counted per account (issue 12, defect 4)

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-06 16:20:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('login_attempts',
    sa.Column('account', sa.String(length=80), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure', sa.DateTime(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('account', name=op.f('pk_login_attempts'))
    )


def downgrade() -> None:
    op.drop_table('login_attempts')
