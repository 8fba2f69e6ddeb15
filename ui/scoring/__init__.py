"""The scoring area of the desktop app: judge mode, the walk-through, the secretary's grid,
paper score sheets."""
