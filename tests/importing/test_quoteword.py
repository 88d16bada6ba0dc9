"""Words in marks read out after a briefing's or a speech's spoken `quote` that no other rule
attributes (docs/IMPORT-RULES.md, "What it finds"): the subject of the last verb of saying or
calling before the spoken `quote` in its sentence speaks them, past a word or two between the
`quote` and the marks (`a, quote, “…”`, `— and I quote — is “…”`), an aside between dashes after the
name, a relative `who` and a verb joined by `and`. Not when that subject is the one speaking, the
one asked or a group (`I`, `we`, `you`, `they`), a noun with no name, a name inside the subject, nor
before a clause's subject pronoun or an infinitive's `to` (the words in marks go on a report or name
an act asked for). The sentences here are written for the tests."""

from __future__ import annotations

from .helpers import near_linear, quotes

INTRO = "Press Secretary Jane Roe took questions."
ANSWER = "MS. ROE: We are working on it."


def test_a_name_an_aside_and_a_bare_verb_of_calling() -> None:
    assert quotes(
        INTRO,
        "MS. ROE: We saw Governor John Doe — of course, a Republican, as you know — call the "
        "state’s ban — a bill banning ghost guns a, quote, “positive step as we seek to stem the "
        "tide of violent crime.”",
    ) == [("direct", "John Doe", "positive step as we seek to stem the tide of violent crime.")]
    # (no aside)
    assert quotes(
        INTRO, "MS. ROE: We heard Senator Mary Major call the plan a, quote, “real fix.”"
    ) == [("direct", "Mary Major", "real fix.")]


def test_as_x_said_with_a_phrase_between() -> None:
    assert quotes(
        "Remarks by the President.",
        "As President Truman said in 1945, the U.N. Charter — and I quote — is “proof that "
        "nations, like men, can state their differences.” End of quote.",
    )[-1] == ("direct", "Truman", "proof that nations, like men, can state their differences.")


def test_a_relative_who_and_a_verb_joined_by_and() -> None:
    found = quotes(
        INTRO,
        "Q First, China, who said that — who accused this agreement of escalating tensions in "
        "the region and said it was reflective of a, quote, “Cold War mentality.” Do you have a "
        "response?",
    )
    assert ("direct", "China", "Cold War mentality.") in found


def test_a_pronoun_for_the_one_named_before() -> None:
    assert quotes(
        "Remarks by the President.",
        "Senator Robert Doe was a soldier. He called it, when he told me the story, one of those, "
        "quote, “moments that turn a life and that stay with you.”",
    ) == [("direct", "Robert Doe", "moments that turn a life and that stay with you.")]


def test_the_speaker_or_a_group_left_alone() -> None:
    # (a question's `you said …, quote, “…”` is the one asked's, by the rule of questions)
    for paragraph in (
        "MS. ROE: I told Senator John Doe it was, quote, “a good start.”",
        "MS. ROE: We called it one of those, quote, “moments that matter.”",
        "MS. ROE: They called it one of those, quote, “moments that matter.”",
    ):
        assert all(kind != "direct" for kind, _, _ in quotes(INTRO, ANSWER, paragraph)), paragraph


def test_no_name_or_a_name_inside_the_subject_left_alone() -> None:
    # (a noun with no name: `this soldier`)
    assert (
        quotes(
            "Remarks by the President.",
            "And this soldier reminded us, and I quote, “Too many of us have sacrificed too much.”",
        )
        == []
    )
    # (a name inside the subject's relative clause, not the subject)
    found = quotes(
        INTRO,
        "MS. ROE: The former General Counsel, who was lead prosecutor in the Special Counsel "
        "Mueller investigation, said, it was, quote, “exactly what you’re not supposed to do.”",
    )
    assert all(speaker != "Mueller" for _, speaker, _ in found)


def test_a_clause_subject_or_an_infinitive_before_the_spoken_quote_left_alone() -> None:
    # (`it, quote, “…”`: the words in marks go on the report's clause)
    found = quotes(
        INTRO,
        "MS. ROE: Chairman John Doe has been clear. He said last year — and this is a direct "
        "quote — it, quote, “didn’t amount to a hill of beans.”",
    )
    assert ("direct", "John Doe", "didn’t amount to a hill of beans.") not in found
    # (an act asked for)
    assert (
        quotes(
            INTRO, ANSWER, "Q Senator John Doe called upon his followers to, quote, “ambush” them."
        )
        == []
    )


def test_terms_and_titles_with_no_spoken_quote_left_alone() -> None:
    for paragraph in (
        "MS. ROE: The so-called “Inflation Reduction Act” passed last year.",
        "MS. ROE: This is what they call “the Wall Street shuffle.”",
        "MS. ROE: The administration released a report titled “Building a Better America.”",
        "MS. ROE: This is the so-called, quote, “border crisis” that Republicans talk about.",
    ):
        assert quotes(INTRO, ANSWER, paragraph) == [], paragraph


def test_many_verbs_joined_by_and_before_a_spoken_quote_stay_linear() -> None:
    def run(n: int) -> list[tuple[str, str, str]]:
        return quotes(
            INTRO,
            "MS. ROE: Governor John Doe" + " and said" * n + " it was a, quote, “real fix.”",
        )

    small, large = near_linear(run, 500)
    assert small == large
