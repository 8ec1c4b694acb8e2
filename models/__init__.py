"""Records (pydantic) and tables (SQLAlchemy) of statfacts."""
