"""The main window's sections, one module each: competition, entries, judges, scoring,
results, certificates. Each is a ``Section`` (see base.py)."""
