"""The hedge before a figure ("nearly", "some", "casi", "more than"), in the checker's words."""

from __future__ import annotations

from figcheck.draft.numbers import NumberReader


class HedgeReader(NumberReader):
    """Reads the hedge word before a figure."""

    def _hedge(self, k: int) -> tuple[str | None, str | None, int]:
        """(printed hedge, checker hedge, first token) for a figure starting at token ``k``."""
        words = self.t.words
        got = self.lex.hedges.before(words, k)
        if got is None and k < len(words) and words[k] == "del":
            # "cerca del millón": the figure starts at its article, which ends the hedge
            with_article = self.lex.hedges.before(words, k + 1)
            if with_article is not None and with_article[1] >= 2:
                checker, n = with_article
                return " ".join(words[k + 1 - n : k + 1]), checker, k + 1 - n
        if got is None:
            return None, None, k
        checker, n = got
        printed = " ".join(words[k - n : k])
        return printed, checker, k - n
