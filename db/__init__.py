"""Persistence: SQLAlchemy 2 models, the engine and its pragmas, the unit of work, the
repositories that implement judging's ports, and the Alembic migrations run at start-up."""
