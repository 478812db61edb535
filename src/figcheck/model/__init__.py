"""figcheck.model."""
