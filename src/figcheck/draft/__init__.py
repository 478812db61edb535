"""figcheck.draft."""
