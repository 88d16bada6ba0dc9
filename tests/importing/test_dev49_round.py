"""Rules found on the forty-ninth development folder and its audit (docs/IMPORT-RULES.md, "The
forty-ninth development folder"), each with a near shape that must not be taken (the sentences
here are written for the tests)."""

from __future__ import annotations

from .helpers import quotes


def test_continue_to_say_reports_what_the_source_goes_on_saying() -> None:
    # `continue to say that A`: the source's A, as `how can the U.S. continue to say that A?`
    # (ANNOTATING.md, "Twenty-seventh folder").
    assert quotes("Governor Jane Roe has continued to say that the plan is not enough.") == [
        ("indirect", "Jane Roe", "the plan is not enough.")
    ]
    assert quotes("Senator John Doe continues to say the tariffs will pay for themselves.") == [
        ("indirect", "John Doe", "the tariffs will pay for themselves.")
    ]
    # (the speaker's own `we` and `I`, and `continue to say` with no clause: no quote)
    assert quotes("We will continue to say that the plan works.") == []
    assert quotes("I continue to say it every day.") == []
    assert quotes("Republicans have continued to say, which is giving a tax cut to the rich.") == []


def test_a_subject_after_in_addition_to_is_whom_a_later_pronoun_names() -> None:
    # `Since then, in addition to signing …, the President has continued …` opens with the
    # President: the `he` after it is his, not the last source's.
    assert quotes(
        "President Jane Roe signed the law. Speaker John Doe said that the bill was bad.",
        "Since then, in addition to signing the largest bill in 30 years, President Roe has"
        " taken two dozen actions.",
        "But she has continued to say that it is not enough.",
    ) == [
        ("indirect", "John Doe", "the bill was bad."),
        ("indirect", "Jane Roe", "it is not enough."),
    ]
    # (a phrase that is no opening adverbial leaves the pronoun with the last source)
    assert quotes(
        "Speaker John Doe said that the bill was bad.",
        "He has continued to say that it is not enough.",
    ) == [
        ("indirect", "John Doe", "the bill was bad."),
        ("indirect", "John Doe", "it is not enough."),
    ]
