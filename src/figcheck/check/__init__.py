"""figcheck.check."""
