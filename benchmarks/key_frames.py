"""What one navigation key costs, in process: the frames it draws, what each frame draws, and
its CPU time; pressreader's article screen against Textual's `Log` (`log_baseline.py`).

The whole app runs through Textual's headless driver (no terminal: the frames are composed,
not written). Each key is pressed in a pair that undoes it (as `bench_keys.py` presses them);
for each press, until the app is quiet again (0.3 s), this counts:

- frames: the screen updates the key caused (each one a write to the terminal), and the
  widgets each one drew again;
- lines: the article lines drawn (`render_line`), and those drawn anew (not in the cache);
- CPU: milliseconds of the UI thread from the key to the end of its first frame, and in all
  its frames (`time.thread_time`, so other work on the machine does not count).

    python benchmarks/key_frames.py                          # the sample, 120x36
    python benchmarks/key_frames.py --size 150x40 --paragraphs 5000 --keys pagedown,G
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Any

from textual.app import App
from textual.screen import Screen

sys.path.insert(0, str(Path(__file__).resolve().parent))

import log_baseline
from bench_startup import SAMPLE, long_article
from pressreader.tui.widgets.article_view import ArticleView

PAIRS = {
    "j": ("j", "k"),
    "down": ("down", "up"),
    "space": ("space", "b"),
    "pagedown": ("pagedown", "pageup"),
    "]": ("right_square_bracket", "left_square_bracket"),
    "G": ("G", "g"),
}
LOG_KEYS = {"j": "down", "space": "pagedown", "]": "pagedown", "G": "end"}
LOG_UNDO = {"down": "up", "pagedown": "pageup", "end": "home"}


class Frames:
    """Records each screen update: when, its CPU time, what it drew."""

    def __init__(self) -> None:
        self.log: list[tuple[float, float, list[str]]] = []  # (end, cpu ms, widgets drawn)
        self.lines = 0
        self.new_lines = 0
        update = Screen._on_timer_update
        frames = self

        def timed(screen: Screen[Any]) -> None:
            dirty = sorted(type(w).__name__ for w in screen._dirty_widgets)
            layout = screen._layout_required
            start = time.thread_time()
            update(screen)
            if dirty or layout:
                cpu = (time.thread_time() - start) * 1000
                frames.log.append((time.thread_time(), cpu, dirty + (["layout"] if layout else [])))

        Screen._on_timer_update = timed  # type: ignore[method-assign]
        draw = ArticleView.render_line
        render = ArticleView._render_display_line

        def counted(view: ArticleView, y: int) -> Any:
            frames.lines += 1
            return draw(view, y)

        def anew(view: ArticleView, *args: Any) -> Any:
            frames.new_lines += 1
            return render(view, *args)

        ArticleView.render_line = counted  # type: ignore[method-assign]
        ArticleView._render_display_line = anew  # type: ignore[method-assign]

    def reset(self) -> None:
        self.log.clear()
        self.lines = self.new_lines = 0


async def press_all(
    app: App[Any], frames: Frames, pair: tuple[str, str], presses: int, size: tuple[int, int]
) -> dict[str, Any]:
    rows = []
    async with app.run_test(size=size) as pilot:
        for _ in range(60):
            await pilot.pause(0.05)
        for i in range(presses):
            frames.reset()
            start = time.thread_time()
            await pilot.press(pair[i % 2])
            await pilot.pause(0.3)
            log = list(frames.log)
            rows.append(
                {
                    "frames": len(log),
                    "first_cpu": (log[0][0] - start) * 1000 if log else 0.0,
                    "cpu": sum(cpu for _, cpu, _ in log),
                    "frame_cpu": log[0][1] if log else 0.0,
                    "drawn": [w for _, _, w in log],
                    "lines": frames.lines,
                    "new": frames.new_lines,
                }
            )
    return {
        "frames": Counter(r["frames"] for r in rows),
        "first_cpu": statistics.median(r["first_cpu"] for r in rows),
        "cpu": statistics.median(r["cpu"] for r in rows),
        "frame_cpu": statistics.median(r["frame_cpu"] for r in rows),
        "lines": statistics.median(r["lines"] for r in rows),
        "new": statistics.median(r["new"] for r in rows),
        "drawn": Counter(" | ".join(",".join(w) for w in r["drawn"]) for r in rows).most_common(2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", default="j,space,pagedown,],G")
    parser.add_argument("--size", default="120x36")
    parser.add_argument("--paragraphs", type=int, default=0, help="a synthetic article")
    parser.add_argument("-n", "--presses", type=int, default=12)
    parser.add_argument("--no-log", action="store_true")
    options = parser.parse_args()
    width, height = options.size.split("x")
    size = (int(width), int(height))
    path = SAMPLE
    if options.paragraphs:
        path = long_article(Path(tempfile.mkdtemp(prefix="pr-frames-")), options.paragraphs)
    frames = Frames()
    lines: list[str] = []
    for paragraph in log_baseline.paragraphs(path):
        lines += [*textwrap.wrap(paragraph, 88), ""]
    print(f"{path.name}, {options.size}, {options.presses} presses per key, medians")
    for key in options.keys.split(","):
        from pressreader.tui.app import PressReaderApp
        from pressreader.tui.config import Config

        with tempfile.TemporaryDirectory() as home:
            os.environ["XDG_DATA_HOME"] = home
            app = PressReaderApp([path], open_direct=True, use_user_config=False, config=Config())
            mine = asyncio.run(press_all(app, frames, PAIRS[key], options.presses, size))
        print(
            f"  {key:<9} pressreader: frames {dict(mine['frames'])}, CPU to the first frame "
            f"{mine['first_cpu']:.1f} ms (the frame {mine['frame_cpu']:.1f}), in all "
            f"{mine['cpu']:.1f} ms; article lines "
            f"{mine['lines']:.0f} ({mine['new']:.0f} new); drew {mine['drawn']}"
        )
        if options.no_log:
            continue
        log_key = LOG_KEYS.get(key, key)
        app = log_baseline.LogBaseline(lines)
        app.animation_level = "none"  # it jumps, as pressreader and less do
        theirs = asyncio.run(
            press_all(app, frames, (log_key, LOG_UNDO[log_key]), options.presses, size)
        )
        print(
            f"  {'':<9} Log {log_key}: frames {dict(theirs['frames'])}, CPU to the first frame "
            f"{theirs['first_cpu']:.1f} ms (the frame {theirs['frame_cpu']:.1f}), in all "
            f"{theirs['cpu']:.1f} ms; drew {theirs['drawn']}"
        )


if __name__ == "__main__":
    main()
