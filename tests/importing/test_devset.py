"""The development set (benchmarks/devset): every gold file is a valid article under
`check --strict`, its text is the raw text as the importer reads it (up to the differences the
manifest lists, each with its reason), and the totals of each split are the ones recorded.

Run as a script (`python tests/importing/test_devset.py`) it prints the counts per split.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tomllib
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.format.loader import load_file
from pressreader.model import Article

DEVSET = Path(__file__).resolve().parents[2] / "benchmarks" / "devset"
SPLITS = ("test", "dev")
# `dev2/` to `dev31/`: development articles added after the set's proportions were fixed

# `dev2/` to `dev35/`: development articles added after the set's proportions were fixed
# (SOURCES.md); their gold is checked like the rest, but they are not part of the set whose third
# the test split is.
EXTRA_FOLDERS = (
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "dev30",
    "dev31",
    "dev32",
    "dev33",
    "dev34",
    "dev35",
    "dev36",
    "dev37",
    "dev38",
    "dev39",
    "dev40",
    "dev41",
    "dev42",
    "dev43",
    "dev44",
    "dev45",
    "dev46",
    "dev47",
    "dev48",
    "dev49",
    "dev50",
    "dev51",
    "dev52",
    "dev53",
    "dev54",
    "dev55",
    "dev56",
    "dev57",
    "dev58",
    "dev59",
    "dev60",
    "dev61",
    "dev62",
    "dev63",
    "dev64",
    "dev65",
    "dev66",
    "dev67",
    "dev68",
)
FOLDERS = (*SPLITS, *EXTRA_FOLDERS)
RAW_SUFFIXES = (".txt", ".md")
MANIFEST = tomllib.loads((DEVSET / "manifest.toml").read_text(encoding="utf-8"))
GOLD = sorted(path for split in FOLDERS for path in (DEVSET / split).glob("*.yaml"))


def gold_article(path: Path) -> Article:
    result = load_file(path)
    assert [problem.format() for problem in result.problems] == []
    assert len(result.articles) == 1
    return result.articles[0]


def lines(article: Article) -> list[str]:
    """The article's text in reading order, a heading marked `## `, white space made single."""
    out: list[str] = []
    for section in article.sections:
        if section.heading:
            out.append("## " + " ".join(section.heading.split()))
        out += [" ".join(paragraph.split()) for paragraph in section.paragraphs]
    return out


def raw_source(gold: Path) -> Path:
    found = [
        gold.with_suffix(suffix) for suffix in RAW_SUFFIXES if gold.with_suffix(suffix).is_file()
    ]
    assert len(found) == 1, f"{gold.name}: expected one raw text beside it"
    return found[0]


def counts(articles: list[Article]) -> dict[str, int]:
    quotes = [quote for article in articles for quote in article.quotes]
    return {
        "articles": len(articles),
        "quotes": len(quotes),
        "indirect": sum(quote.kind == "indirect" for quote in quotes),
        "statistics": sum(len(article.statistics) for article in articles),
    }


def test_every_article_is_listed_once_in_its_split() -> None:
    listed = MANIFEST["articles"]
    assert sorted(listed) == sorted(path.stem for path in GOLD)
    for path in GOLD:
        assert listed[path.stem]["split"] == path.parent.name


@pytest.mark.parametrize("gold", GOLD, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_gold_is_strict_and_its_text_is_the_raw_text(gold: Path, tmp_path: Path) -> None:
    article = gold_article(gold)
    assert article.id == gold.stem
    assert all(quote.reviewed for quote in article.quotes)
    assert all(statistic.reviewed for statistic in article.statistics)
    out = tmp_path / "imported.yaml"
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["import", str(raw_source(gold)), "-o", str(out)]) == 0
    imported = load_file(out).articles[0]
    entry = MANIFEST["articles"][gold.stem]
    extra = {form + line for line in entry.get("importer_extra", []) for form in ("", "## ")}
    not_headings = {"## " + line for line in entry.get("not_headings", [])}
    missed_headings = set(entry.get("missed_headings", []))
    found = lines(imported)
    # Every difference recorded still occurs: the manifest says what the importer does now.
    assert [
        line
        for line in entry.get("importer_extra", [])
        if not extra & {line, "## " + line} & set(found)
    ] == []
    assert [line for line in not_headings if line not in found] == []
    assert [line for line in missed_headings if line not in found] == []
    expected = [line for line in found if line not in extra]
    expected = [line[3:] if line in not_headings else line for line in expected]
    expected = ["## " + line if line in missed_headings else line for line in expected]
    assert lines(article) == expected
    assert imported.title == article.title


def test_split_totals() -> None:
    totals = {
        split: counts([gold_article(path) for path in GOLD if path.parent.name == split])
        for split in FOLDERS
    }
    for split, recorded in MANIFEST["totals"].items():
        assert totals[split] == recorded, split


def test_held_out_split_is_a_third_of_the_set() -> None:
    splits = {split: len(list((DEVSET / split).glob("*.yaml"))) for split in SPLITS}
    assert 3 * splits["test"] >= sum(splits.values())


if __name__ == "__main__":
    every = []
    for split in SPLITS:
        articles = [gold_article(path) for path in GOLD if path.parent.name == split]
        every += articles
        print(split, counts(articles))
    print("all", counts(every))
    for folder in EXTRA_FOLDERS:
        print(folder, counts([gold_article(path) for path in GOLD if path.parent.name == folder]))
    sys.exit(0)
