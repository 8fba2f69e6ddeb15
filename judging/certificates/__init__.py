"""Certificates: templates, issuing, verification."""
