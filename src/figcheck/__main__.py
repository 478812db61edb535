"""``python -m figcheck``."""

from figcheck.cli import main

main()
