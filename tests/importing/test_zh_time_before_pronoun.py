"""A Chinese pronoun source after a word of when (`当时他说，`, `随后他表示，`): the person the
pronoun names, never the time word joined to it as a name (`随后他`), and never nothing
(docs/IMPORT-RULES.md, "What it finds", 6 December, sixth session). The sentences are written for
the tests."""

from __future__ import annotations

import pytest

from .helpers import quotes

_BEFORE = "唐纳德·特朗普上个月曾推迟签署该命令。"


@pytest.mark.parametrize("when", ["当时", "随后", "后来", "此前", "之后", "接着", "稍后"])
def test_a_word_of_when_before_the_pronoun_is_no_part_of_the_source(when: str) -> None:
    assert quotes(_BEFORE + when + "他表示，他不想妨碍经济利益。") == [
        ("indirect", "唐纳德·特朗普", "他不想妨碍经济利益。")
    ]


def test_the_pronoun_alone_and_after_its_verb_read_as_before() -> None:
    assert quotes(_BEFORE + "他当时说，他不想妨碍经济利益。") == [
        ("indirect", "唐纳德·特朗普", "他不想妨碍经济利益。")
    ]
    assert quotes(_BEFORE + "他说，他不想妨碍经济利益。") == [
        ("indirect", "唐纳德·特朗普", "他不想妨碍经济利益。")
    ]


def test_a_word_of_when_is_no_source_of_its_own() -> None:
    # no person before it: the time word names no one
    assert quotes("随后表示，他不想妨碍经济利益。") == []
    assert quotes("当时说，他不想妨碍经济利益。") == []
