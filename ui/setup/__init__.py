"""Set-up screens: entry editing and import, judges, conflicts, assignment (issue 4)."""
