"""The worker processes of `pressreader index` end when their parent dies, even by kill -9."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from tests.search.conftest import article

# Generous: a worker notices its parent's death at once (Linux) or within a second.
GONE_WITHIN_S = 30.0


def _children(pid: int) -> list[int]:
    """The live processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError):
            stat = Path(f"/proc/{entry}/stat").read_text()
            # The command name may hold spaces: the fields after it start past its ')'.
            state, parent = stat.rsplit(")", 1)[1].split()[:2]
            if int(parent) == pid and state != "Z":
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find workers")
def test_workers_end_when_the_index_command_is_killed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    words = " ".join(f"word{n}" for n in range(300))
    text = yaml.safe_dump(article("Article", [words] * 8), width=1000)
    for number in range(3000):
        (lib / f"a{number:04}.yaml").write_text(text.replace("Article", f"A{number}", 1))
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    index = str(tmp_path / "i.sqlite")
    parent = subprocess.Popen(
        [sys.executable, "-m", "pressreader", "index", "--index", index, str(lib)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        # Wait for the workers (the command has not finished: it holds 3,000 files).
        deadline = time.monotonic() + 120
        while len(workers) < 2 and parent.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(parent.pid)
        assert parent.poll() is None, "the index was built before its workers were seen"
        assert workers, "no worker process started"
        time.sleep(0.5)  # let them get busy
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + GONE_WITHIN_S
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in workers if _alive(pid)] == []
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in workers:  # processes this test started, if the fix failed
            with contextlib.suppress(OSError):
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_a_worker_whose_parent_is_already_gone_ends(platform: str) -> None:
    """Both ways of noticing: prctl on Linux, watching the parent's pid elsewhere. The
    parent given is not the process's parent, as after the parent died and the worker was
    handed to another process."""
    code = (
        "import sys, time\n"
        f"sys.platform = {platform!r}\n"
        "from pressreader.index import build\n"
        "build._end_with_parent(-1)\n"
        "time.sleep(120)\n"
        "sys.exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], timeout=GONE_WITHIN_S, check=False)
    assert result.returncode == 1


def test_workers_read_ahead_of_the_writer_by_a_few_chunks_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Records the writer has not taken yet wait in memory: the workers are given a few
    # chunks ahead, never the whole library at once.
    from concurrent.futures import ProcessPoolExecutor

    from pressreader.index import build

    lib = tmp_path / "lib"
    lib.mkdir()
    jobs = []
    for number in range(400):
        path = lib / f"a{number:03}.yaml"
        path.write_text(yaml.safe_dump(article(f"A{number}", ["Some words."])))
        jobs.append((str(path), 1 << 20, path.stat().st_size))
    given: list[int] = []
    submit = ProcessPoolExecutor.submit

    def counted(self: ProcessPoolExecutor, *args: object, **kwargs: object) -> object:
        given.append(1)
        return submit(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ProcessPoolExecutor, "submit", counted)
    records = build._in_workers(jobs, 2)
    first = next(records)
    assert len(given) <= 2 * 4 + 1  # two workers, four chunks each, one more as one is taken
    rest = list(records)
    titles = [record[2][0][0][2] for record in [first, *rest]]  # in order, every one
    assert titles == [f"A{n}" for n in range(400)]
