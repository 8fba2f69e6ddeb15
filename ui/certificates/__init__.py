"""The Certificates section's widgets: the live preview and the template editor."""
