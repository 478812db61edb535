"""Hostile desks and claims tables (issue 11 B1–B4, B9), each with the outcome figcheck owes it.

A case is run against :func:`helpers.make_test_catalog` (``gdp``, ``deaths``, plus an ``odd``
dataset whose value unit is ``dataset_unit`` when a case sets it). Two kinds of outcome:

* ``stop``: the run stops before checking with ``error`` (a :class:`FigcheckError` subclass)
  whose message holds ``words`` and names the file (and ``line`` when given);
* ``claim``: the run completes; claim ``bad`` gets ``verdict`` with ``words`` in its message,
  and the desk's good claim ``ok`` is still ``supported``.

Groups name the issue's classes; each has several cases, not only the issue's examples.
``benchmarks/fuzz_inputs.py`` and ``tests/test_hostile.py`` read this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from figcheck.errors import FigcheckError, InputError

OK_CLAIM = "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"
GDP = "{dataset: gdp, where: {country: WLD, year: 2009}}"
SOURCE = "source: {title: T, published: 2012-09-03}\n"
TABLE_HEAD = "id,value,reference.dataset,reference.where.country,reference.where.year"
TABLE_OK = "ok,60 trillion USD,gdp,WLD,2009"


@dataclass(frozen=True)
class Case:
    id: str
    group: str
    text: str
    kind: str = "claim"  # "claim" or "stop"
    words: str = ""
    verdict: str = "error"
    error: type[FigcheckError] = InputError
    line: int | None = None
    suffix: str = ".yaml"
    dataset_unit: str | None = None
    encoding: str = "utf-8"  # the bytes on disk: ``text`` in this encoding

    def encoded(self) -> bytes:
        return self.text.encode(self.encoding, errors="surrogatepass")


def desk(*claims: str, source: str = SOURCE, ok: bool = True) -> str:
    """A desk text: the source, the good claim ``ok`` (unless ``ok=False``), then ``claims``."""
    body = "".join(f"  - {c}\n" for c in claims)
    return f"{source}claims:\n{OK_CLAIM if ok else ''}{body}"


def bad(value: str, extra: str = "", reference: str = GDP) -> str:
    """A claim ``bad`` with ``value`` (quoted as YAML text) and extra keys."""
    return f'{{id: bad, value: "{value}", reference: {reference}{extra}}}'


def derived(expr: str, terms: str = "{a: {claim: ok}}", value: str = "60 trillion USD") -> str:
    return f'{{id: bad, value: "{value}", reference: {{expr: "{expr}", terms: {terms}}}}}'


def table(*rows: str, head: str = TABLE_HEAD) -> str:
    return "\n".join([head, TABLE_OK, *rows]) + "\n"


def _nested_yaml(depth: int, under: str) -> str:
    return desk(bad("5 USD", f", {under}: " + "[" * depth + "]" * depth))


def _deep_block(depth: int) -> str:
    lines = [SOURCE + "claims:", OK_CLAIM.rstrip("\n"), "x-deep:"]
    lines += [" " * (2 * i + 2) + "k:" for i in range(depth)]
    lines.append(" " * (2 * depth + 2) + "v")
    return "\n".join(lines) + "\n"


CASES: list[Case] = [
    # --- B1: unbounded work from one line -----------------------------------------------------
    Case(
        "exp-tower-value", "unit-exponent", desk(bad("5 USD^2^2^2^2^2^2^2^2^2^2")), words="exponent"
    ),
    Case(
        "exp-tower-stars",
        "unit-exponent",
        desk(bad("5 USD**2**2**2**2**2**2**2**2")),
        words="exponent",
    ),
    Case("exp-huge", "unit-exponent", desk(bad("5 USD^99999999")), words="exponent"),
    Case("exp-huge-negative", "unit-exponent", desk(bad("5 USD^-99999999")), words="exponent"),
    Case("exp-float", "unit-exponent", desk(bad("5 USD^1e300")), words="exponent"),
    Case(
        "exp-expected",
        "unit-exponent",
        desk(bad("5 USD", ", expected: {min: 4 USD^2^2^2^2^2^2^2^2^2^2}")),
        words="exponent",
    ),
    Case(
        "exp-tolerance",
        "unit-exponent",
        desk(bad("5 USD", ", expected: {tolerance: 5 percent^9^9^9^9}")),
        words="exponent",
    ),
    Case(
        "exp-dataset-unit",
        "unit-exponent",
        desk("{id: bad, value: 5 USD, reference: {dataset: odd, where: {year: 2009}}}"),
        words="exponent",
        dataset_unit="USD^2^2^2^2^2^2^2^2^2^2",
    ),
    Case("unit-parens-deep", "nesting", desk(bad("5 " + "(" * 9 + "USD" + ")" * 9)), words="nest"),
    Case(
        "unit-parens-long",
        "nesting",
        desk(bad("5 " + "(" * 400 + "USD" + ")" * 400)),
        words="length",
    ),
    Case("unit-parens-open", "nesting", desk(bad("5 " + "(" * 5000)), words="unit"),
    Case("unit-too-long", "nesting", desk(bad("5 " + "USD*" * 2000 + "USD")), words="length"),
    Case("expr-parens-deep", "nesting", desk(derived("(" * 450 + "a" + ")" * 450)), words="nest"),
    Case("expr-unary-deep", "nesting", desk(derived("-" * 900 + "a")), words="nest"),
    Case("expr-long", "nesting", desk(derived("a+" * 600 + "a")), words="longer than"),
    Case(
        "yaml-deep-x-key",
        "yaml-depth",
        desk(bad("5 USD", ", x-deep: " + "[" * 5000 + "]" * 5000)),
        kind="stop",
        words="nested deeper than",
    ),
    Case(
        "yaml-deep-top-x",
        "yaml-depth",
        SOURCE + "x-deep: " + "{a: " * 3000 + "1" + "}" * 3000 + "\nclaims: []\n",
        kind="stop",
        words="nested deeper than",
    ),
    Case(
        "yaml-deep-where",
        "yaml-depth",
        _nested_yaml(200, "x-w"),
        kind="stop",
        words="nested deeper than",
    ),
    Case(
        "yaml-deep-block", "yaml-depth", _deep_block(300), kind="stop", words="nested deeper than"
    ),
    # --- B2: dates ---------------------------------------------------------------------------
    Case(
        "published-feb-30",
        "dates",
        desk(source="source: {title: T, published: 2012-02-30}\n"),
        kind="stop",
        words="published",
        line=1,
    ),
    Case(
        "published-month-13",
        "dates",
        desk(source="source:\n  published: 2015-13-45\n"),
        kind="stop",
        words="published",
        line=2,
    ),
    Case(
        "as-of-impossible",
        "dates",
        desk(bad("60 trillion USD", ", as_of: 2015-13-45")),
        words="as_of",
    ),
    Case(
        "as-of-feb-29", "dates", desk(bad("60 trillion USD", ", as_of: 2011-02-29")), words="as_of"
    ),
    Case(
        "as-of-datetime-bad",
        "dates",
        desk(bad("60 trillion USD", ", as_of: 2011-02-30 10:00:00")),
        words="as_of",
    ),
    Case(
        "where-date-bad",
        "dates",
        desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: WLD, year: 2009-02-30}}")),
        words="year",
    ),
    Case(
        "table-as-of-bad",
        "dates",
        table("bad,5 USD,gdp,WLD,2009,2015-13-45", head=TABLE_HEAD + ",as_of").replace(
            TABLE_OK, TABLE_OK + ","
        ),
        suffix=".csv",
        words="as_of",
    ),
    # --- B2: YAML tags -----------------------------------------------------------------------
    Case(
        "tag-int-abc",
        "yaml-tags",
        desk(bad("5 USD", ", x-n: !!int abc")),
        kind="stop",
        words="!!int",
        line=4,
    ),
    Case(
        "tag-float-abc",
        "yaml-tags",
        desk("{id: bad, value: !!float abc}"),
        kind="stop",
        words="!!float",
        line=4,
    ),
    Case(
        "tag-set",
        "yaml-tags",
        desk(bad("5 USD", ", x-s: !!set {a, b}")),
        kind="stop",
        words="!!set",
    ),
    Case(
        "tag-python",
        "yaml-tags",
        desk(bad("5 USD", ", x-p: !!python/object/apply:os.system [ls]")),
        kind="stop",
        words="tag",
    ),
    Case(
        "tag-binary",
        "yaml-tags",
        desk(bad("5 USD", ", x-b: !!binary '%%%'")),
        kind="stop",
        words="!!binary",
    ),
    Case(
        "tag-timestamp-bad",
        "yaml-tags",
        desk(bad("5 USD", ", x-t: !!timestamp 2012-02-30")),
        kind="stop",
        words="tag",
    ),
    Case(
        "tag-local", "yaml-tags", desk(bad("5 USD", ", x-t: !custom 1")), kind="stop", words="tag"
    ),
    Case(
        "tag-int-huge-exp",
        "yaml-tags",
        desk(bad("5 USD", ", x-n: !!int 0x" + "f" * 5000)),
        kind="stop",
        words="!!int",
    ),
    # --- B2: integers beyond 64 bits ----------------------------------------------------------
    Case(
        "where-int-huge",
        "big-integers",
        desk(
            bad(
                "60 trillion USD",
                "",
                "{dataset: gdp, where: {country: WLD, year: 99999999999999999999999}}",
            )
        ),
        words="year",
    ),
    Case(
        "where-int-neg-huge",
        "big-integers",
        desk(
            bad(
                "60 trillion USD",
                "",
                "{dataset: gdp, where: {country: WLD, year: -99999999999999999999999}}",
            )
        ),
        words="year",
    ),
    Case(
        "where-in-huge",
        "big-integers",
        desk(
            bad(
                "60 trillion USD",
                "",
                "{dataset: gdp, where: {country: WLD, year: {in: [2009, 99999999999999999999999]}}}",
            )
        ),
        words="year",
    ),
    Case(
        "where-between-huge",
        "big-integers",
        desk(
            bad(
                "60 trillion USD",
                "",
                "{dataset: gdp, where: {country: WLD, year: {between: [2009, 99999999999999999999999]}}}",
            )
        ),
        words="year",
    ),
    Case(
        "table-where-huge",
        "big-integers",
        table("bad,5 USD,gdp,WLD,99999999999999999999999"),
        suffix=".csv",
        words="year",
    ),
    # --- B2: value and unit syntax ------------------------------------------------------------
    Case("unit-div-zero", "unit-syntax", desk(bad("5 USD/0")), words="unit"),
    Case("unit-open-paren", "unit-syntax", desk(bad("5 (")), words="unit"),
    Case("unit-trailing-pow", "unit-syntax", desk(bad("5 USD**")), words="unit"),
    Case("unit-pow-zero", "unit-syntax", desk(bad("5 USD**0")), words="exponent"),
    Case("unit-number-overflow", "unit-syntax", desk(bad("5 1e308**2")), words="unit"),
    Case("unit-number-factor", "unit-syntax", desk(bad("5 USD*1e308*1e308")), words="unit"),
    Case("unit-div-zero-parens", "unit-syntax", desk(bad("5 USD/(0)")), words="unit"),
    Case("unit-empty-parens", "unit-syntax", desk(bad("5 USD/()")), words="unit"),
    Case("unit-caret-only", "unit-syntax", desk(bad("5 ^")), words="unit"),
    Case(
        "expected-bad-unit",
        "unit-syntax",
        desk(bad("5 USD", ", expected: {max: 6 USD/0}")),
        words="unit",
    ),
    Case(
        "offset-derivation-mul",
        "offset-units",
        desk("{id: t, value: 20 degC}", derived("t * 2", "{t: {claim: t}}", "40 degC")),
        words="offset unit",
    ),
    Case(
        "offset-derivation-add",
        "offset-units",
        desk("{id: t, value: 20 degC}", derived("t + t", "{t: {claim: t}}", "40 degC")),
        words="offset unit",
    ),
    Case(
        "offset-derivation-div",
        "offset-units",
        desk("{id: t, value: 20 degC}", derived("t / t", "{t: {claim: t}}", "1")),
        words="offset unit",
    ),
    Case(
        "offset-convert",
        "offset-units",
        desk("{id: bad, value: 5 degC, reference: {dataset: odd, where: {year: 2009}}}"),
        words="offset unit",
        dataset_unit="kelvin",
    ),
    # --- B3: claims tables -------------------------------------------------------------------
    *[
        Case(
            f"aggregate-{name.strip('_') or 'blank'}",
            "table-aggregate",
            table(
                f"bad,5 USD,gdp,WLD,2009,{name}", head=TABLE_HEAD + ",reference.aggregate"
            ).replace(TABLE_OK, TABLE_OK + ","),
            kind="stop",
            words="aggregate",
            line=3,
            suffix=".csv",
        )
        for name in ("__len__", "to_csv", "plot", "Sum", "sum ", "median", "__class__")
    ],
    Case(
        "table-extra-field",
        "table-shape",
        table("bad,5 USD,gdp,WLD,2009,surplus"),
        kind="stop",
        words="more fields",
        line=3,
        suffix=".csv",
    ),
    Case(
        "table-extra-every-row",
        "table-shape",
        TABLE_HEAD + "\n" + TABLE_OK + ",x\nbad,5 USD,gdp,WLD,2009,y\n",
        kind="stop",
        words="more fields",
        line=2,
        suffix=".csv",
    ),
    Case(
        "table-extra-many",
        "table-shape",
        table("bad,5 USD,gdp,WLD,2009,a,b,c"),
        kind="stop",
        words="fields",
        line=3,
        suffix=".csv",
    ),
    # --- B4: silent wrong verdicts -----------------------------------------------------------
    Case(
        "expected-min-above-max",
        "expected",
        desk(bad("60 trillion USD", ", expected: {min: 70 trillion USD, max: 50 trillion USD}")),
        words="min",
    ),
    Case(
        "tolerance-negative",
        "expected",
        desk(bad("60 trillion USD", ", expected: {tolerance: -5 percent}")),
        words="tolerance",
    ),
    Case(
        "tolerance-nan",
        "expected",
        desk(bad("60 trillion USD", ", expected: {tolerance: 1e309 percent}")),
        words="finite",
    ),
    Case("value-1e309", "non-finite", desk(bad("1e309 USD")), words="not a finite number"),
    Case("value-neg-1e309", "non-finite", desk(bad("-1e309 USD")), words="not a finite number"),
    Case(
        "value-scaled-overflow",
        "non-finite",
        desk(bad("1e300 trillion USD")),
        words="not a finite number",
    ),
    Case(
        "expected-1e309",
        "non-finite",
        desk(bad("60 trillion USD", ", expected: {max: 1e309 USD}")),
        words="not a finite number",
    ),
    Case(
        "table-1e309",
        "non-finite",
        table("bad,1e999 USD,gdp,WLD,2009"),
        suffix=".csv",
        words="not a finite number",
    ),
    Case(
        "count-zero-rows",
        "count",
        desk(
            "{id: bad, value: '0', reference: {dataset: gdp, where: {country: XXX}, aggregate: count}}"
        ),
        verdict="supported",
        words="0",
    ),
    Case(
        "count-zero-rows-wrong",
        "count",
        desk(
            "{id: bad, value: '3', reference: {dataset: gdp, where: {country: XXX}, aggregate: count}}"
        ),
        verdict="discrepancy",
        words="0",
    ),
    Case(
        "count-zero-mask",
        "count",
        desk(
            "{id: bad, value: '0', reference: {dataset: gdp, where: {year: {between: [1900, 1901]}}, aggregate: count}}"
        ),
        verdict="supported",
        words="0",
    ),
    Case(
        "mean-all-missing",
        "count",
        desk(
            "{id: bad, value: 5 USD, reference: {dataset: gdp, where: {country: USA}, aggregate: mean}}"
        ),
        verdict="unverifiable",
        words="no value",
    ),
]

# --- hostile23: encodings and characters YAML refuses -------------------------------------
CASES += [
    Case(
        "nul-in-value",
        "encoding",
        desk(bad("5 \x00USD").replace('"', "'")),
        kind="stop",
        words="NUL byte (U+0000)",
        line=4,
    ),
    Case(
        "bell-in-plain-key",
        "encoding",
        SOURCE + "claims:\n" + OK_CLAIM + "  - {id: bad, \x07value: 5 USD}\n",
        kind="stop",
        words="U+0007",
        line=4,
    ),
    Case(
        "escape-in-comment",
        "encoding",
        desk() + "# \x1b[2J cleared\n",
        kind="stop",
        words="U+001B",
        line=4,
    ),
    Case(
        "latin1-quote",
        "encoding",
        desk("{id: bad, quote: 'café', value: 5 USD}"),
        kind="stop",
        words="byte 174: b'\\xe9'",
        line=4,
        encoding="latin-1",
    ),
    Case("utf16-desk", "encoding", desk(), kind="stop", words="UTF-16", line=1, encoding="utf-16"),
    Case("utf32-desk", "encoding", desk(), kind="stop", words="UTF-32", line=1, encoding="utf-32"),
    Case(
        "utf16-table",
        "encoding",
        table(),
        kind="stop",
        words="UTF-16",
        line=1,
        suffix=".csv",
        encoding="utf-16",
    ),
    Case(
        "latin1-table",
        "encoding",
        table("bad,5 USD,gdp,WLD,2009", "caf\xe9,5 USD,gdp,WLD,2009"),
        kind="stop",
        words="not UTF-8",
        line=4,
        suffix=".csv",
        encoding="latin-1",
    ),
]

# --- hostile23: a quote opened and never closed (pandas said "starting at row 2") ----------
CASES += [
    Case(
        f"unclosed-quote-{name}",
        "table-quotes",
        text,
        kind="stop",
        words="never closed",
        line=line,
        suffix=".csv",
    )
    for name, text, line in [
        ("row", table('"bad,5 USD,gdp,WLD,2009'), 3),
        ("cell", table('bad,"5 USD,gdp,WLD,2009', "c,5 USD,gdp,WLD,2009"), 3),
        (
            "after-multiline",
            TABLE_HEAD + ",quote\n" + TABLE_OK + ',"two\nlines"\nbad,5 USD,gdp,WLD,2009,"x\n',
            4,
        ),
    ]
]

# --- hostile23: numbers below the smallest float were read as exactly 0 ("must be exactly
# US$0"), a silent wrong verdict ------------------------------------------------------------
CASES += [
    Case("value-1e-400", "underflow", desk(bad("1e-400 USD")), words="too close to zero"),
    Case("value-digit-underflow", "underflow", desk(bad("1.5e-323 USD")), words="too close"),
    Case(
        "expected-1e-400",
        "underflow",
        desk(bad("60 trillion USD", ", expected: {min: 1e-400 USD}")),
        words="expected.min: a number too close to zero",
    ),
    Case(
        "table-1e-400",
        "underflow",
        table("bad,1e-400 trillion USD,gdp,WLD,2009"),
        suffix=".csv",
        words="too close to zero",
    ),
]

# --- hostile23: digits of other scripts said only "cannot read a number" -----------------
CASES += [
    Case("arabic-indic", "other-digits", desk(bad("٥٠ trillion USD")), words="0-9 ('50')"),
    Case("full-width", "other-digits", desk(bad("６０ trillion USD")), words="0-9 ('60')"),
    Case("devanagari", "other-digits", desk(bad("१२ USD")), words="0-9 ('12')"),
    Case(
        "table-full-width",
        "other-digits",
        table("bad,６０ trillion USD,gdp,WLD,2009"),
        suffix=".csv",
        words="0-9 ('60')",
    ),
]

# --- hostile23: a long where value was echoed whole (100,000 characters in every report) -----
_LONG = "9" * 5000
CASES += [
    Case(
        "where-year-5000-digits",
        "long-values",
        desk(
            bad(
                "60 trillion USD", "", f"{{dataset: gdp, where: {{country: WLD, year: '{_LONG}'}}}}"
            )
        ),
        words="'9999999999999999999999999999999999999999'… (5,000 characters) is not a valid",
    ),
    Case(
        "where-in-5000-digits",
        "long-values",
        desk(
            bad(
                "60 trillion USD",
                "",
                f"{{dataset: gdp, where: {{year: {{in: [2009, '{_LONG}']}}}}}}",
            )
        ),
        words="… (5,000 characters) is not a valid integer",
    ),
    Case(
        "where-country-100k",
        "long-values",
        desk(
            bad(
                "60 trillion USD",
                "",
                "{dataset: gdp, where: {country: " + "W" * 100_000 + ", year: 2009}}",
            )
        ),
        verdict="unverifiable",
        words="no figure for country = " + "W" * 40 + "… (100,000 characters), year = 2009",
    ),
    # mends25: a where value was escaped, then cut and counted: twenty zero-width spaces after
    # WLD (23 characters) were cut mid-escape as "… (123 characters)"; now cut and counted as
    # written, then escaped, as a value quoted in an error is
    Case(
        "where-country-invisible",
        "long-values",
        desk(
            bad(
                "60 trillion USD",
                "",
                '{dataset: gdp, where: {country: "WLD' + "\\u200b" * 20 + '", year: 2009}}',
            )
        ),
        verdict="unverifiable",
        words="no figure for country = WLD" + "\\u200b" * 20 + ", year = 2009",
    ),
    Case(
        "table-where-5000-digits",
        "long-values",
        table(f"bad,5 USD,gdp,WLD,{_LONG}"),
        suffix=".csv",
        words="… (5,000 characters) is not a valid integer",
    ),
]


# --- mends25: a claim id had no length bound; it is echoed in every message and report ------
_LONG_ID = "a" * 100_000
CASES += [
    Case(
        "id-100k-desk",
        "long-values",
        desk(f"{{id: {_LONG_ID}, value: 5 USD}}"),
        kind="stop",
        words="id: an id of 100,000 characters: over the claim id length limit of 200",
        line=4,
    ),
    Case(
        "id-100k-table",
        "long-values",
        table(f"{_LONG_ID},5 USD,gdp,WLD,2009"),
        suffix=".csv",
        kind="stop",
        words="id: an id of 100,000 characters: over the claim id length limit of 200",
        line=3,
    ),
    Case(  # review of mends25: a term naming a claim by a 100,000-character id
        "id-100k-term",
        "long-values",
        desk(
            f"{{id: t, value: 5 USD, reference: {{expr: a, terms: {{a: {{claim: {_LONG_ID}}}}}}}}}"
        ),
        kind="stop",
        words="claim: an id of 100,000 characters: over the claim id length limit of 200",
        line=4,
    ),
]


# --- hostile23: where conditions YAML reads otherwise than a reader of the desk --------------
def _where(condition: str) -> str:
    return desk(
        bad("60 trillion USD", "", f"{{dataset: gdp, where: {{country: WLD, year: {condition}}}}}")
    )


CASES += [
    Case(f"where-{name}", "where-reading", _where(text), kind="stop", words=words, line=4)
    for name, text, words in [
        (
            "hex",
            "0x7d9",
            "'0x7d9' is not a number written in decimal digits (YAML reads it as 2009)",
        ),
        ("underscored", "2_009", "'2_009' is not a number written in decimal digits"),
        ("base-60", "33:29", "'33:29' is not a number written in decimal digits"),
        ("hex-in-list", "{in: [2008, 0x7d9]}", "'0x7d9' is not a number written in decimal"),
        ("null", "null", "'year' has no value"),
        ("empty", "", "'year' has no value"),
        ("between-backwards", "{between: [2010, 2000]}", "runs backwards"),
        ("between-null", "{between: [null, 2010]}", "not null"),
        ("between-months-backwards", "{between: [2010-06, 2010-01]}", "swap them"),
    ]
]

# --- hostile23: an invisible character in a where value was shown invisibly -----------------
CASES += [
    Case(
        f"where-{name}",
        "where-invisible",
        desk(
            bad(
                "60 trillion USD",
                "",
                f'{{dataset: gdp, where: {{country: "WLD{char}", year: 2009}}}}',
            )
        ),
        verdict="unverifiable",
        words=f"no figure for country = WLD{shown}, year = 2009",
    )
    for name, char, shown in [
        ("zero-width-space", "\\u200b", "\\u200b"),
        ("right-to-left-mark", "\\u200f", "\\u200f"),
        ("no-break-space-end", "\\u00a0", "\\xa0"),
    ]
]


# --- hostile26: a rank's last or lag beyond any series (10**30 months was an OverflowError
# traceback in the date arithmetic; "²" passed str.isdigit and int() refused it) -------------
RANK = "{{dataset: gdp, where: {{country: WLD}}, rank: {{by: year, at: 2009, {spec}}}}}"
CASES += [
    Case(
        f"rank-{name}",
        "rank-periods",
        desk(bad("1", "", RANK.format(spec=spec)).replace('value: "1"', "value: 1")),
        words=words,
    )
    for name, spec, words in [
        ("last-huge", "last: 1000000000000000000000000000000", "at most 10,000"),
        ("lag-huge", "change: percent, lag: 999999999999999999999999999999", "at most 10,000"),
        ("last-10001", "last: 10001", "'last' is 10,001 periods; at most 10,000"),
        ("last-superscript", "last: '²'", "'last' must be a whole number of periods"),
        ("lag-arabic-indic", "change: percent, lag: '١٢'", "'lag' must be a whole number"),
    ]
]

# --- hostile26: more desk texts echoed whole (a 5,000-character hedge, value or expected bound
# made a message of 5,000 and more characters in every report row and page) -----------------
CASES += [
    Case(f"long-{name}", "long-values", desk(claim), words=words)
    for name, claim, words in [
        ("hedge", bad("60 trillion USD", ", hedge: " + "a" * 5000),
         "unknown hedge 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'… (5,000 characters); use"),
        ("value", bad("x" * 5000), "cannot read a number in 'xxxxxxxxxx"),
        ("expected", bad("60 trillion USD", ", expected: {min: " + "m" * 5000 + "}"),
         "'mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm'… (5,000 characters)"),
        ("other-digits", bad("٥" * 5000 + " USD"), "… (5,000 characters) is written in digits"),
    ]
]  # fmt: skip

# --- lead, after hostile26: the names a desk gives (dataset, column, aggregate, change) were
# still echoed whole in "unknown …" messages (5,000 characters and more) -------------------------
_NAME = "z" * 5000
_CUT = "'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'… (5,000 characters)"
CASES += [
    Case("long-dataset", "long-values",
         desk(bad("60 trillion USD", "", f"{{dataset: {_NAME}, where: {{country: WLD, year: 2009}}}}")),
         words=f"unknown dataset {_CUT}"),
    Case("long-column", "long-values",
         desk(bad("60 trillion USD", "", f"{{dataset: gdp, column: {_NAME}, where: {{country: WLD, year: 2009}}}}")),
         words=f"unknown column {_CUT}"),
    Case("long-aggregate", "long-values",
         desk(bad("60 trillion USD", "", f"{{dataset: gdp, aggregate: {_NAME}, where: {{country: WLD}}}}")),
         kind="stop", words=f"unknown aggregate {_CUT}"),
    Case("long-change", "long-values",
         desk(bad("5 percent", "", f"{{dataset: gdp, change: {_NAME}, where: {{country: WLD, year: 2009}}}}")),
         words=f"unknown change {_CUT}"),
]  # fmt: skip

# --- mends30: new forms (benchmarks/hostile_campaign.py group ``forms30``) ---------------------
_DEATHS_RANK = "{dataset: deaths, column: deaths, rank: {by: year, at: %s}}"
_IN = ", ".join(f"C{i}" for i in range(20_000))
CASES += [
    # a YAML .nan in a where dropped the condition: "2 rows of 'gdp' match country = WLD", and
    # with an aggregate it summed every year (a discrepancy against 110 trillion)
    Case("where-nan", "where-nan",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: WLD, year: .nan}}")),
         kind="stop", words="'year' is .nan, not a value to match", line=4),
    Case("where-nan-sum", "where-nan",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: WLD, year: .NaN}, aggregate: sum}")),
         kind="stop", words="'year' is .NaN, not a value to match", line=4),
    Case("where-nan-text-column", "where-nan",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: .nan, year: 2009}}")),
         kind="stop", words="'country' is .nan, not a value to match", line=4),
    Case("where-nan-change-from", "where-nan",
         desk(bad("5 percent", "", "{dataset: deaths, column: deaths, change: percent, from: {year: .nan}, to: {year: 2009}}")),
         words="'year' is .nan, not a value to match"),  # a claim's shape: its own error
    # rank.at: other scripts' digits were read ('٢٠٠٩' was 2009) where every other field refuses
    # them; a year out of range was "not a whole number"; 300 digits were echoed whole
    Case("rank-at-arabic-indic", "rank-at",
         desk(bad("1", "", _DEATHS_RANK % '"٢٠٠٩"')),
         words="'٢٠٠٩' is written in digits of another script; write it with the digits 0-9 ('2009')"),
    Case("rank-at-full-width", "rank-at",
         desk(bad("1", "", _DEATHS_RANK % '"２００９"')),
         words="'２００９' is written in digits of another script; write it with the digits 0-9 ('2009')"),
    Case("rank-at-year-0", "rank-at", desk(bad("1", "", _DEATHS_RANK % "0")),
         words="rank.at: 0 is not a year from 1 to 9999"),
    Case("rank-at-year-99999", "rank-at", desk(bad("1", "", _DEATHS_RANK % "99999")),
         words="rank.at: 99999 is not a year from 1 to 9999"),
    Case("rank-at-300-digits", "rank-at", desk(bad("1", "", _DEATHS_RANK % ("9" * 300))),
         words="rank.at: 9999999999999999999999999999999999999999… (300 characters) is not a year"),
    # a derivation that overflows gave "computing a * 1e309 … gives ∞", a discrepancy
    Case("expr-literal-1e309", "expr-non-finite", desk(derived("a * 1e309")),
         words="1e309 is too large a number to compute with"),
    Case("expr-overflow", "expr-non-finite", desk(derived("a * 1e300 * 1e300")),
         words="is too large to compute with"),
    Case("expr-overflow-divide", "expr-non-finite", desk(derived("a / 1e-300 / 1e-300")),
         words="is too large to compute with"),
    # a long `in` list was echoed whole: a 148,938-character message
    Case("where-in-20000", "long-in-list",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: {in: [" + _IN + "]}, year: 2009}, aggregate: sum}")),
         verdict="unverifiable", words="no figure for country in C0, C1, C2, C3, C4, C5, C6, C7, C8, C9 and 19,990 more, year = 2009"),
    Case("where-in-long-values", "long-in-list",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: {in: [" + ", ".join(["W" * 3000] * 12) + "]}, year: 2009}, aggregate: sum}")),
         verdict="unverifiable", words="and 2 more, year = 2009"),
    Case("where-in-many-years", "long-in-list",
         desk(bad("60 trillion USD", "", "{dataset: gdp, where: {country: WLD, year: {in: [" + ", ".join(str(y) for y in range(3000, 9000)) + "]}}, aggregate: sum}")),
         verdict="unverifiable", words="year in 3000, 3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009 and 5,990 more"),
]  # fmt: skip
# a combining mark or an invisible format character after a unit was taken as the unit ("5 USD́"
# was compared as USD and shown as "USD́"); inside one it was "unknown unit 'UŚD'"
CASES += [
    Case(f"unit-{name}", "unit-marks", desk(bad(f"5 USD{char}")),
         words=f"holds the invisible or combining character U+{ord(char):04X}")
    for name, char in [("combining-acute", "\u0301"), ("combining-stroke", "\u0336"),
                       ("variation-selector", "\ufe0f"), ("word-joiner", "\u2060"),
                       ("soft-hyphen", "\u00ad")]
]  # fmt: skip
CASES += [
    Case("unit-combining-inside", "unit-marks", desk(bad("5 US\u0301D")),
         words="holds the invisible or combining character U+0301"),
    Case("unit-combining-scale", "unit-marks", desk(bad("60 tril\u0301lion USD")),
         words="holds the invisible or combining character U+0301"),
    Case("unit-combining-expected", "unit-marks",
         desk(bad("60 trillion USD", ", expected: {min: 5 USD\u0301}")),
         words="holds the invisible or combining character U+0301"),
]  # fmt: skip

GROUPS = sorted({case.group for case in CASES})
