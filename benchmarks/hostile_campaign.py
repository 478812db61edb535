"""Hostile-input campaign (hostile26): mutate desks, tables, catalogs and baselines, run the CLI.

Flags: an exception other than SystemExit (a traceback), an exit code not 0/1/2, a traceback or
internal words in stderr or in a claim's message, exit 2 whose message does not name the file,
over 5 s for one input.

    .venv/bin/python benchmarks/hostile_campaign.py GROUP [--limit N] [--seed S] [--format F]

GROUP: truncate, table, parquet, extract, baseline, descriptor, snapshot, desk, forms30 (mends30).
Findings (and every outcome) are written as JSON under $TMPDIR/figcheck-hostile-campaign/findings.

The input classes of round 33 (file bytes, YAML structure, desk folders, extract targets, HTTP
lies, history, environment, punctuation in units) are in benchmarks/hostile33_campaign.py.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import yaml  # noqa: E402
from click.testing import CliRunner  # noqa: E402

from figcheck.cli import main  # noqa: E402
from helpers import make_test_catalog  # noqa: E402

WORK = Path(tempfile.gettempdir()) / "figcheck-hostile-campaign" / "work"
OUT = WORK.parent / "findings"
LEAKS = re.compile(
    r"Traceback|object at 0x|np\.(float|int|str_|bool)|numpy\.|dtype\(|KeyError|TypeError|"
    r"AttributeError|IndexError|NoneType|<unicode string>|pyarrow\.lib|Timestamp\(|"
    r"ValueError|UnicodeDecodeError|codec can't|NaTType|\bNaT\b|ArrowInvalid|Errno|"
    r"could not convert|invalid literal|unhashable|not subscriptable|has no attribute|"
    r"takes \d+ positional|missing \d+ required|'float' object|'int' object|'str' object|"
    r"'list' object|'dict' object|\\n in"
)


class Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise Hang()


signal.signal(signal.SIGALRM, _alarm)

ENV = {
    "FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
    "FIGCHECK_HTTP_CACHE": str(WORK / "http.sqlite"),
}

HOSTILE: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1e308,
    -1e308,
    10**30,
    "",
    " ",
    "nan",
    "NaN",
    "-inf",
    "inf",
    "1e309",
    "-5",
    "Ｗ",
    "WLD\u200b",
    "ＷＬＤ",
    "WLD ",
    "\ufeffWLD",
    "Wᒪ D",
    "х",
    "2009.0",
    "２００９",
    "0x7d9",
    "9" * 30,
    "a" * 5000,
    [],
    {},
    [1, 2],
    {"a": 1},
    {"between": [1]},
    "<script>alert(1)</script>",
    "${HOME}",
    "__import__('os')",
    "2012-02-30",
    "2012-13-01",
    "10000-01-01",
    "0001-01-01",
    "-0",
    1.5,
    "1,5",
    "1.000.000",
    "½",
    "∞",
    "NULL",
    "~",
]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _run_on_catalog(cmd: str, d: Path, fmt: str) -> dict[str, Any]:
    """``check`` a desk against the catalog in ``d/cat`` (reports in ``d/out``), or run
    ``datasets list``/``verify`` on it."""
    if cmd == "check":
        (d / "desk.yaml").write_text(DESK_FOR_CAT)
        args = ["check", str(d / "desk.yaml"), "--datasets", str(d / "cat"), "--out",
                str(d / "out"), "--format", fmt]  # fmt: skip
    else:
        args = ["datasets", cmd, "--datasets", str(d / "cat")]
    return run_cli(args, WORK / "cache")


def run_cli(args: list[str], cache: Path | None, limit_s: float = 30.0) -> dict[str, Any]:
    start = time.perf_counter()
    signal.alarm(int(limit_s))
    hang = False
    try:
        extra = [] if cache is None else ["--cache-dir", str(cache)]
        outcome = CliRunner().invoke(main, [*args, *extra], env=ENV)
    except Hang:
        hang = True
        outcome = None
    finally:
        signal.alarm(0)
    elapsed = time.perf_counter() - start
    if outcome is None:
        return {"code": None, "out": "", "err": "", "exc": "HANG", "s": elapsed, "hang": hang}
    exc = outcome.exception
    exc_text = ""
    if exc is not None and not isinstance(exc, SystemExit):
        exc_text = "".join(traceback.format_exception(exc))[-3000:]
    return {
        "code": outcome.exit_code,
        "out": outcome.stdout[-3000:],
        "err": outcome.stderr[-3000:],
        "exc": exc_text,
        "s": elapsed,
        "hang": hang,
    }


def judge(res: dict[str, Any], names: list[str], out_dir: Path | None) -> list[str]:
    flags = []
    if res["hang"]:
        flags.append("hang")
    if res["exc"]:
        flags.append("traceback:" + res["exc"].strip().splitlines()[-1][:200])
    if res["code"] not in (0, 1, 2, None):
        flags.append(f"exit={res['code']}")
    if res["s"] > 5:
        flags.append(f"slow={res['s']:.1f}s")
    m = LEAKS.search(res["err"])
    if m and not res["exc"]:
        flags.append("leak-stderr:" + _line_with(res["err"], m.start()))
    if res["code"] == 2 and names and not res["exc"]:
        err = res["err"]
        if not any(n in err for n in names) and "--" not in err and "Usage" not in err:
            flags.append("no-file:" + err.strip()[:200])
    if out_dir is not None and res["code"] in (0, 1):
        report = out_dir / "report.json"
        if report.is_file():
            try:
                data = json.loads(report.read_text())
            except Exception as exc:
                flags.append(f"bad-report:{exc}")
                data = {}
            for r in data.get("results", []) or []:
                msg = str(r.get("message", ""))
                m = LEAKS.search(msg)
                if m:
                    flags.append(f"leak-msg:{r.get('id')}:" + _line_with(msg, m.start()))
                if r.get("verdict") == "error":
                    MSGS.append(msg[:300])
                if r.get("verdict") == "error" and not msg.strip():
                    flags.append(f"empty-error:{r.get('id')}")
    return flags


def _line_with(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)][:240]


# ------------------------------------------------------------------ structural mutation
def paths_of(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from paths_of(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from paths_of(v, (*prefix, i))


def set_at(tree: Any, path: tuple[Any, ...], value: Any, delete: bool = False) -> Any:
    tree = copy.deepcopy(tree)
    if not path:
        return value
    node = tree
    for p in path[:-1]:
        node = node[p]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return tree


def mutations(tree: Any, rng: random.Random, per_path: int) -> Iterator[tuple[str, Any]]:
    for path in list(paths_of(tree)):
        if not path:
            continue
        yield f"del {path}", set_at(tree, path, None, delete=True)
        for v in rng.sample(HOSTILE, per_path):
            yield f"set {path}={v!r:.40}", set_at(tree, path, v)


# ------------------------------------------------------------------ groups
Result = tuple[str, list[str], dict[str, Any]]


ALL: list[Any] = []
MSGS: list[str] = []


def record(group: str, label: str, flags: list[str], res: dict[str, Any], found: list[Any]) -> None:
    ALL.append(
        {"label": label, "code": res["code"], "err": res["err"][-400:], "out": res["out"][:200]}
    )
    if flags:
        found.append(
            {
                "group": group,
                "label": label,
                "flags": flags,
                "code": res["code"],
                "err": res["err"][-600:],
                "exc": res["exc"][-1500:],
            }
        )


def group_desk(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    src = REPO / "docs/examples/claim-shapes.yaml"
    tree = yaml.safe_load(src.read_text())
    # keep it small: the source and 4 claims
    tree["claims"] = tree["claims"][:4]
    n = 0
    d = WORK / "desk"
    for label, mutant in mutations(tree, rng, 4):
        if n >= limit:
            break
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        desk = d / "mut.yaml"
        try:
            desk.write_text(yaml.safe_dump(mutant, allow_unicode=True, sort_keys=False))
        except Exception:
            continue
        out = d / "out"
        res = run_cli(["check", str(desk), "--out", str(out), "--format", fmt], WORK / "cache")
        record("desk", label, judge(res, ["mut.yaml"], out), res, found)
        n += 1
    return n


def group_truncate(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    text = (
        b"source: {title: T, published: 2012-09-03}\nclaims:\n"
        b'  - {id: ok, value: 60 trillion USD, quote: "60 trillion", '
        b"reference: {dataset: gdp, where: {country: WLD, year: 2009}}}\n"
        b"  - id: d\n    value: 1 percent\n    reference:\n      expr: a / b - 1\n"
        b"      terms: {a: {dataset: gdp, where: {country: WLD, year: 2009}}, "
        b"b: {dataset: gdp, where: {country: WLD, year: 2008}}}\n"
    )
    cat = WORK / "catalog"
    if not cat.exists():
        make_test_catalog(cat)
    d = WORK / "trunc"
    n = 0
    for cut in range(len(text)):
        if n >= limit:
            break
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        desk = d / "cut.yaml"
        desk.write_bytes(text[:cut])
        out = d / "out"
        res = run_cli(
            ["check", str(desk), "--datasets", str(cat), "--out", str(out), "--format", fmt],
            WORK / "cache",
        )
        record("truncate", f"cut={cut}", judge(res, ["cut.yaml"], out), res, found)
        n += 1
    return n


TABLE = (
    "id,value,hedge,as_of,reference.dataset,reference.column,reference.where.country,"
    "reference.where.year,reference.aggregate,quote\n"
    "ok,60 trillion USD,,,gdp,value,WLD,2009,,sixty\n"
    "two,50 trillion USD,about,2008-12-31,gdp,,WLD,2008,,fifty\n"
    "three,10000 people,,,deaths,deaths,,2006,sum,ten\n"
)


def group_table(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    cat = WORK / "catalog"
    if not cat.exists():
        make_test_catalog(cat)
    lines = TABLE.splitlines()
    head = lines[0].split(",")
    rows = [line.split(",") for line in lines[1:]]
    variants: list[tuple[str, bytes]] = []
    for i, col in enumerate(head):
        variants.append(
            (
                f"drop col {col}",
                _csv(
                    [h for j, h in enumerate(head) if j != i],
                    [[c for j, c in enumerate(r) if j != i] for r in rows],
                ),
            )
        )
        for conf in [
            col.upper(),
            col + " ",
            "\ufeff" + col,
            col.replace("e", "е"),
            col + "." + "x",
        ]:
            variants.append(
                (
                    f"rename {col}->{conf!r}",
                    _csv([conf if j == i else h for j, h in enumerate(head)], rows),
                )
            )
        variants.append((f"dup col {col}", _csv([*head, col], [[*r, r[i]] for r in rows])))
        for v in HOSTILE:
            if isinstance(v, (list, dict)):
                continue
            sv = "" if v is None else str(v)
            if "," in sv or "\n" in sv:
                sv = '"' + sv.replace('"', '""') + '"'
            variants.append(
                (
                    f"cell {col}={sv!r:.30}",
                    _csv(
                        head,
                        [[*r[:i], sv, *r[i + 1 :]] if k == 0 else r for k, r in enumerate(rows)],
                    ),
                )
            )
    base = TABLE.encode()
    for cut in range(0, len(base), 3):
        variants.append((f"cut={cut}", base[:cut]))
    variants.append(("short row", base + b"four,1 USD\n"))
    variants.append(("crlf", base.replace(b"\n", b"\r\n")))
    variants.append(("cr only", base.replace(b"\n", b"\r")))
    variants.append(("semicolon", base.replace(b",", b";")))
    variants.append(("tabs", base.replace(b",", b"\t")))
    variants.append(("utf16", TABLE.encode("utf-16")))
    variants.append(("bom", b"\xef\xbb\xbf" + base))
    variants.append(("nul", base.replace(b"sixty", b"si\x00xty")))
    variants.append(("dup id", base + b"ok,60 trillion USD,,,gdp,value,WLD,2009,,sixty\n"))
    variants.append(("blank lines", base.replace(b"\n", b"\n\n")))
    variants.append(("only header", lines[0].encode() + b"\n"))
    variants.append(("empty", b""))
    variants.append(("header only no newline", lines[0].encode()))
    variants.append(("quote in middle", base.replace(b"sixty", b'si"xty')))
    variants.append(
        (
            "many cols",
            (
                ",".join(head + [f"x-{i}" for i in range(3000)])
                + "\n"
                + "\n".join(",".join(r + [""] * 3000) for r in rows)
            ).encode(),
        )
    )
    rng.shuffle(variants)
    d = WORK / "table"
    n = 0
    for label, data in variants[:limit]:
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        t = d / "claims.csv"
        t.write_bytes(data)
        out = d / "out"
        res = run_cli(
            ["check", str(t), "--datasets", str(cat), "--out", str(out), "--format", fmt],
            WORK / "cache",
        )
        record("table", label, judge(res, ["claims.csv"], out), res, found)
        n += 1
    return n


def _csv(head: list[str], rows: list[list[str]]) -> bytes:
    return ("\n".join([",".join(head), *(",".join(r) for r in rows)]) + "\n").encode()


def group_parquet(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cat = WORK / "catalog"
    if not cat.exists():
        make_test_catalog(cat)
    base = {
        "id": ["ok", "two"],
        "value": ["60 trillion USD", "50 trillion USD"],
        "reference.dataset": ["gdp", "gdp"],
        "reference.where.country": ["WLD", "WLD"],
        "reference.where.year": [2009, 2008],
        "quote": ["a", "b"],
        "hedge": [None, "about"],
        "as_of": ["2009-12-31", None],
    }
    typed: list[tuple[str, Any]] = [
        ("int", pa.array([1, 2])),
        ("float", pa.array([1.5, float("nan")])),
        ("inf", pa.array([float("inf"), -float("inf")])),
        ("bool", pa.array([True, False])),
        ("null", pa.array([None, None], pa.null())),
        ("date", pa.array([__import__("datetime").date(2009, 1, 1)] * 2)),
        ("ts", pa.array([__import__("datetime").datetime(2009, 1, 1)] * 2)),
        ("bytes", pa.array([b"a", b"b"])),
        ("list", pa.array([[1], [2]])),
        ("struct", pa.array([{"a": 1}, {"a": 2}])),
        ("dict", pa.array(["x", "y"]).dictionary_encode()),
        ("decimal", pa.array([__import__("decimal").Decimal("1.5")] * 2)),
        ("int8", pa.array([1, 2], pa.int8())),
        ("uint64", pa.array([2**64 - 1, 0], pa.uint64())),
        ("largestr", pa.array(["x", "y"], pa.large_string())),
        ("time", pa.array([__import__("datetime").time(1, 2)] * 2)),
        ("duration", pa.array([1, 2], pa.duration("s"))),
        ("map", pa.array([[("a", 1)], [("b", 2)]], pa.map_(pa.string(), pa.int64()))),
        ("f16", pa.array([1, 2], pa.float32())),
        ("empty-str", pa.array(["", ""])),
    ]
    variants: list[tuple[str, Any]] = []
    for col in [
        *list(base),
        "reference.aggregate",
        "reference.column",
        "expected.min",
        "expected.tolerance",
        "reference.expr",
        "note",
    ]:
        for tname, arr in typed:
            cols = {k: pa.array(v) for k, v in base.items()}
            cols[col] = arr
            variants.append((f"{col}:{tname}", pa.table(cols)))
    variants.append(("zero rows", pa.table({k: pa.array([], pa.string()) for k in base})))
    variants.append(("no columns", pa.table({})))
    rng.shuffle(variants)
    d = WORK / "pq"
    n = 0
    for label, tab in variants[:limit]:
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        t = d / "claims.parquet"
        try:
            pq.write_table(tab, t)
        except Exception:
            continue
        out = d / "out"
        res = run_cli(
            ["check", str(t), "--datasets", str(cat), "--out", str(out), "--format", fmt],
            WORK / "cache",
        )
        record("parquet", label, judge(res, ["claims.parquet"], out), res, found)
        n += 1
    # truncated parquet
    tab = pa.table({k: pa.array(v) for k, v in base.items()})
    pq.write_table(tab, d / "whole.parquet")
    whole = (d / "whole.parquet").read_bytes()
    for cut in [*list(range(0, len(whole), max(1, len(whole) // 40))), len(whole) - 1]:
        sub = WORK / "pqcut"
        shutil.rmtree(sub, ignore_errors=True)
        sub.mkdir(parents=True)
        t = sub / "claims.parquet"
        t.write_bytes(whole[:cut])
        res = run_cli(
            ["check", str(t), "--datasets", str(cat), "--out", str(sub / "out")], WORK / "cache"
        )
        record("parquet-cut", f"cut={cut}", judge(res, ["claims.parquet"], sub / "out"), res, found)
        n += 1
    return n


DESK_FOR_CAT = (
    "source: {title: T, published: 2012-09-03}\nclaims:\n"
    "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp,"
    " where: {country: WLD, year: 2009}}}\n"
    "  - {id: dd, value: 10000 people, reference: {dataset: deaths, where: {year: 2006}}}\n"
)


def group_descriptor(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    base_cat = WORK / "catalog"
    if not base_cat.exists():
        make_test_catalog(base_cat)
    tree = json.loads((base_cat / "gdp" / "datapackage.json").read_text())
    d = WORK / "desc"
    n = 0
    cmds = ["check", "list", "verify"]
    for label, mutant in mutations(tree, rng, 5):
        if n >= limit:
            break
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(base_cat, d / "cat")
        (d / "cat" / "gdp" / "datapackage.json").write_text(json.dumps(mutant))
        cmd = cmds[n % 3]
        res = _run_on_catalog(cmd, d, fmt)
        record(
            "descriptor",
            f"{cmd} {label}",
            judge(res, ["datapackage.json", "desk.yaml"], d / "out"),
            res,
            found,
        )
        n += 1
    return n


def group_snapshot(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    base_cat = WORK / "catalog"
    if not base_cat.exists():
        make_test_catalog(base_cat)
    data = (base_cat / "gdp" / "data.csv").read_bytes()
    variants: list[tuple[str, bytes]] = []
    for cut in range(0, len(data)):
        variants.append((f"cut={cut}", data[:cut]))
    for v in HOSTILE:
        if isinstance(v, (list, dict)):
            continue
        sv = "" if v is None else str(v).replace(",", ";").replace("\n", " ")
        variants.append((f"value={sv!r:.30}", data.replace(b"60000000000000", sv.encode())))
        variants.append((f"year={sv!r:.30}", data.replace(b"WLD,2009", b"WLD," + sv.encode())))
        variants.append((f"country={sv!r:.30}", data.replace(b"WLD,2009", sv.encode() + b",2009")))
    variants.append(("dup key", data + b"WLD,2009,1\n"))
    variants.append(("latin1", data.replace(b"WLD,2009", "WLé".encode("latin-1") + b",2009")))
    variants.append(("utf16", data.decode().encode("utf-16")))
    variants.append(("crlf", data.replace(b"\n", b"\r\n")))
    variants.append(("extra col", data.replace(b"\n", b",x\n")))
    variants.append(("quote open", data.replace(b"WLD,2009", b'"WLD,2009')))
    variants.append(("header renamed", data.replace(b"country", b"Country")))
    variants.append(("nul", data.replace(b"WLD", b"W\x00D", 1)))
    rng.shuffle(variants)
    d = WORK / "snap"
    n = 0
    for label, body in variants[:limit]:
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(base_cat, d / "cat")
        (d / "cat" / "gdp" / "data.csv").write_bytes(body)
        desc = d / "cat" / "gdp" / "datapackage.json"
        dj = json.loads(desc.read_text())
        dj["resources"][0]["hash"] = "sha256:" + sha(body)
        desc.write_text(json.dumps(dj))
        cmd = ["check", "list", "verify"][n % 3]
        res = _run_on_catalog(cmd, d, fmt)
        record(
            "snapshot",
            f"{cmd} {label}",
            judge(res, ["data.csv", "desk.yaml", "gdp"], d / "out"),
            res,
            found,
        )
        n += 1
    return n


def group_baseline(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    cat = WORK / "catalog"
    if not cat.exists():
        make_test_catalog(cat)
    d = WORK / "base"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    (d / "desk.yaml").write_text(DESK_FOR_CAT)
    res = run_cli(
        ["check", str(d / "desk.yaml"), "--datasets", str(cat), "--out", str(d / "first")],
        WORK / "cache",
    )
    tree = json.loads((d / "first" / "report.json").read_text())
    n = 0
    for label, mutant in mutations(tree, rng, 3):
        if n >= limit:
            break
        b = d / "baseline.json"
        b.write_text(json.dumps(mutant))
        if n % 2:
            shutil.rmtree(d / "out", ignore_errors=True)
            args = [
                "check",
                str(d / "desk.yaml"),
                "--datasets",
                str(cat),
                "--out",
                str(d / "out"),
                "--baseline",
                str(b),
                "--format",
                fmt,
            ]
            names = ["baseline.json"]
        else:
            shutil.rmtree(d / "rc", ignore_errors=True)
            (d / "rc").mkdir()
            shutil.copy(b, d / "rc" / "report.json")
            args = [
                "recheck",
                str(d / "desk.yaml"),
                "--datasets",
                str(cat),
                "--out",
                str(d / "rc"),
                "--no-refresh",
                "--format",
                fmt,
            ]
            names = ["report.json"]
        res = run_cli(args, WORK / "cache")
        record(
            "baseline",
            f"{args[0]} {label}",
            judge(res, names, d / ("out" if n % 2 else "rc")),
            res,
            found,
        )
        n += 1
    return n


def group_extract(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    article = (
        "Mexico's murders\nJuly 13, 2022\n\nSome 120,000 people died since 2006, according to "
        "INEGI. GDP grew 3.5% in 2021 to US$1.3 trillion. Inflation hit 8.2 per cent last month, "
        "the highest since 2001. Unos 50 mil millones de pesos.\n"
    )
    variants: list[tuple[str, bytes]] = []
    data = article.encode()
    for cut in range(0, len(data), 2):
        variants.append((f"cut={cut}", data[:cut]))
    for junk in [
        "\x00",
        "\u202e",
        "\ufeff",
        "9" * 5000,
        "1" + ",000" * 3000,
        "1e99999",
        "½ ¾ ⅓",
        "١٢٣",
        "𝟏𝟐𝟑",
        "$" * 5000,
        "%" * 5000,
        "(" * 5000,
        "1.2.3.4.5.6.7.8",
        "-" * 10000,
        "12" + "\u0301" * 1000,
        "\r" * 1000,
        "10 10 10 10 " * 3000,
        "1e308 trillion",
        "between 1 and 2 and 3 and 4 " * 500,
        "per cent " * 3000,
        "Q" * 200000,
    ]:
        variants.append((f"junk={junk[:20]!r}", (article + junk + "\n").encode()))
    variants.append(("utf16", article.encode("utf-16")))
    variants.append(("latin1", article.replace("'", "é").encode("latin-1")))
    variants.append(("empty", b""))
    variants.append(("one line no newline", b"100 people"))
    rng.shuffle(variants)
    d = WORK / "extract"
    n = 0
    for label, body in variants[:limit]:
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        (d / "a.txt").write_bytes(body)
        opts = [["--lang", "es"], ["--published", "2022-07"], [], ["--title", "x" * 10000]][n % 4]
        res = run_cli(["extract", str(d / "a.txt"), "--out", str(d / "desk.yaml"), *opts], None)
        flags = judge(res, ["a.txt"], None)
        if res["code"] == 0:
            # the draft must load and check
            r2 = run_cli(["check", str(d / "desk.yaml"), "--out", str(d / "out")], WORK / "cache")
            f2 = judge(r2, ["desk.yaml"], d / "out")
            if r2["code"] == 2:
                f2.append("draft-unloadable:" + r2["err"][:200])
            flags += ["draft:" + f for f in f2]
        record("extract", f"{label} {opts}", flags, res, found)
        n += 1
    return n


# ------------------------------------------------------------------ forms30 (mends30)
_F_HEAD = "source: {title: T, published: 2012-09-03}\nclaims:\n"
_F_OK = (
    "  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, "
    "where: {country: WLD, year: 2009}}}\n"
)
_F_GDP = "{dataset: gdp, where: {country: WLD, year: 2009}}"
_F_RANK = "{dataset: deaths, column: deaths, rank: {by: year, at: %s}}"
_F_CHANGE = "{dataset: deaths, column: deaths, change: percent, from: {year: 2006}, to: {year: %s}}"


def _f_claim(body: str, head: str = "") -> str:
    return head + _F_HEAD + _F_OK + "  - " + body + "\n"


def _f_bad(value: str, extra: str = "", ref: str = _F_GDP) -> str:
    return _f_claim(f"{{id: bad, value: {value}, reference: {ref}{extra}}}")


def _f_where(condition: str, aggregate: str = "") -> str:
    agg = f", aggregate: {aggregate}" if aggregate else ""
    return f"{{dataset: gdp, where: {{country: WLD, year: {condition}}}{agg}}}"


def _laughs(levels: int) -> tuple[str, str]:
    lines = ["x-bomb:", '  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"  l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n", f"l{levels - 1}"


def forms30() -> Iterator[tuple[str, str, str]]:
    """(label, desk text, what the bad claim must get: "refused" — an error verdict or exit 2 —
    or "any") for the forms hostile26 did not generate: alias bombs, duplicate keys, tags, huge
    integers, -0, NaN/Infinity, impossible dates, years 0/99999, other scripts' digits in every
    field, combining marks and invisible characters in units and names, deep and long wheres."""
    for levels in (5, 9):
        bomb, top = _laughs(levels)
        for where, body in [
            ("x", ""),
            ("quote", f"  - {{id: bad, value: 5 USD, quote: *{top}, reference: {_F_GDP}}}\n"),
            ("hedge", f"  - {{id: bad, value: 5 USD, hedge: *{top}, reference: {_F_GDP}}}\n"),
            ("in", f"  - {{id: bad, value: 5 USD, reference: {_f_where(f'{{in: *{top}}}')}}}\n"),
        ]:
            yield f"bomb-{where}-{levels}", bomb + _F_HEAD + _F_OK + body, "any"
        yield (
            f"bomb-claims-{levels}",
            bomb + _F_HEAD.replace("claims:\n", f"claims: *{top}\n"),
            "refused",
        )
    for key, body in [
        ("value", f"{{id: bad, value: 5 USD, value: 60 trillion USD, reference: {_F_GDP}}}"),
        ("id", f"{{id: bad, id: ok2, value: 5 USD, reference: {_F_GDP}}}"),
        (
            "where",
            "{id: bad, value: 60 trillion USD, reference: {dataset: gdp, "
            "where: {country: WLD, year: 2008, year: 2009}}}",
        ),
        (
            "reference",
            "{id: bad, value: 60 trillion USD, reference: {dataset: deaths}, "
            f"reference: {_F_GDP}}}",
        ),
        (
            "merge",
            f"{{<<: {{value: 5 USD}}, id: bad, value: 60 trillion USD, reference: {_F_GDP}}}",
        ),
    ]:
        yield f"duplicate-{key}", _f_claim(body), "refused"
    for tag in [
        "!!python/object:os.system",
        "!!python/object/apply:os.system",
        "!!python/name:os.system",
        "!<tag:yaml.org,2002:python/tuple>",
        "!Ref",
        "!!merge",
        "!!value",
        "!!yaml",
        "!!binary",
        "!!timestamp",
        "!!set",
    ]:
        yield f"tag-{tag}", _f_bad(f"{tag} 5 USD"), "refused"
    yield (
        "tag-directive",
        _f_bad("!e!foo 5 USD").replace(_F_HEAD, "%TAG !e! tag:example.com,2000:\n---\n" + _F_HEAD),
        "refused",
    )
    for name, value in [
        ("400", "1" + "0" * 400),
        ("4000", "1" + "0" * 4000),
        ("text", '"1' + "0" * 400 + ' USD"'),
        ("hex", "0x" + "f" * 300),
        ("base60", "1:" + ":".join(["59"] * 200)),
    ]:
        yield f"huge-int-{name}", _f_bad(value), "refused"
    yield "huge-int-rank", _f_bad("1", ref=_F_RANK % ("9" * 300)), "refused"
    yield (
        "huge-int-tolerance",
        _f_bad("5 USD", ", expected: {tolerance: " + "9" * 500 + "}"),
        "refused",
    )
    for name, value, extra in [
        ("value", "-0 USD", ""),
        ("float", "-0.0", ""),
        ("range", "5 USD", ", expected: {min: -0 USD, max: 0 USD}"),
        ("tolerance", "60 trillion USD", ", expected: {tolerance: -0 percent}"),
    ]:
        yield f"negative-zero-{name}", _f_bad(value, extra), "any"
    for value in [
        ".nan",
        ".inf",
        "-.inf",
        '"NaN USD"',
        '"Infinity USD"',
        '"nan%"',
        '"5 to Infinity USD"',
    ]:
        yield f"non-finite-value-{value}", _f_bad(value), "refused"
        if not value.startswith('"5'):
            yield (
                f"non-finite-min-{value}",
                _f_bad("5 USD", f", expected: {{min: {value}}}"),
                "refused",
            )
            yield (
                f"non-finite-max-{value}",
                _f_bad("5 USD", f", expected: {{max: {value}}}"),
                "refused",
            )
    for condition in [
        ".nan",
        ".NaN",
        ".inf",
        "{between: [-.inf, .inf]}",
        "{between: [.nan, 2009]}",
        "{in: [.nan]}",
    ]:
        yield (
            f"non-finite-where-{condition}",
            _f_bad("60 trillion USD", ref=_f_where(condition, "sum")),
            "refused",
        )
    yield (
        "non-finite-expr-literal",
        _f_claim("{id: bad, value: 5 USD, reference: {expr: a * 1e309, terms: {a: {claim: ok}}}}"),
        "refused",
    )
    yield (
        "non-finite-expr-overflow",
        _f_claim(
            "{id: bad, value: 5 USD, reference: {expr: a * 1e300 * 1e300, terms: {a: {claim: ok}}}}"
        ),
        "refused",
    )
    for day in [
        "2023-02-30",
        "0000-01-01",
        "99999-01-01",
        "2023-02-29T25:00:00",
        "2023-13-01",
        "-2023-01-01",
    ]:
        yield f"date-as_of-{day}", _f_bad("60 trillion USD", f", as_of: {day}"), "refused"
        yield f"date-published-{day}", _F_HEAD.replace("2012-09-03", day) + _F_OK, "refused"
    for year in ["0", "99999", "-1", "10000"]:
        yield f"year-where-{year}", _f_bad("60 trillion USD", ref=_f_where(year)), "any"
        yield f"year-rank-{year}", _f_bad("1", ref=_F_RANK % year), "refused"
        yield f"year-change-{year}", _f_bad("5 percent", ref=_F_CHANGE % year), "any"
    for name, digits in [
        ("arabic-indic", "٢٠٠٩"),
        ("devanagari", "२००९"),
        ("full-width", "２００９"),
        ("mixed", "20٠9"),
        ("superscript", "²⁰⁰⁹"),
        ("thai", "๒๐๐๙"),
    ]:
        yield (
            f"digits-where-{name}",
            _f_bad("60 trillion USD", ref=_f_where(f'"{digits}"')),
            "refused",
        )
        yield (
            f"digits-min-{name}",
            _f_bad("5 USD", f', expected: {{min: "{digits} USD"}}'),
            "refused",
        )
        yield (
            f"digits-tolerance-{name}",
            _f_bad("5 USD", f', expected: {{tolerance: "{digits} percent"}}'),
            "refused",
        )
        yield f"digits-rank-{name}", _f_bad("1", ref=_F_RANK % f'"{digits}"'), "refused"
        yield (
            f"digits-as_of-{name}",
            _f_bad("60 trillion USD", f', as_of: "{digits}-01-01"'),
            "refused",
        )
        yield f"digits-change-{name}", _f_bad("5 percent", ref=_F_CHANGE % f'"{digits}"'), "refused"
        yield f"digits-value-{name}", _f_bad(f'"{digits} USD"'), "refused"
    for name, char in [
        ("zwj", "\\u200d"),
        ("zwnj", "\\u200c"),
        ("combining-acute", "\\u0301"),
        ("combining-stroke", "\\u0336"),
        ("variation-selector", "\\ufe0f"),
        ("word-joiner", "\\u2060"),
        ("soft-hyphen", "\\u00ad"),
        ("bidi", "\\u202e"),
    ]:
        yield f"mark-unit-{name}", _f_bad(f'"5 US{char}D"'), "refused"
        yield f"mark-unit-end-{name}", _f_bad(f'"5 USD{char}"'), "refused"
        yield f"mark-scale-{name}", _f_bad(f'"60 tril{char}lion USD"'), "refused"
        yield (
            f"mark-dataset-{name}",
            _f_bad(
                "60 trillion USD",
                ref=f'{{dataset: "gd{char}p", where: {{country: WLD, year: 2009}}}}',
            ),
            "refused",
        )
        yield (
            f"mark-where-key-{name}",
            _f_bad(
                "60 trillion USD",
                ref=f'{{dataset: gdp, where: {{"coun{char}try": WLD, year: 2009}}}}',
            ),
            "refused",
        )
        yield (
            f"mark-id-{name}",
            _f_claim(f'{{id: "o{char}k", value: 60 trillion USD, reference: {_F_GDP}}}'),
            "refused",
        )
        yield f"mark-hedge-{name}", _f_bad("60 trillion USD", f', hedge: "ab{char}out"'), "refused"
    yield (
        "deep-where-in-lists",
        _f_bad("5 USD", ref=_f_where("{in: " + "[" * 60 + "]" * 60 + "}")),
        "refused",
    )
    yield (
        "deep-where-between-maps",
        _f_bad("5 USD", ref=_f_where("{between: " + "{a: " * 60 + "1" + "}" * 60 + "}")),
        "refused",
    )
    yield (
        "long-where-5000-keys",
        _f_bad(
            "5 USD",
            ref="{dataset: gdp, where: {" + ", ".join(f"k{i}: {i}" for i in range(5000)) + "}}",
        ),
        "refused",
    )
    yield (
        "long-where-in-20000",
        _f_bad(
            "60 trillion USD",
            ref="{dataset: gdp, where: {country: {in: ["
            + ", ".join(f"C{i}" for i in range(20000))
            + "]}, year: 2009}, aggregate: sum}",
        ),
        "any",
    )


def group_forms30(rng: random.Random, limit: int, found: list[Any], fmt: str) -> int:
    """Each form of :func:`forms30` checked against the test catalog; besides :func:`judge`'s
    flags: a form to be refused that the bad claim got through ("accepted"), a message over 2,000
    characters ("long-message"), "∞" in a message, and the good claim not supported."""
    catalog = WORK / "forms30-catalog"
    if not catalog.exists():
        make_test_catalog(catalog)
    n = 0
    for label, text, want in forms30():
        if n >= limit:
            break
        d = WORK / "forms30"
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        (d / "desk.yaml").write_text(text, encoding="utf-8")
        out = d / "out"
        args = ["check", str(d / "desk.yaml"), "--datasets", str(catalog), "--out", str(out),
                "--format", "json"]  # fmt: skip
        res = run_cli(args, WORK / "cache")
        flags = judge(res, ["desk.yaml"], out)
        report = out / "report.json"
        if res["code"] in (0, 1) and report.is_file():
            results = {r["id"]: r for r in json.loads(report.read_text()).get("results", [])}
            bad = results.get("bad", {})
            message = str(bad.get("message", ""))
            if want == "refused" and bad and bad.get("verdict") != "error":
                flags.append(f"accepted:{bad.get('verdict')}:{message[:160]}")
            if len(message) > 2000:
                flags.append(f"long-message:{len(message)}")
            if "∞" in message:
                flags.append("infinite:" + message[:160])
            if results.get("ok", {}).get("verdict") not in (None, "supported"):
                flags.append("ok-claim:" + str(results["ok"].get("message", ""))[:160])
        record("forms30", label, flags, res, found)
        n += 1
    return n


GROUPS: dict[str, Callable[..., int]] = {
    "desk": group_desk,
    "truncate": group_truncate,
    "table": group_table,
    "parquet": group_parquet,
    "descriptor": group_descriptor,
    "snapshot": group_snapshot,
    "baseline": group_baseline,
    "extract": group_extract,
    "forms30": group_forms30,
}
FORMATS = ["json,md,html,junit,claimreview", "parquet", "json", "md,html"]


def main_() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("group")
    ap.add_argument("--limit", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", default=FORMATS[0])
    a = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    OUT.mkdir(parents=True, exist_ok=True)
    found: list[Any] = []
    start = time.perf_counter()
    n = GROUPS[a.group](random.Random(a.seed), a.limit, found, a.format)
    el = time.perf_counter() - start
    (OUT / f"{a.group}.json").write_text(json.dumps(found, indent=1))
    (OUT / f"{a.group}-all.json").write_text(json.dumps(ALL, indent=1))
    (OUT / f"{a.group}-msgs.json").write_text(json.dumps(sorted(set(MSGS)), indent=1))
    kinds = Counter(f.split(":")[0] for x in found for f in x["flags"])
    print(f"{a.group}: {n} inputs in {el:.0f} s, {len(found)} flagged; {dict(kinds)}")


if __name__ == "__main__":
    main_()
