"""The results screen's parts: the ranking table model, the explanation dialog, the tie
dialog and the judge consistency view (the section itself is ui/sections/results.py)."""
