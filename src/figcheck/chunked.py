"""Check a run with big claims tables a chunk at a time, streaming each chunk's results out.

A run whose tables hold more than :data:`CHUNK_ROWS` claims in one file is read and checked in
chunks of that many rows; each chunk's findings go to a :class:`~figcheck.pipeline.ResultSink`
(report.json's result lines or report.parquet's rows, written as they come) and are dropped, so
peak memory is set by the chunk, not the table. What a chunked run keeps for the whole table is
small: per claim an 8-byte hash of its id (ids must be unique across the run), its deviation and
its verdict (report.html's overview); the rest is counts.

The results are the same as a run in memory, in the same order (files as found, rows in file
order): a claim's finding depends only on its own row and the datasets. Desk files are small and
are checked together first, so a derivation can still name any claim of a desk file; claims of a
table checked in chunks cannot be named by a derivation's term (they are never all in memory).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from figcheck import __version__
from figcheck.data.catalog import Catalog
from figcheck.errors import InputError
from figcheck.inputs.desks import (
    TABLE_SOURCE_COLUMNS,
    load_desk,
    load_table_rows,
    read_csv_chunks,
    read_published,
)
from figcheck.limits import refuse_wide
from figcheck.model.claims import Desk, Source, concat_desks
from figcheck.pipeline import (
    CatalogAccess,
    Report,
    ResultSink,
    Settings,
    article_coverage,
    check_part,
    count_verdicts,
)
from figcheck.storage.regular import not_regular

__all__ = ["CHUNK_ROWS", "check_in_chunks", "needs_chunks"]

#: Claims checked at a time. 250k keeps a chunk's frames near 300 MB; bigger chunks gain
#: little (the engine groups by distinct key within a chunk, and keys repeat across chunks).
CHUNK_ROWS = 250_000
_TABLES = (".csv", ".parquet")


def needs_chunks(found: list[Path]) -> bool:
    """Whether any claims table may hold more than one chunk of claims."""
    return any(
        path.suffix.lower() in _TABLES and _rows_at_most(path) > CHUNK_ROWS for path in found
    )


def _rows_at_most(path: Path) -> int:
    """An upper bound of a table's rows, read cheaply: Parquet's footer, a CSV's line breaks.
    A file that cannot be read this way counts as small (loading it reports the problem), and
    so does one that is no regular file (mends30: a FIFO blocked here, /dev/zero was counted
    for ever, before loading could refuse them)."""
    if not_regular(path) is not None:
        return 0
    try:
        if path.suffix.lower() == ".parquet":
            return int(pq.ParquetFile(path).metadata.num_rows)
        lines = 0
        with path.open("rb") as data:
            while block := data.read(1 << 24):
                lines += block.count(b"\n")
        return lines + 1
    except (OSError, pa.ArrowException):
        return 0


@dataclass
class _Ledger:
    """Each claim's id hash and where it came from, to find a repeated id at the end."""

    hashes: list[np.ndarray]
    #: Per part: its first position in the run, and where its rows are (a table's file and
    #: the line of its first row, or the first row of the desk files' findings).
    parts: list[tuple[int, str, int]]

    def add(self, findings: pd.DataFrame, start: int, where: tuple[str, int]) -> None:
        ids = findings["id"].to_numpy(dtype=object)
        self.hashes.append(pd.util.hash_array(ids, categorize=False))
        self.parts.append((start, *where))

    def check(self, desk_findings: pd.DataFrame) -> None:
        """Raise :class:`InputError` at the second occurrence of a repeated id, as a run in
        memory does; a hash collision between different ids (re-read to confirm) is ignored."""
        if not self.hashes:
            return
        hashes = pd.Series(np.concatenate(self.hashes))
        repeated = np.flatnonzero(hashes.duplicated(keep="first").to_numpy())
        if not len(repeated):
            return
        first_of = hashes.drop_duplicates(keep="first")
        first_position = pd.Series(first_of.index.to_numpy(), index=first_of.to_numpy())
        for position in repeated:
            first = int(first_position[hashes.iloc[position]])
            claim_id, path, line = self._locate(int(position), desk_findings)
            first_id, first_path, first_line = self._locate(first, desk_findings)
            if claim_id == first_id:
                raise InputError(
                    f"claim id {claim_id!r} is used twice (first at {first_path}:{first_line})",
                    path=path,
                    line=line,
                    key="id",
                    hint="ids must be unique across all files of one run",
                )

    def _locate(self, position: int, desk_findings: pd.DataFrame) -> tuple[str, str, int]:
        starts = [start for start, _, _ in self.parts]
        start, path, first = self.parts[int(np.searchsorted(starts, position, side="right")) - 1]
        if not path:  # desk files: their findings are at hand
            row = desk_findings.iloc[first + position - start]
            return str(row["id"]), str(row["file"]), int(row["line"])
        line = first + position - start
        return _id_at(Path(path), line), path, line


def _id_at(path: Path, line: int) -> str:
    """The id in a table's row at ``line`` (an error path: the column is read again)."""
    if path.suffix.lower() == ".parquet":
        ids = pq.read_table(path, columns=["id"]).column("id")
        return str(ids[line - 1].as_py())
    frame = pd.read_csv(path, usecols=["id"], dtype=str, keep_default_na=False, encoding="utf-8")
    return str(frame["id"].iloc[line - 2])


def check_in_chunks(
    found: list[Path], catalog: Catalog, settings: Settings, sink: ResultSink
) -> Report:
    """Check the desk files and tables ``found``, chunk by chunk, into ``sink``."""
    sink.begin()
    access = CatalogAccess(catalog, settings.cache_dir)
    yaml_paths = [p for p in found if p.suffix.lower() not in _TABLES]
    yaml_desk = concat_desks([load_desk(p) for p in yaml_paths]) if yaml_paths else None
    yaml_hashes = dict(yaml_desk.inputs) if yaml_desk is not None else {}
    # Each desk file and table has one source; a table's is replaced when it is read.
    sources = [
        yaml_desk.sources[yaml_paths.index(p)] if yaml_desk and p in yaml_paths else Source(str(p))
        for p in found
    ]
    desk_findings = pd.DataFrame({"file": pd.Series(dtype=object)})
    if yaml_desk is not None:
        frame = yaml_desk.frame
        frame["source"] = [found.index(yaml_paths[int(i)]) for i in frame["source"]]
        yaml_desk.sources = sources
        desk_findings = check_part(yaml_desk, catalog, access).reset_index(drop=True)
    summary = _no_verdicts()
    inputs: list[tuple[str, str]] = []
    ledger = _Ledger([], [])
    position = 0
    now = settings.now or dt.datetime.now(dt.UTC)
    generated = now.strftime("%Y-%m-%dT%H:%M:%SZ")

    def emit(findings: pd.DataFrame, where: tuple[str, int], last: bool) -> None:
        nonlocal position
        findings = findings.reset_index(drop=True)
        for verdict, count in count_verdicts(findings).items():
            summary[verdict] += count
        ledger.add(findings, position, where)
        report = Report(__version__, generated, inputs, access.used(), findings, sources)
        sink.add(report, last=last)
        position += len(findings)

    desk_row = 0
    for index, path in enumerate(found):
        final = index == len(found) - 1
        if path in yaml_paths:
            count = int((desk_findings["file"] == str(path)).sum())
            if count:
                emit(desk_findings.iloc[desk_row : desk_row + count], ("", desk_row), final)
            desk_row += count
            inputs.append((str(path), yaml_hashes[str(path)]))
            continue
        inputs.append((str(path), _sha256(path)))
        for desk, more in _with_lookahead(_table_chunks(path)):
            sources[index] = desk.sources[0]
            desk.frame["source"] = index
            desk.sources = sources
            first_line = int(desk.frame["line"].iloc[0]) if len(desk.frame) else 0
            emit(check_part(desk, catalog, access), (str(path), first_line), final and not more)
    ledger.check(desk_findings)
    kept, spooled = sink.finish()
    return Report(
        version=__version__,
        generated=generated,
        inputs=inputs,
        datasets=access.used(),
        findings=kept,
        sources=sources,
        summary=summary,
        coverage=article_coverage(sources, desk_findings, settings.articles)
        if len(desk_findings)
        else [],
        spooled=spooled,
    )


T = TypeVar("T")


def _with_lookahead(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each item, and whether another one follows it."""
    iterator = iter(items)
    try:
        current = next(iterator)
    except StopIteration:
        return
    for following in iterator:
        yield current, True
        current = following
    yield current, False


def _no_verdicts() -> dict[str, int]:
    return count_verdicts(pd.DataFrame({"verdict": pd.Series(dtype=object)}))


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as data:
            return hashlib.file_digest(data, "sha256").hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", path=str(path)) from exc


def _table_chunks(path: Path) -> Iterator[Desk]:
    """The claims of one table, a chunk at a time (a table that fits one chunk is loaded as a
    whole, exactly as a run in memory loads it)."""
    if _rows_at_most(path) <= CHUNK_ROWS:
        yield load_desk(path)
        return
    first_line = 1 if path.suffix.lower() == ".parquet" else 2
    source: Source | None = None
    for table in _read_chunks(path):
        if source is None:
            source = _table_source(path, table, first_line)
        present = [c for c in TABLE_SOURCE_COLUMNS if c in table.columns]
        desk = load_table_rows(path, table.drop(columns=present), first_line)
        if source.published is not None:  # an empty as_of means the article's date
            desk.frame["as_of"] = desk.frame["as_of"].fillna(source.published)
        desk.sources = [source]
        first_line += len(table)
        yield desk
    if source is None:  # more lines than a chunk, none of them a row (blank lines)
        yield load_desk(path)


def _read_chunks(path: Path) -> Iterator[pd.DataFrame]:
    """A table's rows, :data:`CHUNK_ROWS` at a time (the first chunk a quarter of that, so that
    the results start being written sooner), read as a run in memory reads them."""
    chunks = _chunks_read(path)
    first = next(chunks, None)
    if first is None:
        return
    head = max(CHUNK_ROWS // 4, 1)
    if len(first) > head:
        yield first.iloc[:head]
        first = first.iloc[head:].reset_index(drop=True)
    yield first
    yield from chunks


def _chunks_read(path: Path) -> Iterator[pd.DataFrame]:
    if path.suffix.lower() == ".parquet":
        try:
            parquet = pq.ParquetFile(path)
            refuse_wide(str(path), len(parquet.schema_arrow.names))
            batches = parquet.iter_batches(batch_size=CHUNK_ROWS)
            for batch in batches:
                yield pa.Table.from_batches([batch]).to_pandas()
        except (OSError, pa.ArrowException) as exc:
            raise InputError(
                f"not a readable Parquet file: {str(exc).strip()}", path=str(path)
            ) from exc
        return
    yield from read_csv_chunks(path, CHUNK_ROWS)


def _table_source(path: Path, first: pd.DataFrame, first_line: int) -> Source:
    """A table's one source: the first non-empty cell of each ``source.*`` column, looked for
    in the rest of the table only when the first chunk has none (``first_line``: the line of
    the table's first row). ``source.published`` is read as a run in memory reads it."""
    found: dict[str, str | None] = {}
    for column in TABLE_SOURCE_COLUMNS:
        if column not in first.columns:
            found[column] = None
            continue
        values = first[column].dropna()
        if not len(values):
            values = _column(path, column).dropna()
        found[column] = str(values.iloc[0]) if len(values) else None
        if column == "source.published" and len(values):
            line = first_line + int(values.index[0])  # positions from the table's first row
            found[column] = read_published(str(values.iloc[0]), path, line)
    return Source(
        path=str(path),
        title=found["source.title"] or "",
        publisher=found["source.publisher"] or "",
        url=found["source.url"] or "",
        published=found["source.published"],
    )


def _column(path: Path, column: str) -> pd.Series:
    if path.suffix.lower() == ".parquet":
        values: pd.Series = pq.read_table(path, columns=[column]).column(column).to_pandas()
        return values
    frame = pd.read_csv(
        path, usecols=[column], dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8"
    )
    return frame[column]
