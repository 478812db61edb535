"""hostile33: the classes the round-33 campaign (benchmarks/hostile33_campaign.py) found.

A writer replacing a FIFO or a device it was given as a file; ``extract --out`` naming the
article; desk folders holding a FIFO, a link to nothing or a link loop (skipped in silence) or
hidden files (read); recheck's history index as a FIFO (a hang) or a link to /dev/zero (read
until memory ran out); Python's codec words for a baseline that is not UTF-8; a
``source.text`` name too long for the file system (a traceback's words, exit 2); YAML keys that
are no text ("unknown key None", "found unhashable key"); a URL's password echoed by
``datasets add``; a NUL byte in a CSV given to ``datasets add`` (kept, and it made a year
column text)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from figcheck.cli import main
from figcheck.errors import OutputError, UnitError
from figcheck.model.units import parse_unit
from figcheck.storage.atomic import write_bytes, write_text
from helpers import REPO, make_test_catalog

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

DESK = """source: {title: T, published: 2012-09-03}
claims:
  - {id: ok, value: 60 trillion USD, reference: {dataset: gdp, where: {country: WLD, year: 2009}}}
"""
ARTICLE = "Rising prices\nJuly 13, 2022\nPrices rose 9.1% in the twelve months to June.\n"


def run(tmp_path: Path, *args: str) -> tuple[int, str]:
    env = {
        "FIGCHECK_BUNDLED_DATASETS": str(REPO / "datasets"),
        "FIGCHECK_CACHE_DIR": str(tmp_path / "cache"),
        "FIGCHECK_HTTP_CACHE": str(tmp_path / "http.sqlite"),
    }
    outcome = CliRunner().invoke(main, list(args), env=env)
    assert outcome.exception is None or isinstance(outcome.exception, SystemExit), outcome
    assert "Traceback" not in outcome.output
    return outcome.exit_code, outcome.stderr + outcome.stdout


# ---------------------------------------------------------------- writers and their targets
@pytest.mark.parametrize("writer", ["text", "bytes"])
def test_a_writer_never_replaces_a_fifo_it_was_given_as_a_file(tmp_path: Path, writer: str) -> None:
    fifo = tmp_path / "draft.yaml"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="a FIFO, not a regular file"):
        write_text(fifo, "x") if writer == "text" else write_bytes(fifo, b"x")
    assert fifo.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["draft.yaml"]  # no temporary file left


def test_a_writer_replaces_a_link_not_what_it_points_to(tmp_path: Path) -> None:
    (tmp_path / "target.txt").write_text("keep")
    (tmp_path / "link.txt").symlink_to(tmp_path / "target.txt")
    write_text(tmp_path / "link.txt", "new")
    assert (tmp_path / "target.txt").read_text() == "keep"
    assert (tmp_path / "link.txt").read_text() == "new"


def test_extract_out_a_fifo_is_refused_and_the_fifo_stays(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    fifo = tmp_path / "draft.yaml"
    os.mkfifo(fifo)
    code, err = run(tmp_path, "extract", str(article), "--out", str(fifo))
    assert code == 2
    assert "draft.yaml" in err
    assert "a FIFO" in err
    assert fifo.is_fifo()


@pytest.mark.parametrize("how", ["same-path", "link", "dotted"])
def test_extract_out_the_article_itself_is_refused(tmp_path: Path, how: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    out = {
        "same-path": article,
        "link": tmp_path / "link.txt",
        "dotted": tmp_path / "." / "a.txt",
    }[how]
    if how == "link":
        out.symlink_to(article)
    code, err = run(tmp_path, "extract", str(article), "--out", str(out))
    assert code == 2
    assert "is the article itself" in err
    assert article.read_text() == ARTICLE


# ---------------------------------------------------------------- desk folders
def _folder(tmp_path: Path) -> Path:
    desks = tmp_path / "desks"
    desks.mkdir()
    (desks / "a.yaml").write_text(DESK)
    return desks


@pytest.mark.parametrize("kind", ["fifo", "dangling-link", "link-loop", "link-to-a-device"])
def test_a_desk_name_in_a_folder_that_is_no_file_is_named_not_skipped(
    tmp_path: Path, kind: str
) -> None:
    desks = _folder(tmp_path)
    odd = desks / "b.yaml"
    if kind == "fifo":
        os.mkfifo(odd)
    elif kind == "dangling-link":
        odd.symlink_to(tmp_path / "gone.yaml")
    elif kind == "link-loop":
        odd.symlink_to(odd)
    else:
        odd.symlink_to("/dev/null")
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desks), "--datasets", str(catalog), "--out", str(tmp_path / "o")
    )
    assert code == 2
    assert f"{odd}:" in err
    words = {"fifo": "a FIFO", "dangling-link": "a symbolic link to nothing",
             "link-loop": "a loop", "link-to-a-device": "a device"}[kind]  # fmt: skip
    assert words in err
    assert not (tmp_path / "o").exists()


def test_hidden_files_and_folders_of_a_desk_folder_are_not_read(tmp_path: Path) -> None:
    desks = _folder(tmp_path)
    (desks / ".hidden.yaml").write_text("garbage: [\n")
    (desks / ".venv" / "lib").mkdir(parents=True)
    (desks / ".venv" / "lib" / "x.yaml").write_text("garbage: [\n")
    (desks / ".#a.yaml").symlink_to(tmp_path / "nowhere")  # an editor's lock file
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desks), "--datasets", str(catalog), "--out", str(tmp_path / "o")
    )
    assert code == 0, err
    assert "1 claims: 1 supported" in err


def test_a_linked_folder_is_read_once_and_a_link_loop_ends(tmp_path: Path) -> None:
    desks = _folder(tmp_path)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "m.yaml").write_text(DESK.replace("id: ok", "id: more"))
    (desks / "more").symlink_to(tmp_path / "more")
    (desks / "up").symlink_to(desks)  # a loop
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desks), "--datasets", str(catalog), "--out", str(tmp_path / "o")
    )
    assert code == 0, err
    ids = [r["id"] for r in json.loads((tmp_path / "o" / "report.json").read_text())["results"]]
    assert sorted(ids) == ["more", "ok"]


# ---------------------------------------------------------------- recheck and baselines
def _recheck(tmp_path: Path) -> tuple[int, str]:
    desk = tmp_path / "desk.yaml"
    desk.write_text(DESK)
    catalog = make_test_catalog(tmp_path / "cat")
    return run(
        tmp_path, "recheck", str(desk), "--datasets", str(catalog), "--out",
        str(tmp_path / "out"), "--no-refresh",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("fifo", "not a regular file (a FIFO)"),
        ("dev-zero", "not a regular file (a device)"),
        ("utf16", "not UTF-8 text"),
    ],
)
def test_a_history_index_that_is_no_json_file_is_set_aside_unread(
    tmp_path: Path, kind: str, words: str
) -> None:
    index = tmp_path / "out" / "history" / "index.json"
    index.parent.mkdir(parents=True)
    if kind == "fifo":
        os.mkfifo(index)  # read, it hung the recheck for ever
    elif kind == "dev-zero":
        index.symlink_to("/dev/zero")  # read, it took memory until the run was killed
    else:
        index.write_bytes("[]".encode("utf-16"))
    code, err = _recheck(tmp_path)
    assert code == 0, err
    assert words in err
    assert "set aside as index.json.bad" in err
    assert "UnicodeDecodeError" not in err
    assert json.loads(index.read_text())[0]["summary"]["supported"] == 1


def test_a_baseline_that_is_not_utf8_says_so_in_words(tmp_path: Path) -> None:
    baseline = tmp_path / "old.json"
    baseline.write_bytes(json.dumps({"results": []}).encode("utf-16"))
    desk = tmp_path / "desk.yaml"
    desk.write_text(DESK)
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desk), "--datasets", str(catalog), "--baseline", str(baseline),
        "--out", str(tmp_path / "o"),
    )  # fmt: skip
    assert code == 2
    assert "old.json: not a readable report.json: not UTF-8 text (byte 0xff at line 1)" in err
    assert "codec" not in err


# ---------------------------------------------------------------- desks
def test_a_source_text_name_too_long_for_the_system_is_an_unreadable_article(
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk.yaml"
    desk.write_text(DESK.replace("title: T", "title: T, text: " + "n" * 300 + ".txt"))
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "o")
    )
    assert code == 0, err
    coverage = json.loads((tmp_path / "o" / "report.json").read_text())["coverage"][0]
    assert "File name too long" in json.dumps(coverage)


@pytest.mark.parametrize(
    ("claim", "words"),
    [
        ("{id: q, value: 1, null: x}", "unknown key null (a key with no name)"),
        ("{id: q, value: 1, 7: x}", "unknown key 7 (a number, not a name)"),
        ("{id: q, value: 1, on: x}", "unknown key true (YAML reads yes, no, on, off"),
        ("{id: q, value: 1, ? [a, b] : x}", "a key that is a list or a mapping"),
        ("{id: q, value: 1, reference: {dataset: gdp, where: {? {a: 1} : 2}}}", "a list or a"),
    ],
)
def test_a_key_that_is_no_text_is_said_in_yaml_words(
    tmp_path: Path, claim: str, words: str
) -> None:
    desk = tmp_path / "desk.yaml"
    desk.write_text(DESK + f"  - {claim}\n")
    code, err = run(tmp_path, "check", str(desk), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "desk.yaml:4:" in err
    assert words in err
    assert "None" not in err
    assert "unhashable" not in err


# ---------------------------------------------------------------- datasets add
def test_a_url_with_a_password_is_refused_without_echoing_it(tmp_path: Path) -> None:
    code, err = run(
        tmp_path, "datasets", "add", "https://editor:s3cret@127.0.0.1:1/x.csv", "--name", "x",
        "--into", str(tmp_path / "into"),
    )  # fmt: skip
    assert code == 2
    assert "user name or password" in err
    assert "s3cret" not in err
    assert "editor" not in err
    assert not (tmp_path / "into" / "x").exists()


def test_a_nul_byte_in_a_csv_to_add_is_refused_at_its_line(tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(b"country,year,value\nWLD,2008,50\nWLD,2009,60\nWLD,20\x0010,5\n")
    code, err = run(
        tmp_path, "datasets", "add", str(source), "--name", "t", "--into", str(tmp_path / "into")
    )
    assert code == 2
    assert "t.csv:4: a NUL byte" in err
    assert not (tmp_path / "into" / "t").exists()


def test_a_rename_that_fails_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match="No space left on device"):
        write_text(tmp_path / "draft.yaml", "x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("unit", ["U$D", "U.S.D", "USD,", "USD?", "USD;", "USD!", "\u2212 USD"])
def test_punctuation_in_a_units_name_is_refused_not_dropped(unit: str) -> None:
    with pytest.raises(UnitError, match="is no part of a unit's name"):
        parse_unit(unit)


@pytest.mark.parametrize("unit", ["USD", "°C", "µg", "%", "km/h", "people/km²", "GBP/USD", "Ω"])
def test_units_with_signs_of_their_own_still_read(unit: str) -> None:
    parse_unit(unit)


def test_a_typographic_minus_after_the_number_is_an_error_not_plus(tmp_path: Path) -> None:
    desk = tmp_path / "desk.yaml"
    desk.write_text(DESK + '  - {id: q, value: "5\u2212 USD"}\n')
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "o")
    )
    assert code == 1, err
    results = json.loads((tmp_path / "o" / "report.json").read_text())["results"]
    bad = next(r for r in results if r["id"] == "q")
    assert bad["verdict"] == "error"
    assert "is no part of a unit's name" in bad["message"]


# ---------------------------------------------------------------- claimreview.jsonld
def test_claimreview_can_be_embedded_in_a_script_element_and_links_only_the_web(
    tmp_path: Path,
) -> None:
    quote = "</script><script>alert(1)</script> & \u2028"
    desk = tmp_path / "desk.yaml"
    desk.write_text(
        DESK.replace("title: T", 'title: T, url: "javascript:alert(1)"').replace(
            "{id: ok,", f'{{id: ok, quote: "{quote}",'
        )
    )
    catalog = make_test_catalog(tmp_path / "cat")
    code, err = run(
        tmp_path, "check", str(desk), "--datasets", str(catalog), "--out", str(tmp_path / "o"),
        "--format", "claimreview",
    )  # fmt: skip
    assert code == 0, err
    text = (tmp_path / "o" / "claimreview.jsonld").read_text()
    assert "<" not in text
    assert "\u2028" not in text
    assert "javascript:" not in text
    review = json.loads(text)["@graph"][0]
    assert review["claimReviewed"].startswith("</script><script>alert(1)</script> &")


@pytest.mark.parametrize("ends", ["\n", "\r\n", "\r"])
def test_a_nul_byte_in_a_claims_table_is_refused_at_its_line(tmp_path: Path, ends: str) -> None:
    table = tmp_path / "claims.csv"
    lines = ["id,value,quote", "ok,5 USD,five", "q,5 USD,fi\x00ve"]
    table.write_bytes(ends.join(lines).encode() + ends.encode())
    code, err = run(tmp_path, "check", str(table), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "claims.csv:3: a NUL byte" in err


def test_a_nul_byte_in_a_table_checked_in_chunks_is_refused_at_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from figcheck import chunked

    monkeypatch.setattr(chunked, "CHUNK_ROWS", 3)
    table = tmp_path / "claims.csv"
    rows = [f"c{i},5 USD,five" for i in range(10)]
    rows[7] = "c7,5 USD,fi\x00ve"
    table.write_bytes(("id,value,quote\r\n" + "\r\n".join(rows) + "\r\n").encode())
    code, err = run(tmp_path, "check", str(table), "--out", str(tmp_path / "o"))
    assert code == 2
    assert "claims.csv:9: a NUL byte" in err


def test_the_nul_line_counts_a_line_end_split_between_blocks_once() -> None:
    from figcheck.errors import InputError
    from figcheck.inputs.desks import _refuse_nul

    with pytest.raises(InputError) as caught:
        _refuse_nul(Path("t.csv"), [b"a\r", b"\nb\r", b"c\r", b"\x00"])
    assert caught.value.line == 4
    _refuse_nul(Path("t.csv"), [b"a\r", b"\nb"])  # no NUL: nothing to say
