"""A recall census of the importer over unlabelled texts: the sentences that hold a verb of
saying (or, in English, quotation marks) and that no quote the importer wrote overlaps.

The rounds of 5 December chose their rules from such a census (docs/IMPORT-RULES.md, "Where it
stands"): a seeded sample of these sentences is read by hand, each marked a quote or not by
docs/ANNOTATING.md, and the quotes are grouped by shape; the commonest group that is mostly
quotes is the one worth a rule. Counting over many texts picks the shapes that new texts hold,
where a five-text folder picks the shapes of those five.

    pressreader import TEXTS/ -o IMPORTED/ --force        # (the importer to be measured)
    python benchmarks/census.py IMPORTED/ --language zh --sample 150 --seed 12

Prints the count of such sentences and the sample, one per line with its file. Nothing here is
evaluated against gold: what each sentence is, a person decides.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

ZH_VERBS = (
    *("说", "表示", "称", "指出", "强调", "认为", "透露", "证实", "告诉"),
    *("写道", "宣布", "承认", "呼吁", "警告", "补充", "回应", "坦言", "声称"),
    *("重申", "解释", "提到", "谈到", "介绍", "说明", "预计", "预测", "估计"),
    *("相信", "否认", "批评", "指责", "敦促", "暗示", "披露", "援引", "根据"),
    *("显示", "发现", "表明", "主张", "提出", "分析", "报道", "宣称", "认定"),
    *("裁定", "抱怨", "谴责", "质疑", "反驳", "驳斥", "回答", "答复", "询问"),
    *("问道", "追问", "提醒", "感叹", "直言", "断言", "指控", "要求", "希望"),
    *("担心", "担忧", "坚称", "誓言", "承诺", "保证", "描述", "形容", "称赞"),
    *("赞扬",),
)
EN_VERBS = (
    *("said", "says", "stated", "noted", "added", "emphasized", "emphasised", "stressed"),
    *("explained", "warned", "announced", "argued", "affirmed", "reaffirmed", "reiterated"),
    *("underscored", "highlighted", "expressed", "welcomed", "told", "wrote", "asserted"),
    *("acknowledged", "agreed", "believes", "urged", "pledged", "vowed", "committed"),
    *("recognized", "raised"),
)

_ZH_VERB = re.compile(
    "|".join(sorted(map(re.escape, ZH_VERBS), key=len, reverse=True)) + r"|据.{0,25}?报道"
)
_EN_VERB = re.compile(r"\b(?:" + "|".join(EN_VERBS) + r")\b|\baccording to\b|[“”\"]")
_ZH_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』\"]*|[^。！？]+$")
_EN_SENTENCE = re.compile(r".+?(?:[.!?][”’\"]?(?=\s+[A-Z“\"])|$)", re.DOTALL)


def _quoted_spans(paragraph: str, quotes: list[dict[str, object]]) -> list[tuple[int, int]]:
    """Where each quote's words stand in the paragraph (every occurrence: a census, not a
    check of anchors)."""
    spans: list[tuple[int, int]] = []
    for quote in quotes:
        text = str(quote.get("text") or "")
        start = paragraph.find(text) if text else -1
        while start >= 0:
            spans.append((start, start + len(text)))
            start = paragraph.find(text, start + 1)
    return spans


def uncovered(folder: Path, language: str) -> tuple[int, list[tuple[str, str]]]:
    """The number of sentences with a verb of saying, and those (file, sentence) no quote
    overlaps."""
    verb, sentence = (_ZH_VERB, _ZH_SENTENCE) if language == "zh" else (_EN_VERB, _EN_SENTENCE)
    total = 0
    found: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.yaml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        quotes = article.get("quotes") or []
        for section in article.get("sections") or []:
            for paragraph in section.get("paragraphs") or []:
                spans = _quoted_spans(str(paragraph), quotes)
                for match in sentence.finditer(str(paragraph)):
                    text = match.group().strip()
                    if not text or not verb.search(text):
                        continue
                    total += 1
                    start, end = match.span()
                    if not any(a < end and b > start for a, b in spans):
                        found.append((path.name, text))
    return total, found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of articles `pressreader import` wrote")
    parser.add_argument("--language", choices=("zh", "en"), default="en")
    parser.add_argument("--sample", type=int, default=0, help="print this many, drawn at random")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    total, found = uncovered(args.folder, args.language)
    print(f"sentences with a verb of saying: {total}; with no quote: {len(found)}")
    chosen = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    for number, (name, text) in enumerate(chosen, 1):
        print(f"{number:4}  {name}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
