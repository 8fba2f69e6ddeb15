"""Judge kits (organiser → one judge) and signed score files (judge → organiser)."""
