"""Names vulture (``scripts/dead_code.sh`` in ``./run-tests``) must not report: what Qt,
SQLAlchemy or Python call by name, and, marked below, unused code in files other helpers of
issue 9 are changing at the same time (to delete after their merges).

Not imported by anything: vulture reads it as one more module in which these names are used.
Regenerate candidates with ``.venv/bin/vulture --make-whitelist`` and sort each into a section.
"""

# ruff: noqa: B018, F821
# mypy: ignore-errors

# -- Qt calls these overrides by name ---------------------------------------------------------
_.createEditor  # QStyledItemDelegate (ui/definition/widgets.py, ui/scoring/grid.py)
_.setEditorData  # QStyledItemDelegate
_.setModelData  # QStyledItemDelegate
_.itemAt  # QLayout (ui/widgets/flow_layout.py)
_.expandingDirections  # QLayout
_.hasHeightForWidth  # QLayout
_.dragEnterEvent  # QWidget: files dragged over the main window (ui/main_window.py)
_.dropEvent  # QWidget: files dropped on it
option  # a QStyledItemDelegate.createEditor argument Qt passes (ui/scoring/grid.py)
# the sections are made from their names (ui/main_window.py: module and class as text)
CertificatesSection
# kept on the widget so that the actions (and their shortcuts) live as long as it does
_.next_action  # ui/scoring/walkthrough.py
_.previous_action
_.submit_action
_.recuse_action
_.back_action

# -- the domain's vocabulary, kept though nothing uses it yet ----------------------------------------
CheckFailed  # judging/errors.py: the exit status 1 of a check (DESIGN.md §8); verify comes later
_.mean_abs_deviation  # judging/ranking/consistency.py: computed with the spread, for the exports
# -- the domain's vocabulary, used by the next issue ---------------------------------------------
_.CERTIFICATES  # judging/changes.py Area: certificates (issue 10) announce it; every() spans it

# -- SQLAlchemy and the sqlite3 driver use these by name ----------------------------------------
_.isolation_level  # sqlite3.Connection: BEGIN is ours (db/engine.py)
impl  # TypeDecorator (db/types.py)
cache_ok  # TypeDecorator
_.process_bind_param  # TypeDecorator
_.process_result_value  # TypeDecorator
# columns of the schema that are written (server defaults, audits) but not read back by Python
created_at
updated_at
added_at
taken_at  # db/models/kits.py: when a score file was taken in (a NOT NULL column)
resolved_at  # db/models/kits.py: when a mark conflict was resolved (kept for the record)
resolved_by  # db/models/kits.py: who resolved it
_.resolved_at
_.resolved_by
name_folded  # db/models/core.py: a category's folded name, stored (a NOT NULL column)
_.updated_at
_.name_folded
changed_at  # db/models/certificates.py: when an issued certificate was last changed (voided)
_.changed_at

# -- Python's decimal contexts ------------------------------------------------------------------
_.prec  # decimal.localcontext() attributes (judging/numbers.py, judging/ranking/consistency.py)
_.rounding


# -- export-ranking's writers, named as "module:function" in ui/publish/writers.py's table -----
export_result_html
export_minutes_pdf
export_minutes_docx

# -- python-docx reads these paragraph and table attributes when it saves a document ----------
_.space_after  # judging/publish/minutes_docx.py
_.autofit
_.space_before
_.rgb
_.bottom_margin
_.right_margin

# -- used by bench/ (not scanned) --------------------------------------------------------------
_.cell_style  # judging/publish/xlsx.py: bench/bench_export_xlsx.py records each cell's format
