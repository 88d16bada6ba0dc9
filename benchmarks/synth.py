"""Synthetic articles of any size, for benchmarks and large-input tests.

`make_article_yaml(paragraphs, seed)` returns the YAML text of one valid format-v1 article:
sections of paragraphs (some with typographic quotes, dashes and line breaks, some in
Chinese), speakers, and quotes and statistics anchored to words of the text, some scoped to
their section. The same arguments always give the same text.
"""

from __future__ import annotations

import random
from typing import Any

import yaml

_VOCABULARY = (
    "the minister said that cooperation between countries has grown over the past decade "
    "and that trade partnerships investment infrastructure development would continue to "
    "expand while consular protection services reached citizens abroad in difficult times "
    "as reporters asked about diplomacy relations security climate energy and growth"
)
_WORDS = tuple(_VOCABULARY.split(" "))
_CJK = "中国同世界各国的合作不断深化伙伴关系持续扩大对外开放水平稳步提升"
_SPEAKERS = (
    ("Ma Zhaoxu", "Executive Vice Minister of Foreign Affairs"),
    ("Shen Beili", "Vice Minister of the International Department"),
    ("Li Wei", "spokesperson"),
    ("Anna Berg", "trade analyst"),
)
PARAGRAPHS_PER_SECTION = 25


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, number: int) -> str:
    if number % 40 == 39:
        return "".join(rng.choice(_CJK) for _ in range(rng.randint(60, 140))) + "。"
    sentences = [_sentence(rng) for _ in range(rng.randint(3, 6))]
    if number % 7 == 0:
        sentences.insert(1, f"“{_sentence(rng)[:-1]},” he said — firmly.")
    if number % 11 == 0:
        # A line break inside a paragraph, as wrapped text pasted from a page has.
        sentences.insert(2, "It rose\n  again.")
    return " ".join(sentences)


def make_article(paragraphs: int, seed: int) -> dict[str, Any]:
    """The article as plain data (what the YAML holds)."""
    rng = random.Random(seed)
    sections: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    statistics: list[dict[str, Any]] = []
    for number in range(paragraphs):
        if number % PARAGRAPHS_PER_SECTION == 0:
            section: dict[str, Any] = {"paragraphs": []}
            if sections:
                section["heading"] = f"Part {len(sections) + 1}: {_sentence(rng)[:40]}"
            sections.append(section)
        text = _paragraph(rng, number)
        if number % 10 == 3:
            previous, value = rng.randint(10, 500), rng.randint(10, 900)
            figure = f"from {previous} to {value} partners"
            text += f" The number grew {figure} in ten years."
            statistics.append(
                {
                    "label": f"Partners ({number})",
                    "value": value,
                    "previous": previous,
                    "unit": "partners",
                    "text": figure,
                }
            )
        section["paragraphs"].append(text)
        if number % 10 == 5 and number % 40 != 39:
            words = text.split(" ")
            start = rng.randint(0, max(0, len(words) - 8))
            name, _role = rng.choice(_SPEAKERS)
            quote: dict[str, Any] = {
                "speaker": name,
                "text": " ".join(words[start : start + 8]).replace("“", '"').replace("—", "-"),
                "kind": rng.choice(("direct", "indirect")),
            }
            if number % 20 == 5:
                quote["section"] = f"part-{len(sections)}" if len(sections) > 1 else "lead"
            quotes.append(quote)
    sections[0]["id"] = "lead"
    for index, section in enumerate(sections[1:], 2):
        section["id"] = f"part-{index}"
    return {
        "format": 1,
        "id": f"synthetic-{paragraphs}-{seed}",
        "title": f"Synthetic article of {paragraphs} paragraphs",
        "outlet": "Benchmark Daily",
        "published": "2022-10-20",
        "language": "en",
        "authors": ["Generator"],
        "tags": ["synthetic", "benchmark"],
        "speakers": [{"name": name, "role": role} for name, role in _SPEAKERS],
        "sections": sections,
        "quotes": quotes,
        "statistics": statistics,
    }


def make_article_yaml(paragraphs: int, seed: int) -> str:
    """YAML text of a valid article with `paragraphs` paragraphs (about 400 bytes each)."""
    data = make_article(paragraphs, seed)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
    return text
