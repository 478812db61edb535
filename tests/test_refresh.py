"""`figcheck datasets refresh`: real downloads from 127.0.0.1, every fault leaves the snapshot as it was."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from figcheck.cli import main
from helpers import BUNDLED
from localhttp import LocalServer, closed_port_url, local_server

STATE = "mexico-homicides-state-month"  # pipe-delimited, no transform, a real 8-expectation suite


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        yield running


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    """A private copy of bundled datasets (refresh writes into it, never into the repo)."""
    root = tmp_path / "catalog"
    root.mkdir()
    for name in (STATE, "mexico-homicides-annual", "ecb-euro-fx", "published-figures"):
        shutil.copytree(BUNDLED / name, root / name)
    return root


def point(catalog: Path, name: str, url: str) -> None:
    path = catalog / name / "datapackage.json"
    descriptor = json.loads(path.read_text())
    descriptor["resources"][0]["sources"][0]["path"] = url
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file's hash, but the catalog's lock file (a refresh that writes takes the lock)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".figcheck.lock"
    }


Refresh = Callable[..., tuple[int, str, str]]


@pytest.fixture
def refresh(catalog: Path, tmp_path: Path) -> Refresh:
    def run(*args: str, command: str = "refresh") -> tuple[int, str, str]:
        env = {
            "FIGCHECK_BUNDLED_DATASETS": str(catalog),
            "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite"),
        }
        outcome = CliRunner().invoke(
            main,
            ["datasets", command, *args, "--cache-dir", str(tmp_path / "cache")],
            env=env,
        )
        return outcome.exit_code, outcome.stdout, outcome.stderr

    return run


def state_body(catalog: Path) -> bytes:
    return (catalog / STATE / "data.csv").read_bytes()


def revised(body: bytes) -> bytes:
    """The same table with one value revised and the last row dropped."""
    lines = body.decode().splitlines(keepends=True)
    cells = lines[1].split("|")
    cells[3] = str(int(cells[3]) + 7)
    lines[1] = "|".join(cells)
    return "".join(lines[:-1]).encode()


def replace_column(body: bytes, old: str, new: str) -> bytes:
    head, rest = body.split(b"\n", 1)
    return head.replace(old.encode(), new.encode()) + b"\n" + rest


def drop_column(body: bytes, index: int) -> bytes:
    lines = body.decode().splitlines()
    return (
        "\n".join(
            "|".join(c for i, c in enumerate(line.split("|")) if i != index) for line in lines
        )
        + "\n"
    ).encode()


def set_cell(body: bytes, row: int, column: int, value: str) -> bytes:
    lines = body.decode().splitlines(keepends=True)
    cells = lines[row].rstrip("\n").split("|")
    cells[column] = value
    lines[row] = "|".join(cells) + "\n"
    return "".join(lines).encode()


GZIP = {"Content-Type": "text/csv", "Content-Encoding": "gzip"}

FAULTS = {
    "connection-refused": ("connection", None),
    "timeout": ("timeout", {"delay_s": 3.0}),
    "404": ("http-status", {"status": 404}),
    "500": ("http-status", {"status": 500}),
    "200-html": ("html", {"body": b"<!DOCTYPE html><html><body>Maintenance</body></html>", "headers": {"Content-Type": "text/html"}}),
    "200-html-typed-csv": ("html", {"body": b"  <html><body>Log in</body></html>", "headers": {"Content-Type": "text/csv"}}),
    "truncated": ("truncated", {"send_bytes": 1000}),
    "empty": ("empty", {"body": b""}),
    "missing-column": ("schema", {"transform_body": lambda b: drop_column(b, 3)}),
    "renamed-column": ("schema", {"transform_body": lambda b: replace_column(b, "year", "anio")}),
    "wrong-type": ("schema", {"transform_body": lambda b: set_cell(b, 5, 3, "n/a")}),
    "suite-failure": ("suite", {"transform_body": lambda b: set_cell(b, 5, 2, "13")}),
    "over-size-limit": ("too-large", {"max_mb": "0.1"}),
    "redirect-to-file": ("scheme", {"status": 302, "headers": {"Location": "file:///etc/passwd"}}),
    "redirect-to-ftp": ("scheme", {"status": 301, "headers": {"Location": "ftp://127.0.0.1/data.csv"}}),
    "not-utf8": ("schema", {"transform_body": lambda b: b.replace(b"cve_ent", b"cve_\xe9nt")}),
    # hostile26: Content-Encoding. urllib3 passed a gzip stream cut before its end as whole (the
    # snapshot lost its last row), and raised its DecodeError (a traceback) for a damaged one
    "gzip-cut-inside-its-stream": ("truncated", {"transform_body": lambda b: gzip.compress(b)[:-20], "headers": GZIP}),
    "gzip-in-gzip-cut": ("truncated", {"transform_body": lambda b: gzip.compress(gzip.compress(b))[:-9], "headers": {**GZIP, "Content-Encoding": "gzip, gzip"}}),
    "deflate-cut": ("truncated", {"transform_body": lambda b: zlib.compress(b)[:-30], "headers": {**GZIP, "Content-Encoding": "deflate"}}),
    "gzip-damaged": ("transform", {"body": b"\x1f\x8b\x08garbage" * 10, "headers": GZIP}),
    "deflate-damaged": ("transform", {"body": b"garbage" * 10, "headers": {**GZIP, "Content-Encoding": "deflate"}}),
    "gzip-bomb": ("too-large", {"transform_body": lambda b: gzip.compress(b"0" * 2**21), "headers": GZIP, "max_mb": "1"}),
    "gzip-in-gzip-bomb": ("too-large", {"transform_body": lambda b: gzip.compress(gzip.compress(b"0" * 2**21)), "headers": {**GZIP, "Content-Encoding": "gzip, gzip"}, "max_mb": "1"}),
    "gzip-empty": ("empty", {"body": b"", "headers": GZIP}),  # review27: was "cut off after 0 bytes"
    "redirect-to-no-url": ("http-status", {"status": 302, "headers": {"Location": "http://[::1"}}),
}  # fmt: skip


@pytest.mark.parametrize("fault", list(FAULTS), ids=list(FAULTS))
def test_every_fault_leaves_the_snapshot_byte_for_byte(
    fault: str, server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    code_name, spec = FAULTS[fault]
    spec = dict(spec or {})
    extra: list[str] = ["--timeout", "0.5"]
    if "max_mb" in spec:
        extra += ["--max-mb", str(spec.pop("max_mb"))]
    if fault == "connection-refused":
        url = closed_port_url()
    else:
        body = state_body(catalog)
        if "transform_body" in spec:
            body = spec.pop("transform_body")(body)
        url = server.serve("/data.csv", spec.pop("body", body), **spec)
    point(catalog, STATE, url)
    before = fingerprint(catalog)
    code, out, err = refresh(STATE, *extra)
    assert code == 1
    assert fingerprint(catalog) == before
    lines = [line for line in (out + err).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{STATE}: failed ({code_name}): "), lines[0]
    assert "the snapshot is unchanged" in lines[0]


def test_a_revision_replaces_the_snapshot_and_says_what_changed(
    server: LocalServer, catalog: Path, refresh: Refresh, tmp_path: Path
) -> None:
    old = state_body(catalog)
    new = revised(old)
    point(catalog, STATE, server.serve("/data.csv", new))
    code, out, _ = refresh(STATE)
    assert code == 0, out
    assert f"{STATE}: updated: 0 rows added, 1 removed, 1 revised" in out
    assert "01 2000 1 homicides: 0 → 7" in out
    assert (catalog / STATE / "data.csv").read_bytes() == new
    resource = json.loads((catalog / STATE / "datapackage.json").read_text())["resources"][0]
    assert resource["hash"] == "sha256:" + hashlib.sha256(new).hexdigest()
    kept = resource["x-snapshots"]
    assert len(kept) == 1
    assert kept[0]["retrieved"] == "2026-11-23"
    assert (catalog / STATE / kept[0]["path"]).read_bytes() == old
    assert kept[0]["hash"] == "sha256:" + hashlib.sha256(old).hexdigest()
    # The new snapshot loads: hash as recorded, suite passed.
    code, out, _ = refresh(STATE, command="verify")
    assert code == 0, out
    assert "1 of 1 datasets passed" in out
    # Nothing new: unchanged, and nothing is written.
    before = fingerprint(catalog)
    code, out, _ = refresh(STATE)
    assert code == 0
    assert f"{STATE}: unchanged: same data as the snapshot retrieved" in out
    assert fingerprint(catalog) == before


def test_a_bad_download_never_poisons_the_cache_and_offline_uses_the_last_good(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    good = revised(state_body(catalog))
    point(catalog, STATE, server.serve("/data.csv", good))
    assert refresh(STATE)[0] == 0
    server.serve("/data.csv", b"<html>gone</html>", headers={"Content-Type": "text/html"})
    code, out, err = refresh(STATE)
    assert code == 1
    assert "failed (html)" in err
    code, out, _ = refresh(STATE, "--offline")
    assert code == 0, out
    assert "unchanged" in out
    assert "from the cache" in out


@pytest.mark.parametrize(
    ("coding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("gzip", lambda b: gzip.compress(b[:5000]) + gzip.compress(b[5000:])),  # two members
    ],
    ids=["gzip", "deflate", "raw-deflate", "gzip-gzip", "two-members"],
)
def test_a_compressed_body_is_unpacked_whole_and_cached_for_offline(
    server: LocalServer, catalog: Path, refresh: Refresh, coding: str, pack: Any
) -> None:
    good = revised(state_body(catalog))
    url = server.serve("/data.csv", pack(good), headers={**GZIP, "Content-Encoding": coding})
    point(catalog, STATE, url)
    code, out, err = refresh(STATE)
    assert code == 0, out + err
    assert "updated" in out
    assert (catalog / STATE / "data.csv").read_bytes() == good
    code, out, _ = refresh(STATE, "--offline")
    assert code == 0, out
    assert "unchanged" in out


def test_a_redirect_without_a_location_says_so(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    point(catalog, STATE, server.serve("/data.csv", status=302, headers={}))
    code, _, err = refresh(STATE)
    assert code == 1
    assert "HTTP 302 Found (a redirect that names no Location)" in err


def test_a_header_of_100000_names_is_refused_quickly_and_briefly(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    """hostile26: pandas took 22 s to read the header alone (the refresh 40 s) and the message
    listed all 100,000 names (a megabyte on stderr)."""
    body = b"|".join(b"c%d" % i for i in range(100_000)) + b"\n" + b"|".join([b"1"] * 100_000)
    point(catalog, STATE, server.serve("/data.csv", body + b"\n"))
    before = fingerprint(catalog)
    start = time.perf_counter()
    code, _, err = refresh(STATE)
    assert time.perf_counter() - start < 8
    assert code == 1
    assert "failed (schema)" in err
    assert "its columns are 'c0', 'c1'" in err
    assert "'c11' and 99,988 more" in err
    assert len(err) < 1000
    assert fingerprint(catalog) == before


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://[::1/data.csv", "not a usable URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:99999/data.csv", "not a usable URL"),
        ("http://", "not a usable URL"),
        ("https://exa mple.org/data.csv", "not a usable URL"),
        ("http://127.0.0.1:9/" + "a" * 100_000, "(100,019 characters): over 4,096 characters"),
    ],
    ids=["ipv6-unclosed", "port-99999", "no-host", "space-in-host", "100k-chars"],
)
def test_a_source_that_is_no_usable_url_fails_its_dataset(
    catalog: Path, refresh: Refresh, url: str, words: str
) -> None:
    """hostile26: a descriptor's source path requests cannot parse was its traceback
    (ValueError, InvalidURL) from `datasets refresh`; a 100,000-character one was echoed whole."""
    point(catalog, STATE, url)
    before = fingerprint(catalog)
    code, out, err = refresh(STATE)
    assert code == 1, out + err
    assert f"{STATE}: failed (scheme): refusing" in err
    assert words in err
    assert len(err) < 1000
    assert fingerprint(catalog) == before


def test_offline_without_a_cached_download_is_a_fault(catalog: Path, refresh: Refresh) -> None:
    point(catalog, STATE, closed_port_url())
    before = fingerprint(catalog)
    code, _, err = refresh(STATE, "--offline")
    assert code == 1
    assert f"{STATE}: failed (offline-miss): offline, and no good download" in err
    assert fingerprint(catalog) == before


def test_revalidation_sends_the_etag_and_a_304_reuses_the_cached_body(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    point(catalog, STATE, server.serve("/data.csv", revised(state_body(catalog)), etag='"v1"'))
    assert refresh(STATE)[0] == 0
    code, out, _ = refresh(STATE)
    assert code == 0
    assert "unchanged" in out
    assert "from the cache" in out
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'


def test_redirects_within_http_are_followed(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    server.serve("/new-home.csv", revised(state_body(catalog)))
    point(
        catalog, STATE, server.serve("/old.csv", status=302, headers={"Location": "/new-home.csv"})
    )
    code, out, _ = refresh(STATE)
    assert code == 0, out
    assert "new-home.csv" in out


def test_a_non_http_source_is_refused_before_any_request(catalog: Path, refresh: Refresh) -> None:
    point(catalog, STATE, "file:///etc/passwd")
    before = fingerprint(catalog)
    code, _, err = refresh(STATE)
    assert code == 1
    assert "failed (scheme): refusing 'file:///etc/passwd'" in err
    assert fingerprint(catalog) == before


def test_a_dataset_without_source_is_skipped_or_fails_when_named(
    refresh: Refresh, server: LocalServer, catalog: Path
) -> None:
    code, out, _ = refresh("published-figures")
    assert code == 1
    assert "published-figures: skipped (no-source)" in out


def test_unknown_dataset_name_lists_the_choices(refresh: Refresh) -> None:
    code, _, err = refresh("gdp-wrold")
    assert code == 2
    assert "unknown dataset 'gdp-wrold'; valid choices: ecb-euro-fx" in err


def test_kept_snapshot_paths_may_not_leave_the_folder(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    path = catalog / STATE / "datapackage.json"
    descriptor = json.loads(path.read_text())
    descriptor["resources"][0]["x-snapshots"] = [{"path": "../../evil.csv"}]
    descriptor["resources"][0]["sources"][0]["path"] = server.serve(
        "/d.csv", revised(state_body(catalog))
    )
    path.write_text(json.dumps(descriptor, indent=2) + "\n")
    before = fingerprint(catalog)
    code, _, err = refresh(STATE)
    assert code == 1
    assert "leaves the dataset folder" in err
    assert fingerprint(catalog) == before


def test_list_shows_provenance_and_suite_status_without_running_suites(
    refresh: Refresh,
) -> None:
    code, out, _ = refresh(command="list")
    assert code == 0
    assert "mexico-homicides-annual  Mexico: homicides per year" in out
    assert "31 rows · retrieved 2026-11-23 · sha256 4b19ca1d201c" in out
    assert "suite: not run yet" in out
    assert "source: none (not refreshable)" in out


def test_verify_runs_suites_and_fails_on_a_tampered_snapshot(
    refresh: Refresh, catalog: Path
) -> None:
    data = catalog / "mexico-homicides-annual" / "data.csv"
    data.write_bytes(data.read_bytes().replace(b"14493", b"14494"))
    code, out, _ = refresh("mexico-homicides-annual", STATE, command="verify")
    assert code == 1
    assert "hash MISMATCH" in out
    assert "suite: passed (8 expectations)" in out or "suite: passed" in out
    assert "1 of 2 datasets passed; failed: mexico-homicides-annual" in out


def test_progress_is_a_rich_bar_on_a_terminal_and_nothing_in_ci() -> None:
    import io

    from rich.console import Console

    from figcheck.display import progress_lines

    with progress_lines([1, 2, 3], label=str, interactive=False) as walk:
        assert list(walk) == [1, 2, 3]
    with progress_lines([1, 2, 3], label=str, interactive=True) as walk:
        assert list(walk) == [1, 2, 3]
    assert Console(file=io.StringIO()).is_terminal is False  # CI's pipes get plain lines


# ---------------------------------------------------------------- hostile descriptors and publishers
# Nothing is written outside the dataset folder or through a link, a body cut off without a length
# is caught where it can be, and --timeout bounds the whole download.


def _edit(catalog: Path, change: dict[str, object]) -> None:
    path = catalog / STATE / "datapackage.json"
    descriptor = json.loads(path.read_text())
    descriptor["resources"][0].update(change)
    path.write_text(json.dumps(descriptor, indent=2))


def _outside(tmp_path: Path) -> list[str]:
    """Every file under tmp_path that is not in the catalog, the caches or the outside folder."""
    skip = ("catalog", "cache", "http.sqlite", "outside")
    return sorted(
        str(p.relative_to(tmp_path))
        for p in tmp_path.rglob("*")
        if p.is_file() and not str(p.relative_to(tmp_path)).startswith(skip)
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"retrieved": "../../../escaped/pwned"}, "retrieved"),
        ({"retrieved": "/tmp/pwned"}, "retrieved"),
        ({"retrieved": "2026-11-01/../../x"}, "retrieved"),
        ({"x-snapshots": [{"path": "../../escaped.csv", "retrieved": "2020-01-01"}]}, "leaves"),
        ({"x-snapshots": [{"path": "/etc/passwd", "retrieved": "2020-01-01"}]}, "leaves"),
        ({"x-snapshots": [{"path": "s.csv", "retrieved": "../../x"}]}, "date"),
        ({"path": "../escaped.csv"}, "leaves the dataset folder"),
    ],
    ids=["retrieved-up", "retrieved-absolute", "retrieved-date-then-up", "kept-path-up",
         "kept-path-absolute", "kept-retrieved-up", "resource-path-up"],
)  # fmt: skip
def test_descriptor_text_never_leads_a_write_outside(
    server: LocalServer, catalog: Path, refresh: Refresh, tmp_path: Path,
    change: dict[str, object], words: str,
) -> None:  # fmt: skip
    point(catalog, STATE, server.serve("/data.csv", revised(state_body(catalog))))
    _edit(catalog, change)
    before = fingerprint(catalog)
    code, _out, err = refresh(STATE)
    assert code == 1
    assert f"{STATE}: failed (schema)" in err
    assert words in err
    assert fingerprint(catalog) == before
    assert _outside(tmp_path) == []


@pytest.mark.parametrize("link", ["snapshots", "data.csv", "datapackage.json"])
def test_a_symbolic_link_in_the_dataset_folder_is_not_followed(
    server: LocalServer, catalog: Path, refresh: Refresh, tmp_path: Path, link: str
) -> None:
    folder = catalog / STATE
    outside = tmp_path / "outside"
    outside.mkdir()
    if link == "snapshots":
        (folder / "snapshots").symlink_to(outside, target_is_directory=True)
    else:  # a link to a copy inside the folder: still refused, a refresh writes only real files
        (folder / f"real-{link}").write_bytes((folder / link).read_bytes())
        (folder / link).unlink()
        (folder / link).symlink_to(folder / f"real-{link}")
    point_target = folder / (
        "real-datapackage.json" if link == "datapackage.json" else "datapackage.json"
    )
    descriptor = json.loads(point_target.read_text())
    descriptor["resources"][0]["sources"][0]["path"] = server.serve(
        "/data.csv", revised(state_body(catalog))
    )
    point_target.write_text(json.dumps(descriptor, indent=2))
    before = fingerprint(catalog)
    code, _, err = refresh(STATE)
    assert code == 1
    assert f"{STATE}: failed (write): refusing to write: " in err
    assert "is a symbolic link" in err
    assert fingerprint(catalog) == before
    assert list(outside.iterdir()) == []
    assert all(not p.is_symlink() or p.name == link for p in folder.iterdir())


def _revise_first_row(body: bytes) -> bytes:
    lines = body.splitlines(keepends=True)
    cells = lines[1].split(b"|")
    cells[3] = str(int(cells[3]) + 7).encode()
    lines[1] = b"|".join(cells)
    return b"".join(lines)


def _cut_at_line(body: bytes, lines_kept: int) -> bytes:
    return b"".join(body.splitlines(keepends=True)[:lines_kept])


@pytest.mark.parametrize(
    ("route", "shape", "outcome"),
    [
        ({"content_length": False}, "mid-line", "failed (truncated)"),
        ({"content_length": False}, "at-a-line", "failed (truncated)"),
        ({"content_length": False}, "whole", "unchanged"),
        ({"content_length": False}, "revised-in-place", "updated"),
        ({"chunked": True}, "whole", "unchanged"),
        ({"chunked": True, "send_bytes": 900}, "whole", "failed (truncated)"),
        ({}, "cut-with-length", "failed (truncated)"),
    ],
    ids=["unframed-mid-line", "unframed-at-line", "unframed-whole", "unframed-revision",
         "chunked-whole", "chunked-cut", "length-cut"],
)  # fmt: skip
def test_a_body_cut_off_is_caught_where_it_can_be(
    server: LocalServer, catalog: Path, refresh: Refresh,
    route: dict[str, object], shape: str, outcome: str,
) -> None:  # fmt: skip
    body = state_body(catalog)
    served = {
        "mid-line": body[: len(body) // 2 + 3],
        "at-a-line": _cut_at_line(body, 40),
        "whole": body,
        "revised-in-place": _revise_first_row(body),
        "cut-with-length": body,
    }[shape]
    if shape == "cut-with-length":
        route = {"send_bytes": len(body) // 2}
    point(catalog, STATE, server.serve("/data.csv", served, **route))
    before = fingerprint(catalog)
    code, out, err = refresh(STATE)
    line = (out + err).strip()
    assert line.startswith(f"{STATE}: {outcome}"), line
    if outcome.startswith("failed"):
        assert code == 1
        assert fingerprint(catalog) == before
    if shape in ("mid-line", "at-a-line"):
        assert "sent no length" in line


def test_timeout_bounds_the_whole_download(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    body = state_body(catalog)  # thousands of bytes: 1 byte every 0.5 s would take hours
    point(catalog, STATE, server.serve("/data.csv", body, trickle_s=0.5))
    before = fingerprint(catalog)
    start = time.monotonic()
    code, _, err = refresh(STATE, "--timeout", "3")
    elapsed = time.monotonic() - start
    assert code == 1
    assert f"{STATE}: failed (timeout): downloading " in err
    assert "took longer than the timeout of 3 s" in err
    assert elapsed < 12, elapsed  # would be ~hours if each read had its own timeout
    assert fingerprint(catalog) == before


@pytest.mark.parametrize("sent", [0, 100])
def test_a_stall_is_a_timeout_not_a_cut(
    server: LocalServer, catalog: Path, refresh: Refresh, sent: int
) -> None:
    body = state_body(catalog)
    point(catalog, STATE, server.serve("/data.csv", body, send_bytes=sent, stall_s=5))
    code, _, err = refresh(STATE, "--timeout", "1")
    assert code == 1
    assert f"{STATE}: failed (timeout): " in err
    assert f"stopped sending after {sent:,} bytes" in err or "took longer" in err
    assert "cut off" not in err


def test_a_suite_failure_reads_as_one_sentence(
    server: LocalServer, catalog: Path, refresh: Refresh
) -> None:
    """hostile26 noticed: 'the download fails its integrity suite failed: …' (two verbs)."""
    url = server.serve("/data.csv", set_cell(state_body(catalog), 5, 2, "13"))
    point(catalog, STATE, url)
    code, out, err = refresh(STATE, "--timeout", "0.5")
    assert code == 1
    assert "the download fails its integrity suite: " in out + err
    assert "suite failed" not in out + err
