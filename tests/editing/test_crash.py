"""kill -9 at random moments during saves never leaves a truncated or invalid file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressreader.format.loader import load_file
from tests.editing.fixtures import BARE, BLOCK

# Saves the two versions in turn, as fast as it can, until it is killed.
_SAVER = """
import sys
from pathlib import Path
from pressreader.editing.save import read, save

path = Path(sys.argv[1])
versions = [Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()]
print("ready", flush=True)
turn = 0
while True:
    _, stamp = read(path)
    save(path, versions[turn % 2], stamp, backup_folder=Path(sys.argv[4]))
    turn += 1
"""


@pytest.mark.slow
def test_a_save_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    article = folder / "harbour.yaml"
    # Larger versions make each write take longer, so kills land in the middle of some.
    old = (BLOCK + "# padding\n" * 20_000).encode()
    new = (BARE + "# other padding\n" * 30_000).encode()
    article.write_bytes(old)
    (tmp_path / "old").write_bytes(old)
    (tmp_path / "new").write_bytes(new)
    rng = random.Random(13)
    for _ in range(6):
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _SAVER,
                str(article),
                str(tmp_path / "old"),
                str(tmp_path / "new"),
                str(tmp_path / "backups"),
            ],
            stdout=subprocess.PIPE,
        )
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        assert article.read_bytes() in (old, new)
        result = load_file(article)
        assert result.articles and not [p for p in result.problems if p.severity == "error"]
    # At worst, hidden temporary files stay behind: never an article-named one.
    names = os.listdir(folder)
    assert "harbour.yaml" in names
    assert all(name == "harbour.yaml" or name.startswith(".harbour.yaml.") for name in names)
