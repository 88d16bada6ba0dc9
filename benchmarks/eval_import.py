"""How close `pressreader import`'s annotations come to hand-made gold ones.

Usage:
    python benchmarks/eval_import.py GOLD_DIR [--verbose]
    python benchmarks/eval_import.py --sample [--verbose]
    python benchmarks/eval_import.py --pair RAW.txt GOLD.yaml [--verbose]
    python benchmarks/eval_import.py GOLD_DIR --misses

Each gold article (`NAME.yaml`) is compared with the import of its raw text (`NAME.txt` or
`NAME.md` beside it), imported as `pressreader import` does with no flag. `--sample` takes the
bundled sample article (`articles/join-hands-better-future.yaml`) and its raw text from the
shared source texts (`PRESSREADER_SOURCE_TEXTS`, else `../shared/source-texts` or
`../../shared/source-texts` from the repository).

Quotes are matched one to one, within the same paragraph (paragraphs are told apart by their
text, so a paragraph the importer keeps and the gold leaves out changes nothing), when at
least T of the gold quote's characters lie in the predicted span and at least T of the
predicted span lies in the gold one: T = 80% (the measure), 30%, and exact spans. Reported:
precision, recall, F1, the recall of the gold's indirect quotes alone, and the speaker
accuracy on the quotes matched at 80% (the same name, letter case aside).

Statistics are matched one to one by value (within 0.1%) in the same paragraph. Reported:
precision, recall, F1, and on the matched ones the unit accuracy (the same unit, letter case
aside), the `previous` accuracy (both the same, or both absent), precision (of the predicted
ones that have a `previous`, the share equal to the gold's) and recall (of the gold ones that
have one, the share found), and how close the labels come: the mean, over the matched
figures, of the F1 of the two labels' words (letter case aside, without `of`, `the`, `a`, `an`,
`in`, `for`, `to`, `and`; a label holding Han characters counts its characters), a rough
measure: gold labels are written as descriptions, the importer's are taken from the words near
the figure.

`--misses` prints each gold quote not matched at 80% with the words before it in its paragraph
and the found quote that overlaps it most (if any): the list a recall audit starts from.
`--details` prints each found quote whose span is off: matched at 30% but not at 80% (`near`, with
the gold span and the words the found one has more or less at each end), matched at 80% but not
exactly (`inexact`), or matching no gold quote at 30% (`extra`, with the gold quote it overlaps
most, if any): the list a span audit starts from.

Timings are not measured here; see bench_import.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pressreader.format.loader import load_file, load_text
from pressreader.importing.pipeline import Options, prepare
from pressreader.model import Anchor, Article

ROOT = Path(__file__).resolve().parents[1]
_SPACES = re.compile(r"\s+")


def collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass
class Span:
    paragraph: str  # the paragraph's text, white space collapsed
    start: int
    end: int
    speaker: str = ""
    kind: str = ""


@dataclass
class Figure:
    paragraph: str
    value: float
    unit: str | None
    previous: float | None
    text: str = ""
    label: str = ""


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: dict[str, int] = field(default_factory=dict)
    indirect_gold: int = 0
    indirect_matched: int = 0
    speaker_right: int = 0
    figures_gold: int = 0
    figures_predicted: int = 0
    figures_matched: int = 0
    unit_right: int = 0
    previous_right: int = 0
    previous_predicted: int = 0
    previous_predicted_right: int = 0
    previous_gold: int = 0
    previous_gold_found: int = 0
    label_overlap: float = 0.0  # the labels' word F1, summed over the matched figures

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if isinstance(value, dict):
                for key, count in value.items():
                    self.matched[key] = self.matched.get(key, 0) + count
            else:
                setattr(self, name, getattr(self, name) + value)


def _paragraph_of(article: Article, section: int, paragraph: int) -> str:
    return article.sections[section].paragraphs[paragraph]


def _span(
    article: Article, anchor: Anchor | None, speaker: str = "", kind: str = ""
) -> Span | None:
    if anchor is None:
        return None
    text = _paragraph_of(article, anchor.section_index, anchor.paragraph)
    start = len(collapse(text[: anchor.start] + "x")) - 1
    length = len(collapse(text[anchor.start : anchor.end]))
    return Span(collapse(text), start, start + length, speaker, kind)


def quote_spans(article: Article) -> list[Span]:
    spans = [_span(article, quote.anchor, quote.speaker, quote.kind) for quote in article.quotes]
    return [span for span in spans if span is not None]


def figures(article: Article) -> list[Figure]:
    out = []
    for statistic in article.statistics:
        if statistic.anchor is None:
            continue
        anchor = statistic.anchor
        text = _paragraph_of(article, anchor.section_index, anchor.paragraph)
        out.append(
            Figure(
                collapse(text),
                float(statistic.value),
                statistic.unit,
                None if statistic.previous is None else float(statistic.previous),
                statistic.text or "",
                statistic.label,
            )
        )
    return out


def _overlap(gold: Span, predicted: Span) -> tuple[float, float]:
    common = max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))
    return common / max(1, gold.end - gold.start), common / max(1, predicted.end - predicted.start)


def match_quotes(
    gold: list[Span], predicted: list[Span], threshold: float | None
) -> list[tuple[Span, Span]]:
    """One-to-one pairs in the same paragraph covering each other at `threshold` (None:
    exactly the same span), the best-covering pairs first."""
    candidates = []
    for gold_index, gold_span in enumerate(gold):
        for predicted_index, predicted_span in enumerate(predicted):
            if gold_span.paragraph != predicted_span.paragraph:
                continue
            if threshold is None:
                if (gold_span.start, gold_span.end) == (predicted_span.start, predicted_span.end):
                    candidates.append((1.0, gold_index, predicted_index))
                continue
            covered, inside = _overlap(gold_span, predicted_span)
            if covered >= threshold and inside >= threshold:
                candidates.append((min(covered, inside), gold_index, predicted_index))
    candidates.sort(key=lambda item: -item[0])
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gold_index, predicted_index in candidates:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        pairs.append((gold[gold_index], predicted[predicted_index]))
    return pairs


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)


def match_figures(gold: list[Figure], predicted: list[Figure]) -> list[tuple[Figure, Figure]]:
    pairs = []
    used: set[int] = set()
    for gold_figure in gold:
        for index, predicted_figure in enumerate(predicted):
            if index in used or predicted_figure.paragraph != gold_figure.paragraph:
                continue
            if _same_value(gold_figure.value, predicted_figure.value):
                used.add(index)
                pairs.append((gold_figure, predicted_figure))
                break
    return pairs


_LABEL_STOP = frozenset({"of", "the", "a", "an", "in", "for", "to", "and"})
_HAN = re.compile(r"[\u3400-\u9fff]")


def _label_words(label: str) -> set[str]:
    if _HAN.search(label):
        return set(_HAN.findall(label))
    return set(re.findall(r"\w+", label.casefold())) - _LABEL_STOP


def label_overlap(gold: str, predicted: str) -> float:
    """The F1 of the two labels' words (0 when either has none)."""
    a, b = _label_words(gold), _label_words(predicted)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _name(text: str) -> str:
    return collapse(text).casefold()


def compare(
    gold: Article,
    predicted: Article,
    verbose: bool = False,
    label: str = "",
    misses: bool = False,
    details: bool = False,
) -> Tally:
    tally = Tally()
    gold_quotes, predicted_quotes = quote_spans(gold), quote_spans(predicted)
    tally.gold, tally.predicted = len(gold_quotes), len(predicted_quotes)
    for name, threshold in (("80", 0.8), ("30", 0.3), ("exact", None)):
        pairs = match_quotes(gold_quotes, predicted_quotes, threshold)
        tally.matched[name] = len(pairs)
        if name == "80":
            tally.indirect_gold = sum(span.kind == "indirect" for span in gold_quotes)
            tally.indirect_matched = sum(g.kind == "indirect" for g, _ in pairs)
            tally.speaker_right = sum(_name(g.speaker) == _name(p.speaker) for g, p in pairs)
            if verbose:
                _show_quotes(label, gold_quotes, predicted_quotes, pairs)
            if misses:
                _show_misses(label, gold_quotes, predicted_quotes, pairs)
    if details:
        _show_details(label, gold_quotes, predicted_quotes)
    gold_figures, predicted_figures = figures(gold), figures(predicted)
    figure_pairs = match_figures(gold_figures, predicted_figures)
    tally.figures_gold, tally.figures_predicted = len(gold_figures), len(predicted_figures)
    tally.figures_matched = len(figure_pairs)
    for gold_figure, predicted_figure in figure_pairs:
        tally.label_overlap += label_overlap(gold_figure.label, predicted_figure.label)
        tally.unit_right += (gold_figure.unit or "").casefold() == (
            predicted_figure.unit or ""
        ).casefold()
        same_previous = (gold_figure.previous is None and predicted_figure.previous is None) or (
            gold_figure.previous is not None
            and predicted_figure.previous is not None
            and _same_value(gold_figure.previous, predicted_figure.previous)
        )
        tally.previous_right += same_previous
        if predicted_figure.previous is not None:
            tally.previous_predicted += 1
            tally.previous_predicted_right += same_previous
        if gold_figure.previous is not None:
            tally.previous_gold += 1
            tally.previous_gold_found += same_previous
    if verbose:
        _show_figures(label, gold_figures, predicted_figures, figure_pairs)
    return tally


def _short(span: Span) -> str:
    text = span.paragraph[span.start : span.end]
    return text if len(text) < 90 else text[:60] + " … " + text[-25:]


def _show_quotes(
    label: str, gold: list[Span], predicted: list[Span], pairs: list[tuple[Span, Span]]
) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g, p in pairs:
        if _name(g.speaker) != _name(p.speaker):
            print(f"  {label}: speaker: gold {g.speaker!r}, found {p.speaker!r}: {_short(g)!r}")
    for span in gold:
        if id(span) not in matched_gold:
            print(f"  {label}: missed {span.kind} ({span.speaker}): {_short(span)!r}")
    for span in predicted:
        if id(span) not in matched_predicted:
            print(f"  {label}: extra {span.kind} ({span.speaker}): {_short(span)!r}")


def _show_misses(
    label: str, gold: list[Span], predicted: list[Span], pairs: list[tuple[Span, Span]]
) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    for span in gold:
        if id(span) in matched_gold:
            continue
        before = span.paragraph[max(0, span.start - 120) : span.start]
        print(f"{label}: {span.kind} ({span.speaker})")
        print(f"  before: …{before!r}")
        print(f"  gold:   {_short(span)!r}")
        best = max(
            (p for p in predicted if p.paragraph == span.paragraph),
            key=lambda p: min(span.end, p.end) - max(span.start, p.start),
            default=None,
        )
        if best is not None and min(span.end, best.end) > max(span.start, best.start):
            print(f"  found:  {_short(best)!r} ({best.speaker})")
        else:
            print("  found:  nothing")


def _ends(gold: Span, found: Span) -> str:
    """What the found span has more (+) or less (-) than the gold one at each end."""
    text = gold.paragraph

    def piece(a: int, b: int) -> str:
        part = text[min(a, b) : max(a, b)]
        return repr(part if len(part) < 70 else part[:30] + " … " + part[-30:])

    out = []
    if found.start != gold.start:
        out.append(
            f"start {'+' if found.start < gold.start else '-'}{piece(found.start, gold.start)}"
        )
    if found.end != gold.end:
        out.append(f"end {'+' if found.end > gold.end else '-'}{piece(gold.end, found.end)}")
    return "; ".join(out)


def _around(span: Span) -> str:
    """The found span in its paragraph, with the words either side of it."""
    text = span.paragraph
    before = text[max(0, span.start - 100) : span.start]
    after = text[span.end : span.end + 80]
    return f"  around: …{before!r} [{_short(span)!r}] {after!r}…"


def _show_details(label: str, gold: list[Span], predicted: list[Span]) -> None:
    at80 = {id(p): g for g, p in match_quotes(gold, predicted, 0.8)}
    at30 = {id(p): g for g, p in match_quotes(gold, predicted, 0.3)}
    exact = {id(p) for _, p in match_quotes(gold, predicted, None)}
    for span in predicted:
        if id(span) in exact:
            continue
        matched = at80.get(id(span)) or at30.get(id(span))
        if matched is not None:
            kind = "inexact" if id(span) in at80 else "near"
            print(f"{label}: {kind} {span.kind} ({span.speaker}): {_ends(matched, span)}")
            print(f"  gold:   {_short(matched)!r}")
            print(_around(span))
            continue
        print(f"{label}: extra {span.kind} ({span.speaker}): {_short(span)!r}")
        print(_around(span))
        nearest = max(
            (g for g in gold if g.paragraph == span.paragraph),
            key=lambda g: min(span.end, g.end) - max(span.start, g.start),
            default=None,
        )
        if nearest is not None and min(span.end, nearest.end) > max(span.start, nearest.start):
            print(f"  overlaps gold: {_short(nearest)!r}; {_ends(nearest, span)}")


def _show_figures(
    label: str, gold: list[Figure], predicted: list[Figure], pairs: list[tuple[Figure, Figure]]
) -> None:
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g, p in pairs:
        if g.previous != p.previous:
            print(f"  {label}: previous: gold {g.previous}, found {p.previous}: {p.text!r}")
    for figure in gold:
        if id(figure) not in matched_gold:
            print(f"  {label}: missed figure {figure.value:g}: {figure.text!r}")
    for figure in predicted:
        if id(figure) not in matched_predicted:
            print(f"  {label}: extra figure {figure.value:g}: {figure.text!r}")


def imported(raw: Path) -> Article:
    """The article `pressreader import RAW` writes, loaded back."""
    prepared = prepare(str(raw), raw.read_bytes(), Options(), dt.date(2026, 1, 1))
    result = load_text(prepared.text, raw.with_suffix(".yaml"))
    if result.problems or len(result.articles) != 1:
        raise SystemExit(f"{raw}: the import does not load: {result.problems[:1]}")
    return result.articles[0]


def gold_article(path: Path) -> Article:
    result = load_file(path)
    if result.problems or len(result.articles) != 1:
        raise SystemExit(f"{path}: the gold does not load: {result.problems[:1]}")
    return result.articles[0]


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  n/a"


def _f1(precision_part: int, predicted: int, gold: int) -> str:
    if not predicted or not gold or not precision_part:
        return "0.000"
    precision, recall = precision_part / predicted, precision_part / gold
    return f"{2 * precision * recall / (precision + recall):.3f}"


def report(tally: Tally, articles: int) -> None:
    print(
        f"{articles} articles; {tally.gold} gold quotes ({tally.indirect_gold} indirect), "
        f"{tally.predicted} found; {tally.figures_gold} gold figures, "
        f"{tally.figures_predicted} found"
    )
    print("quotes            precision  recall     F1")
    for name in ("80", "30", "exact"):
        matched = tally.matched.get(name, 0)
        shown = {"80": "at 80% coverage", "30": "at 30% coverage", "exact": "exact span"}[name]
        print(
            f"  {shown:<16} {_ratio(matched, tally.predicted):>8}  {_ratio(matched, tally.gold):>6}"
            f"  {_f1(matched, tally.predicted, tally.gold):>6}"
        )
    print(f"  indirect recall (80%)      {_ratio(tally.indirect_matched, tally.indirect_gold)}")
    print(f"  speaker accuracy (80%)     {_ratio(tally.speaker_right, tally.matched.get('80', 0))}")
    print("statistics        precision  recall     F1")
    print(
        f"  by value         {_ratio(tally.figures_matched, tally.figures_predicted):>8}"
        f"  {_ratio(tally.figures_matched, tally.figures_gold):>6}"
        f"  {_f1(tally.figures_matched, tally.figures_predicted, tally.figures_gold):>6}"
    )
    print(f"  unit accuracy              {_ratio(tally.unit_right, tally.figures_matched)}")
    matched = tally.figures_matched
    overlap = f"{tally.label_overlap / matched:.3f}" if matched else "n/a"
    print(f"  label word overlap (F1)    {overlap}")
    print(f"  previous accuracy          {_ratio(tally.previous_right, tally.figures_matched)}")
    print(
        f"  previous precision         "
        f"{_ratio(tally.previous_predicted_right, tally.previous_predicted)}"
        f"  ({tally.previous_predicted} found with one)"
    )
    print(
        f"  previous recall            {_ratio(tally.previous_gold_found, tally.previous_gold)}"
        f"  ({tally.previous_gold} gold with one)"
    )


def pairs_in(folder: Path) -> Iterable[tuple[Path, Path]]:
    for gold in sorted(folder.glob("*.yaml")):
        raws = [gold.with_suffix(suffix) for suffix in (".txt", ".md")]
        raw = next((path for path in raws if path.is_file()), None)
        if raw is None:
            print(f"{gold}: no raw text beside it; skipped", file=sys.stderr)
            continue
        yield raw, gold


def sample_pair() -> tuple[Path, Path]:
    gold = ROOT / "articles" / "join-hands-better-future.yaml"
    if not gold.is_file():
        gold = ROOT / "src" / "pressreader" / "samples" / "join-hands-better-future.yaml"
    places = [os.environ.get("PRESSREADER_SOURCE_TEXTS", "")]
    places += [
        str(ROOT.parent / "shared" / "source-texts"),
        str(ROOT.parents[1] / "shared" / "source-texts"),
    ]
    for place in places:
        if place and (Path(place) / "join-hands-better-future.txt").is_file():
            return Path(place) / "join-hands-better-future.txt", gold
    raise SystemExit("the sample's raw text was not found: set PRESSREADER_SOURCE_TEXTS")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir", nargs="?", type=Path)
    parser.add_argument("--sample", action="store_true", help="the bundled sample article")
    parser.add_argument("--pair", nargs=2, metavar=("RAW", "GOLD"), type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    parser.add_argument(
        "--misses", action="store_true", help="each gold quote missed at 80%%, with its context"
    )
    parser.add_argument(
        "--details",
        action="store_true",
        help="each found quote matched at 30%% but not 80%%, not exactly, or not at all",
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        help="only the Chinese gold articles (`zh`), or only the others (`other`)",
    )
    args = parser.parse_args(argv)
    if args.sample:
        pairs = [sample_pair()]
    elif args.pair:
        pairs = [tuple(args.pair)]
    elif args.gold_dir:
        pairs = list(pairs_in(args.gold_dir))
    else:
        parser.error("give GOLD_DIR, --sample or --pair RAW GOLD")
    total = Tally()
    count = 0
    for raw, gold in pairs:
        article = gold_article(gold)
        chinese = (article.language or "").startswith("zh")
        if (args.language == "zh" and not chinese) or (args.language == "other" and chinese):
            continue
        tally = compare(article, imported(raw), args.verbose, gold.stem, args.misses, args.details)
        total.add(tally)
        count += 1
    report(total, count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
