"""Run a Textual app and report the moment its first complete screen is painted.

    python benchmarks/first_paint.py --report FILE --expect TEXT [--expect TEXT...]
        [--headless] [--size 120x36] [--settle SECONDS] baseline [ARGS...]
    python benchmarks/first_paint.py ... pressreader [ARGS...]

`baseline` runs `benchmarks/tui_baseline.py`; `pressreader` runs `pressreader.cli.main(ARGS)`,
exactly what the `pressreader` executable does. Neither app is changed: this launcher wraps
Textual's `App._display` (called after every compositor update of the top screen) and, after
each update, reads the text of the whole screen from the compositor. It patches Textual when
the app imports it, not before, so each app imports it in its own order, as when it is
started for real. The first time every
`--expect` text is on screen, it writes to FILE:

    first-paint <time.monotonic()>     (CLOCK_MONOTONIC is system-wide: the parent subtracts
                                        its own launch time)
    cpu <time.process_time()>          CPU seconds of the process (all threads) by then
    vmhwm-kb <peak RSS so far>

With `--trace` it adds `launcher-start <time>`, `run-async <time>` (when the app's
`run_async` was entered: its imports before that, its own start after) and one
`frame <time> <screen class> <complete 0/1>` line per screen update up to the complete one.
Then, after `--settle` seconds, it rewrites the report with the peak RSS by then (so memory
that grows after the paint counts too) and exits the app.

`--headless` runs the app with Textual's headless driver (nothing reaches a terminal; the
compositor still renders every update), which is far less noisy than a real terminal.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
STARTED = time.monotonic()


def _vmhwm_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def _hard_exit_later(seconds: float) -> None:
    """If the app does not close in time after exit() (a stuck worker), end the process."""

    def stop() -> None:
        time.sleep(seconds)
        os._exit(3)

    threading.Thread(target=stop, daemon=True).start()


class _AfterImport(importlib.abc.MetaPathFinder):
    """Calls `then(module)` right after the module `name` has run, when the app imports it."""

    def __init__(self, name: str, then: Callable[[ModuleType], None]) -> None:
        self.name = name
        self.then = then

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module
        then = self.then

        def exec_then(module: ModuleType) -> None:
            exec_module(module)
            then(module)

        spec.loader.exec_module = exec_then  # type: ignore[method-assign]
        return spec


def install_hook(
    expect: list[str],
    report: Path,
    *,
    headless: bool,
    size: tuple[int, int],
    settle: float,
    trace: bool = False,
) -> None:
    """Patch Textual so that any App run in this process reports its first complete screen.

    The patch is applied when the app itself imports `textual.app` (at once if it is already
    imported), so each app imports Textual in its own order, as it does when started for
    real: pressreader starts reading a file it opens before it imports Textual.
    """

    def patch(_module: ModuleType) -> None:
        _patch_textual(expect, report, headless=headless, size=size, settle=settle, trace=trace)

    if "textual.app" in sys.modules:
        patch(sys.modules["textual.app"])
    else:
        sys.meta_path.insert(0, _AfterImport("textual.app", patch))


def _patch_textual(
    expect: list[str],
    report: Path,
    *,
    headless: bool,
    size: tuple[int, int],
    settle: float,
    trace: bool,
) -> None:
    from textual.app import App
    from textual.screen import Screen

    original_display = App._display
    original_run_async = App.run_async
    state = {"done": False}
    frames: list[str] = []

    def screen_text(app: App[Any]) -> str:
        strips = app.screen._compositor.render_strips()
        return "\n".join(strip.text for strip in strips)

    def display(self: App[Any], screen: Screen[Any], renderable: Any) -> None:
        original_display(self, screen, renderable)
        if state["done"] or renderable is None:
            return
        text = screen_text(self)
        found = all(item in text for item in expect)
        if trace:
            frames.append(f"frame {time.monotonic():.6f} {type(screen).__name__} {int(found)}")
        if found:
            now = time.monotonic()
            cpu = time.process_time()
            state["done"] = True
            report.write_text(f"first-paint {now:.6f}\ncpu {cpu:.6f}\nvmhwm-kb {_vmhwm_kb()}\n")

            def leave() -> None:
                report.write_text(
                    f"first-paint {now:.6f}\ncpu {cpu:.6f}\nvmhwm-kb {_vmhwm_kb()}\n"
                    f"launcher-start {STARTED:.6f}\n"
                    f"screen-lines {text.count(chr(10)) + 1}\n" + "".join(f + "\n" for f in frames)
                )
                _hard_exit_later(5.0)
                self.exit()

            if settle > 0:
                self.set_timer(settle, leave)
            else:
                self.call_later(leave)

    def run_async(self: App[Any], **kwargs: Any) -> Coroutine[Any, Any, Any]:
        if trace:
            frames.append(f"run-async {time.monotonic():.6f}")
        if headless:
            kwargs["headless"] = True
            kwargs["size"] = size
        return original_run_async(self, **kwargs)

    App._display = display  # type: ignore[method-assign]
    App.run_async = run_async  # type: ignore[method-assign]


def _target(name: str) -> Callable[[list[str]], int]:
    if name == "baseline":
        sys.path.insert(0, str(BENCH_DIR))
        import tui_baseline

        return tui_baseline.main
    if name == "pressreader":
        from pressreader.cli import main

        return main
    raise SystemExit(f"unknown target {name!r} (expected baseline or pressreader)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument(
        "--expect", action="append", required=True, help="text on a complete screen"
    )
    parser.add_argument("--headless", action="store_true")
    parser.add_argument("--size", default="120x36", help="headless screen size, e.g. 120x36")
    parser.add_argument("--settle", type=float, default=0.0, help="seconds to run after the paint")
    parser.add_argument("--trace", action="store_true", help="report every screen update")
    parser.add_argument("target", choices=("baseline", "pressreader"))
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    width, height = (int(v) for v in options.size.lower().split("x"))
    install_hook(
        options.expect,
        options.report,
        headless=options.headless,
        size=(width, height),
        settle=options.settle,
        trace=options.trace,
    )
    return int(_target(options.target)(options.args) or 0)


if __name__ == "__main__":
    sys.exit(main())
