"""Alembic migrations of the statfacts database."""
