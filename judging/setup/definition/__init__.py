"""Competition definition files (TOML, ``format = "judging-competition/1"``): read, check, write.

A *definition* is everything a ``Competition`` holds except what happens during judging (round
status, entries, judges). An *issue* is one fault found in a definition, with the *path* to the
faulty value (``("rounds", 0, "criteria", 2, "step")``) and its text in English and Vietnamese.
The same ``check`` runs on a file and on the app's editors; a file's issues are placed on their
line by scanning the text (``tomllib`` gives no positions).

Numbers are read as ``Decimal`` (``parse_float=Decimal``), never through float, and written back
with ``format(d, "f")`` so that ``parse(export(c)) == c``.
"""

from judging.setup.definition.checks import check
from judging.setup.definition.issues import (
    FORMAT,
    FORMAT_PREFIX,
    JURY_TOTAL,
    SHARE_OF_MAX,
    DefinitionUsage,
    Issue,
    Path,
)
from judging.setup.definition.lines import LineMap
from judging.setup.definition.paths import describe_path
from judging.setup.definition.reader import parse
from judging.setup.definition.templates import (
    TemplateInfo,
    template_names,
    template_text,
    templates,
)
from judging.setup.definition.writer import export, toml_string

__all__ = [
    "FORMAT",
    "FORMAT_PREFIX",
    "JURY_TOTAL",
    "SHARE_OF_MAX",
    "DefinitionUsage",
    "Issue",
    "LineMap",
    "Path",
    "TemplateInfo",
    "check",
    "describe_path",
    "export",
    "parse",
    "template_names",
    "template_text",
    "templates",
    "toml_string",
]
