# ruff: noqa: E501 (the cases are a table: one input per line reads better than wrapped)
"""Hostile-input campaign, round 33: the input classes the earlier sweeps did not generate.

Earlier sweeps (benchmarks/hostile_campaign.py, benchmarks/fuzz_inputs.py, tests/test_hostile*)
mutate a desk's values, a table's cells, descriptors, snapshots and baselines. This one feeds
every command files and environments of the wrong *shape*: desk and table bytes (byte order
marks, UTF-16 without one, NUL bytes, CR-only and mixed line ends, a 4 MB line), YAML structure
(documents, keys that are not text, anchors and merge keys in odd places, explicit tags), desk
folders (FIFOs, devices, symbolic-link loops, links to nothing, names with newlines), claims
tables of the wrong shape (ragged rows, quoted newlines, a Parquet file that is CSV), articles
for ``extract`` (titles that break YAML, a FIFO as --out), ``datasets add`` (Excel files that
are not Excel, a zip bomb, names with combining marks and bidi overrides, HTTP answers from a
local server: wrong types, gzip lies, redirect loops, 500s, huge headers), ``datasets list``
of descriptors holding terminal escapes, ``recheck`` history that points outside the report
set, and the environment (cache and catalog variables that name a file or nothing).

Each case is judged: a traceback or an exit status other than 0/1/2 is a **crash**; a hang over
30 s is a **hang**; an exit 2 whose message names neither the file nor the option, internal
words (``KeyError``, ``Errno``, ``NoneType``) on stderr, or a raw control character on a
terminal are an **unclear** error; a case's own expectation that fails (a draft that does not
check, a good dataset folder replaced) is **lost** or **wrong**.

    .venv/bin/python benchmarks/hostile33_campaign.py [--only GROUP] [--show]

Prints one line per case (``ok`` or its flags) and a count per group and outcome.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from click.testing import CliRunner  # noqa: E402

from figcheck.cli import main  # noqa: E402
from helpers import make_test_catalog  # noqa: E402
from localhttp import LocalServer, local_server  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "figcheck-hostile33"
LEAKS = re.compile(
    r"Traceback|object at 0x|numpy\.|dtype\(|KeyError|TypeError|AttributeError|IndexError|"
    r"NoneType|pyarrow\.lib|ValueError|UnicodeDecodeError|codec can't|\bNaT\b|ArrowInvalid|"
    r"Errno|could not convert|invalid literal|unhashable|not subscriptable|has no attribute|"
    r"BadZipFile|OSError|zipfile|openpyxl|requests\.|urllib3|ParserError|Error tokenizing|"
    r"YAMLError|ScannerError|ConstructorError|\bNone\b"
)
#: Raw control characters a terminal would act on (ESC, CR, BEL, backspace, bidi overrides).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

HEAD = "source: {title: T, published: 2012-09-03}\nclaims:\n"
OK = "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"
GDP = "{dataset: gdp, where: {country: WLD, year: 2009}}"
DESK = HEAD + OK
TABLE = (
    "id,value,reference.dataset,reference.where.country,reference.where.year,quote\n"
    "ok,60 trillion USD,gdp,WLD,2009,sixty\n"
)
GOOD_CSV = "country,year,value\nWLD,2008,50\nWLD,2009,60\n"


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang()


@dataclass
class Ctx:
    """One case's folder, its catalog and the local HTTP server."""

    d: Path
    cat: Path
    cache: Path
    http: LocalServer
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # devices are reached through this link only: a writer that replaces what it is given
        # replaces the link, never a node in /dev
        (self.d / "devnull").symlink_to("/dev/null")

    def file(self, name: str, data: bytes | str) -> Path:
        path = self.d / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def check(self, *paths: Path | str, extra: tuple[str, ...] = ()) -> list[str]:
        return ["check", *map(str, paths), "--datasets", str(self.cat), "--out",
                str(self.d / "out"), *extra]  # fmt: skip


@dataclass
class Case:
    group: str
    label: str
    build: Callable[[Ctx], list[str]]
    #: "ok": exit 0 or 1; "refuse": exit 2 naming something; "any": 0, 1 or 2.
    want: str = "any"
    #: a further check after the run: returns a flag or "".
    after: Callable[[Ctx, dict[str, Any]], str] | None = None


def run_cli(args: list[str], env: dict[str, str], limit_s: int = 30) -> dict[str, Any]:
    signal.alarm(limit_s)
    start = time.perf_counter()
    try:
        outcome = CliRunner().invoke(main, args, env=env)
    except Hang:
        return {"code": None, "out": "", "err": "", "exc": "HANG", "s": limit_s}
    finally:
        signal.alarm(0)
    exc = outcome.exception
    exc_text = ""
    if exc is not None and not isinstance(exc, SystemExit):
        exc_text = "".join(traceback.format_exception(exc))[-3000:]
    return {
        "code": outcome.exit_code,
        "out": outcome.stdout,
        "err": outcome.stderr,
        "exc": exc_text,
        "s": time.perf_counter() - start,
    }


def judge(case: Case, ctx: Ctx, args: list[str], res: dict[str, Any]) -> list[str]:
    flags: list[str] = []
    if res["exc"] == "HANG":
        return ["hang"]
    if res["exc"]:
        flags.append("crash:" + res["exc"].strip().splitlines()[-1][:160])
    if res["code"] not in (0, 1, 2):
        flags.append(f"crash:exit={res['code']}")
    err = res["err"]
    m = LEAKS.search(err)
    if m and not res["exc"]:
        start = err.rfind("\n", 0, m.start()) + 1
        flags.append("unclear:leak:" + err[start : start + 160].strip())
    if RAW_CONTROL.search(err + res["out"]):
        flags.append("unclear:raw-control-character-on-terminal")
    if case.want == "ok" and res["code"] not in (0, 1) and not res["exc"]:
        flags.append(f"wrong:refused:{err.strip()[-200:]}")
    if case.want == "refuse" and res["code"] != 2 and not res["exc"]:
        flags.append(f"wrong:accepted(exit {res['code']})")
    if res["code"] == 2 and not res["exc"]:
        names = [a for a in args if not a.startswith("-")][1:] + [
            a for a in args if a.startswith("--")
        ]
        shown = [Path(n).name for n in names] + names
        if not err.strip():
            flags.append("unclear:exit-2-without-a-message")
        elif not any(n and n in err for n in shown) and "Usage" not in err and ":" not in err:
            flags.append("unclear:no-file:" + err.strip()[:160])
    report = ctx.d / "out" / "report.json"
    if res["code"] in (0, 1) and report.is_file():
        try:
            data = json.loads(report.read_text())
        except Exception as exc:
            flags.append(f"lost:bad-report:{exc}")
            data = {}
        for r in data.get("results", []) or []:
            msg = str(r.get("message", ""))
            m = LEAKS.search(msg)
            if m:
                flags.append(f"unclear:leak-in-message:{r.get('id')}:{msg[:160]}")
    if case.after is not None and not res["exc"]:
        extra = case.after(ctx, res)
        if extra:
            flags.append(extra)
    return flags


# ---------------------------------------------------------------- checks after a run
def err_has(*words: str) -> Callable[[Ctx, dict[str, Any]], str]:
    def check(ctx: Ctx, res: dict[str, Any]) -> str:
        missing = [w for w in words if w not in res["err"]]
        return f"unclear:stderr-lacks:{missing}:{res['err'].strip()[:160]}" if missing else ""

    return check


def supported_ok(ctx: Ctx, res: dict[str, Any]) -> str:
    report = ctx.d / "out" / "report.json"
    if not report.is_file():
        return f"wrong:no-report:{res['err'].strip()[:160]}"
    verdicts = {r["id"]: r["verdict"] for r in json.loads(report.read_text())["results"]}
    return "" if verdicts.get("ok") == "supported" else f"wrong:ok-claim-{verdicts.get('ok')}"


def q_is_error(ctx: Ctx, res: dict[str, Any]) -> str:
    report = ctx.d / "out" / "report.json"
    if not report.is_file():
        return f"wrong:no-report:{res['err'].strip()[:160]}"
    verdicts = {r["id"]: r["verdict"] for r in json.loads(report.read_text())["results"]}
    return "" if verdicts.get("q") == "error" else f"wrong:read-as-a-unit:{verdicts.get('q')}"


def draft_checks(ctx: Ctx, res: dict[str, Any]) -> str:
    """The draft ``extract`` wrote must be read by ``check`` (it is YAML a desk reader takes)."""
    draft = ctx.d / "draft.yaml"
    if not draft.is_file():
        return "" if res["code"] == 2 else "lost:no-draft"
    again = run_cli(["check", str(draft), "--out", str(ctx.d / "out2")], ctx.env)
    if again["code"] not in (0, 1):
        return f"wrong:draft-does-not-check:{again['err'].strip()[-200:]}{again['exc'][-200:]}"
    return ""


def folder_kept(ctx: Ctx, res: dict[str, Any]) -> str:
    data = ctx.d / "into" / "kept" / "data.csv"
    if not data.is_file() or data.read_text() != GOOD_CSV:
        return "lost:existing-dataset-changed"
    return ""


def names_file(name: str) -> Callable[[Ctx, dict[str, Any]], str]:
    def check(ctx: Ctx, res: dict[str, Any]) -> str:
        out = res["err"] + res["out"]
        return "" if name in out else f"unclear:not-named:{name!r}:{out.strip()[-200:]}"

    return check


# ---------------------------------------------------------------- the cases
def desk_bytes() -> Iterator[Case]:
    g = "desk-bytes"
    for label, data, want in [
        ("utf8-bom", b"\xef\xbb\xbf" + DESK.encode(), "ok"),
        ("utf16-le-no-bom", DESK.encode("utf-16-le"), "refuse"),
        ("utf16-be-no-bom", DESK.encode("utf-16-be"), "refuse"),
        ("utf16-le-bom-crlf", b"\xff\xfe" + DESK.replace("\n", "\r\n").encode("utf-16-le"), "any"),
        (
            "nul-in-quote",
            (HEAD + OK + '  - {id: q, quote: "a\x00b", value: 1}\n').encode(),
            "refuse",
        ),
        ("nul-at-end", DESK.encode() + b"\x00", "refuse"),
        ("cr-only", DESK.replace("\n", "\r").encode(), "ok"),
        ("crlf", DESK.replace("\n", "\r\n").encode(), "ok"),
        ("mixed-line-ends", (HEAD.replace("\n", "\r\n") + OK.replace("\n", "\r")).encode(), "ok"),
        (
            "latin1-byte-in-quote",
            (HEAD + OK).encode() + b'  - {id: q, quote: "caf\xe9", value: 1}\n',
            "refuse",
        ),
        (
            "cp1252-smart-quotes",
            (HEAD + OK).encode() + b"  - {id: q, quote: \x93x\x94, value: 1}\n",
            "refuse",
        ),
        (
            "overlong-utf8",
            (HEAD + OK).encode() + b'  - {id: q, quote: "\xc0\xaf", value: 1}\n',
            "refuse",
        ),
        (
            "4mb-quote-line",
            (HEAD + OK + '  - {id: q, quote: "' + "x" * 4_000_000 + '", value: 1}\n').encode(),
            "ok",
        ),
        (
            "4mb-value",
            (HEAD + OK + "  - {id: q, value: " + "9" * 4_000_000 + "}\n").encode(),
            "refuse",
        ),
        ("empty-file", b"", "refuse"),
        ("only-bom", b"\xef\xbb\xbf", "refuse"),
        ("only-whitespace", b"  \n\n\t\n", "refuse"),
        ("only-comment", b"# nothing\n", "refuse"),
        (
            "form-feed-and-vt",
            (HEAD + OK + '  - {id: q, quote: "a\x0cb\x0bc", value: 1}\n').encode(),
            "any",
        ),
        (
            "esc-in-id",
            (
                HEAD + OK + '  - {id: "q\\e[31mred", value: 1, reference: {dataset: nope}}\n'
            ).encode(),
            "any",
        ),
        (
            "bell-in-dataset-name",
            (HEAD + OK + '  - {id: q, value: 1, reference: {dataset: "x\\a\\e[2J"}}\n').encode(),
            "any",
        ),
        (
            "c1-control-in-quote",
            (HEAD + OK + '  - {id: q, quote: "\\x85\\x9b31m", value: 1}\n').encode(),
            "any",
        ),
        (
            "rtl-override-in-id",
            (HEAD + OK + '  - {id: "q\\u202eevil", value: 1}\n').encode(),
            "any",
        ),
        (
            "lone-surrogate-pair-escaped",
            (HEAD + OK + '  - {id: q, quote: "\\ud83d\\ude00", value: 1}\n').encode(),
            "any",
        ),
    ]:
        yield Case(g, label, lambda c, data=data: c.check(c.file("desk.yaml", data)), want,
                   supported_ok if want == "ok" else None)  # fmt: skip


def desk_structure() -> Iterator[Case]:
    g = "desk-yaml-structure"
    for label, text, want in [
        ("two-documents", DESK + "---\n" + DESK, "refuse"),
        ("document-end-marker", DESK + "...\n", "ok"),
        ("yaml-directive", "%YAML 1.1\n---\n" + DESK, "ok"),
        ("yaml-directive-2.0", "%YAML 2.0\n---\n" + DESK, "refuse"),
        ("top-level-list", "- " + GDP + "\n", "refuse"),
        ("top-level-scalar", "hello\n", "refuse"),
        ("top-level-int", "42\n", "refuse"),
        ("claims-a-mapping", HEAD.replace("claims:\n", "claims: {a: 1}\n"), "refuse"),
        ("claims-a-string", HEAD.replace("claims:\n", "claims: lots\n"), "refuse"),
        ("claims-null", HEAD, "any"),  # a desk with no claims yet
        ("claim-a-string", HEAD + OK + "  - just text\n", "refuse"),
        ("claim-a-list", HEAD + OK + "  - [a, b]\n", "refuse"),
        ("int-key-in-claim", HEAD + OK + "  - {id: q, value: 1, 7: x}\n", "refuse"),
        ("null-key-in-claim", HEAD + OK + "  - {id: q, value: 1, null: x}\n", "refuse"),
        ("bool-key-in-claim", HEAD + OK + "  - {id: q, value: 1, true: x}\n", "refuse"),
        ("list-key-in-claim", HEAD + OK + "  - {id: q, value: 1, ? [a, b] : x}\n", "refuse"),
        (
            "map-key-in-where",
            HEAD + OK + "  - {id: q, value: 1, reference: {dataset: gdp, where: {? {a: 1} : 2}}}\n",
            "refuse",
        ),
        (
            "int-key-in-where",
            HEAD
            + OK
            + "  - {id: q, value: 60 trillion USD, reference: {dataset: gdp, where: {2009: WLD}}}\n",
            "any",
        ),
        (
            "int-key-in-source",
            "source: {title: T, published: 2012-09-03, 5: x}\nclaims:\n" + OK,
            "refuse",
        ),
        ("id-int", HEAD + OK + "  - {id: 123, value: 1}\n", "any"),
        ("id-float", HEAD + OK + "  - {id: 1e3, value: 1}\n", "any"),
        ("id-bool", HEAD + OK + "  - {id: yes, value: 1}\n", "any"),
        ("id-null", HEAD + OK + "  - {id: ~, value: 1}\n", "refuse"),
        ("id-list", HEAD + OK + "  - {id: [a], value: 1}\n", "refuse"),
        ("id-with-newline", HEAD + OK + '  - {id: "a\\nb", value: 1}\n', "any"),
        ("id-empty", HEAD + OK + '  - {id: "", value: 1}\n', "refuse"),
        ("id-spaces-only", HEAD + OK + '  - {id: "   ", value: 1}\n', "any"),
        (
            "alias-claim-twice",
            HEAD + "  - &c {id: ok, value: 60 trillion USD, reference: " + GDP + "}\n  - *c\n",
            "refuse",
        ),
        (
            "alias-reference-shared",
            HEAD
            + "  - {id: ok, value: 60 trillion USD, reference: &r "
            + GDP
            + "}\n  - {id: b, value: 50 trillion USD, reference: *r}\n",
            "ok",
        ),
        (
            "merge-list-of-aliases",
            "x-a: &a {value: 60 trillion USD}\nx-b: &b {reference: "
            + GDP
            + "}\n"
            + HEAD
            + "  - {<<: [*a, *b], id: ok}\n",
            "any",
        ),
        (
            "merge-into-where",
            "x-w: &w {country: WLD}\n"
            + HEAD
            + "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {<<: *w, year: 2009}}}\n",
            "any",
        ),
        ("merge-a-scalar", HEAD + OK + "  - {<<: 5, id: q, value: 1}\n", "refuse"),
        (
            "merge-alias-to-list",
            "x-l: &l [1, 2]\n" + HEAD + OK + "  - {<<: *l, id: q, value: 1}\n",
            "refuse",
        ),
        ("undefined-alias", HEAD + OK + "  - {id: q, value: *nope}\n", "refuse"),
        (
            "anchor-on-key",
            HEAD + "  - {&k id: ok, value: 60 trillion USD, reference: " + GDP + "}\n",
            "ok",
        ),
        (
            "alias-as-key",
            "x-k: &k id\n"
            + HEAD
            + "  - {*k : ok, value: 60 trillion USD, reference: "
            + GDP
            + "}\n",
            "any",
        ),
        (
            "explicit-str-tag-on-value",
            HEAD + "  - {id: ok, value: !!str 60 trillion USD, reference: " + GDP + "}\n",
            "ok",
        ),
        (
            "explicit-int-tag-on-year",
            HEAD
            + "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: !!int '2009'}}}\n",
            "ok",
        ),
        ("local-tag-bang", HEAD + OK + "  - {id: q, value: ! 5}\n", "any"),
        ("tab-indentation", "source:\n\ttitle: T\nclaims: []\n", "refuse"),
        ("unclosed-quote-at-eof", HEAD + OK + '  - {id: q, quote: "never closed\n', "refuse"),
        ("unclosed-flow", HEAD + OK + "  - {id: q, value: 1\n", "refuse"),
        (
            "100k-char-unknown-key",
            HEAD + OK + "  - {id: q, value: 1, " + "k" * 100_000 + ": 1}\n",
            "refuse",
        ),
        (
            "100k-char-dataset-name",
            HEAD + OK + "  - {id: q, value: 1, reference: {dataset: " + "d" * 100_000 + "}}\n",
            "any",
        ),
        (
            "100k-char-column",
            HEAD
            + OK
            + "  - {id: q, value: 1, reference: {dataset: gdp, column: "
            + "c" * 100_000
            + "}}\n",
            "any",
        ),
        (
            "100k-char-where-key",
            HEAD
            + OK
            + "  - {id: q, value: 1, reference: {dataset: gdp, where: {"
            + "w" * 100_000
            + ": 1}}}\n",
            "any",
        ),
        (
            "100k-char-hedge",
            HEAD + OK + "  - {id: q, value: 1, hedge: " + "h" * 100_000 + "}\n",
            "any",
        ),
        ("published-with-time", HEAD.replace("2012-09-03", "2012-09-03T10:00:00Z") + OK, "any"),
        ("published-int", HEAD.replace("2012-09-03", "2012") + OK, "any"),
        ("published-list", HEAD.replace("2012-09-03", "[2012]") + OK, "refuse"),
        ("source-a-list", "source: [a]\nclaims:\n" + OK, "refuse"),
        (
            "source-url-javascript",
            HEAD.replace("title: T", 'title: T, url: "javascript:alert(1)"') + OK,
            "ok",
        ),
        (
            "source-url-data",
            HEAD.replace("title: T", 'title: T, url: "data:text/html,<script>alert(1)</script>"')
            + OK,
            "ok",
        ),
        ("source-text-empty", HEAD.replace("title: T", 'title: T, text: ""') + OK, "any"),
        ("source-text-a-folder", HEAD.replace("title: T", "title: T, text: .") + OK, "any"),
        (
            "source-text-etc-passwd",
            HEAD.replace("title: T", "title: T, text: /etc/passwd") + OK,
            "ok",
        ),
        (
            "source-text-5000-char-path",
            HEAD.replace("title: T", "title: T, text: " + "a/" * 2500 + "x.txt") + OK,
            "any",
        ),
        (
            "source-text-long-name",
            HEAD.replace("title: T", "title: T, text: " + "n" * 300 + ".txt") + OK,
            "any",
        ),
        ("source-text-dev-zero", HEAD.replace("title: T", "title: T, text: /dev/zero") + OK, "ok"),
    ]:
        after = supported_ok if want == "ok" else None
        yield Case(g, label, lambda c, t=text: c.check(c.file("desk.yaml", t)), want, after)


def desk_numbers() -> Iterator[Case]:
    g = "value-forms"
    for value in ["1_000 USD", "0x10 USD", "0o17 USD", "0b101 USD", "+5 USD", "-0 USD", ".5 USD",
                  "5. USD", "5e3 USD", "5E+3 USD", "1,000.000,5 USD", "1 000 USD", "1\u00a0000 USD",
                  "1\u202f000 USD", "5 USD USD", "5 % %", "5 %%", "5 trillion trillion USD",
                  "5 per cent percent", "6\u00bd USD", "5\u2009USD", "\u22125 USD", "5\u2212 USD",
                  "5 U$D", "$5", "5 $", "5 \u20ac", "\u20ac5bn", "five USD", "5 USD/year/year/year",
                  "NaN trillion USD", "0.0000000000000000000001 USD", "5 1/2 USD", "5/2 USD"]:  # fmt: skip
        text = HEAD + OK + f'  - {{id: q, value: "{value}", reference: {GDP}}}\n'
        yield Case(g, value, lambda c, t=text: c.check(c.file("desk.yaml", t)), "ok", supported_ok)
    # punctuation in a unit's name: pint dropped it or split the name there ("5 USD;" was USD,
    # "5 U$D" debye × enzyme_unit, "5− USD" +5 USD); the claim must be an error
    for value in ["5 U$D", "5 U.S.D", "5 USD,", "5 USD;", "5 USD?", "5 USD!", "5 USD#",
                  "5 USD~", "5 USD&", "5\u2212 USD", "5 \u2212USD"]:  # fmt: skip
        text = HEAD + OK + f'  - {{id: q, value: "{value}", reference: {GDP}}}\n'
        yield Case("unit-punctuation", value, lambda c, t=text: c.check(c.file("desk.yaml", t)),
                   "ok", q_is_error)  # fmt: skip


def desk_folders() -> Iterator[Case]:
    g = "desk-folders"

    def fifo(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        os.mkfifo(c.d / "desks" / "b.yaml")
        return c.check(c.d / "desks")

    def dev_link(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        (c.d / "desks" / "z.yaml").symlink_to("/dev/zero")
        return c.check(c.d / "desks")

    def loop_link(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        (c.d / "desks" / "loop.yaml").symlink_to(c.d / "desks" / "loop.yaml")
        return c.check(c.d / "desks")

    def dangling(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        (c.d / "desks" / "gone.yaml").symlink_to(c.d / "nowhere.yaml")
        return c.check(c.d / "desks")

    def dir_loop(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        (c.d / "desks" / "up").symlink_to(c.d / "desks")
        return c.check(c.d / "desks")

    def dir_named_yaml(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        (c.d / "desks" / "b.yaml").mkdir()
        return c.check(c.d / "desks")

    def empty_folder(c: Ctx) -> list[str]:
        (c.d / "desks").mkdir()
        return c.check(c.d / "desks")

    def only_other_files(c: Ctx) -> list[str]:
        c.file("desks/readme.txt", "hi")
        c.file("desks/data.json", "{}")
        return c.check(c.d / "desks")

    def named(name: str) -> Callable[[Ctx], list[str]]:
        return lambda c: c.check(c.file(name, DESK))

    def upper_ext(c: Ctx) -> list[str]:
        c.file("desks/A.YAML", DESK)
        return c.check(c.d / "desks")

    def missing(c: Ctx) -> list[str]:
        return c.check(c.d / "no such desk.yaml")

    def file_and_folder(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        return c.check(c.d / "desks", c.d / "desks" / "a.yaml")

    def same_ids_two_desks(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        c.file("desks/b.yaml", DESK)
        return c.check(c.d / "desks")

    def deep_nesting(c: Ctx) -> list[str]:
        c.file("desks/" + "n/" * 60 + "a.yaml", DESK)
        return c.check(c.d / "desks")

    def hidden(c: Ctx) -> list[str]:
        c.file("desks/.hidden.yaml", "garbage: [\n")
        c.file("desks/a.yaml", DESK)
        return c.check(c.d / "desks")

    def editor_backup(c: Ctx) -> list[str]:
        c.file("desks/a.yaml", DESK)
        c.file("desks/a.yaml~", "garbage: [\n")
        c.file("desks/.#a.yaml", "garbage: [\n")
        return c.check(c.d / "desks")

    def dash_name(c: Ctx) -> list[str]:
        c.file("-x.yaml", DESK)
        return ["check", "--datasets", str(c.cat), "--out", str(c.d / "out"), "--",
                str(c.d / "-x.yaml")]  # fmt: skip

    yield Case(g, "fifo-in-folder", fifo, "any", names_file("b.yaml"))
    yield Case(g, "link-to-dev-zero-in-folder", dev_link, "any", names_file("z.yaml"))
    yield Case(g, "link-loop-in-folder", loop_link, "any", names_file("loop.yaml"))
    yield Case(g, "dangling-link-in-folder", dangling, "any", names_file("gone.yaml"))
    yield Case(g, "folder-link-loop", dir_loop, "any")
    yield Case(g, "folder-named-yaml", dir_named_yaml, "any")
    yield Case(g, "empty-folder", empty_folder, "refuse")
    yield Case(g, "folder-of-other-files", only_other_files, "refuse")
    yield Case(g, "name-with-space", named("my desk.yaml"), "ok", supported_ok)
    yield Case(g, "name-with-newline", named("my\ndesk.yaml"), "ok", supported_ok)
    yield Case(g, "name-with-esc", named("my\x1b[31mdesk.yaml"), "ok", supported_ok)
    yield Case(g, "name-unicode-nfd", named("cafe\u0301.yaml"), "ok", supported_ok)
    yield Case(g, "name-rtl-override", named("a\u202elmay.yaml"), "ok", supported_ok)
    yield Case(g, "name-no-extension", named("desk"), "any")
    yield Case(g, "name-txt-extension", named("desk.txt"), "any")
    yield Case(g, "upper-case-extension-in-folder", upper_ext, "any")
    yield Case(g, "missing-path-with-space", missing, "refuse", names_file("no such desk.yaml"))
    yield Case(g, "file-and-its-folder", file_and_folder, "ok")
    yield Case(g, "same-ids-in-two-desks", same_ids_two_desks, "any")
    yield Case(g, "60-nested-folders", deep_nesting, "ok")
    yield Case(g, "hidden-broken-desk", hidden, "ok")
    yield Case(g, "editor-backups", editor_backup, "ok")
    yield Case(g, "dash-name", dash_name, "ok")


def tables() -> Iterator[Case]:
    g = "claims-table"
    lines = TABLE.splitlines(keepends=True)
    for label, data, want in [
        ("utf8-bom", b"\xef\xbb\xbf" + TABLE.encode(), "ok"),
        ("utf16-bom", b"\xff\xfe" + TABLE.encode("utf-16-le"), "refuse"),
        ("utf16-no-bom", TABLE.encode("utf-16-le"), "refuse"),
        ("latin1-cell", TABLE.encode() + b"q2,5 USD,gdp,WLD,2009,caf\xe9\n", "refuse"),
        ("nul-in-cell", TABLE.encode() + b"q2,5 USD,gdp,WLD,2009,a\x00b\n", "refuse"),
        ("cr-only", TABLE.replace("\n", "\r").encode(), "ok"),
        ("crlf", TABLE.replace("\n", "\r\n").encode(), "ok"),
        ("quoted-newline", (TABLE + 'q2,5 USD,gdp,WLD,2009,"two\nlines"\n').encode(), "ok"),
        (
            "quoted-newline-then-bad",
            (TABLE + 'q2,5 USD,gdp,WLD,2009,"two\nlines"\nq3,zz,gdp\n').encode(),
            "any",
        ),
        ("ragged-short-row", (TABLE + "q2,5 USD\n").encode(), "any"),
        ("ragged-long-row", (TABLE + "q2,5 USD,gdp,WLD,2009,a,b,c\n").encode(), "refuse"),
        ("unclosed-quote", (TABLE + 'q2,5 USD,gdp,WLD,2009,"never\n').encode(), "refuse"),
        ("empty", b"", "refuse"),
        ("header-only", lines[0].encode(), "any"),
        ("duplicate-header", (b"id,id,value\nq,q,5 USD\n"), "refuse"),
        ("empty-header-name", (b"id,,value\nq,x,5 USD\n"), "any"),
        ("header-with-spaces", (b" id , value \nq,5 USD\n"), "any"),
        ("header-bom-twice", ("\ufeff\ufeffid,value\nq,5 USD\n").encode(), "any"),
        ("semicolon", TABLE.replace(",", ";").encode(), "refuse"),
        ("excel-sep-line", ("sep=,\n" + TABLE).encode(), "any"),
        ("value-1e309", (TABLE + "q2,1e309 USD,gdp,WLD,2009,x\n").encode(), "ok"),
        ("value-nan", (TABLE + "q2,nan,gdp,WLD,2009,x\n").encode(), "ok"),
        ("year-1_000", (TABLE + "q2,5 USD,gdp,WLD,2_009,x\n").encode(), "any"),
        ("year-full-width", (TABLE + "q2,5 USD,gdp,WLD,２００９,x\n").encode(), "any"),
        ("year-0x7d9", (TABLE + "q2,5 USD,gdp,WLD,0x7d9,x\n").encode(), "any"),
        ("year-1e309", (TABLE + "q2,5 USD,gdp,WLD,1e309,x\n").encode(), "any"),
        ("year-nan", (TABLE + "q2,5 USD,gdp,WLD,nan,x\n").encode(), "any"),
        ("year--0", (TABLE + "q2,5 USD,gdp,WLD,-0,x\n").encode(), "any"),
        (
            "formula-injection",
            (TABLE + "q2,5 USD,gdp,WLD,2009,=cmd|' /C calc'!A0\n").encode(),
            "ok",
        ),
        ("1mb-cell", (TABLE + "q2,5 USD,gdp,WLD,2009," + "x" * 1_000_000 + "\n").encode(), "ok"),
        ("id-with-esc", (TABLE + "q\x1b[31m,5 USD,gdp,WLD,2009,x\n").encode(), "any"),
        ("blank-lines", (lines[0] + "\n\n" + lines[1] + "\n\n").encode(), "ok"),
        ("only-commas-row", (TABLE + ",,,,,\n").encode(), "any"),
    ]:
        after = supported_ok if want == "ok" else None
        yield Case(g, label, lambda c, d=data: c.check(c.file("claims.csv", d)), want, after)
    yield Case(
        g, "parquet-that-is-csv", lambda c: c.check(c.file("claims.parquet", TABLE)), "refuse"
    )
    yield Case(g, "parquet-empty-file", lambda c: c.check(c.file("claims.parquet", b"")), "refuse")
    yield Case(
        g, "parquet-magic-only", lambda c: c.check(c.file("claims.parquet", b"PAR1PAR1")), "refuse"
    )
    yield Case(
        g,
        "xlsx-given-to-check",
        lambda c: c.check(c.file("claims.xlsx", b"PK\x03\x04junk")),
        "refuse",
    )
    yield Case(
        g,
        "tsv-given-to-check",
        lambda c: c.check(c.file("claims.tsv", TABLE.replace(",", "\t"))),
        "any",
    )


def extract_cases() -> Iterator[Case]:
    g = "extract"
    article = "Rising prices\nJuly 13, 2022\nPrices rose 9.1% in the twelve months to June, and 120,000 people lost work.\n"

    def ex(data: bytes | str, *extra: str, out: bool = True) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            path = c.file("article.txt", data)
            return [
                "extract",
                str(path),
                *(["--out", str(c.d / "draft.yaml")] if out else []),
                *extra,
            ]

        return build

    for label, data, want in [
        ("utf8-bom", b"\xef\xbb\xbf" + article.encode(), "ok"),
        ("utf16-bom", b"\xff\xfe" + article.encode("utf-16-le"), "refuse"),
        ("cr-only", article.replace("\n", "\r").encode(), "ok"),
        ("crlf", article.replace("\n", "\r\n").encode(), "ok"),
        ("nul-bytes", article.encode().replace(b" ", b"\x00", 3), "any"),
        ("empty", b"", "any"),
        ("whitespace", b"   \n\t\n", "any"),
        ("4mb-one-line", ("Prices rose 9.1%. " * 220_000).encode(), "any"),
        ("rtl-override", ("Title\u202e\n" + article).encode(), "ok"),
        ("esc-in-title", ("Title\x1b[31m\n" + article).encode(), "ok"),
        (
            "title-yaml-breakers",
            ('"Quote": & *a !!python/object {x} [y] # z\n' + article).encode(),
            "ok",
        ),
        ("title-document-marker", ("---\n" + article).encode(), "ok"),
        ("title-percent-directive", ("%YAML 1.1\n" + article).encode(), "ok"),
        ("title-dash", ("- a list?\n" + article).encode(), "ok"),
        ("title-colon-space", ("key: value\n" + article).encode(), "ok"),
        ("title-long-10000", ("T" * 10_000 + "\n" + article).encode(), "ok"),
        ("title-surrogate-escape-text", ("\\ud800 title\n" + article).encode(), "ok"),
        ("title-nel-ls-ps", ("A\u0085B\u2028C\u2029D\n" + article).encode(), "ok"),
        ("title-bom-inside", ("A\ufeffB\n" + article).encode(), "ok"),
        ("quote-with-tab-and-cr", ("T\n" + article.replace("Prices", "Pri\tces\r")).encode(), "ok"),
        ("unicode-digits", "T\nPrices rose ٩٫١٪ and ９．１% and १२० people.\n".encode(), "ok"),
        (
            "combining-marks-numbers",
            "T\nPrices rose 9\u0301.1% and 1\u20dd20 people.\n".encode(),
            "ok",
        ),
    ]:
        yield Case(g, label, ex(data), want, draft_checks)
    yield Case(g, "stdout-draft", ex(article, out=False), "ok")
    yield Case(
        g, "title-option-newline", ex(article, "--title", "a\nb: c\n- d"), "ok", draft_checks
    )
    yield Case(g, "title-option-esc", ex(article, "--title", "a\x1b[2Jb"), "ok", draft_checks)
    yield Case(g, "published-impossible", ex(article, "--published", "2012-02-30"), "refuse")
    yield Case(g, "published-year-0", ex(article, "--published", "0000"), "refuse")
    yield Case(g, "published-year-99999", ex(article, "--published", "99999"), "refuse")
    yield Case(g, "lang-unknown", ex(article, "--lang", "xx"), "refuse")

    def to(target: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            c.file("afile", "x")
            os.mkfifo(c.d / "fifo")
            path = c.file("article.txt", article)
            return ["extract", str(path), "--out", target.format(d=c.d)]

        return build

    # A FIFO stands for every file that is no regular file (run before the fix, ``--out
    # /dev/full`` replaced the device node with the draft: never aim this campaign at /dev).
    yield Case(g, "out-a-fifo", to("{d}/fifo"), "refuse",
               lambda c, r: "" if (c.d / "fifo").is_fifo() else "lost:fifo-replaced-by-a-file")  # fmt: skip
    yield Case(g, "out-a-folder", to("{d}"), "refuse")
    yield Case(g, "out-under-a-file", to("{d}/afile/draft.yaml"), "refuse")
    yield Case(g, "out-missing-folder", to("{d}/no/such/draft.yaml"), "any")
    yield Case(g, "out-empty", to(""), "refuse")
    yield Case(g, "out-the-article-itself", to("{d}/article.txt"), "refuse",
               lambda c, r: "" if (c.d / "article.txt").read_text().startswith("Rising") else "lost:article-overwritten")  # fmt: skip
    yield Case(g, "article-a-folder", lambda c: ["extract", str(c.d)], "refuse")
    yield Case(g, "article-dev-null", lambda c: ["extract", "/dev/null"], "refuse")
    yield Case(g, "article-missing", lambda c: ["extract", str(c.d / "nope.txt")], "refuse")
    yield Case(
        g,
        "datasets-a-file",
        lambda c: ["extract", str(c.file("a.txt", article)), "--datasets", str(c.file("f", "x"))],
        "refuse",
    )


def add_cases() -> Iterator[Case]:
    g = "datasets-add"

    def add(
        name: str, data: bytes | str, *extra: str, ds: str = "new"
    ) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            src = c.file(name, data)
            into = c.d / "into"
            (into / "kept").mkdir(parents=True, exist_ok=True)
            (into / "kept" / "data.csv").write_text(GOOD_CSV)
            return ["datasets", "add", str(src), "--name", ds, "--into", str(into), *extra]

        return build

    def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method) as z:
            for k, v in members.items():
                z.writestr(k, v)
        return buf.getvalue()

    bomb = zip_of({"data.csv": b"a,b\n" + b"1,2\n" * 1 + b"0" * 300_000_000})
    for label, name, data, want in [
        ("csv-bom", "t.csv", "\ufeff" + GOOD_CSV, "ok"),
        ("csv-utf16-no-encoding", "t.csv", b"\xff\xfe" + GOOD_CSV.encode("utf-16-le"), "refuse"),
        ("csv-cr-only", "t.csv", GOOD_CSV.replace("\n", "\r"), "ok"),
        ("csv-ragged", "t.csv", GOOD_CSV + "WLD,2010\n", "any"),
        ("csv-ragged-long", "t.csv", GOOD_CSV + "WLD,2010,5,6,7\n", "refuse"),
        ("csv-quoted-newline-header", "t.csv", '"coun\ntry",year,value\nWLD,2008,50\n', "any"),
        ("csv-nul", "t.csv", GOOD_CSV.encode() + b"WLD,20\x0010,5\n", "refuse"),
        ("csv-empty", "t.csv", "", "refuse"),
        ("csv-header-only", "t.csv", "country,year,value\n", "refuse"),
        ("csv-duplicate-columns", "t.csv", "a,a,value\nx,y,5\n", "refuse"),
        ("csv-empty-column-name", "t.csv", "country,,value\nWLD,1,5\n", "any"),
        ("csv-column-rtl", "t.csv", "coun\u202etry,year,value\nWLD,2008,50\n", "any"),
        ("csv-column-combining", "t.csv", "cou\u0301ntry,year,value\nWLD,2008,50\n", "any"),
        ("csv-column-esc", "t.csv", "coun\x1b[31mtry,year,value\nWLD,2008,50\n", "any"),
        ("csv-1e309", "t.csv", "country,year,value\nWLD,2008,1e309\nWLD,2009,5\n", "any"),
        ("csv-nan-inf", "t.csv", "country,year,value\nWLD,2008,nan\nWLD,2009,inf\n", "any"),
        ("csv-minus-zero", "t.csv", "country,year,value\nWLD,2008,-0\nWLD,2009,5\n", "ok"),
        ("csv-underscores", "t.csv", "country,year,value\nWLD,2008,1_000\nWLD,2009,5\n", "any"),
        ("csv-full-width", "t.csv", "country,year,value\nWLD,２００８,５\nWLD,2009,5\n", "any"),
        ("csv-arabic-indic", "t.csv", "country,year,value\nWLD,٢٠٠٨,٥\nWLD,2009,5\n", "any"),
        ("csv-hex", "t.csv", "country,year,value\nWLD,2008,0x10\nWLD,2009,5\n", "any"),
        ("csv-1mb-line", "t.csv", "country,year,value\nWLD,2008," + "9" * 1_000_000 + "\n", "any"),
        ("csv-only-newlines", "t.csv", "\n\n\n\n", "refuse"),
        ("csv-binary", "t.csv", bytes(range(256)) * 10, "refuse"),
        ("xlsx-that-is-csv", "t.xlsx", GOOD_CSV, "any"),  # read as the CSV it is
        ("xlsx-random-zip", "t.xlsx", zip_of({"hello.txt": b"hi"}), "refuse"),
        ("xlsx-empty", "t.xlsx", b"", "refuse"),
        (
            "xlsx-bomb",
            "t.xlsx",
            zip_of({"[Content_Types].xml": b"<a/>", "xl/workbook.xml": b" " * 300_000_000}),
            "refuse",
        ),
        ("xls-garbage", "t.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "refuse"),
        (
            "ods-given",
            "t.ods",
            zip_of({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "refuse",
        ),
        ("zip-bomb-csv", "t.zip", bomb, "refuse"),
        ("gzip-csv", "t.csv.gz", gzip.compress(GOOD_CSV.encode()), "any"),
        ("json-given", "t.json", '{"a": 1}', "refuse"),
        ("name-with-newline", "t\nx.csv", GOOD_CSV, "ok"),
    ]:
        yield Case(g, label, add(name, data), want, folder_kept)
    for label, ds, want in [
        ("name-combining-mark", "gdp\u0301", "refuse"),
        ("name-rtl-override", "gdp\u202eevil", "refuse"),
        ("name-esc", "gdp\x1b[31m", "refuse"),
        ("name-zero-width", "g\u200bdp", "refuse"),
        ("name-full-width", "ｇｄｐ", "any"),
        ("name-nfd-e", "cafe\u0301", "refuse"),
        ("name-dot", ".", "refuse"),
        ("name-dotdot", "..", "refuse"),
        ("name-existing-kept", "kept", "refuse"),
        ("name-300-chars", "n" * 300, "refuse"),
        ("name-empty", "", "refuse"),
        ("name-nul-escape", "a\\x00b", "any"),
    ]:
        yield Case(g, label, add("t.csv", GOOD_CSV, ds=ds), want, folder_kept)
    for label, args, want in [
        ("unit-option-rtl", ("--unit", "value=US\u202eD"), "refuse"),
        ("unit-option-combining", ("--unit", "value=USD\u0301"), "refuse"),
        ("key-option-missing-column", ("--key", "nope"), "refuse"),
        ("where-option-no-equals", ("--where", "country"), "refuse"),
        ("header-line-huge", ("--header-line", "99999999999999999999"), "refuse"),
        ("header-line-zero", ("--header-line", "0"), "refuse"),
        ("encoding-unknown", ("--encoding", "klingon"), "refuse"),
        ("encoding-rot13", ("--encoding", "rot13"), "refuse"),
        ("encoding-base64", ("--encoding", "base64"), "refuse"),
        ("encoding-utf-7", ("--encoding", "utf-7"), "any"),
        ("sheet-on-csv", ("--sheet", "x"), "any"),
    ]:  # fmt: skip
        yield Case(g, label, add("t.csv", GOOD_CSV, *args), want, folder_kept)

    def special(src: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            into = c.d / "into"
            (into / "kept").mkdir(parents=True, exist_ok=True)
            (into / "kept" / "data.csv").write_text(GOOD_CSV)
            return ["datasets", "add", src.format(d=c.d), "--name", "new", "--into", str(into)]

        return build

    yield Case(g, "source-a-folder", special("{d}"), "refuse", folder_kept)
    yield Case(g, "source-dev-zero", special("/dev/zero"), "refuse", folder_kept)
    yield Case(g, "source-missing", special("{d}/nope.csv"), "refuse", folder_kept)
    yield Case(g, "source-ftp-url", special("ftp://127.0.0.1/x.csv"), "refuse", folder_kept)
    yield Case(g, "source-file-url", special("file:///etc/passwd"), "refuse", folder_kept)
    yield Case(g, "source-url-no-host", special("http:///x.csv"), "refuse", folder_kept)
    yield Case(
        g, "source-url-bad-port", special("http://127.0.0.1:99999/x.csv"), "refuse", folder_kept
    )
    yield Case(g, "source-url-userinfo", special("http://user:pw@127.0.0.1:1/x.csv"), "refuse",
               lambda c, r: "unclear:password-echoed" if "pw@" in r["err"] + r["out"] else "")  # fmt: skip
    yield Case(g, "source-url-newline", special("http://127.0.0.1/x\n.csv"), "refuse", folder_kept)


def http_cases() -> Iterator[Case]:
    g = "datasets-add-http"

    def url(path: str, body: bytes, **route: Any) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            address = c.http.serve(path, body, **route)
            into = c.d / "into"
            (into / "kept").mkdir(parents=True, exist_ok=True)
            (into / "kept" / "data.csv").write_text(GOOD_CSV)
            return ["datasets", "add", address, "--name", "new", "--into", str(into),
                    "--http-cache", str(c.d / "http.sqlite"), "--timeout", "5"]  # fmt: skip

        return build

    csv = GOOD_CSV.encode()
    for label, path, body, route, want in [
        (
            "html-content-type",
            "/a.csv",
            b"<html><body>hi</body></html>",
            {"headers": {"Content-Type": "text/html"}},
            "refuse",
        ),
        ("csv-served-as-html", "/b.csv", csv, {"headers": {"Content-Type": "text/html"}}, "any"),
        (
            "json-error-body",
            "/c.csv",
            b'{"error": "rate limited"}',
            {"headers": {"Content-Type": "application/json"}},
            "refuse",
        ),
        ("truncated-with-length", "/d.csv", csv, {"send_bytes": 20}, "refuse"),
        ("truncated-chunked", "/e.csv", csv, {"chunked": True, "send_bytes": 15}, "refuse"),
        (
            "gzip-lie",
            "/f.csv",
            csv,
            {"headers": {"Content-Type": "text/csv", "Content-Encoding": "gzip"}},
            "refuse",
        ),
        (
            "deflate-lie",
            "/g.csv",
            csv,
            {"headers": {"Content-Type": "text/csv", "Content-Encoding": "deflate"}},
            "refuse",
        ),
        (
            "br-lie",
            "/h.csv",
            csv,
            {"headers": {"Content-Type": "text/csv", "Content-Encoding": "br"}},
            "any",
        ),
        (
            "gzip-bomb",
            "/i.csv",
            gzip.compress(b"a,b\n" + b"1" * 200_000_000),
            {"headers": {"Content-Type": "text/csv", "Content-Encoding": "gzip"}},
            "refuse",
        ),
        ("status-500", "/j.csv", b"oops", {"status": 500}, "refuse"),
        ("status-404", "/k.csv", b"", {"status": 404}, "refuse"),
        ("status-204", "/l.csv", b"", {"status": 204}, "refuse"),
        ("status-418", "/m.csv", csv, {"status": 418}, "refuse"),
        ("status-999", "/n.csv", csv, {"status": 999}, "refuse"),
        (
            "redirect-loop",
            "/o.csv",
            b"",
            {"status": 302, "headers": {"Location": "/o.csv"}},
            "refuse",
        ),
        (
            "redirect-to-file",
            "/p.csv",
            b"",
            {"status": 302, "headers": {"Location": "file:///etc/passwd"}},
            "refuse",
        ),
        ("redirect-no-location", "/q.csv", b"", {"status": 302, "headers": {}}, "refuse"),
        (
            "redirect-garbage-location",
            "/r.csv",
            b"",
            {"status": 301, "headers": {"Location": "http://[::1"}},
            "refuse",
        ),
        (
            "huge-header",
            "/s.csv",
            csv,
            {"headers": {"Content-Type": "text/csv", "X-Big": "x" * 70_000}},
            "any",
        ),
        (
            "many-headers",
            "/t.csv",
            csv,
            {"headers": {**{f"X-{i}": "y" for i in range(150)}, "Content-Type": "text/csv"}},
            "any",
        ),
        ("empty-200", "/u.csv", b"", {}, "refuse"),
        ("content-type-garbage", "/v.csv", csv, {"headers": {"Content-Type": "\x01;;;=="}}, "any"),
        (
            "content-length-lie-short",
            "/w.csv",
            csv,
            {
                "headers": {"Content-Type": "text/csv", "Content-Length": "5"},
                "content_length": False,
            },
            "any",
        ),
        (
            "xlsx-served-is-html",
            "/x.xlsx",
            b"<html>login</html>",
            {
                "headers": {
                    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                }
            },
            "refuse",
        ),
        (
            "zip-served-bomb",
            "/y.zip",
            b"PK\x03\x04" + b"\x00" * 100,
            {"headers": {"Content-Type": "application/zip"}},
            "refuse",
        ),
        ("utf16-body", "/z.csv", b"\xff\xfe" + GOOD_CSV.encode("utf-16-le"), {}, "any"),
        (
            "charset-lie",
            "/za.csv",
            GOOD_CSV.encode("utf-16-le"),
            {"headers": {"Content-Type": "text/csv; charset=utf-8"}},
            "refuse",
        ),
        ("slow-trickle", "/zb.csv", csv, {"trickle_s": 0.2}, "any"),
    ]:
        yield Case(g, label, url(path, body, **route), want, folder_kept)


def catalog_cases() -> Iterator[Case]:
    g = "datasets-list"

    def with_descriptor(
        mutate: Callable[[dict[str, Any]], None], cmd: str = "list"
    ) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            cat = c.d / "cat"
            shutil.copytree(c.cat, cat)
            desc = cat / "gdp" / "datapackage.json"
            data = json.loads(desc.read_text())
            mutate(data)
            desc.write_text(json.dumps(data))
            return ["datasets", cmd, "--datasets", str(cat)]

        return build

    def set_key(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
        return lambda d: d.__setitem__(key, value)

    for label, mutate in [
        ("title-esc", set_key("title", "GDP\x1b[2J\x1b[31m")),
        ("title-newline", set_key("title", "GDP\nworld-gdp  9999 rows  ok")),
        ("title-cr", set_key("title", "GDP\rFAKE")),
        ("title-rtl", set_key("title", "GDP\u202etxt.exe")),
        ("title-100k", set_key("title", "T" * 100_000)),
        ("name-combining", set_key("name", "gdp\u0301")),
        ("name-esc", set_key("name", "gdp\x1b[31m")),
        ("description-esc", set_key("description", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\")),
        (
            "source-title-esc",
            lambda d: d.__setitem__(
                "sources", [{"title": "a\x1b[31mb", "path": "http://x\x1b[0m"}]
            ),
        ),
        (
            "source-path-newline",
            lambda d: d.__setitem__("sources", [{"title": "a", "path": "http://x/\nfake line"}]),
        ),
        ("retrieved-esc", set_key("retrieved", "2026-01-01\x1b[31m")),
        (
            "field-unit-esc",
            lambda d: d["resources"][0]["schema"]["fields"][2].__setitem__("unit", "USD\x1b[31m"),
        ),
        (
            "field-name-esc",
            lambda d: d["resources"][0]["schema"]["fields"][2].__setitem__("name", "val\x1bue"),
        ),
    ]:
        yield Case(g, label, with_descriptor(mutate), "any")
        yield Case("datasets-verify", label, with_descriptor(mutate, "verify"), "any")

    def cat_is(kind: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            path = c.d / "cat"
            if kind == "file":
                c.file("cat", "x")
            elif kind == "fifo":
                os.mkfifo(path)
            elif kind == "loop":
                path.symlink_to(path)
            elif kind == "dataset-loop":
                path.mkdir()
                (path / "gdp").symlink_to(path / "gdp")
            elif kind == "dataset-fifo":
                path.mkdir()
                os.mkfifo(path / "gdp")
            elif kind == "dataset-file":
                path.mkdir()
                (path / "gdp").write_text("x")
            return ["datasets", "list", "--datasets", str(path)]

        return build

    for kind in ["file", "fifo", "loop", "dataset-loop", "dataset-fifo", "dataset-file", "missing"]:
        yield Case("catalog-folders", kind, cat_is(kind), "any")


def recheck_cases() -> Iterator[Case]:
    g = "recheck"

    def prep(c: Ctx, index: Any | None = None, report: bytes | None = None) -> list[str]:
        desk = c.file("desk.yaml", DESK)
        out = c.d / "out"
        (out / "history").mkdir(parents=True)
        if index is not None:
            (out / "history" / "index.json").write_text(json.dumps(index))
        if report is not None:
            (out / "report.json").write_bytes(report)
        return ["recheck", str(desk), "--datasets", str(c.cat), "--out", str(out), "--no-refresh"]

    entry = {"generated": "2026-01-01T00:00:00Z", "summary": {"claims": 1}, "changes": {}}
    for label, report_path in [
        ("history-entry-etc-passwd", "/etc/passwd"),
        ("history-entry-dotdot", "../../../../etc/passwd"),
        ("history-entry-dev-zero", "/dev/zero"),
        ("history-entry-newline", "a\nb.json"),
        ("history-entry-esc", "a\x1b[31m.json"),
        ("history-entry-url", "http://127.0.0.1:1/x.json"),
    ]:
        yield Case(g, label, lambda c, p=report_path: prep(c, [{**entry, "report": p}]), "ok")

    def history_link(target: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            args = prep(c)
            shutil.rmtree(c.d / "out" / "history")
            outside = c.d / "elsewhere"
            outside.mkdir()
            (c.d / "out" / "history").symlink_to(target.format(d=c.d))
            return args

        return build

    # a history folder linked elsewhere (an archive disk) is followed, as documented
    yield Case(g, "history-link-outside", history_link("{d}/elsewhere"), "ok")
    yield Case(g, "history-link-loop", history_link("{d}/out/history"), "refuse")
    yield Case(g, "history-link-to-etc", history_link("/etc"), "any",
               lambda c, r: "lost:wrote-into-etc" if list(Path("/etc").glob("report-*.json")) else "")  # fmt: skip

    def index_is(kind: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            args = prep(c)
            index = c.d / "out" / "history" / "index.json"
            if kind == "fifo":
                os.mkfifo(index)
            elif kind == "folder":
                index.mkdir()
            elif kind == "dev-zero":
                index.symlink_to("/dev/zero")
            elif kind == "link-outside":
                (c.d / "outside.json").write_text("[]")
                index.symlink_to(c.d / "outside.json")
            elif kind == "huge-nesting":
                index.write_text("[" * 100_000 + "]" * 100_000)
            elif kind == "nan":
                index.write_text(
                    '[{"generated": "x", "report": "r", "summary": {"claims": NaN}, "changes": {}}]'
                )
            elif kind == "utf16":
                index.write_bytes("[]".encode("utf-16"))
            return args

        return build

    for kind in ["fifo", "folder", "dev-zero", "link-outside", "huge-nesting", "nan", "utf16"]:
        yield Case(g, f"index-{kind}", index_is(kind), "any",
                   (lambda c, r: "lost:outside-file-changed" if (c.d / "outside.json").read_text() != "[]" else "")
                   if kind == "link-outside" else None)  # fmt: skip

    for label, body in [
        ("last-report-fifo", None),
        ("last-report-utf16", json.dumps({"results": []}).encode("utf-16")),
        ("last-report-nul", b"\x00" * 100),
        ("last-report-deep", b"[" * 100_000),
        ("last-report-huge-int", b'{"results": [], "x": ' + b"9" * 5000 + b"}"),
    ]:

        def build(c: Ctx, body: bytes | None = body) -> list[str]:
            args = prep(c, report=body)
            if body is None:
                os.mkfifo(c.d / "out" / "report.json")
            return args

        yield Case(g, label, build, "any")


def env_cases() -> Iterator[Case]:
    g = "environment"

    def with_env(key: str, value: str, cmd: str = "check") -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            c.file("afile", "x")
            c.env[key] = value.format(d=c.d)
            c.env.pop("__nocache__", None)
            desk = c.file("desk.yaml", DESK)
            if cmd == "check":
                return ["check", str(desk), "--datasets", str(c.cat), "--out", str(c.d / "out")]
            if cmd == "refresh":
                return ["datasets", "refresh", "--datasets", str(c.cat), "--offline"]
            return ["datasets", cmd, "--datasets", str(c.cat)]

        return build

    for key, value, cmd in [
        ("FIGCHECK_CACHE_DIR", "{d}/afile", "check"),
        ("FIGCHECK_CACHE_DIR", "{d}/afile/sub", "list"),
        ("FIGCHECK_CACHE_DIR", "{d}/devnull", "check"),
        ("FIGCHECK_CACHE_DIR", "relative-cache", "list"),
        ("XDG_CACHE_HOME", "{d}/afile", "check"),
        ("FIGCHECK_BUNDLED_DATASETS", "{d}/nope", "list"),
        ("FIGCHECK_BUNDLED_DATASETS", "{d}/afile", "check"),
        ("FIGCHECK_BUNDLED_DATASETS", "{d}/devnull", "list"),
        ("FIGCHECK_HTTP_CACHE", "{d}/afile", "refresh"),
        ("FIGCHECK_HTTP_CACHE", "{d}", "refresh"),
        ("FIGCHECK_HTTP_CACHE", "{d}/devnull", "refresh"),
        ("FIGCHECK_BASE_URLS", "garbage", "refresh"),
        ("FIGCHECK_BASE_URLS", "WB=ftp://x", "refresh"),
        ("FIGCHECK_BASE_URLS", "XX=http://x", "refresh"),
        ("FIGCHECK_BASE_URLS", "WB=", "refresh"),
        ("FIGCHECK_BASE_URLS", ",,,", "refresh"),
    ]:
        yield Case(g, f"{key}={value}-{cmd}", with_env(key, value, cmd), "any")

    def opts(*extra: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            c.file("afile", "x")
            return c.check(c.file("desk.yaml", DESK), extra=tuple(e.format(d=c.d) for e in extra))

        return build

    for extra, want in [
        (("--format", "JSON"), "any"),
        (("--format", "json,json"), "ok"),
        (("--format", "json,"), "any"),
        (("--format", ","), "refuse"),
        (("--format", " json"), "any"),
        (("--format", "pdf"), "refuse"),
        (("--format", "json\nmd"), "refuse"),
        (("--out", "{d}/out\nx"), "ok"),
        (("--datasets", "{d}/nope"), "any"),
        (("--datasets", "{d}/afile"), "refuse"),
        (("--cache-dir", "{d}/devnull"), "refuse"),
        (("--baseline", "{d}/afile"), "refuse"),
        (("--baseline", "/dev/stdin"), "refuse"),
        (("--articles", "{d}/afile"), "refuse"),
    ]:
        yield Case(g, "opt" + "".join(extra).replace("\n", "\\n"), opts(*extra), want)


def output_cases() -> Iterator[Case]:
    g = "outputs"

    def out_is(kind: str) -> Callable[[Ctx], list[str]]:
        def build(c: Ctx) -> list[str]:
            out = c.d / "out"
            if kind == "link-loop":
                out.symlink_to(out)
            elif kind == "fifo":
                os.mkfifo(out)
            elif kind == "report-json-is-folder":
                (out / "report.json").mkdir(parents=True)
            elif kind == "report-html-is-link-out":
                out.mkdir()
                (c.d / "victim.txt").write_text("keep")
                (out / "report.html").symlink_to(c.d / "victim.txt")
            elif kind == "lock-is-folder":
                (out / ".figcheck.lock").mkdir(parents=True)
            elif kind == "lock-is-fifo":
                out.mkdir()
                os.mkfifo(out / ".figcheck.lock")
            elif kind == "lock-link-outside":
                out.mkdir()
                (c.d / "victim.txt").write_text("keep")
                (out / ".figcheck.lock").symlink_to(c.d / "victim.txt")
            elif kind == "dev-null":
                return [*c.check(c.file("desk.yaml", DESK))[:-1], str(c.d / "devnull")]
            return c.check(c.file("desk.yaml", DESK))

        return build

    def victim(c: Ctx, r: dict[str, Any]) -> str:
        return "lost:file-outside-changed" if (c.d / "victim.txt").read_text() != "keep" else ""

    def embeddable(c: Ctx, r: dict[str, Any]) -> str:
        text = (c.d / "out" / "claimreview.jsonld").read_text()
        if "<" in text or "javascript:" in text:
            return "unclear:claimreview-not-embeddable"
        return ""

    for label, url, quote in [
        ("claimreview-script-close", "https://example.org/a", "</script><script>alert(1)</script>"),
        ("claimreview-javascript-url", "javascript:alert(1)", "sixty"),
        ("claimreview-data-url", "data:text/html,<b>x</b>", "sixty"),
        ("claimreview-html-comment", "https://example.org/a", "<!-- x --> & <![CDATA[y]]>"),
    ]:
        desk = DESK.replace("title: T", f'title: T, url: "{url}"').replace(
            "{id: ok,", f'{{id: ok, quote: "{quote}",'
        )
        yield Case(g, label, lambda c, t=desk: c.check(c.file("desk.yaml", t), extra=("--format", "json,claimreview")), "ok", embeddable)  # fmt: skip
    for kind, want, after in [
        ("link-loop", "refuse", None),
        ("fifo", "refuse", None),
        ("report-json-is-folder", "any", None),
        ("report-html-is-link-out", "any", victim),
        ("lock-is-folder", "any", None),
        ("lock-is-fifo", "any", None),
        ("lock-link-outside", "any", victim),
        ("dev-null", "refuse", None),
    ]:
        yield Case(g, kind, out_is(kind), want, after)


GROUPS = [desk_bytes, desk_structure, desk_numbers, desk_folders, tables, extract_cases,
          add_cases, http_cases, catalog_cases, recheck_cases, env_cases, output_cases]  # fmt: skip


def all_cases() -> list[Case]:
    return [case for group in GROUPS for case in group()]


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run only the groups whose name contains this")
    parser.add_argument("--case", default="", help="run only the cases whose label contains this")
    parser.add_argument("--show", action="store_true", help="print stderr of flagged cases")
    parser.add_argument("--json", default="", help="write every outcome to this file")
    opts = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    # an input read without end is a MemoryError (a crash), not the campaign killed
    resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
    shutil.rmtree(WORK, ignore_errors=True)
    cat = make_test_catalog(WORK / "cat")
    cases = [c for c in all_cases() if opts.only in c.group and opts.case in c.label]
    counts: Counter[tuple[str, str]] = Counter()
    outcomes = []
    with local_server() as http:
        for n, case in enumerate(cases):
            d = WORK / f"case{n}"
            d.mkdir(parents=True)
            env = {
                "FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
                "FIGCHECK_CACHE_DIR": str(WORK / "cache"),
                "FIGCHECK_HTTP_CACHE": str(WORK / "http.sqlite"),
            }
            ctx = Ctx(d, cat, WORK / "cache", http, env)
            try:
                args = case.build(ctx)
            except Exception as exc:
                print(f"SETUP {case.group}/{case.label}: {exc!r}")
                continue
            res = run_cli(args, ctx.env)
            flags = judge(case, ctx, args, res)
            kind = flags[0].split(":")[0] if flags else "ok"
            counts[(case.group, kind)] += 1
            outcomes.append({"group": case.group, "label": case.label, "flags": flags,
                             "code": res["code"], "err": res["err"][-500:]})  # fmt: skip
            line = f"{case.group}/{case.label!r}: exit {res['code']} {'; '.join(flags) or 'ok'}"
            print(line[:400].replace("\x1b", "\\x1b"))
            if flags and opts.show:
                print(
                    "    "
                    + (res["err"].strip()[-400:] + res["exc"][-600:])
                    .replace("\n", "\n    ")
                    .replace("\x1b", "\\x1b")
                )
            shutil.rmtree(d, ignore_errors=True)
    print(f"\n{len(outcomes)} cases")
    groups = sorted({g for g, _ in counts})
    for group in groups:
        row = {k: v for (g, k), v in counts.items() if g == group}
        print(f"  {group:22} " + ", ".join(f"{k} {v}" for k, v in sorted(row.items())))
    total = Counter()
    for (_, k), v in counts.items():
        total[k] += v
    print("  total                  " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    if opts.json:
        Path(opts.json).write_text(json.dumps(outcomes, indent=1))


if __name__ == "__main__":
    main_()
