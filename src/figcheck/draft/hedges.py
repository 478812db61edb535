"""The hedge before a figure ("nearly", "some", "casi", "more than"), in the checker's words."""

from __future__ import annotations

from figcheck.draft.numbers import NumberReader


class HedgeReader(NumberReader):
    """Reads the hedge word before a figure."""

    def _hedge(self, k: int) -> tuple[str | None, str | None, int]:
        """(printed hedge, checker hedge, first token) for a figure starting at token ``k``."""
        got = self.lex.hedges.before(self.t.words, k)
        if got is None:
            return None, None, k
        checker, n = got
        printed = " ".join(self.t.words[k - n : k])
        return printed, checker, k - n
