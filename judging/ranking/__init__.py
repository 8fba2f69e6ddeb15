"""The ranking area of the domain (see its modules)."""
