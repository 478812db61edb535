"""Progress on the terminal: a rich progress bar for people, plain lines for CI and pipes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

__all__ = ["progress_lines"]

T = TypeVar("T")


@contextmanager
def progress_lines(
    items: Sequence[T], *, label: Callable[[T], str], interactive: bool | None = None
) -> Iterator[Iterator[T]]:
    """Iterate ``items`` with a progress bar on a terminal (rich), or with nothing extra.

    The caller prints each item's outcome itself (one plain line per item), so a log in CI reads
    the same as the terminal minus the bar. ``interactive`` defaults to "stderr is a terminal".
    """
    if interactive is None:
        interactive = sys.stderr.isatty()
    if not interactive or len(items) < 2:
        yield iter(items)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("refreshing", total=len(items))

        def walk() -> Iterator[T]:
            for item in items:
                bar.update(task, description=label(item))
                yield item
                bar.advance(task)

        yield walk()
