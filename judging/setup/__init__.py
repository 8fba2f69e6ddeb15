"""The setup area of the domain (see its modules)."""
