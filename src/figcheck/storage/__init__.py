"""figcheck.storage."""
