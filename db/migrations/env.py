"""Alembic environment: runs on the connection handed over by ``db.migrate.upgrade``."""

from __future__ import annotations

from alembic import context

from db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the program itself runs migrations
    raise RuntimeError("migrations run through db.migrate.upgrade, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata", Base.metadata),
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
