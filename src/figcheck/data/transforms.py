"""Built-in reshapings that turn a publisher's download into a snapshot's CSV (pure: bytes in, out).

A dataset's resource names one in ``"transform"``, either as a bare name or as an object with the
name and its options (figcheck's extension, documented in ``docs/extensions.md``)::

    "transform": "unzip"
    "transform": {"name": "csv-rows", "skipRows": 2, "keepRowsMatching": {"year": "\\\\d{4}"}}

Every transform only reshapes: cell text is copied as printed (no number is re-formatted), rows
and columns are dropped or renamed, nothing is computed. Nothing from a download is executed.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from figcheck.errors import FigcheckError

__all__ = ["TRANSFORMS", "TransformError", "apply_transform", "transform_name"]


class TransformError(FigcheckError, ValueError):
    """A download does not have the shape its transform expects (or the transform is unknown)."""


@dataclass(frozen=True)
class Context:
    """What a transform may know besides the bytes: the schema's column names and a size cap."""

    field_names: Sequence[str]
    max_bytes: int


Transform = Callable[[bytes, Mapping[str, Any], Context], bytes]


def transform_name(spec: Any) -> str | None:
    """The transform's name from a resource's ``transform`` value (``None``: as downloaded)."""
    if spec is None:
        return None
    if isinstance(spec, str):
        return spec
    if isinstance(spec, Mapping) and isinstance(spec.get("name"), str):
        return str(spec["name"])
    raise TransformError(
        f"'transform' must be a name or an object with a 'name', not {spec!r}",
        choices=sorted(TRANSFORMS),
    )


def apply_transform(spec: Any, body: bytes, *, field_names: Sequence[str], max_bytes: int) -> bytes:
    """Reshape ``body`` as ``spec`` says; without a transform the body is the snapshot."""
    name = transform_name(spec)
    if name is None or name == "none":
        return body
    function = TRANSFORMS.get(name)
    if function is None:
        raise TransformError(f"unknown transform {name!r}", choices=sorted(TRANSFORMS))
    options: Mapping[str, Any] = spec if isinstance(spec, Mapping) else {}
    return function(body, options, Context(tuple(field_names), max_bytes))


def unzip(body: bytes, options: Mapping[str, Any], context: Context) -> bytes:
    """The one CSV member of a zip archive (or the member named by ``member``), unchanged.

    Used for the ECB's ``eurofxref-hist.zip``. The uncompressed size is capped like a download.
    """
    return _zip_member(body, options.get("member"), context.max_bytes, lambda n: n.endswith(".csv"))


def world_bank_wide(body: bytes, options: Mapping[str, Any], context: Context) -> bytes:
    """The World Bank's bulk CSV (one column per year) as long rows: name, code, year, value.

    Accepts the API's zip (``API_<indicator>_DS2_….csv`` inside, beside metadata files) or the
    CSV itself; skips the preamble (``"Data Source",…``, ``"Last Updated Date",…``) up to the
    header row that starts with ``Country Name``; drops the indicator columns and empty cells.
    Output columns are the schema's four fields, rows ordered by country then year.
    """
    if body[:2] == b"PK":
        body = _zip_member(body, options.get("member"), context.max_bytes, _is_wb_data)
    lines = _decode(body).splitlines()
    start = next(
        (i for i, line in enumerate(lines) if line.lstrip('"').startswith("Country Name")), None
    )
    if start is None:
        raise TransformError("no header row starting with 'Country Name' (not a World Bank CSV?)")
    rows = list(csv.reader(lines[start:]))
    header = [cell.strip() for cell in rows[0]]
    years = [(i, cell) for i, cell in enumerate(header) if re.fullmatch(r"\d{4}", cell)]
    if "Country Code" not in header or not years:
        raise TransformError(
            "the World Bank header needs 'Country Name', 'Country Code' and year columns",
            hint=f"found {', '.join(header[:6])}…",
        )
    names = _output_names(options, context, 4)
    name_at, code_at = header.index("Country Name"), header.index("Country Code")
    out = []
    for row in rows[1:]:
        if len(row) <= code_at:
            continue
        for i, year in years:
            cell = row[i].strip() if i < len(row) else ""
            if cell:
                out.append((row[name_at], row[code_at], year, cell))
    out.sort(key=lambda item: (item[0], item[2]))
    return _csv_bytes(names, out)


def csv_rows(body: bytes, options: Mapping[str, Any], context: Context) -> bytes:
    """A CSV with notes around its table: skip ``skipRows`` header rows, name the columns by
    position (``columns``, default the schema's fields), keep only rows whose cells match
    ``keepRowsMatching`` ({column: regex}, whole cell). Used for tables published with a
    two-row header and notes below them (diegovalle/new.crimenmexico's INEGI/SESNSP table).
    """
    skip = options.get("skipRows", 0)
    if not isinstance(skip, int) or skip < 0:
        raise TransformError(f"skipRows must be a whole number ≥ 0, not {skip!r}")
    names = _output_names(options, context, None)
    patterns = {
        str(column): re.compile(str(pattern))
        for column, pattern in (options.get("keepRowsMatching") or {}).items()
    }
    unknown = [column for column in patterns if column not in names]
    if unknown:
        raise TransformError(f"keepRowsMatching names unknown column(s) {unknown}", choices=names)
    rows = list(csv.reader(io.StringIO(_decode(body))))[skip:]
    out = []
    for row in rows:
        cells = (row + [""] * len(names))[: len(names)]
        record = dict(zip(names, cells, strict=True))
        if all(pattern.fullmatch(record[column]) for column, pattern in patterns.items()):
            out.append(tuple(cells))
    if not out:
        raise TransformError("no row is left after skipRows and keepRowsMatching")
    return _csv_bytes(names, out)


def table(body: bytes, options: Mapping[str, Any], context: Context) -> bytes:
    """The recipe ``figcheck datasets add`` recorded (Excel sheet, ``where`` cuts, a unit
    column from a unit map), re-applied to a fresh download: ``figcheck.data.recipe``."""
    from figcheck.data.recipe import apply_recipe

    return apply_recipe(body, options, list(context.field_names), context.max_bytes)


TRANSFORMS: dict[str, Transform] = {
    "none": lambda body, options, context: body,
    "unzip": unzip,
    "world-bank-wide": world_bank_wide,
    "csv-rows": csv_rows,
    "table": table,
}


def _is_wb_data(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return base.startswith("API_") and base.endswith(".csv")


def _zip_member(body: bytes, member: Any, max_bytes: int, wanted: Callable[[str], bool]) -> bytes:
    try:
        archive = zipfile.ZipFile(io.BytesIO(body))
    except zipfile.BadZipFile as exc:
        raise TransformError(f"not a readable zip archive: {exc}") from exc
    with archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        chosen = [str(member)] if member else [name for name in names if wanted(name)]
        if len(chosen) != 1 or chosen[0] not in names:
            raise TransformError(
                f"expected one data file in the zip, found {len(chosen)}",
                choices=names,
                hint="name it with the transform option 'member'",
            )
        info = archive.getinfo(chosen[0])
        if info.file_size > max_bytes:
            raise TransformError(
                f"{chosen[0]} unpacks to {info.file_size:,} bytes, over the limit of {max_bytes:,}"
            )
        with archive.open(info) as handle:
            data = handle.read(max_bytes + 1)  # the header's size may lie; the read cannot
        if len(data) > max_bytes:
            raise TransformError(f"{chosen[0]} unpacks to more than {max_bytes:,} bytes")
        return data


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TransformError(
            f"the download is not UTF-8 (byte {exc.start}: {body[exc.start : exc.start + 1]!r})"
        ) from exc


def _output_names(options: Mapping[str, Any], context: Context, count: int | None) -> list[str]:
    names = [str(name) for name in options.get("columns") or context.field_names]
    if count is not None and len(names) != count:
        raise TransformError(f"this transform writes {count} columns; the schema names {names}")
    return names


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
