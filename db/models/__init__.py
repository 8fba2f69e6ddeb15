"""All tables. ``from db.models import Base`` registers every model on ``Base.metadata`` (the
migrations and the schema tests compare all of them). Importing one module of the package
(``from db.models.core import RoundRow``) loads that module and the ones it imports, not all:
a command maps only the tables its repositories use (issue 13, item 4). No table of one of
these modules has a foreign key to a table of a module it does not import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.models.base import Base

MODULES = ("access", "certificates", "core", "kits", "ranking", "scoring", "setup")

__all__ = ["MODULES", "Base"]


def __getattr__(name: str) -> object:
    """``Base`` with every module's tables registered on it; a module by its name."""
    if name == "Base":
        for module in MODULES:
            importlib.import_module(f"db.models.{module}")
        from db.models.base import Base

        return Base
    if name in MODULES:
        return importlib.import_module(f"db.models.{name}")
    raise AttributeError(f"module 'db.models' has no attribute {name!r}")
