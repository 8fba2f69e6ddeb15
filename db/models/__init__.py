"""All tables; importing this package registers every model on ``Base.metadata``."""

from db.models import access, certificates, core, kits, ranking, scoring, setup
from db.models.base import Base

__all__ = ["Base", "access", "certificates", "core", "kits", "ranking", "scoring", "setup"]
