"""Use-case services: one call per user action, one unit of work, DTOs out."""
