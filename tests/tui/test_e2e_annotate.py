"""End to end: marking a quote by keyboard in the installed reader (the executable the README's
install gives, as the other tmux tests run it), saving, and finding it in the file and with
`search`."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_annotate import ARTICLE
from .test_e2e_tmux import TMUX, Tmux, _executable

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def installed() -> Path:
    """The installed `pressreader` (a fresh non-editable install took 18 s of the suite;
    the benchmarks and the release check use one)."""
    if TMUX is None:
        pytest.skip("tmux is not installed (.ci/run installs it)")
    return Path(_executable())


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    session = Tmux(tmp_path)
    try:
        yield session
    finally:
        session.kill()


def test_a_quote_marked_by_keyboard_is_saved_and_found_by_search(
    installed: Path, tmux: Tmux, tmp_path: Path
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    path = library / "harbour.yaml"
    path.write_text(ARTICLE, encoding="utf-8")
    tmux.start([str(installed), str(path)], env={"NO_COLOR": "1", "TERM": "xterm"})
    tmux.wait_text("s Sidebar")
    # The unreviewed quote and statistic are marked in the text's margin.
    assert "◌ “The harbour is open,”" in tmux.screen()
    # Find the words, select them from the match, three words more, make them a quote.
    tmux.keys("/")
    tmux.type("prices")
    tmux.keys("Enter", "v", "w", "w", "w")
    tmux.wait_text("q Quote")
    tmux.keys("q")
    tmux.wait_text("New quote")
    assert "“prices will fall soon”" in tmux.screen()
    tmux.type("Bo Chan")
    tmux.keys("Enter")
    tmux.wait_text("Unsaved: 1 change ")  # a new speaker and its quote: one change
    assert path.read_text(encoding="utf-8") == ARTICLE
    tmux.keys("C-s")
    tmux.wait_text("Saved")
    tmux.keys("q")
    tmux.wait_text("EXITED 0")
    saved = path.read_text(encoding="utf-8")
    assert '  - speaker: "Bo Chan"\n    text: "prices will fall soon"\n' in saved
    # Every line the change did not need is as it was, in order.
    kept = saved.splitlines()
    for added in (
        '  - name: "Bo Chan"',
        '  - speaker: "Bo Chan"',
        '    text: "prices will fall soon"',
        '    kind: "direct"',
    ):
        kept.remove(added)
    assert kept == ARTICLE.splitlines()
    env = {**tmux.env, "NO_COLOR": "1"}
    found = subprocess.run(
        [str(installed), "search", 'speaker:"Bo Chan"', str(library)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert found.returncode == 0, found.stderr
    assert "harbour.yaml:" in found.stdout and "prices will fall soon" in found.stdout
    checked = subprocess.run(
        [str(installed), "check", "--strict", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
