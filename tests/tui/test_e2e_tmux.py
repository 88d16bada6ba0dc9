"""End to end: the installed `pressreader` executable in a real terminal (tmux, 80×24).

Keys are typed with `send-keys` and the screen is read with `capture-pane`. Each test runs
its own tmux server on a private socket, killed afterwards.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import READER_DATA, SAMPLE

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TMUX = shutil.which("tmux")
COUNTER = re.compile(r" (\d+)/(\d+)\s*$", re.MULTILINE)
# Seconds before a wait for the screen gives up: a failure, not a measure, and generous, since
# the tests run in parallel on a machine that may be busy with other work.
WAIT = 60.0


def _executable() -> str:
    beside = Path(sys.executable).parent / "pressreader"
    if beside.exists():
        return str(beside)
    found = shutil.which("pressreader")
    if found is None:
        pytest.fail("the pressreader executable is not installed (pip install -e .)")
    return found


class Tmux:
    """One isolated tmux server with one 80×24 pane."""

    def __init__(self, tmp: Path) -> None:
        assert TMUX is not None
        self.socket = f"pressreader-test-{uuid.uuid4().hex[:12]}"
        self.env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "TERM": "xterm-256color",
        }
        self.env.pop("TMUX", None)
        self.env.pop("NO_COLOR", None)

    def run(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=20,
        )
        if done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {done.stderr}")
        return done.stdout

    def start(self, command: list[str], env: dict[str, str] | None = None) -> None:
        # A shell waits after the app, so the pane (and its title) outlive it.
        line = " ".join(shlex.quote(part) for part in command) + "; echo EXITED $?; sleep 600"
        if env:
            line = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + " " + line
        self.run("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", line)
        self.run("set-option", "-g", "set-clipboard", "on")

    def screen(self) -> str:
        # No-break spaces (the metadata line keeps "·" with the word before it) read as spaces.
        return self.run("capture-pane", "-p").replace("\xa0", " ")

    def title(self) -> str:
        return self.run("display-message", "-p", "#{pane_title}").strip()

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self.run("send-keys", "-l", text)

    def wait_for(self, check: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + WAIT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")

    def wait_text(self, text: str) -> str:
        return self.wait_for(lambda s: text in s, repr(text))

    def kill(self) -> None:
        assert TMUX is not None
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, timeout=20)


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    if TMUX is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    session = Tmux(tmp_path)
    try:
        yield session
    finally:
        session.kill()


def test_read_the_sample_by_keyboard_at_80x24(tmux: Tmux) -> None:
    tmux.start([_executable(), str(SAMPLE)])
    tmux.wait_text("Join hands to create a better f")
    tmux.wait_text("q Quit")
    tmux.keys("Enter")
    tmux.wait_text("Workers' Daily · 20 October 2022")
    screen = tmux.wait_text("s Sidebar")  # the footer names the region toggles
    assert "§ 1/4  Lead" in screen  # the breadcrumb names the section
    tmux.keys("]")
    screen = tmux.wait_for(lambda s: "§ 2/4 " in s, "the breadcrumb to name section 2")
    tmux.keys("/")
    tmux.type("diplomacy")
    screen = tmux.wait_for(
        lambda s: "/ diplomacy" in s and COUNTER.search(s) is not None, "the match counter"
    )
    counter = COUNTER.search(screen)
    assert counter is not None
    current, total = int(counter.group(1)), int(counter.group(2))
    assert total > 3 and 1 <= current <= total
    tmux.keys("Enter", "n")  # Enter accepts the match in view; n steps from it
    tmux.wait_text(f" {current % total + 1}/{total}")
    tmux.keys("Escape")
    screen = tmux.wait_for(lambda s: "/ diplomacy" not in s, "the find bar to close")
    assert "Workers' Daily" in screen or "§ " in screen
    # Copy a quote: Tab moves the focus to the quotes, y copies through OSC 52.
    tmux.keys("Tab", "y")
    tmux.wait_text("Copied quote by")
    assert "Ma Zhaoxu" in tmux.run("show-buffer")
    tmux.keys("q")
    tmux.wait_text("1 article")
    tmux.keys("q")
    tmux.wait_text("EXITED 0")


def test_hostile_file_leaves_the_terminal_alone(tmux: Tmux) -> None:
    tmux.start([_executable(), str(READER_DATA / "hostile.yaml")])
    before = tmux.title()
    # The library's row for the file may flash by first: wait for the article screen.
    tmux.wait_text("s Sidebar")
    screen = tmux.wait_text("[bold red]Breaking[/]")
    assert "\\x1b]0;PWNED\\x07" in screen  # shown as a visible escape
    assert "[@click=app.quit]click[/]" in screen
    # Read the whole file: every page goes through the terminal.
    tmux.keys("]", "]", "G")
    tmux.wait_text("Statistics (3)")  # the strip under the text
    assert tmux.title() == before
    assert "PWNED" not in tmux.title()
    assert tmux.run("list-buffers").strip() == ""  # nothing reached the clipboard
    # Still in the app's alternate screen (no \e[?1049l got through), and no bell rang.
    flags = tmux.run("display-message", "-p", "#{alternate_on} #{window_bell_flag}").split()
    assert flags == ["1", "0"]
    tmux.keys("q")
    tmux.wait_text("EXITED 0")
    assert tmux.title() == before


def test_no_color_sends_no_colour_at_all(tmux: Tmux) -> None:
    tmux.start([_executable(), str(SAMPLE)], env={"NO_COLOR": "1"})
    # The list's rows come after the first frame: Enter opens a row once one is shown.
    tmux.wait_text("Join hands to create a better f")
    tmux.wait_text("q Quit")
    tmux.keys("Enter")
    tmux.wait_text("s Sidebar")
    tmux.keys("/")
    tmux.type("china")
    tmux.wait_for(lambda s: COUNTER.search(s) is not None, "the match counter")
    styled = tmux.run("capture-pane", "-p", "-e")
    codes = [
        int(code)
        for params in re.findall(r"\x1b\[([0-9;]*)m", styled)
        for code in params.split(";")
        if code
    ]
    assert codes, "no attributes at all: the capture lost them"
    colours = [c for c in codes if 30 <= c <= 38 or 40 <= c <= 48 or 90 <= c <= 107]
    assert colours == [], styled
    # Selection and matches still show: reverse video, bold, underline.
    assert 7 in codes and 1 in codes, (sorted(set(codes)), styled)


def test_keys_reach_the_reader_when_its_input_is_a_pipe(tmux: Tmux) -> None:
    # As less does: the keys come from the terminal the reader draws on.
    line = f"echo not-a-terminal | {shlex.quote(_executable())} {shlex.quote(str(SAMPLE))}"
    tmux.start(["sh", "-c", line])
    tmux.wait_text("Join hands to create")
    tmux.wait_text("q Quit")
    tmux.keys("Enter")
    tmux.wait_text("§ 1/4")
    tmux.keys("t")
    tmux.wait_for(lambda s: "Sections" in s.splitlines()[0], "the sections to open")
    tmux.keys("q")
    tmux.wait_text("1 article")
    tmux.keys("q")
    tmux.wait_text("EXITED 0")


def test_a_backtracking_regex_leaves_the_reader_answering_keys(tmux: Tmux) -> None:
    # `(.|.)*Q` froze the reader at 100% CPU, deaf to Escape and q.
    tmux.start([_executable(), str(SAMPLE / "join-hands-better-future.yaml")])
    tmux.wait_text("s Sidebar")
    tmux.keys("/", "C-r")
    tmux.type("(.|.)*Q")
    tmux.wait_text("/ (.|.)*Q")
    tmux.keys("Escape")
    tmux.wait_for(lambda s: "/ (.|.)*Q" not in s, "Escape to close the find bar")
    tmux.keys("q")
    tmux.wait_text("EXITED 0")


def test_export_a_speakers_quotes_by_keyboard_and_find_the_file(tmux: Tmux, tmp_path: Path) -> None:
    home = tmp_path / "home"  # the downloads folder is ~/Downloads: made on the first export
    home.mkdir()
    tmux.start([_executable(), str(SAMPLE)], env={"HOME": str(home)})
    tmux.wait_text("Join hands to create a better f")
    tmux.keys("S")
    tmux.wait_text("Ma Zhaoxu")
    tmux.keys("x")
    screen = tmux.wait_text("Into the folder")
    assert "Export 15 quotes of Ma Zhaoxu" in screen, screen
    assert "CSV" in screen and "Markdown" in screen and str(tmp_path)[:30] in screen, screen
    tmux.keys("Down", "Down", "Down", "Down", "Enter")  # Markdown
    screen = tmux.wait_text("Exported 15 quotes of Ma Zhaoxu as Markdown to")
    files = list((home / "Downloads").glob("pressreader-quotes-ma-zhaoxu-*.md"))
    assert len(files) == 1, screen
    brief = files[0].read_text(encoding="utf-8")
    assert brief.startswith("# Quotes\n") and "**Ma Zhaoxu**" in brief
    tmux.keys("q", "q")
    tmux.wait_text("EXITED 0")
