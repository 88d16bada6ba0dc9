"""Terminal UI start-up: pressreader's first complete screen against a minimal Textual app.

Every scenario runs the baseline (`benchmarks/tui_baseline.py`: Header, Static, Footer) and
the subject alternately, N times each, in the same run, and prints the medians and their
ratio against the target:

    sample    `pressreader <the bundled sample article>`              target <= 1.2x
    long      `pressreader <a 5,000-paragraph (~2 MB) article>`       target <= 1.5x
    library   `pressreader --index X <10,000 articles>`, warm index   target <= 1.3x,
              and the peak RSS of the pressreader process             target < 150 MB
    bundled   `pressreader` with no argument: the library of the bundled samples
    self      the baseline against itself (the harness's noise; expect ~1.0x)
    slow      the baseline against itself made 150 ms slower (the harness must see it)

Time is measured for the whole process, from launch to the first complete screen, in one
of two ways (`--mode`):

    tmux      a real terminal: each command is started in a 120x36 tmux pane (`respawn-pane`
              through one tmux control-mode client) and the screen is read with
              `capture-pane` each time the pane receives output; the screen is complete when
              every expected text is on it (the baseline's static text; the article's title
              and first words; the library's newest title). The executables run untouched.
    headless  Textual's headless driver through `benchmarks/first_paint.py`, which reads the
              compositor's screen text after each update, in process. Less noisy. Peak RSS is
              the process's own VmHWM (/proc/self/status) after --settle seconds.

Examples:

    python benchmarks/bench_startup.py self slow            # prove the harness
    python benchmarks/bench_startup.py sample long library  # the targets
    python benchmarks/bench_startup.py --mode headless -n 20 sample
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import queue
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SAMPLE = ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml"
PYTHON = sys.executable
# What an installed pressreader runs with: cached bytecode (pip compiles it at install time;
# an editable install writes it on the first run). Some shells export
# PYTHONDONTWRITEBYTECODE=1, which would make every run recompile pressreader's own modules
# (about 1 ms per module) while Textual's come precompiled from its wheel.
BENCH_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
WIDTH, HEIGHT = 120, 36
BASELINE_EXPECT = ["Baseline ready", "Minimal Textual app"]


def pressreader_executable() -> str:
    """The installed console script next to this Python (what a user types)."""
    candidate = Path(PYTHON).parent / "pressreader"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("pressreader")
    if found is None:
        raise SystemExit("pressreader is not installed: pip install -e . first")
    return found


@dataclass
class Subject:
    """One program to start: how to run it, and the texts of its complete first screen."""

    name: str
    target: str  # "baseline" or "pressreader" (for the headless launcher)
    args: list[str]
    expect: list[str]
    env: dict[str, str] = field(default_factory=dict)

    def command(self) -> list[str]:
        if self.target == "baseline":
            return [PYTHON, str(BENCH_DIR / "tui_baseline.py"), *self.args]
        return [pressreader_executable(), *self.args]


@dataclass
class Sample:
    seconds: float
    peak_rss_kb: int
    cpu_seconds: float | None = None  # CPU of the process up to the paint (headless only)
    # Every screen update up to the complete one: (seconds from launch, screen class name).
    frames: list[tuple[float, str]] = field(default_factory=list)


# -- a real terminal: tmux ------------------------------------------------------------------


class Tmux:
    """One private tmux server, one pane, and one control-mode client to drive it.

    Control mode avoids starting a tmux process per screen read: `%output` notifications say
    when the pane received output, and `capture-pane` answers come back on the same pipe.
    """

    def __init__(self, socket: str = "", width: int = WIDTH, height: int = HEIGHT) -> None:
        socket = socket or f"bench-{os.getpid()}"
        if shutil.which("tmux") is None:
            raise SystemExit("tmux is not installed")
        self.base = ["tmux", "-L", socket, "-f", "/dev/null"]
        subprocess.run([*self.base, "kill-server"], capture_output=True)
        # The server's environment is every pane's environment.
        subprocess.run(
            env=BENCH_ENV,
            args=[
                *self.base,
                *("new-session", "-d", "-s", "bench", "-x", str(width), "-y", str(height)),
                "exec sleep 1000000",
            ],
            check=True,
        )
        for option in (
            ("set-option", "-g", "remain-on-exit", "on"),
            ("set-option", "-g", "window-size", "manual"),
            ("set-option", "-g", "default-terminal", "tmux-256color"),
            ("resize-window", "-t", "bench", "-x", str(width), "-y", str(height)),
        ):
            subprocess.run([*self.base, *option], check=True, capture_output=True)
        self.pane = subprocess.run(
            [*self.base, "display-message", "-p", "-t", "bench", "#{pane_id}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        self.client = subprocess.Popen(
            [*self.base, "-C", "attach-session", "-t", "bench"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self.replies: queue.Queue[tuple[bool, str]] = queue.Queue()
        self.output = threading.Event()
        self.last_output = 0.0
        self.recent: collections.deque[bytes] = collections.deque(maxlen=40)
        threading.Thread(target=self._read, daemon=True).start()
        self.replies.get(timeout=10)  # the reply block of attach-session itself
        self.command("refresh-client -C 200x60")  # a control client must not shrink the pane
        self.command(f"resize-window -t bench -x {width} -y {height}")

    def _read(self) -> None:
        assert self.client.stdout is not None
        block: list[str] | None = None
        prefix = f"%output {self.pane} ".encode()
        for raw in self.client.stdout:
            self.recent.append(raw[:200])
            if raw.startswith(prefix):
                self.last_output = time.monotonic()
                self.output.set()
                continue
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if block is None:
                if line.startswith("%begin"):
                    block = []
            elif line.startswith(("%end", "%error")):
                self.replies.put((line.startswith("%end"), "\n".join(block)))
                block = None
            else:
                block.append(line)

    def command(self, line: str, timeout: float = 10.0) -> str:
        assert self.client.stdin is not None
        self.client.stdin.write(line.encode() + b"\n")
        try:
            ok, text = self.replies.get(timeout=timeout)
        except queue.Empty:
            recent = b"".join(self.recent).decode(errors="replace")
            raise RuntimeError(f"tmux did not answer {line!r}; it last said:\n{recent}") from None
        if not ok:
            raise RuntimeError(f"tmux: {line}: {text}")
        return text

    def screen(self) -> str:
        return self.command(f"capture-pane -p -t {self.pane}")

    def idle(self) -> None:
        """Replace whatever runs in the pane by an idle process, on a blank screen."""
        pid = self.pane_pid()
        self.command(f"respawn-pane -k -t {self.pane} 'exec sleep 1000000'")
        wait_gone(pid)
        self.command(f"clear-history -t {self.pane}")

    def pane_pid(self) -> int:
        return int(self.command(f"display-message -p -t {self.pane} '#{{pane_pid}}'"))

    def run(
        self, subject: Subject, timeout: float = 60.0, settle: float = 0.0
    ) -> tuple[Sample, str]:
        """Start the subject; return when every expected text is on the screen."""
        self.idle()
        if any(item in self.screen() for item in subject.expect):
            raise RuntimeError("the idle pane still shows the expected text")
        env = " ".join(f"-e {shlex.quote(f'{k}={v}')}" for k, v in subject.env.items())
        command = "exec " + shlex.join(subject.command())
        self.output.clear()
        start = time.monotonic()
        self.command(
            f"respawn-pane -k {env} -c {shlex.quote(str(ROOT))} -t {self.pane} "
            f"{shlex.quote(command)}"
        )
        pid = self.pane_pid()
        deadline = start + timeout
        while True:
            self.output.wait(0.05)
            self.output.clear()
            seen = self.last_output
            text = self.screen()
            if all(item in text for item in subject.expect):
                # The text arrived with the last output before this screen read.
                end = seen if seen > start else time.monotonic()
                break
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{subject.name}: no complete screen after {timeout:.0f}s; "
                    f"waiting for {subject.expect}; the screen shows:\n{text}"
                )
        if settle > 0:
            time.sleep(settle)
        rss = vmhwm_kb(pid)
        self.idle()
        return Sample(end - start, rss), text

    def close(self) -> None:
        with contextlib.suppress(Exception):
            assert self.client.stdin is not None
            self.client.stdin.close()
            self.client.wait(timeout=5)
        subprocess.run([*self.base, "kill-server"], capture_output=True)


def vmhwm_kb(pid: int) -> int:
    """The peak resident set size of a live process, from /proc (kB; -1 if unknown)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return -1


def wait_gone(pid: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            # A zombie has no state worth waiting for.
            if Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z"):
                return
        time.sleep(0.005)


# -- headless: Textual's headless driver, in process ------------------------------------------


def run_headless(
    subject: Subject, timeout: float = 120.0, settle: float = 0.0, trace: bool = False
) -> Sample:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report"
        argv = [PYTHON, str(BENCH_DIR / "first_paint.py"), "--report", str(report), "--headless"]
        argv += ["--size", f"{WIDTH}x{HEIGHT}", "--settle", str(settle)]
        if trace:
            argv.append("--trace")
        for item in subject.expect:
            argv += ["--expect", item]
        argv += [subject.target, *subject.args]
        env = {**BENCH_ENV, **subject.env}
        start = time.monotonic()
        process = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        assert process.stderr is not None
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        errors = process.stderr.read()
        process.wait()
        timer.cancel()
        if not report.exists():
            raise RuntimeError(
                f"{subject.name}: no complete screen (exit {process.returncode}); "
                f"waiting for {subject.expect}\n{errors.decode(errors='replace')[-3000:]}"
            )
        lines = [line.split(" ") for line in report.read_text().splitlines()]
        fields = {line[0]: line[1] for line in lines}
        frames = [(float(line[1]) - start, line[2]) for line in lines if line[0] == "frame"]
        # Not ru_maxrss from wait4: it counts the forked child before exec (this process).
        return Sample(
            float(fields["first-paint"]) - start,
            int(fields["vmhwm-kb"]),
            float(fields["cpu"]),
            frames,
        )


# -- the scenarios --------------------------------------------------------------------------


def first_words(text: str, count: int = 3) -> str:
    return " ".join(text.split()[:count])


def article_expect(path: Path) -> list[str]:
    """The article's title and first words: on screen when the article is shown."""
    import yaml

    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = document["sections"][0]["paragraphs"][0]
    return [first_words(document["title"]), first_words(first)]


def baseline(slow_ms: int = 0, name: str = "baseline") -> Subject:
    args = ["--slow-ms", str(slow_ms)] if slow_ms else []
    return Subject(name, "baseline", args, list(BASELINE_EXPECT))


def isolated_env(home: Path) -> dict[str, str]:
    """Fresh config, cache and data folders, so no reading state of the user's interferes."""
    return {
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
    }


def warm_library(work: Path, size: int, env: dict[str, str]) -> tuple[Path, Path, list[str]]:
    """A library of `size` synthetic articles and its up-to-date index: (folder, index, expect).

    The articles are those of `benchmarks/bench_library.py` (generated once, then reused);
    the index is built here with `pressreader index`, so the measured starts find it warm.
    `expect` is the first few words of the title the list shows first (newest, then by title).
    """
    from bench_library import library_folder

    folder = library_folder(size)
    index = work / f"library-{size}.sqlite"
    print(f"indexing {folder} into {index} ...", flush=True)
    subprocess.run(
        [pressreader_executable(), "index", "--index", str(index), str(folder)],
        env={**BENCH_ENV, **env},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    first: tuple[str, str] | None = None  # (negated-order key, title)
    for path in folder.rglob("*.yaml"):
        title = published = ""
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                if line.startswith("title: "):
                    title = line[7:].strip()
                elif line.startswith("published: "):
                    published = line[11:].strip().strip("'\"")
                if title and published:
                    break
        # Newest first, then by title: the smallest (-date, title) comes first.
        key = (_negated(published), title.casefold())
        if first is None or key < (first[0], first[1].casefold()):
            first = (key[0], title)
    assert first is not None, f"no articles in {folder}"
    return folder, index, [first_words(first[1])]


def _negated(iso_date: str) -> str:
    """A key that sorts ISO dates newest first."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in iso_date)


def long_article(work: Path, paragraphs: int = 5000) -> Path:
    """A 5,000-paragraph article from the shared synthetic-article generator."""
    path = work / f"long-{paragraphs}.yaml"
    if not path.exists():
        sys.path.insert(0, str(BENCH_DIR))
        from synth import make_article_yaml  # the loader benchmarks' generator

        path.write_text(make_article_yaml(paragraphs, 1), encoding="utf-8")
    return path


@dataclass
class Scenario:
    name: str
    baseline: Subject
    subject: Subject
    target: float
    rss_target_mb: float | None = None
    settle: float = 0.0  # seconds the subject keeps running after its paint, for peak RSS
    note: str = ""


def build_scenarios(names: list[str], work: Path, library_size: int) -> Iterator[Scenario]:
    home = work / "home"
    env = isolated_env(home)
    for name in names:
        if name == "self":
            yield Scenario(name, baseline(), baseline(name="baseline (again)"), 1.0)
        elif name == "slow":
            slow = baseline(150, "baseline + 150 ms CPU")
            yield Scenario(name, baseline(), slow, 1.0, note="must come out clearly above 1.0x")
        elif name == "sample":
            subject = Subject(
                "pressreader sample", "pressreader", [str(SAMPLE)], article_expect(SAMPLE), env
            )
            yield Scenario(name, baseline(), subject, 1.2)
        elif name == "bundled":
            # `pressreader` with no argument: the library of the bundled samples.
            title = article_expect(SAMPLE)[0]
            subject = Subject("pressreader (bundled library)", "pressreader", [], [title], env)
            yield Scenario(name, baseline(), subject, 1.3)
        elif name == "long":
            path = long_article(work)
            size = path.stat().st_size / 1e6
            subject = Subject(
                f"pressreader long ({size:.1f} MB)",
                "pressreader",
                [str(path)],
                article_expect(path),
                env,
            )
            yield Scenario(name, baseline(), subject, 1.5)
        elif name == "library":
            folder, index, expect = warm_library(work, library_size, env)
            subject = Subject(
                f"pressreader library ({library_size} articles)",
                "pressreader",
                ["--index", str(index), str(folder)],
                expect,
                env,
            )
            yield Scenario(name, baseline(), subject, 1.3, rss_target_mb=150, settle=2.0)
        else:
            raise SystemExit(f"unknown scenario {name!r}")


@dataclass
class Result:
    """The interleaved runs of one scenario."""

    base: list[Sample]
    subject: list[Sample]

    @staticmethod
    def _ms(samples: list[Sample]) -> list[float]:
        return [s.seconds * 1000 for s in samples]

    @property
    def base_ms(self) -> list[float]:
        return self._ms(self.base)

    @property
    def subject_ms(self) -> list[float]:
        return self._ms(self.subject)

    @property
    def ratio(self) -> float:
        return statistics.median(self.subject_ms) / statistics.median(self.base_ms)

    def cpu_ms(self) -> tuple[float, float] | None:
        """Median CPU time to the paint of baseline and subject (headless runs only)."""
        base = [s.cpu_seconds for s in self.base if s.cpu_seconds is not None]
        subject = [s.cpu_seconds for s in self.subject if s.cpu_seconds is not None]
        if not base or not subject:
            return None
        return 1000 * statistics.median(base), 1000 * statistics.median(subject)

    def peak_rss_mb(self) -> tuple[float, float]:
        return (
            max(s.peak_rss_kb for s in self.base) / 1024,
            max(s.peak_rss_kb for s in self.subject) / 1024,
        )


class Terminal:
    """The tmux server for the tmux mode, started again if something ends it mid-run."""

    def __init__(self) -> None:
        self.tmux: Tmux | None = None

    def run(self, subject: Subject, settle: float) -> Sample:
        for attempt in range(3):
            if self.tmux is None:
                self.tmux = Tmux()
            try:
                return self.tmux.run(subject, settle=settle)[0]
            except (RuntimeError, OSError) as error:
                if "no complete screen" in str(error) or attempt == 2:
                    raise
                print(f"  (tmux failed, starting it again: {str(error).splitlines()[0]})")
                self.close()
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.tmux is not None:
            self.tmux.close()
            self.tmux = None


def measure(
    scenario: Scenario, mode: str, runs: int, terminal: Terminal, trace: bool = False
) -> Result:
    def once(subject: Subject, settle: float) -> Sample:
        if mode == "tmux":
            return terminal.run(subject, settle)
        return run_headless(subject, settle=settle, trace=trace)

    # One unmeasured start of each warms the file cache and the bytecode.
    once(scenario.baseline, 0.0)
    once(scenario.subject, scenario.settle)
    result = Result([], [])
    for i in range(runs):
        # Alternate which goes first so that drift in the machine's load hits both alike.
        pair = [
            (result.base, scenario.baseline, 0.0),
            (result.subject, scenario.subject, scenario.settle),
        ]
        for store, who, settle in pair if i % 2 == 0 else reversed(pair):
            store.append(once(who, settle))
    return result


def median_sample(samples: list[Sample]) -> Sample:
    return sorted(samples, key=lambda s: s.seconds)[len(samples) // 2]


def describe(values: list[float]) -> str:
    quartiles = statistics.quantiles(values, n=4) if len(values) > 1 else values * 3
    return f"median {statistics.median(values):7.1f} ms (IQR {quartiles[0]:.0f}-{quartiles[2]:.0f})"


def report(scenario: Scenario, mode: str, result: Result) -> bool:
    """Print one scenario's figures; True when it meets its targets."""
    ratio = result.ratio
    ok = ratio <= scenario.target
    verdict = "ok" if ok else "OVER TARGET"
    if scenario.name in ("self", "slow"):
        verdict, ok = scenario.note or "harness noise", True
    print(f"[{mode}] {scenario.name}")
    print(f"  {scenario.baseline.name:<40} {describe(result.base_ms)}")
    print(f"  {scenario.subject.name:<40} {describe(result.subject_ms)}")
    print(f"  ratio {ratio:.2f}x (target <= {scenario.target}x): {verdict}")
    cpu = result.cpu_ms()
    if cpu is not None:
        print(
            f"  CPU to first paint: baseline {cpu[0]:.0f} ms, subject {cpu[1]:.0f} ms, "
            f"ratio {cpu[1] / cpu[0]:.2f}x"
        )
    for name, samples in ((scenario.baseline.name, result.base), ("subject", result.subject)):
        timeline = median_sample(samples).frames
        if timeline:
            steps = ", ".join(f"{screen} {1000 * t:.0f}" for t, screen in timeline)
            print(f"  screen updates of the median {name} start (ms): {steps}")
    base_rss, rss = result.peak_rss_mb()
    print(f"  peak RSS: baseline {base_rss:.0f} MB, subject {rss:.0f} MB")
    if scenario.rss_target_mb is not None:
        rss_ok = rss < scenario.rss_target_mb
        ok &= rss_ok
        print(
            f"  peak RSS target < {scenario.rss_target_mb:.0f} MB: "
            f"{'ok' if rss_ok else 'OVER TARGET'}"
        )
    print(flush=True)
    return ok


def machine() -> str:
    import importlib.metadata

    textual = importlib.metadata.version("textual")
    return (
        f"nproc {os.cpu_count()}, Python {sys.version.split()[0]}, Textual {textual}, "
        f"tmux {subprocess.run(['tmux', '-V'], capture_output=True, text=True).stdout.strip()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "scenarios",
        nargs="*",
        default=["sample", "long", "library"],
        help="self, slow, sample, long, library, bundled (default: the last three)",
    )
    parser.add_argument("--mode", choices=("tmux", "headless", "both"), default="tmux")
    parser.add_argument("-n", "--runs", type=int, default=10, help="runs of each (default 10)")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help="folder for generated files (kept; default: a temporary folder)",
    )
    parser.add_argument("--library-size", type=int, default=10_000)
    parser.add_argument(
        "--trace",
        action="store_true",
        help="headless: print the screen updates before the complete one (median start)",
    )
    options = parser.parse_args()
    sys.path.insert(0, str(BENCH_DIR))

    modes = ["tmux", "headless"] if options.mode == "both" else [options.mode]
    with contextlib.ExitStack() as stack:
        if options.work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="pr-startup-")))
        else:
            work = options.work
            work.mkdir(parents=True, exist_ok=True)
        print(machine())
        print(f"screen {WIDTH}x{HEIGHT}, {options.runs} runs of each, interleaved\n")
        failed = False
        scenarios = list(build_scenarios(options.scenarios, work, options.library_size))
        terminal = Terminal()
        stack.callback(terminal.close)
        for mode in modes:
            for scenario in scenarios:
                result = measure(scenario, mode, options.runs, terminal, options.trace)
                failed |= not report(scenario, mode, result)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
