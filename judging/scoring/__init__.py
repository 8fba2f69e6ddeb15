"""The scoring area of the domain (see its modules)."""
