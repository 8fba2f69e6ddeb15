"""Repositories: SQL implementations of the ports of judging/."""
