"""Where a start of pressreader spends its time before the first complete screen.

    python benchmarks/startup_phases.py [-n 5] [--expect TEXT...] [--phase module:Class.method...]
        -- [pressreader ARGS...]

Starts `pressreader ARGS` N times with Textual's headless driver (through
`benchmarks/first_paint.py`) and prints, as medians over the runs:

- the milestones of the start: when each timed function was first entered and how long it
  took in total (all calls, any thread), from the launch of the process;
- every screen update before the complete screen (a frame that is not complete is a paint
  the reader waits through);
- the import time of pressreader's own modules after Textual's (`python -X importtime`,
  best of the runs): their own code in all, and the largest cumulative ones.

The functions are wrapped as their modules are imported (an import hook), so the imports
themselves happen when the app would do them. A function that does not exist (the code
moved) is listed as missing, not an error. Defaults: the library scan, the article's load,
the screens' compose and mount, the panels' builds. Add others with `--phase`.

Without ARGS it opens the bundled sample article. Example for the long article:

    python benchmarks/startup_phases.py --expect "Synthetic article of" -- long-5000.yaml
"""

from __future__ import annotations

import argparse
import functools
import importlib.abc
import importlib.machinery
import inspect
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SAMPLE = ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml"

DEFAULT_PHASES = (
    "pressreader.commands.read:run",
    "pressreader.tui.app:PressReaderApp.__init__",
    "pressreader.tui.screens.library:LibraryScreen.compose",
    "pressreader.tui.screens.library:LibraryScreen.on_mount",
    "pressreader.tui.screens.library:LibraryScreen.load_rows",
    "pressreader.tui.screens.library:LibraryScreen._loaded",
    "pressreader.tui.app:PressReaderApp.library_loaded",
    "pressreader.tui.app:PressReaderApp.show_article",
    "pressreader.format.loader:load_file",
    "pressreader.tui.screens.article:ArticleScreen.compose",
    "pressreader.tui.screens.article:ArticleScreen.on_mount",
    "pressreader.tui.widgets.article_view:ArticleView.load_article",
    "pressreader.tui.widgets.panel_list:PanelList.render_lines",
    "pressreader.tui.screens.reading_keeper:ReadingKeeper.on_mount",
)

# -- in the measured process ------------------------------------------------------------------


class _Timings:
    def __init__(self, origin: float) -> None:
        self.origin = origin
        self.first: dict[str, float] = {}
        self.total: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def start() -> float:
            started = time.monotonic()
            self.first.setdefault(name, started - self.origin)
            return started

        def stop(started: float) -> None:
            self.total[name] = self.total.get(name, 0.0) + time.monotonic() - started
            self.calls[name] = self.calls.get(name, 0) + 1

        # functools.wraps keeps the signature visible (Textual counts a handler's parameters).
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                started = start()
                try:
                    return await function(*args, **kwargs)
                finally:
                    stop(started)

            return timed_async

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = start()
            try:
                return function(*args, **kwargs)
            finally:
                stop(started)

        return timed


def _apply(module: ModuleType, qualname: str, name: str, timings: _Timings) -> bool:
    owner: Any = module
    parts = qualname.split(".")
    for part in parts[:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return False
    function = getattr(owner, parts[-1], None)
    if function is None or not callable(function):
        return False
    setattr(owner, parts[-1], timings.wrap(name, function))
    return True


class _WrapOnImport(importlib.abc.MetaPathFinder):
    """Wraps the timed functions of a module right after the module has run."""

    def __init__(self, phases: dict[str, list[str]], timings: _Timings) -> None:
        self.phases = phases
        self.timings = timings
        self.applied: set[str] = set()

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.phases:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        exec_module = loader.exec_module
        finder = self

        def exec_and_wrap(module: ModuleType) -> None:
            exec_module(module)
            for qualname in finder.phases[fullname]:
                if _apply(module, qualname, f"{fullname}:{qualname}", finder.timings):
                    finder.applied.add(f"{fullname}:{qualname}")

        loader.exec_module = exec_and_wrap  # type: ignore[method-assign]
        return spec


def _child(options: argparse.Namespace) -> int:
    """Runs in the measured process: install the hooks, run the app, write the timings."""
    origin = float(os.environ["STARTUP_PHASES_ORIGIN"])
    timings = _Timings(origin)
    phases: dict[str, list[str]] = {}
    for item in options.phase:
        module, _, qualname = item.partition(":")
        phases.setdefault(module, []).append(qualname)
    finder = _WrapOnImport(phases, timings)
    sys.meta_path.insert(0, finder)
    sys.path.insert(0, str(BENCH_DIR))
    import first_paint

    report = Path(options.child_report)
    first_paint.install_hook(
        options.expect,
        report,
        headless=True,
        size=(120, 36),
        settle=0.0,
        trace=True,
    )
    import atexit

    def write() -> None:
        lines = [
            f"phase {name} {timings.first[name]:.6f} {timings.total[name]:.6f} "
            f"{timings.calls[name]}"
            for name in timings.first
        ]
        lines += [f"missing {item}" for item in options.phase if item not in finder.applied]
        lines.append(f"origin {origin:.6f}")
        with report.open("a") as stream:
            stream.write("\n".join(lines) + "\n")

    atexit.register(write)
    from pressreader.cli import main

    return int(main(options.args) or 0)


# -- the parent: runs and medians ---------------------------------------------------------------


def _run_once(options: argparse.Namespace, env: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report"
        argv = [sys.executable, __file__, "--child-report", str(report)]
        for item in options.expect:
            argv += ["--expect", item]
        for item in options.phase:
            argv += ["--phase", item]
        argv += ["--", *options.args]
        origin = time.monotonic()
        completed = subprocess.run(
            argv,
            env={**env, "STARTUP_PHASES_ORIGIN": f"{origin:.6f}"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if not report.exists():
            raise SystemExit(f"no complete screen:\n{completed.stderr[-3000:]}")
        result: dict[str, Any] = {"phases": {}, "frames": [], "missing": []}
        for line in report.read_text().splitlines():
            fields = line.split(" ")
            if fields[0] == "first-paint":
                result["paint"] = float(fields[1]) - origin
            elif fields[0] == "cpu":
                result["cpu"] = float(fields[1])
            elif fields[0] == "frame":
                result["frames"].append((float(fields[1]) - origin, fields[2]))
            elif fields[0] == "phase":
                first, total, calls = float(fields[2]), float(fields[3]), int(fields[4])
                result["phases"][fields[1]] = (first, total, calls)
            elif fields[0] == "missing":
                result["missing"].append(fields[1])
        return result


def _imports(env: dict[str, str], runs: int) -> tuple[dict[str, float], float]:
    """pressreader's modules: best-of-runs cumulative import time of each (ms), and the sum
    of their own (self) times: what pressreader adds to the imports of the minimal app."""
    code = (
        # What the minimal Textual app imports first, so the figures are net of Textual.
        "import textual.app; from textual.widgets import Footer, Header, Static;"
        "import pressreader.cli, pressreader.commands.read;"
        "import pressreader.tui.app, pressreader.tui.screens.library;"
        "import pressreader.tui.screens.article; import pressreader.format.loader"
    )
    cumulative: dict[str, float] = {}
    own: dict[str, float] = {}
    pattern = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|\s*(\S+)")
    for _ in range(runs):
        completed = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        for line in completed.stderr.splitlines():
            match = pattern.match(line)
            if match and match.group(3).startswith("pressreader"):
                name = match.group(3)
                mine, total = int(match.group(1)) / 1000, int(match.group(2)) / 1000
                cumulative[name] = min(cumulative.get(name, total), total)
                own[name] = min(own.get(name, mine), mine)
    return cumulative, sum(own.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--phase", action="append", default=[], help="module:Qual.name")
    parser.add_argument("--child-report", default=None, help=argparse.SUPPRESS)
    parser.add_argument("args", nargs="*", help="pressreader's arguments (after --)")
    options = parser.parse_args()
    if options.child_report is not None:
        return _child(options)
    options.phase = list(DEFAULT_PHASES) + options.phase
    if not options.args:
        options.args = [str(SAMPLE)]
        options.expect = options.expect or ["Join hands to create", "This morning, the"]
    if not options.expect:
        raise SystemExit("--expect TEXT: a text the complete first screen shows")
    home = Path(tempfile.mkdtemp(prefix="pr-phases-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {f"XDG_{n}_HOME": str(home / n.lower()) for n in ("CONFIG", "CACHE", "DATA")}
    _run_once(options, env)  # warm-up: bytecode, file cache, state and index files
    results = [_run_once(options, env) for _ in range(options.runs)]

    def median(values: list[float]) -> float:
        return 1000 * statistics.median(values)

    print(f"pressreader {' '.join(options.args)}: {options.runs} headless starts, 120x36")
    print(
        f"first complete screen: median {median([r['paint'] for r in results]):.0f} ms "
        f"after launch, CPU {median([r['cpu'] for r in results]):.0f} ms"
    )
    print("\nphase (first entered, total time, calls; medians, ms from launch):")
    names = sorted(
        {name for r in results for name in r["phases"]},
        key=lambda n: statistics.median([r["phases"][n][0] for r in results if n in r["phases"]]),
    )
    for name in names:
        rows = [r["phases"][name] for r in results if name in r["phases"]]
        print(
            f"  {median([row[0] for row in rows]):7.0f}  {median([row[1] for row in rows]):7.1f}"
            f"  x{rows[0][2]:<3} {name}"
        )
    missing = sorted({m for r in results for m in r["missing"]} - set(names))
    if missing:
        print("  not found (renamed or never imported): " + ", ".join(missing))
    print("\nscreen updates before the complete one (median run):")
    ordered = sorted(results, key=lambda r: r["paint"])
    middle = ordered[len(ordered) // 2]
    print("  " + ", ".join(f"{screen} {1000 * t:.0f}" for t, screen in middle["frames"]))
    cumulative, own = _imports(env, options.runs)
    print(
        f"\nimport time of pressreader's modules after Textual's (best of runs): {own:.1f} ms "
        "of their own code in all; the largest, cumulative (ms):"
    )
    for name, value in sorted(cumulative.items(), key=lambda item: -item[1])[:15]:
        print(f"  {value:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
