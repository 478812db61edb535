"""Find the quantities in article text: each with its sentence, span, value, unit, hedge and role.

Pure and rule-based (no model), in English and Spanish. The text is split into tokens once
(:mod:`figcheck.draft.scanner`); at each number (in digits, in words, or a spelled fraction) a
bounded
window of tokens decides what it is: a currency sign or code before it, scale words ("bn",
"mil millones", "billón" = 10^12 in Spanish), percent or percentage points, a unit of measure
(also hyphenated: "a 500-mile pipeline"), a currency after it, a rate ("per day", "por dólar",
"per 100,000 residents"), the noun it counts; a hedge word before it ("nearly", "casi", "passed");
a change word ("rose", "un aumento del"); a record word in its sentence. A bare figure takes the
unit of the figure before it in the same or the previous sentence ("646 toneladas en 2015 a 866
en 2016"). Years, dates, decades, ordinals, durations, identifiers and determiners are context.
The word lists are data files (:mod:`figcheck.draft.lexicon`).
"""

from __future__ import annotations

import re

from figcheck.draft.mention import SENTENCE_WINDOW, Mention, sentences
from figcheck.draft.quantities import QuantityScan
from figcheck.draft.vocabulary import EN_WORDS, ES_WORDS

__all__ = ["SENTENCE_WINDOW", "Mention", "detect_language", "extract_mentions", "sentences"]


def detect_language(text: str) -> str:
    """ "es" or "en", by counting the commonest words of each in the first 20,000 characters."""
    words = re.findall(r"[a-záéíóúñ]+", text[:20000].lower())
    en = sum(w in EN_WORDS for w in words)
    es = sum(w in ES_WORDS for w in words)
    return "es" if es > en else "en"


def extract_mentions(text: str, lang: str | None = None) -> list[Mention]:
    """Every quantity in ``text``, in order of appearance (``lang``: "en", "es", or detected)."""
    scan = text.replace("\\$", " $")  # Markdown's escaped dollar; same length keeps offsets
    language = lang or detect_language(scan)
    return QuantityScan(scan, text, language).run()
