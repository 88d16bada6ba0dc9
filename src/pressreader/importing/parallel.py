"""Preparing many sources at once, in worker processes, with the results in the sources' order.

Preparing a source (reading, parsing, writing its YAML and loading that back) needs nothing
but the source, so a folder's sources are prepared on every core; what is decided across
sources (a file name taken, a text given twice, a source imported before) is decided after,
in one process and in the sources' order, so the results are those of one source after the
other. Given no number of workers, a few small files are prepared in this process (starting
workers would take longer than the work). At most two sources per worker are in flight, so
memory stays bounded. Standard input is read in this process, when its turn comes. A worker
that dies (the system ending it for lack of memory) does not lose a source: that one and the
rest are prepared here instead.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pressreader.importing import ahead
from pressreader.importing.ahead import cores, one_thread
from pressreader.importing.pipeline import (
    INTERNAL_FAULTS,
    Options,
    Prepared,
    internal_error,
    prepare,
    prepare_file,
)
from pressreader.importing.sources import SourceError

if TYPE_CHECKING:
    # Imported when workers are started: `concurrent.futures` (and the `logging` it loads)
    # would cost every import a few milliseconds of start-up.
    from concurrent.futures import Future

IN_FLIGHT = 2  # sources handed to each worker ahead of the one being read
# Starting the workers takes tens of milliseconds when forked, a few tenths of a second
# otherwise (each imports the importer: about the time it takes to import a megabyte of
# text); below this, one process is as quick.
PARALLEL_BYTES = 1024 * 1024


class Outcome(NamedTuple):
    """What preparing one source gave: the prepared article, or the error to say (and the
    warnings said before it)."""

    name: str
    prepared: Prepared | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def default_jobs(sources: Sequence[tuple[str, Path | None]]) -> int:
    """How many processes to prepare these sources with, given no `--jobs`: one per core
    when the files hold PARALLEL_BYTES or more together, else one."""
    total = 0
    for _, path in sources:
        if path is None:
            continue
        try:
            total += os.stat(path).st_size
        except OSError:
            continue  # said when the file is read
        if total >= PARALLEL_BYTES:
            return cores()
    return 1


def outcome(
    name: str, path: Path | None, options: Options, today: dt.date, read: Callable[[], bytes]
) -> Outcome:
    """One source prepared; `read` gives standard input's bytes (`path` None). Never raises
    for a source: its error is in the outcome."""
    try:
        if path is None:
            prepared = prepare(name, read(), options, today)
        else:
            prepared = prepare_file(name, path, options, today)
    except SourceError as error:
        return Outcome(name, error=str(error), warnings=error.warnings)
    except INTERNAL_FAULTS as error:
        return Outcome(name, error=internal_error(error))
    return Outcome(name, prepared, warnings=prepared.warnings)


def _no_input() -> bytes:
    raise SourceError("standard input is read by the main process")  # never a worker's


def _work(name: str, path: Path, options: Options, today: dt.date) -> Outcome:
    """A worker's task (a module-level function, so that it can be sent to a process)."""
    return outcome(name, path, options, today, _no_input)


def _start_worker() -> None:
    """Each worker's start: Ctrl+C (sent to the whole foreground group) ends it at once and
    quietly. The main process stops the import and says so by its status (130); a worker
    writes nothing, so there is nothing to finish, and its traceback was noise."""
    import signal

    signal.signal(signal.SIGINT, lambda _signal, _frame: os._exit(130))
    # The other workers keep the other cores busy: no worker forks a second process of its
    # own to find a long text's figures (`ahead`).
    ahead.allowed = False


def prepare_all(
    sources: Sequence[tuple[str, Path | None]],
    options: Options,
    today: dt.date,
    jobs: int,
    read: Callable[[], bytes],
) -> Iterator[Outcome]:
    """The outcome of each source, in order, prepared by up to `jobs` worker processes (one
    after the other, here, when `jobs` is 1 or there are fewer than two files)."""
    files = sum(path is not None for _, path in sources)
    jobs = min(jobs, files)
    if jobs <= 1:
        for name, path in sources:
            yield outcome(name, path, options, today, read)
        return
    import multiprocessing
    from concurrent.futures import BrokenExecutor, ProcessPoolExecutor

    # Forked workers start at once, with the importer already imported; but a process with
    # other threads (a test runner's) could hand a child a lock held for ever: then a fresh
    # process forks the workers (forkserver), or they start anew (spawn).
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and one_thread():
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["pressreader.importing.parallel"])  # imported once
    pending: deque[tuple[str, Path | None, Future[Outcome] | None]] = deque()
    broken = False
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker
    ) as pool:
        queue = iter(sources)

        def feed() -> None:
            nonlocal broken
            while len(pending) < jobs * (IN_FLIGHT + 1):
                item = next(queue, None)
                if item is None:
                    return
                name, path = item
                future: Future[Outcome] | None = None
                if path is not None and not broken:
                    try:
                        future = pool.submit(_work, name, path, options, today)
                    except (BrokenExecutor, RuntimeError):
                        broken = True
                pending.append((name, path, future))

        feed()
        while pending:
            name, path, future = pending.popleft()
            result: Outcome | None = None
            if future is not None:
                try:
                    result = future.result()
                except BrokenExecutor:
                    broken = True
            yield result or outcome(name, path, options, today, read)
            feed()
