"""Read untrusted desk files safely: regular files only, a size limit, bounded YAML.

YAML is parsed by libyaml (PyYAML's C parser) where it is installed — a 20 MB desk in about a
second instead of a minute in pure Python — and composed into a node tree here, without
recursion, so nesting deeper than :data:`~figcheck.limits.MAX_YAML_DEPTH` is refused before
anything recursive (PyYAML's constructor) sees it. Only the core tags are allowed; a scalar a tag
cannot read (``!!int abc``) is an error at its line. Dates stay the text they were written as:
the desk reader checks them and names the key (PyYAML would raise a bare ``ValueError`` for
``2012-02-30``).
"""

from __future__ import annotations

import codecs
import gc
import itertools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from figcheck.errors import InputError
from figcheck.limits import MAX_DESK_BYTES, MAX_NUMBER_DIGITS, MAX_YAML_DEPTH, LimitError
from figcheck.storage.regular import NotRegular, TooLarge, read_regular
from figcheck.utf8 import first_bad_byte

__all__ = [
    "ALLOWED_TAGS",
    "clean_text",
    "clean_texts",
    "decode_utf8",
    "not_utf8",
    "paused_gc",
    "read_input",
    "read_yaml",
]

_CORE = "tag:yaml.org,2002:"
#: The YAML tags a desk may use (explicitly or implicitly); anything else is refused.
ALLOWED_TAGS = ("str", "int", "float", "bool", "null", "seq", "map")
_ALLOWED = frozenset(_CORE + name for name in ALLOWED_TAGS)
_TIMESTAMP = _CORE + "timestamp"

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_input(path: Path, what: str = "file") -> bytes:
    """The bytes of a desk, table or article (``what``); a FIFO, device or folder, or a file
    over the size limit, is an :class:`InputError` (opened without blocking, so a FIFO never
    hangs the run, and ``/dev/zero`` is never read without end)."""
    try:
        return read_regular(path, MAX_DESK_BYTES.value)
    except NotRegular as exc:
        desk = what == "file"
        raise InputError(
            f"{'' if desk else f'cannot read the {what}: '}not a regular file ({exc.kind})",
            path=str(path),
            hint="give a desk file (.yaml, .yml) or claims table (.csv, .parquet)"
            if desk else f"give the {what} as a text file",
        ) from None  # fmt: skip
    except TooLarge as exc:
        found = "more than that" if exc.size is None else f"{exc.size:,} bytes"
        raise LimitError(MAX_DESK_BYTES, found, path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the {what}: {exc.strerror}", path=str(path)) from exc


#: Byte-order marks of the encodings an editor or spreadsheet saves "Unicode text" in.
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"),
)  # fmt: skip
_BLOCK = 1 << 20


def not_utf8(path: Path, raw: bytes | None = None) -> InputError:
    """The error for a desk, table or article that is not UTF-8: the line and byte of the
    first byte that is not (read from ``path`` in blocks when ``raw`` is not given), or the
    encoding a byte-order mark names, with the command that converts it."""
    if raw is None:
        try:
            with path.open("rb") as handle:
                return _first_bad_byte(path, iter(lambda: handle.read(_BLOCK), b""))
        except OSError as exc:
            return InputError(f"cannot read the file: {exc.strerror}", path=str(path))
    return _first_bad_byte(path, [raw])


def _first_bad_byte(path: Path, blocks: Iterable[bytes]) -> InputError:
    blocks = iter(blocks)
    block = next(blocks, b"")
    for bom, name in _BOMS:
        if block.startswith(bom):
            return InputError(
                f"{name} text, not UTF-8 (it starts with a {name} byte-order mark)",
                path=str(path), line=1,
                hint=f"save it as UTF-8, e.g. iconv -f {name.lower()} -t utf-8",
            )  # fmt: skip
    bad = first_bad_byte(itertools.chain([block], blocks))
    if bad is None:  # the caller's decode failed, so this is not expected
        return InputError("not UTF-8 text", path=str(path))
    if bad.cut:
        return InputError(
            f"not UTF-8 text (it ends inside a character, byte {bad.offset:,})", path=str(path),
            line=bad.line, hint="the file was cut off, or is not UTF-8",
        )  # fmt: skip
    return InputError(
        f"not UTF-8 text (byte {bad.offset:,}: {bad.byte!r})", path=str(path), line=bad.line,
        hint="save it as UTF-8, e.g. iconv -f latin1 -t utf-8",
    )  # fmt: skip


def decode_utf8(raw: bytes, path: Path) -> str:
    """``raw`` as UTF-8 text; anything else is :func:`not_utf8`'s error."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise not_utf8(path, raw) from None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a desk's millions of small objects (nodes,
    marks, dicts) are built: each full collection walks all of them, so loading grew faster than
    the file (a 40,000-claim desk: 14.6 s CPU with it, 7.9 s without). Reference counting still
    frees everything; collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with each lone surrogate (``"\\ud800"`` in a YAML quote) replaced by U+FFFD:
    no UTF-8 writer, Arrow array or report can hold one."""
    return _SURROGATE.sub("\ufffd", text) if not text.isascii() else text


def clean_texts(values: np.ndarray) -> np.ndarray:
    """:func:`clean_text` over a column of texts (and missing values); one scan of the joined
    text finds that nothing needs cleaning, the usual case, without a per-row loop."""
    distinct = pd.unique(values)  # a column repeats itself: scan each text once
    texts = [v for v in distinct.tolist() if isinstance(v, str)]
    if not _SURROGATE.search("".join(texts)):
        return values
    return np.array([clean_text(v) if isinstance(v, str) else v for v in values], dtype=object)


class _DeskLoader(_Base):  # type: ignore[misc]
    """PyYAML's safe loader, with the constructors a desk may use (checked, see below)."""


def _refuse(loader: Any, node: yaml.Node) -> Any:
    shown = node.tag.replace(_CORE, "!!")
    raise ConstructorError(
        None, None,
        f"the YAML tag {shown} is not allowed in a desk; valid choices: "
        + ", ".join(f"!!{name}" for name in ALLOWED_TAGS),
        node.start_mark,
    )  # fmt: skip


def _checked(name: str) -> Any:
    construct = SafeConstructor.yaml_constructors[_CORE + name]

    def build(loader: Any, node: yaml.Node) -> Any:
        if isinstance(node.value, str) and len(node.value) > MAX_NUMBER_DIGITS.value:
            raise ConstructorError(
                None, None, f"a !!{name} of {len(node.value):,} characters is over the "
                f"{MAX_NUMBER_DIGITS.name} limit of {MAX_NUMBER_DIGITS.value}", node.start_mark,
            )  # fmt: skip
        try:
            return construct(loader, node)
        except (ValueError, TypeError, OverflowError) as exc:
            raise ConstructorError(
                None, None, f"{str(node.value)[:40]!r} is not a valid !!{name}", node.start_mark
            ) from exc

    return build


_DeskLoader.yaml_constructors = {
    **{tag: fn for tag, fn in SafeConstructor.yaml_constructors.items() if tag in _ALLOWED},
    _CORE + "int": _checked("int"),
    _CORE + "float": _checked("float"),
    # An unquoted date is kept as written; desks.py reads it and names the key if it is wrong.
    _TIMESTAMP: lambda loader, node: str(node.value),
    None: _refuse,
}
_DeskLoader.yaml_multi_constructors = {}


def read_yaml(path: Path, text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (with line marks) and the data of a one-document YAML text."""
    loader = _DeskLoader(text)
    try:
        try:
            node = _compose(loader, path)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except RecursionError as exc:  # merge keys (<<) chained through many anchors
        raise LimitError(
            MAX_YAML_DEPTH, "merge keys (<<) chained too deep", path=str(path)
        ) from exc
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, anywhere
        raise _bad_character(path, text, exc) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context
        if problem == "found unhashable key":  # PyYAML's words for ``? [a, b] : c``
            problem = "a key that is a list or a mapping: a key is a name (write it as text)"
        raise InputError(f"not valid YAML: {problem}", path=str(path), line=line) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", path=str(path)) from exc
    return node, data


#: The characters YAML 1.1 refuses in a stream (its ``c-printable`` is the rest).
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _bad_character(path: Path, text: str, exc: yaml.reader.ReaderError) -> InputError:
    """A NUL byte or control character, at its line and column (the parser's own words give a
    position in its buffer and a line break of their own)."""
    found = _NOT_PRINTABLE.search(text)
    if found is None:
        return InputError(f"not valid YAML: {exc.reason}", path=str(path))
    at = found.start()
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    code = ord(found[0])
    what = "a NUL byte (U+0000)" if code == 0 else f"the control character U+{code:04X}"
    return InputError(
        f"column {column}: {what} cannot be part of a YAML file", path=str(path), line=line,
        hint=f"remove it, or write the escape \\u{code:04X} inside double quotes if it is meant",
    )  # fmt: skip


def _explicit(event: Any) -> str | None:
    """An event's explicit tag, refused unless it is one of :data:`ALLOWED_TAGS`."""
    tag: str | None = event.tag
    if tag is not None and tag != "!" and tag not in _ALLOWED:
        _refuse(None, yaml.ScalarNode(tag, "", event.start_mark, event.end_mark))
    return tag


def _compose(loader: Any, path: Path) -> yaml.Node | None:
    """Build the node tree from parser events with an explicit stack (no recursion)."""
    loader.get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        return None
    loader.get_event()  # document start
    anchors: dict[str, yaml.Node] = {}
    stack: list[yaml.Node] = []
    keys: list[yaml.Node | None] = []  # per open mapping: its key waiting for a value
    root: yaml.Node | None = None
    while True:
        event = loader.get_event()
        start: Any = event.start_mark  # libyaml's marks have the same fields as PyYAML's
        end: Any = event.end_mark
        node: yaml.Node
        if isinstance(event, yaml.DocumentEndEvent):
            break
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            done = stack.pop()
            keys.pop()
            done.end_mark = end
            continue
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                raise yaml.composer.ComposerError(
                    None, None, f"found undefined alias {event.anchor!r}", start
                )
            node = anchors[event.anchor]
        elif isinstance(event, yaml.ScalarEvent):
            tag = _explicit(event)
            if tag is None or tag == "!":
                tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, start, end, style=event.style)
        else:
            sequence = isinstance(event, yaml.SequenceStartEvent)
            kind = yaml.SequenceNode if sequence else yaml.MappingNode
            tag = _explicit(event)
            if tag is None or tag == "!":
                tag = loader.resolve(kind, None, event.implicit)
            node = kind(tag, [], start, None, flow_style=event.flow_style)
        if getattr(event, "anchor", None) is not None and not isinstance(event, yaml.AliasEvent):
            anchors[event.anchor] = node
        if stack:
            parent = stack[-1]
            if isinstance(parent, yaml.SequenceNode):
                parent.value.append(node)
            elif keys[-1] is None:
                keys[-1] = node
            else:
                parent.value.append((keys[-1], node))
                keys[-1] = None
        else:
            root = node
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            stack.append(node)
            keys.append(None)
            if len(stack) > MAX_YAML_DEPTH.value:
                raise LimitError(
                    MAX_YAML_DEPTH,
                    f"lists and mappings nested deeper than {MAX_YAML_DEPTH.value}",
                    path=str(path),
                    line=start.line + 1,
                )
    if not loader.check_event(yaml.StreamEndEvent):
        event = loader.get_event()
        raise yaml.composer.ComposerError(
            "expected a single document in the stream", None,
            "but found another document", event.start_mark,
        )  # fmt: skip
    return root
