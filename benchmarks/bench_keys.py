"""Key to screen through a real terminal: pressreader's navigation keys against Textual's `Log`.

For each article (`sample`, `long`: 5,000 paragraphs, `huge`: 50,000) and each navigation key,
pressreader and the baseline (`log_baseline.py`: the same paragraphs in Textual's own `Log`
widget, wrapped at 88 columns, with a Header and Footer: the floor a Textual app can reach) are
started in turn in a 120x36 tmux pane, given one quiet second after their first screen, and
sent the key with `tmux send-keys`. A press is timed from the key sent to the first output of
the pane after which the screen differs (tmux's control mode says when the pane receives
output, so the screen is read only then). Keys are pressed in pairs that undo each other
(`j` then `k`, `G` then `g`), so every press changes the screen wherever the view stands.

    key (pressreader)      baseline key (Log)
    j / k                  Down / Up
    Down / Up              Down / Up
    Space / b              PageDown / PageUp
    PageDown / PageUp      PageDown / PageUp
    ] / [                  PageDown / PageUp   (next, previous section)
    G / g                  End / Home
    find                   PageDown            (a letter typed in the find bar, to the new counter)
    select: w              Down / Up           (a selection, started with `v`, grown by a word)

`self` times the baseline's PageDown against itself: the run's noise. The target is each
ratio <= 1.2x (find: <= 2x), and `huge` within 1.1x of `long` per key: when both are asked
for, huge's block also times pressreader on `long` in the same rounds, for that ratio.
Timings never go into tests; record the figures in docs/PERFORMANCE.md.

The Log runs with Textual's animations off (`TEXTUAL_ANIMATIONS=none`), so its keys jump a
whole page, line or end at once, as pressreader's do (and less's): its first changed screen is
then the key's own. Animated (`--animated-log`, Textual's default), a page key starts a scroll
of 50 lines a second (0.66 s for a page), still running when the next key comes 50 ms later:
that key's "first changed screen" is then the running animation's next frame, due within
1/60 s whatever the key. `--quiet MS` waits, before each press, until the pane has been
silent that long (at most 2 s), so that no earlier frame is taken for the key's. Each
pressreader session starts with no saved reading position (otherwise it opens where the
previous session left off, where `G` may move nothing), and the first key of a session is
sent once the pane has been silent for half a second after the quiet second (on a busy
machine a long article is still finishing its start then).

    python benchmarks/bench_keys.py --work /tmp/keys sample long
    python benchmarks/bench_keys.py --keys PageDown,find -n 30 long huge
    python benchmarks/bench_keys.py --keys find --compare /tmp/old-venv/bin/pressreader sample
    python benchmarks/bench_keys.py --keys PageDown,G --animated-log --quiet 1000 sample
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# A script folder: its siblings are not a package.
from bench_startup import (
    BENCH_DIR,
    PYTHON,
    ROOT,
    SAMPLE,
    Tmux,
    isolated_env,
    long_article,
    machine,
    pressreader_executable,
)

KEYS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "j": (("j", "k"), ("Down", "Up")),
    "Down": (("Down", "Up"), ("Down", "Up")),
    "Space": (("Space", "b"), ("PageDown", "PageUp")),
    "PageDown": (("PageDown", "PageUp"), ("PageDown", "PageUp")),
    "]": (("]", "["), ("PageDown", "PageUp")),
    "G": (("G", "g"), ("End", "Home")),
    "find": (("find", "find"), ("PageDown", "PageUp")),
    "select": (("w", "w"), ("Down", "Up")),
}
# Keys pressed once, unmeasured, before a key's presses: `v` starts a selection, in which
# `w` grows it by a word (the annotate keys, READER.md).
SETUP = {"select": "v"}
TARGET = {"find": 2.0}
# Seconds without output after which a freshly started program counts as settled.
SETTLED = 0.5
COUNTER = re.compile(r"\d+/\d+|[Nn]o match")
FIND_LETTERS = "theandrep"


@dataclass
class App:
    name: str
    command: list[str]
    ready: str  # text on the first complete screen
    env: dict[str, str]
    # Removed before each session: the reading state a previous session saved.
    fresh: Path | None = None


class Session:
    """One running program in the pane, and its key presses."""

    def __init__(self, tmux: Tmux, app: App, quiet: float = 0.0) -> None:
        self.tmux = tmux
        self.quiet = quiet
        tmux.idle()
        if app.fresh is not None:
            shutil.rmtree(app.fresh, ignore_errors=True)
        env = " ".join(f"-e {shlex.quote(f'{k}={v}')}" for k, v in app.env.items())
        command = "exec " + shlex.join(app.command)
        tmux.command(
            f"respawn-pane -k {env} -c {shlex.quote(str(ROOT))} -t {tmux.pane} "
            f"{shlex.quote(command)}"
        )
        deadline = time.monotonic() + 120
        while app.ready not in tmux.screen():
            if time.monotonic() > deadline:
                raise SystemExit(f"{app.name}: never showed {app.ready!r}:\n{tmux.screen()}")
            tmux.output.wait(0.05)
            tmux.output.clear()
        time.sleep(1.0)  # the quiet second after the first screen
        # Then until the screen has settled: on a busy machine a long article is still
        # finishing its start (the panels, the footer, the layout wrapped in the background)
        # a second after its first screen, and a key would wait for that.
        self.wait_quiet(SETTLED, limit=15.0)

    def send(self, key: str) -> None:
        self.tmux.command(f"send-keys -t {self.tmux.pane} {shlex.quote(key)}")

    def screen(self, styled: bool = False) -> str:
        """The pane's text; `styled`: with its colours and attributes (a selection grown by
        a word changes only those)."""
        if not styled:
            return self.tmux.screen()
        return self.tmux.command(f"capture-pane -p -e -t {self.tmux.pane}")

    def press(
        self, key: str, changed: re.Pattern[str] | None = None, *, styled: bool = False
    ) -> float:
        """Milliseconds from the key sent to the output that changed the screen.

        With `changed`, the screen counts as changed only when the text it matches changes
        (the find counter, not the echo of the typed letter).
        """
        tmux = self.tmux
        if self.quiet:
            self.wait_quiet(self.quiet)
        before = self.screen(styled)
        mark = _mark(before, changed)
        tmux.output.clear()
        start = time.monotonic()
        self.send(key)
        deadline = start + 10
        while True:
            tmux.output.wait(0.05)
            tmux.output.clear()
            seen = tmux.last_output
            text = self.screen(styled)
            if text != before and _mark(text, changed) != mark:
                return ((seen if seen > start else time.monotonic()) - start) * 1000
            if time.monotonic() > deadline:
                raise SystemExit(f"the screen did not change after {key}:\n{text}")

    def wait_quiet(self, quiet: float, limit: float = 2.0) -> None:
        """Until the pane has had no output for `quiet` seconds (at most `limit`)."""
        tmux = self.tmux
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            tmux.output.clear()
            if not tmux.output.wait(quiet):
                return
            # Output came: wait again from now.


def _mark(text: str, pattern: re.Pattern[str] | None) -> object:
    if pattern is None:
        return text
    lines = [line for line in text.splitlines() if pattern.search(line)]
    return lines[-1] if lines else None


def presses(session: Session, key: str, pair: tuple[str, str], count: int) -> list[float]:
    times: list[float] = []
    if key == "find":
        session.send("/")
        time.sleep(0.3)
        for i in range(count):
            # A letter, then Backspace: both change the query and so the counter.
            letter = FIND_LETTERS[i % len(FIND_LETTERS)]
            times.append(session.press(letter, COUNTER))
            time.sleep(0.05)
            session.press("BSpace", COUNTER)
            time.sleep(0.05)
        return times
    if key in SETUP:
        session.send(SETUP[key])
        time.sleep(0.3)
    for i in range(count):
        times.append(session.press(pair[i % 2], styled=key in SETUP))
        time.sleep(0.05)
    return times


def article(name: str, work: Path) -> Path:
    if name == "sample":
        return SAMPLE
    if name == "long":
        return long_article(work, 5000)
    if name == "huge":
        return long_article(work, 50_000)
    raise SystemExit(f"unknown article {name!r}")


def first_title_words(path: Path) -> str:
    import yaml

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("title:"):
                title = str(yaml.safe_load(line)["title"])
                return " ".join(title.split()[:3])
    raise SystemExit(f"{path}: no title line")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", default=["sample", "long"])
    parser.add_argument(
        "--keys", default=",".join(KEYS), help="comma-separated, of: " + ", ".join(KEYS)
    )
    parser.add_argument("-n", "--presses", type=int, default=10, help="presses per session")
    parser.add_argument("-r", "--rounds", type=int, default=3, help="alternating sessions of each")
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument(
        "--animated-log",
        action="store_true",
        help="the Log with Textual's scroll animations (its default): see the module's notes",
    )
    parser.add_argument(
        "--quiet",
        type=float,
        default=0.0,
        metavar="MS",
        help="before each press, wait until the pane has been silent this long",
    )
    parser.add_argument(
        "--compare",
        metavar="PRESSREADER",
        help="another pressreader executable (an install of an earlier version) timed in the "
        "same rounds, alternately with the others",
    )
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="pr-keys-"))
    work.mkdir(parents=True, exist_ok=True)
    keys = options.keys.split(",")
    env = isolated_env(work / "home")
    fresh = Path(env["XDG_DATA_HOME"]) / "pressreader"
    quiet = options.quiet / 1000
    log_env = {} if options.animated_log else {"TEXTUAL_ANIMATIONS": "none"}
    print(machine())
    print(
        f"120x36 tmux pane, {options.rounds} rounds x {options.presses} presses, medians; "
        f"the Log {'animated' if options.animated_log else 'without animations'}"
        + (f"; {options.quiet:g} ms of quiet before each press" if quiet else "")
        + "\n"
    )
    tmux = Tmux(socket=f"keys-{time.monotonic_ns()}")
    medians: dict[tuple[str, str], float] = {}
    try:
        for name in options.articles:
            path = article(name, work)
            subject = App(
                "pressreader", [pressreader_executable(), str(path)], "Commands", env, fresh
            )
            subject.ready = first_title_words(path)
            other = None
            if options.compare:
                other = App("compared", [options.compare, str(path)], subject.ready, env, fresh)
            # huge against long is timed in the same rounds: blocks minutes apart differ by
            # the machine's drift more than by the 10% the target allows.
            peer = None
            if name == "huge" and "long" in options.articles:
                long_path = article("long", work)
                peer = App(
                    "long", [pressreader_executable(), str(long_path)], "Commands", env, fresh
                )
                peer.ready = first_title_words(long_path)
            base = App(
                "Log", [PYTHON, str(BENCH_DIR / "log_baseline.py"), str(path)], "palette", log_env
            )
            print(f"{name}: {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
            self_a: list[float] = []
            self_b: list[float] = []
            for _ in range(options.rounds):
                for store in (self_a, self_b):
                    store += presses(
                        Session(tmux, base, quiet),
                        "PageDown",
                        ("PageDown", "PageUp"),
                        options.presses,
                    )
            noise = statistics.median(self_b) / statistics.median(self_a)
            print(
                f"  self-check (Log PageDown against itself) {noise:.2f}x "
                f"({'counted' if abs(noise - 1) <= 0.05 else 'NOT counted: over 5%'})"
            )
            for key in keys:
                mine_pair, base_pair = KEYS[key]
                mine: list[float] = []
                theirs: list[float] = []
                compared: list[float] = []
                peered: list[float] = []
                for r in range(options.rounds):
                    order = [
                        (mine, subject, key, mine_pair),
                        (theirs, base, base_pair[0], base_pair),
                    ]
                    if other is not None:
                        order.insert(1, (compared, other, key, mine_pair))
                    if peer is not None:
                        order.insert(1, (peered, peer, key, mine_pair))
                    for store, app, k, pair in order if r % 2 == 0 else reversed(order):
                        store += presses(Session(tmux, app, quiet), k, pair, options.presses)
                a, b = statistics.median(mine), statistics.median(theirs)
                if compared:
                    c = statistics.median(compared)
                    print(
                        f"  {key:<9} compared    {c:6.1f} ms  Log {b:6.1f} ms  ratio {c / b:.2f}x"
                    )
                medians[(name, key)] = a
                if peered:
                    medians[("long in huge's rounds", key)] = statistics.median(peered)
                target = TARGET.get(key, 1.2)
                verdict = "ok" if a / b <= target else "OVER TARGET"
                print(
                    f"  {key:<9} pressreader {a:6.1f} ms  Log {b:6.1f} ms  "
                    f"ratio {a / b:.2f}x (target <= {target}x): {verdict}"
                )
            print(flush=True)
        if "long" in options.articles and "huge" in options.articles:
            print("huge/long, pressreader on each in the same rounds (huge's block):")
            for key in keys:
                same = medians[("long in huge's rounds", key)]
                ratio = medians[("huge", key)] / same
                verdict = "ok" if ratio <= 1.1 else "OVER TARGET"
                print(
                    f"  {key:<9} huge {medians[('huge', key)]:6.1f} ms  long {same:6.1f} ms  "
                    f"ratio {ratio:.2f}x (target <= 1.1x): {verdict}"
                )
    finally:
        tmux.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
