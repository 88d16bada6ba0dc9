"""The key-latency floor: Textual's own `Log` widget holding an article's paragraphs.

`python log_baseline.py FILE.yaml`: the paragraphs of the article (or of a text file, blank-line
separated) wrapped at 88 columns, in an app with a Header and a Footer, the Log focused. Its
footer shows "palette" (the command palette's key), which is what `bench_keys.py` waits for.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Log


def paragraphs(path: Path) -> list[str]:
    if path.suffix in (".yaml", ".yml"):
        import yaml

        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        return [p for section in document["sections"] for p in section["paragraphs"]]
    return path.read_text(encoding="utf-8").split("\n\n")


class LogBaseline(App[None]):
    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        yield Header()
        yield Log(id="log")
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(Log)
        log.write_lines(self.lines, scroll_end=False)
        log.focus()


def main() -> None:
    lines: list[str] = []
    for paragraph in paragraphs(Path(sys.argv[1])):
        lines += [*textwrap.wrap(paragraph, 88), ""]
    LogBaseline(lines).run()


if __name__ == "__main__":
    main()
