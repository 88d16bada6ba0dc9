"""A figure after a noun of an amount, a count or a size and `of` is labelled by that noun
(`revenue of $4.2 billion` → Revenue, `a population of 35 million` → Population, `a fine of
$5,000` → Fine), with a modifier of its kind (`Quarterly profit`), never a verb before it
(`reported revenue` → Revenue, `includes funding` → Funding)."""

from __future__ import annotations

import pytest

from .helpers import found


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("The company reported revenue of $4.2 billion.", "Revenue"),
        ("He paid a fine of $5,000.", "Fine"),
        ("The city has a population of 35 million.", "Population"),
        ("It posted a record quarterly profit of $12 billion.", "Quarterly profit"),
        ("The rally drew a crowd of 40,000.", "Crowd"),
        ("The bill includes funding of $2 billion for schools.", "Funding"),
        ("The state's annual budget of $3 billion passed.", "Budget"),
    ],
)
def test_the_noun_before_of_names_the_figure(paragraph: str, label: str) -> None:
    assert [s.label for s in found(paragraph).statistics] == [label]


def test_other_words_before_of_leave_the_label_as_it_was() -> None:
    assert [s.label for s in found("Most of the 200 people left.").statistics] == ["People"]
