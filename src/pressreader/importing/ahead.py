"""A long text's paragraphs read ahead, in a second process, while this one finds its quotes.

A paragraph's figures follow from that paragraph alone, and so do the speech verbs and the
sentences its quotes' reading starts with; the quotes themselves follow from the paragraphs
before it too (the speakers named so far). So on a machine with a core to spare, a forked
child does the first kind of work for every paragraph, in order, and sends it back in
batches, while this process finds the quotes, taking each paragraph's share when it comes to
it. The child is never more than a batch and a pipe's buffer ahead, so what is in flight
stays small whatever the text's length.

Other work the import needs only after the paragraphs (the hash of the source's text) can go
with them (`Aside`): the child does it once it has sent the last batch, and this process takes
its answer with that batch, else does it itself.

Work this process would otherwise do for a paragraph can go with it too (`spare`), but only
while the child is ahead: this process counts the paragraphs it has taken in memory the two
share, and the child does the spare work of a paragraph only when it is more than `LEAD`
paragraphs ahead of that count. So whichever process has time to spare does it, on a quiet
machine or a busy one, and this one never waits for the child to do more than its share.

The result is the same either way: anything that goes wrong in the child (it dies, is
killed, sends less than it should) makes this process do the work of the paragraphs still
to come itself. The child is forked only from a process with no other thread (a thread could
hold a lock the child would wait on for ever: the reader's and a test runner's processes
never fork one), only for a text long enough to pay for the fork, only while a core is idle,
and never in a worker of a folder's import, whose cores are already busy.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterator, Sequence
    from mmap import mmap
    from typing import BinaryIO

T = TypeVar("T")

# Below this many characters, forking (a few milliseconds for the importer's memory) costs
# about what finding the figures does.
AHEAD_CHARACTERS = 256 * 1024
BATCH = 64  # the most paragraphs' results sent at a time
# How far ahead of this process the child must be to do a paragraph's spare work: more than a
# batch, so that this process always has paragraphs in hand while the child does it.
LEAD = 2 * BATCH
_LENGTH = 4  # bytes of a batch's length, before it
# The idle cores (`idle_cores`) a long text needs to be read ahead: half a core or more.
SPARE = 0.5
# SIGKILL's number, the same on every system with `fork` (POSIX): the `signal` module is not
# imported in this process for it (a millisecond and a half of the import's start).
_SIGKILL = 9

# False in a process that is one of several importing at once (a folder's workers), and
# while `alone` holds (`import -j 1`).
allowed = True


@contextlib.contextmanager
def alone(when: bool = True) -> Iterator[None]:
    """While it holds (when `when`), no second process reads ahead: all is done here."""
    global allowed
    before = allowed
    allowed = allowed and not when
    try:
        yield
    finally:
        allowed = before


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def worth_it(paragraphs: Sequence[str]) -> bool:
    """Whether `paragraphs` are best read ahead by a second process."""
    if not allowed or not hasattr(os, "fork"):
        return False
    total = 0
    for paragraph in paragraphs:
        total += len(paragraph)
        if total >= AHEAD_CHARACTERS:
            return one_thread() and cores() >= 2 and idle_cores() >= SPARE
    return False


def one_thread() -> bool:
    """Whether this process runs no thread but its main one. (A process that never imported
    `threading` started none: it is not imported for the question, a millisecond of the
    import's start.)"""
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def idle_cores() -> float:
    """About how many cores are idle now: those this process may run on, less the other
    processes running or ready to run. A child on a busy machine would only take its turn on
    the same cores, at the cost of forking and sending its work back."""
    others = _others_running()
    if others is None:
        # The load averaged over the last minute: it lags, and counts this command's own
        # runs of that minute too (a second long import right after a first would not read
        # ahead on a machine otherwise idle), so it is asked only where the count of now is
        # not to be had.
        try:
            others = os.getloadavg()[0]
        except (AttributeError, OSError):
            others = 0.0  # (unknown: as if idle)
    return cores() - others


# Linux's count of the processes running or ready to run at this moment, this one among them:
# the numerator of the fourth field (`0.52 0.58 0.59 1/467 12345`).
RUN_QUEUE = "/proc/loadavg"


def _others_running() -> float | None:
    """The processes other than this one running or ready to run now, None where the system
    does not say."""
    try:
        with open(RUN_QUEUE, "rb") as file:
            fields = file.read(256).split()
        running = int(fields[3].partition(b"/")[0])
    except (OSError, IndexError, ValueError):
        return None
    return float(max(running - 1, 0))


class Aside(Generic[T]):
    """Work done once, by the read-ahead child after the paragraphs when there is one (its
    answer sent back with `marshal`, as theirs), else here when its `result` is first asked."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self._result: tuple[T] | None = None

    def result(self) -> T:
        if self._result is None:
            self._result = (self.work(),)
        return self._result[0]

    def give(self, result: T) -> None:
        """The answer the child sent."""
        self._result = (result,)


def each(
    paragraphs: Sequence[str],
    find: Callable[[str], T],
    fork: bool,
    aside: Aside[Any] | None = None,
    spare: Callable[[str, T], T] | None = None,
) -> Generator[T, None, None]:
    """`find(paragraph)` of each paragraph, in order: found by a child forked now when `fork`
    (the caller asks `worth_it`), else here. Closing the iterator early ends the child. What
    `find` gives is sent back with `marshal` (built-in types only: tuples, lists, strings,
    numbers, None; the child stops at anything else, and this process finds the rest). The
    child does the work `aside` too, after the paragraphs. `spare(paragraph, found)`: what
    the child gives instead of `found` while it is ahead of this process (`LEAD`), work the
    caller does itself for a paragraph it has not (the same result either way)."""
    if not fork:
        return _each(paragraphs, find, None, aside, None)
    import mmap

    # The paragraphs this process has taken, which the child reads (memory shared by both,
    # anonymous: nothing on disk).
    taken = mmap.mmap(-1, 8) if spare is not None else None
    # Forked at once, not at the first `next`: the child works while the caller prepares.
    child = _Child.start(paragraphs, find, aside, spare, taken)
    return _each(paragraphs, find, child, aside, taken)


def _each(
    paragraphs: Sequence[str],
    find: Callable[[str], T],
    child: _Child | None,
    aside: Aside[Any] | None,
    taken: mmap | None,
) -> Generator[T, None, None]:
    done = 0
    try:
        if child is not None:
            try:
                for batch in child.batches():
                    if aside is not None and done + len(batch) == len(paragraphs):
                        # (the last batch: the aside's answer follows it, done while this
                        # process read the batches before, so it is taken now, before the
                        # caller is done and ends the child)
                        child.take(aside)
                    for found in batch:
                        done += 1
                        if taken is not None:
                            taken[:8] = done.to_bytes(8, "little")
                        yield found
            finally:
                child.end()
        for paragraph in paragraphs[done:]:  # the rest, when the child failed (or never began)
            yield find(paragraph)
    finally:
        if taken is not None:
            taken.close()


class _Child:
    """The forked process and the read end of its pipe."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self._pid = pid
        self._reader = os.fdopen(read_fd, "rb", buffering=1 << 16)

    @classmethod
    def start(
        cls,
        paragraphs: Sequence[str],
        find: Callable[[str], T],
        aside: Aside[Any] | None = None,
        spare: Callable[[str, T], T] | None = None,
        taken: mmap | None = None,
    ) -> _Child | None:
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: never returns, whatever happens
            try:
                os.close(read_fd)
                _serve(write_fd, paragraphs, find, aside, spare, taken)
            finally:
                os._exit(0)
        os.close(write_fd)
        return cls(pid, read_fd)

    def batches(self) -> Generator[list[Any], None, None]:
        """The batches sent, until the child ends (having sent all, or failed)."""
        while (batch := self._message()) is not None:
            yield batch

    def take(self, aside: Aside[Any]) -> None:
        """The answer of `aside`, the message after the last batch, given to it when the child
        sent it (else `aside` does its work here when asked)."""
        answer = self._message()
        if type(answer) is tuple and len(answer) == 1:
            aside.give(answer[0])

    def _message(self) -> Any:
        """The next message the child sent, None when there is none (it ended, or failed)."""
        reader = self._reader
        head = reader.read(_LENGTH)
        if len(head) < _LENGTH:
            return None
        size = int.from_bytes(head, "little")
        body = reader.read(size)
        if len(body) < size:
            return None
        try:
            # The child's own bytes, through a pipe only it and this process hold.
            return marshal.loads(body)
        except Exception:  # any failure: this process finds the rest
            return None

    def end(self) -> None:
        """The pipe closed and the child ended and reaped (it may still be working, when the
        annotating stopped early)."""
        self._reader.close()
        with contextlib.suppress(OSError):
            os.kill(self._pid, _SIGKILL)  # done or not, it has nothing left to give
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._pid, 0)


def _serve(
    write_fd: int,
    paragraphs: Sequence[str],
    find: Callable[[str], T],
    aside: Aside[Any] | None,
    spare: Callable[[str, T], T] | None = None,
    taken: mmap | None = None,
) -> None:
    """The child's work: `find` of every paragraph, in batches (with `spare` of those it is
    `LEAD` paragraphs ahead of the parent for, by the count `taken`), then the work `aside`
    (its answer sent in a tuple of one), then leave at once (no clean-up of the parent's
    objects, no buffered output of the parent's written twice)."""
    try:
        import signal

        # Ctrl+C reaches the whole foreground group: the parent says what happened.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        with os.fdopen(write_fd, "wb", buffering=1 << 16) as out:
            first, size = 0, 1  # the first batches small: the parent waits for them
            while first < len(paragraphs):
                batch = []
                for number in range(first, min(first + size, len(paragraphs))):
                    paragraph = paragraphs[number]
                    found = find(paragraph)
                    # (a count read while the parent writes it may be torn: it decides only
                    # whether the spare work is done here, never what is found)
                    if (
                        spare is not None
                        and taken is not None
                        and number - int.from_bytes(taken[:8], "little") > LEAD
                    ):
                        found = spare(paragraph, found)
                    batch.append(found)
                first, size = first + size, min(2 * size, BATCH)
                _send(out, batch)
            if aside is not None:
                _send(out, (aside.work(),))
    except BaseException:  # a closed pipe or any fault: the parent goes on
        pass
    finally:
        os._exit(0)


def _send(out: BinaryIO, message: Any) -> None:
    body = marshal.dumps(message)
    out.write(len(body).to_bytes(_LENGTH, "little"))
    out.write(body)
    out.flush()
