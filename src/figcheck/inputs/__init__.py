"""figcheck.inputs.reading."""
