"""Fixtures for every test: each one keeps its config, data and cache in its own folders.

The tests run in parallel (pytest-xdist), so nothing may be shared between them: not the
user's files, and not each other's reading-state store or search index.
"""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Compiled bytecode is kept and shared, whatever the environment says
# (PYTHONDONTWRITEBYTECODE): otherwise every xdist worker, and every interpreter a test starts,
# compiles each module it imports and rewrites each test module's asserts again, from source;
# on a clean clone that was a tenth of the suite's CPU. Set before any test module is imported and
# before the workers are started (they inherit the environment), so they are cached too.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Garbage collection took a third of the suite's CPU: each Pilot test leaves a whole app of
# cyclic garbage, and the default thresholds walked the growing heap every 70,000 allocations.
# Collecting the young generation less often, and never re-walking what was loaded before the
# first test (frozen below), costs each worker some memory (about 60 MB more) for that third.
gc.set_threshold(10_000, 100, 100)


# Pilot, after each key it presses and in each `pause()`, waits for the app to go idle in steps
# of `textual._wait.SLEEP_GRANULARITY` (20 ms): a step in which the process used under a
# twentieth of it in CPU ends the wait. With 20 ms steps, these waits were about 45% of every
# worker's time (each key at least two steps). Steps of 10 ms keep the same test, a twentieth of
# the step, at half the wait. Shorter steps are read as idle when a loaded machine merely did
# not run the process for one: 5 ms failed tests that waited on a resize or a footer under
# eight workers. What a test needs beyond "idle" it waits for by its condition
# (tests/tui/helpers.py `wait_until`). tests/tui/test_compat.py fails when Textual renames these.
IDLE_STEP = 0.01


def _shorter_idle_steps() -> None:
    try:
        import textual._wait as wait
    except ImportError:  # (tests/tui/test_compat.py says so)
        return
    if hasattr(wait, "SLEEP_GRANULARITY") and hasattr(wait, "SLEEP_IDLE"):
        wait.SLEEP_GRANULARITY = IDLE_STEP
        wait.SLEEP_IDLE = IDLE_STEP / 20


_shorter_idle_steps()


# Workers for `-n auto` (set in pyproject.toml): four a core. A Textual test spends most of its
# time waiting on timers and repaints, so one worker a core leaves the cores idle; on the 2-core
# development machine eight workers took 0.74-0.86x the time of four on clean clones, and twelve
# took longer than eight in the one run tried (docs/PERFORMANCE.md, "Test suite").
# PYTEST_XDIST_AUTO_NUM_WORKERS still says otherwise, as pytest-xdist documents.
WORKERS_PER_CORE = 4
MAX_WORKERS = 32


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist's own hook reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(MAX_WORKERS, WORKERS_PER_CORE * (cores or 1))


def pytest_configure(config: pytest.Config) -> None:
    _rewrite_test_modules_once(config)


def _rewrite_test_modules_once(config: pytest.Config) -> None:
    """Rewrite the asserts of cold test modules once, before the workers start.

    Each xdist worker collects every test module, and pytest rewrites a module's asserts and
    caches the result on first import; workers started together all find the cache cold, so on
    a clean clone each of the eight rewrote every module (1.5 s of CPU a worker, 12 s in all).
    Two collecting processes, each with half the cold modules, write the cache first (about 2 s
    of CPU); the workers then read it."""
    workers = getattr(config.option, "numprocesses", None)
    if hasattr(config, "workerinput") or not isinstance(workers, int) or workers < 3:
        return
    cold = [path for path in sorted(Path(__file__).parent.rglob("test_*.py")) if not _cached(path)]
    if len(cold) < 2 * workers:
        return  # (a warm checkout, or a few edited modules: the workers' own rewrite is cheaper)
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0"]
    command += ["-p", "no:cacheprovider", "--rootdir", str(config.rootpath)]
    children = [
        subprocess.Popen(
            [*command, *map(str, half)],
            cwd=config.rootpath,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for half in (cold[0::2], cold[1::2])
    ]
    for child in children:
        try:
            child.wait(timeout=300)  # (a failure is the workers' to report, when they collect)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _cached(module: Path) -> bool:
    """Whether pytest's rewritten bytecode of `module` is there and newer than its source."""
    source = module.stat().st_mtime
    return any(
        cached.stat().st_mtime >= source
        for cached in (module.parent / "__pycache__").glob(f"{module.stem}.*-pytest-*.pyc")
    )


def pytest_collection_finish(session: pytest.Session) -> None:
    """Freeze what the imports and the collection made: it lives until the end."""
    gc.collect()
    gc.freeze()


# Hypothesis fails an example that takes over 200 ms by default: a timing in a pass/fail test,
# which a busy machine (the tests run in parallel) trips. Tests that set their own settings
# keep them; only the deadline's default changes.
settings.register_profile("pressreader", deadline=None)
settings.load_profile("pressreader")


def _new_folder(factory: pytest.TempPathFactory, prefix: str) -> Path:
    """A new folder of its own under the session's temporary folder, as `mktemp` makes, but
    named at random: `mktemp` numbers its folders by listing every folder made before it in
    the session (O(n) a test, O(n^2) a worker: about 2 ms a test by a worker's 500th)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=factory.getbasetemp()))


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pytest's `tmp_path` (a new empty folder for the test, kept after the session like
    pytest's), made without listing the folders made before it."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    return _new_folder(tmp_path_factory, f"{name}-")


@pytest.fixture(autouse=True)
def isolated_xdg(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's own config, data, cache and library out of every test (and of its
    children)."""
    base = _new_folder(tmp_path_factory, "xdg-")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        folder = base / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("PRESSREADER_LIBRARY", raising=False)
    return base
