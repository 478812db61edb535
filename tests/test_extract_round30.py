"""Extraction round 30 (issue 15): classes of the errors found on ~40 fresh English texts of
kinds absent from the gold sets (weather, health, courts, mining, farming, shipping, telecoms,
budgets, retail prices, transport, labour, sport), each written as sentences of our own with
look-alikes (none copied from a text). Each row gives the whole list of quantities the sentence
must yield."""

from __future__ import annotations

from extract_rows import Row, check, table

# 1. money printed in the forms of the local press: an ISO code (or "RMB") glued to the figure
#    ("USD1.4 billion", "GHS12.5billion", "RMB48.2"), Ghana's "GH¢" and "cedis", the naira's "N"
#    in a text on Nigeria's fuel (NNPC, Dangote, premium motor spirit) that names no country,
#    the rand's "R" with a space between thousands ("R25 000")
MONEY_FORMS: list[Row] = [
    ("code-glued", "The bank raised USD1.4 billion in two bonds.", "en",
     [("USD1.4 billion", 1.4e9, "USD"), ("two bonds", 2, "count")]),
    ("code-glued-scale-glued", "Accra's arrears reached GHS12.5billion last year.", "en",
     [("GHS12.5billion", 12.5e9, "GHS")]),
    ("rmb-glued", "The regulator imposed a fine of RMB48.2 million.", "en",
     [("RMB48.2 million", 48.2e6, "CNY")]),
    ("rmb-spaced", "Sales were RMB 310 billion.", "en", [("RMB 310 billion", 310e9, "CNY")]),
    ("ghana-sign", "The Treasury said arrears stood at GH¢18.4 billion.", "en",
     [("GH¢18.4 billion", 18.4e9, "GHS")]),
    ("cedis", "Revenue reached 96.2 billion cedis in the first half.", "en",
     [("96.2 billion cedis", 96.2e9, "GHS")]),
    ("naira-nnpc", "NNPC retail outlets now sell at N702 per litre, up from N650.", "en",
     [("N702 per litre", 702, "NGN/litre"), ("up from N650", 650, "NGN/litre")]),
    ("naira-dangote", "Dangote cut its gantry price to N890 per litre.", "en",
     [("N890 per litre", 890, "NGN/litre")]),
    ("rand-spaced-thousands", "The Cape Town court imposed a fine of R25 000 on the firm.",
     "en", [("R25 000", 25000, "ZAR")]),
    ("look-alike-code-word", "The G20 met in 2023 and the USD weakened.", "en", []),
    ("look-alike-n95", "The clinic bought N95 masks for 40 staff.", "en",
     [("40 staff", 40, "people")]),
]  # fmt: skip


@table(MONEY_FORMS)
def test_money_in_the_forms_of_the_local_press(
    text: str, lang: str | None, expected: list[tuple[str, float, str]]
) -> None:
    check(text, lang, expected)
