"""All tables; importing this package registers every model on ``Base.metadata``."""

from db.models import core, kits, ranking, scoring, setup
from db.models.base import Base

__all__ = ["Base", "core", "kits", "ranking", "scoring", "setup"]
