"""All tables; importing this package registers every model on ``Base.metadata``."""

from db.models import certificates, core, kits, ranking, scoring, setup
from db.models.base import Base

__all__ = ["Base", "certificates", "core", "kits", "ranking", "scoring", "setup"]
