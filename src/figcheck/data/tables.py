"""Read a publisher's table (CSV or Excel) as text cells, and infer each column's type.

Cells are kept as the text the publisher printed (Excel numbers are written back without a
spurious ``.0``), so the snapshot holds exactly the figures of the source. Type inference is a
rule per column over its distinct non-missing texts (:func:`infer_type`): a column is an
``integer`` only if no code has a leading zero (``01`` is a state code, not the number one),
a ``number`` if every text reads as one, a ``date`` if every text is ``YYYY-MM-DD``; markers such
as ``N/A`` or ``..`` in an otherwise numeric column are missing values.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from figcheck.errors import InputError, UsageError
from figcheck.limits import refuse_wide

__all__ = ["MISSING_MARKERS", "Column", "infer_type", "read_table", "shown"]

#: Texts that mean "no figure" in publishers' tables, besides the empty cell.
MISSING_MARKERS = ("N/A", "NA", "n/a", "..", ":", "-", "—", "NaN", "nan", ".",
                   "N/E", "N/D", "n.d.", "n.a.")  # fmt: skip  # Banxico's N/E, Spanish n.d.
#: ASCII digits only: ``\d`` also matches "٥", and int("1٥") is 15 (then the snapshot
#: was refused as not an integer when the dataset was read back).
_INTEGER = re.compile(r"^-?(0|[1-9]\d*)$", re.ASCII)
_NUMBER = re.compile(r"^-?((0|[1-9]\d*)(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", re.ASCII)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
#: Integers beyond 64 bits are read as numbers (floats); ``1e400`` (infinite as a float) is no
#: figure at all, so its column stays text and a ``--unit`` on it is refused.
_INT64 = 2**63
_BOOLEAN = {"true", "false"}
_SNIFF_BYTES = 64 * 1024
#: What a workbook may unpack to (its parts' declared sizes, which zipfile enforces on reading):
#: a 14,000-row sheet is a few megabytes; a zip bomb is gigabytes.
MAX_UNPACKED = 256 * 1024 * 1024
_MAX_PARTS = 10_000
#: Control characters have no place in a column name (a desk could not name the column, and
#: a terminal would act on them when the name is printed).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Column:
    """A column's inferred schema type and the missing-value markers it uses."""

    name: str
    type: str
    missing: tuple[str, ...] = ()


def infer_type(texts: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """The schema type of a column from its distinct texts, and the markers read as missing."""
    present = [t for t in texts if t != ""]
    markers = tuple(sorted({t for t in present if t in MISSING_MARKERS}))
    values = [t for t in present if t not in MISSING_MARKERS]
    if not values:
        return "string", ()
    # int() of over 4,300 digits is Python's bare ValueError; 20 characters hold any int64
    if all(_INTEGER.fullmatch(v) and len(v) <= 20 and abs(int(v)) < _INT64 for v in values):
        return "integer", markers
    if all(_NUMBER.fullmatch(v) and math.isfinite(float(v)) for v in values):
        return "number", markers
    if all(_DATE.fullmatch(v) and _is_date(v) for v in values) and not markers:
        return "date", ()
    if {v.lower() for v in values} <= _BOOLEAN and not markers:
        return "boolean", ()
    return "string", ()


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def shown(text: str) -> str:
    """``text`` safe to print on a terminal: control characters as escapes (``\\x1b``)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def read_table(
    body: bytes,
    label: str,
    *,
    sheet: str | None = None,
    max_bytes: int = MAX_UNPACKED,
    header_line: int | None = None,
    encoding: str | None = None,
) -> pd.DataFrame:
    """The table in ``body`` (CSV, or an Excel workbook) as text cells, ``""`` when empty.
    A workbook that would unpack to more than ``max_bytes`` is refused before it is read.
    ``header_line`` is the line (the sheet's row) of the column names, when a title block
    stands above them; ``encoding`` that of a CSV file that is not UTF-8 (``latin-1``).
    Notes below the table (a blank line, then lines that fill at most half of the columns,
    as the World Bank and UNdata print) are not rows: ``frame.attrs["notes"]`` says which."""
    if encoding is not None:
        check_encoding(encoding)
    if body[:4] == b"PK\x03\x04":
        _check_unpacked_size(body, label, max_bytes)
        return _read_excel(body, label, sheet, max_bytes, header_line)
    if sheet:
        raise InputError(f"{label}: --sheet is for Excel workbooks; this is a CSV file")
    return _read_csv(body, label, header_line, encoding)


def check_encoding(encoding: str) -> None:
    """``--encoding``: a text encoding Python knows (``latin-1``, ``cp1252``, ``utf-16``)."""
    try:
        codecs.lookup(encoding)
        # rot13, base64, zlib are codecs too, but not text encodings (decoding was a traceback)
        with contextlib.suppress(UnicodeDecodeError):  # one byte is no UTF-16 text: still one
            b"x".decode(encoding)
    except LookupError:
        raise UsageError(
            f"--encoding {encoding!r} is not a text encoding",
            hint="e.g. --encoding latin-1 (ISO-8859-1) or --encoding cp1252 (Windows)",
        ) from None


#: Byte order marks and the encoding each one begins (UTF-32's before UTF-16's, whose marks
#: begin theirs).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
_SAID = {"utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}


_ORDER = {"le": "little-endian", "be": "big-endian"}
_MARKS = {
    ("utf-16", "le"): codecs.BOM_UTF16_LE, ("utf-16", "be"): codecs.BOM_UTF16_BE,
    ("utf-32", "le"): codecs.BOM_UTF32_LE, ("utf-32", "be"): codecs.BOM_UTF32_BE,
}  # fmt: skip


def _nul_order(head: bytes, width: int) -> str | None:
    """``le`` or ``be`` when ``head`` looks like UTF-16 (``width`` 2) or UTF-32 (4) text of
    Latin letters in that byte order: the bytes after (little-endian) or before (big-endian)
    each character's low byte NUL in most units; None otherwise."""
    units = len(head) // width
    if units == 0:
        return None
    for order, nul_at in (("le", range(1, width)), ("be", range(width - 1))):
        nuls = sum(head[i::width][:units].count(0) for i in nul_at)
        if nuls > units * (width - 1) * 3 // 4:
            return order
    return None


def _family(encoding: str) -> str:
    """``utf-8``, ``utf-16`` or ``utf-32`` for an encoding of that family (either byte
    order), else the encoding's own codec name."""
    name = codecs.lookup(encoding).name
    return next((f for f in ("utf-8", "utf-16", "utf-32") if name.startswith(f)), name)


def _check_fit(body: bytes, label: str, encoding: str | None) -> None:
    """Refuse a CSV whose bytes cannot be text in ``encoding`` (None: UTF-8), naming the file:
    a byte order mark of another encoding, UTF-16 or UTF-32 without a NUL byte, NUL bytes
    every other byte in any other encoding (mends28: UTF-8 read as UTF-16 decoded into one line
    of CJK characters, "the table needs a header row"; UTF-16 read as UTF-8 was "column 1's name
    holds a control character"). ASCII text in UTF-16 has a NUL in every other byte."""
    said = encoding or "UTF-8"
    family = _family(encoding or "utf-8")
    head = body[:_SNIFF_BYTES]
    bom = next((name for mark, name in _BOMS if head.startswith(mark)), None)
    problem, hint = None, ""
    named = codecs.lookup(encoding or "utf-8").name.removeprefix(family).lstrip("-_")[:2]
    if bom is not None and bom != family:
        problem = f"it begins with a {_SAID[bom]} byte order mark"
        hint = "leave --encoding out" if bom == "utf-8" else f"give --encoding {bom}"
    elif bom is not None and named in _ORDER and not head.startswith(_MARKS[(family, named)]):
        other = "be" if named == "le" else "le"
        problem = f"it begins with a {_ORDER[other]} byte order mark, not {said}'s {_ORDER[named]}"
        hint = f"give --encoding {family} (the mark says the order)"
    elif bom is None and family in ("utf-16", "utf-32") and head and b"\x00" not in head:
        problem = f"it has no NUL byte, as {_SAID[family]} text of digits and Latin letters has"
        try:
            body.decode("utf-8")
            hint = "it reads as UTF-8: leave --encoding out"
        except UnicodeDecodeError:
            hint = "give the encoding it was saved in (e.g. --encoding latin-1)"
    elif bom is None and family in ("utf-16", "utf-32"):
        # without a byte order mark the codec reads the order it names, else little-endian
        # (review28: UTF-16BE read as utf-16 decoded into CJK, "needs a header row")
        order = _nul_order(head, 2 if family == "utf-16" else 4)
        reads = named if named in _ORDER else "le"
        if order is not None and order != reads:
            problem = f"its NUL bytes stand where {_SAID[family]} {_ORDER[order]} text has them"
            hint = f"give --encoding {family}-{order}"
    elif bom is None and len(head) >= 2:
        # UTF-32 first: its NULs also fall every other byte (review28: UTF-32 got the UTF-16 hint)
        for width, name, nuls in ((4, "utf-32", "three bytes in every four are NUL"),
                                  (2, "utf-16", "every other byte is NUL")):  # fmt: skip
            order = _nul_order(head, width)
            if order is not None:
                problem = f"{nuls}, as in {_SAID[name]} text"
                hint = f"give --encoding {name}-{order}"
                break
    if problem:
        raise InputError(f"the file is not {said}: {problem}", path=label, line=1, hint=hint)


def _read_csv(
    body: bytes, label: str, header_line: int | None, encoding: str | None
) -> pd.DataFrame:
    _check_fit(body, label, encoding)
    try:
        text = body.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise InputError(
            f"the file is not {encoding or 'UTF-8'} (byte {body[exc.start : exc.start + 1]!r})",
            path=label,
            line=line,
            hint="if it was saved as Latin-1 or Windows-1252 (as many Spanish, Portuguese and "
            "French statistics offices export), give --encoding latin-1; or save it as UTF-8",
        ) from exc
    text = text.removeprefix("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:  # hostile33: a cell holding a NUL was kept, and turned its column into text
        line = len(re.split("\r\n|\r|\n", text[:nul]))
        raise InputError(
            "a NUL byte (U+0000) in the text: no CSV value holds one; the file is damaged, "
            "binary, or in another encoding",
            path=label,
            line=line,
            hint="open it in an editor and remove the byte, or give its --encoding",
        )
    delimiter = _delimiter(text)
    # newline="": lines end at \r\n, \n or a lone \r (an old Mac export) and the csv module
    # sees the line ends as they are, as it requires
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        last = 0
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((last + 1, row))  # the line the row starts on
            last = reader.line_num
    except csv.Error as exc:  # a cell over the csv module's limit, e.g. an unclosed quote
        raise InputError(
            f"cannot read the CSV: {exc}",
            path=label,
            line=reader.line_num,
            hint="a quote that is never closed swallows the rest of the file",
        ) from exc
    return _frame(rows, label, header_line)


def _delimiter(text: str) -> str:
    """The column separator. A first line that holds tabs, with as many on each of the next
    lines, is tab-separated even when its names hold commas (Eurostat's
    ``freq,unit,geo\\TIME_PERIOD``), which the csv sniffer would take for the separator."""
    lines = [line for line in text[:_SNIFF_BYTES].splitlines()[:20] if line.strip()]
    if lines and "\t" in lines[0]:
        tabs = lines[0].count("\t")
        if all(line.count("\t") == tabs for line in lines[1:-1] or lines):
            return "\t"
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_BYTES], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _check_unpacked_size(body: bytes, label: str, max_bytes: int) -> None:
    """Refuse a workbook whose parts unpack to more than ``max_bytes`` (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"not a readable Excel workbook: {exc}", path=label) from exc
    total = sum(part.file_size for part in parts)
    if len(parts) > _MAX_PARTS or total > max_bytes:
        raise InputError(
            f"the workbook unpacks to {total:,} bytes in {len(parts):,} parts, over the limit "
            f"of {max_bytes:,} bytes", path=label, hint="save the sheet as CSV and add that",
        )  # fmt: skip


def _read_excel(
    body: bytes, label: str, sheet: str | None, max_bytes: int, header_line: int | None
) -> pd.DataFrame:
    import openpyxl  # the only module that reads Excel

    try:
        book = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError… for a bad file
        raise InputError(f"not a readable Excel workbook: {exc}", path=label) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InputError(
                f"no sheet {sheet!r}", path=label, choices=[shown(n) for n in book.sheetnames]
            )
        ws = book[sheet] if sheet else book.worksheets[0]
        rows = _sheet_rows(ws, label, max_cells=max(max_bytes // 4, 1000))
    except InputError:
        raise
    except Exception as exc:  # the sheet's XML is read lazily: a malformed part fails here
        raise InputError(f"cannot read the sheet: {str(exc)[:200]}", path=label) from exc
    finally:
        book.close()
    return _frame(rows, label, header_line)


def _sheet_rows(ws: Any, label: str, *, max_cells: int) -> list[tuple[int, list[str]]]:
    """The sheet's non-empty rows as text. The sheet's declared dimension is ignored (openpyxl
    would pad every row, and fill every gap, to it: ``A1:XFD1048576`` in a few bytes is
    seventeen billion cells), and the cells read are counted against a limit."""
    ws.reset_dimensions()
    rows, cells = [], 0
    for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        cells += len(row) or 1
        if cells > max_cells:
            raise InputError(
                f"the sheet holds more than {max_cells:,} cells (rows × columns)", path=label,
                hint="save the sheet as CSV and add that, or raise --max-mb",
            )  # fmt: skip
        texts = [_cell_text(value) for value in row]
        if any(text.strip() for text in texts):
            rows.append((number, texts))
    return rows


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _frame(
    numbered: list[tuple[int, list[str]]], label: str, header_line: int | None = None
) -> pd.DataFrame:
    """The table of the non-empty ``numbered`` rows (each with its line in the file)."""
    if header_line is not None:
        numbered = [row for row in numbered if row[0] >= header_line]
        if not numbered or numbered[0][0] != header_line:
            raise InputError(f"--header-line {header_line}: that line is blank or past the end",
                             path=label, line=header_line)  # fmt: skip
    if len(numbered) < 2:
        raise InputError("the table needs a header row and at least one data row", path=label)
    header = [cell.strip() for cell in numbered[0][1]]
    refuse_wide(label, len(header), line=numbered[0][0])
    rows = [row for _, row in numbered]
    while (
        header
        and header[-1] == ""
        and all(len(r) < len(header) or not r[len(header) - 1] for r in rows[1:])
    ):
        header.pop()  # a trailing delimiter on every line (the ECB's CSV) is no column
    if header_line is None:
        _check_title_block(numbered, header, label)
    _check_header(header, label, numbered[0][0])
    width = len(header)
    body, notes = _notes_below(numbered[1:], width)
    for number, row in body:
        extra = [cell for cell in row[width:] if cell.strip()]
        if extra:
            raise InputError(
                f"row has {len(row)} cells, the header {width}", path=label, line=number
            )
    cells = [(row + [""] * width)[:width] for _, row in body]
    frame = pd.DataFrame(cells, columns=header, dtype=object)
    frame.index = pd.Index([number for number, _ in body])  # each row's line in the file
    frame.attrs["notes"] = notes
    return frame


def _filled(row: Sequence[str]) -> int:
    return sum(1 for cell in row if cell.strip())


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _span(row: Sequence[str]) -> int:
    """The lines a CSV row takes: one, and one more for each line break inside a quoted cell
    (in a workbook, one row at most seems longer: a blank line is then not seen, never
    invented)."""
    return 1 + sum(len(_LINE_BREAK.findall(cell)) for cell in row)


#: At most this many lines below a table are read as its notes.
_MAX_NOTES = 200


def _notes_below(
    rows: list[tuple[int, list[str]]], width: int
) -> tuple[list[tuple[int, list[str]]], tuple[str, ...]]:
    """The rows of the table, and the notes below it, in words. Notes are the lines after the
    last blank line when each fills at most half of the columns (``Data from database: …``,
    UNdata's ``footnoteSeqID,Footnote`` block); a table of fewer than three columns has none."""
    if width < 3:
        return rows, ()
    gaps = [  # a blank line between two rows (the cheap test first), found once
        i for i in range(1, len(rows)) if rows[i][0] > rows[i - 1][0] + 1
        and rows[i][0] > rows[i - 1][0] + _span(rows[i - 1][1])
    ]  # fmt: skip
    end = len(rows)  # rows[end:] are notes; blocks are peeled off from the bottom
    for gap in reversed(gaps):
        block = rows[gap:end]
        if len(rows) - gap > _MAX_NOTES or any(_filled(r) > width // 2 for _, r in block):
            break
        end = gap
    notes = rows[end:]
    rows = rows[:end]
    if not notes:
        return rows, ()
    first = next(cell for cell in notes[0][1] if cell.strip()).strip()
    return rows, (
        f"{len(notes)} line(s) below the table, after a blank line, not read as rows (lines "
        f"{notes[0][0]}–{notes[-1][0]}, starting {shown(first[:40])!r})",
    )


def _check_title_block(
    numbered: list[tuple[int, list[str]]], header: Sequence[str], label: str
) -> None:
    """A first line narrower than the table (a title, "Data Source", "Last Updated") is no
    header: name the line that looks like one, so the user can give ``--header-line``."""
    widest = max(_filled(row) for _, row in numbered[:100])
    if "" not in header and all(_filled(row) <= len(header) for _, row in numbered[1:]):
        return
    if _filled(header) > widest // 2:  # one row a cell too long is a ragged row, not a title
        return
    # the table's rows are the most common row length; its header, the first row of that
    # length that is filled as far as any (a title line may hold commas, and so cells)
    sizes = Counter(len(row) for _, row in numbered)
    size = max(sizes, key=lambda n: (sizes[n], n))
    full = max(_filled(row) for _, row in numbered if len(row) == size)
    line = next(n for n, row in numbered if len(row) == size and _filled(row) == full)
    raise InputError(
        f"line {numbered[0][0]} ({shown(' '.join(c.strip() for c in header if c.strip())[:60])!r})"
        f" looks like a title, not the header: the table's rows have {size} cells, the first "
        f"full one on line {line}",
        path=label, line=numbered[0][0],
        hint=f"give --header-line {line} if that line holds the column names (the line numbers "
        "count blank lines; a header of two merged rows needs one row of names)",
    )  # fmt: skip


def _check_header(header: Sequence[str], label: str, line: int = 1) -> None:
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputError(f"column {position} has no name in the header row", path=label,
                             line=line)  # fmt: skip
        control = _CONTROL.search(name)
        if control:
            raise InputError(f"column {position}'s name holds a control character "
                             f"({control.group()!r})", path=label, line=line)  # fmt: skip
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise InputError(f"column {name!r} appears twice in the header", path=label,
                             line=line)  # fmt: skip
        seen.add(name)
