"""An interview's interviewer named in the turns' labels (`MR. COOPER:`, `MS. BASH:`,
`MODERATOR:`), whose turns put questions to the other speaker (docs/IMPORT-RULES.md, "The
interviewer round"; ANNOTATING.md, "Thirty-ninth folder"): the turn's `you said …`, `You called it a
“…”` are the one who answers, as in a `Q` turn. Who asks and who answers is read from the labels of
the whole text; a panel (several who answer), a press conference (`Q` asks, two answer) and a press
call's `MODERATOR:` are no interview. The sentences here are written for the tests."""

from __future__ import annotations

from pressreader.importing.annotate import annotate
from pressreader.importing.quotes.finder import QuoteFinder

from .helpers import quotes

TOWN_HALL = (
    "Vice President Kamala Harris took questions from voters at a town hall on Wednesday.",
    "MR. COOPER: Welcome. You said the bill is going to be a priority. Is it still?",
    "THE VICE PRESIDENT: It is, and I will bring it to the floor.",
    "MR. COOPER: But the money is there for the wall.",
    "THE VICE PRESIDENT: The money is there for the border.",
    "MR. COOPER: You called the wall “stupid,” “useless.” Do you still think so?",
    "THE VICE PRESIDENT: I think it was not a serious plan.",
    "MR. COOPER: Let me introduce you to a voter from the county.",
    "Q Thank you. What will you do about prices?",
    "THE VICE PRESIDENT: We will bring them down.",
)


def _turns(*paragraphs: str, title: str | None = None) -> tuple[str, str]:
    finder = QuoteFinder()
    finder.read_turns(title, paragraphs)
    return finder._interviewer, finder._interviewee


def test_a_named_interviewers_you_is_the_one_who_answers() -> None:
    assert quotes(*TOWN_HALL) == [
        ("indirect", "Kamala Harris", "the bill is going to be a priority."),
        ("direct", "Kamala Harris", "stupid,"),
        ("direct", "Kamala Harris", "useless."),
    ]
    assert _turns(*TOWN_HALL) == ("MR. COOPER", "THE VICE PRESIDENT")


def test_two_named_by_courtesy_title_the_one_the_title_names_answers() -> None:
    title = "Remarks by National Security Advisor Jake Sullivan in a Fireside Chat"
    paragraphs = [
        "National Security Advisor Jake Sullivan spoke with a reporter.",
        "MR. DOE: Tony Blinken said the talks are close. You said that the gaps are narrowing.",
        "MR. SULLIVAN: They are.",
        "MR. DOE: How close?",
        "MR. SULLIVAN: Close enough to see the end.",
        "MR. DOE: And the talks on Monday?",
        "MR. SULLIVAN: They will be hard.",
    ]
    found = annotate([(None, paragraphs)], title=title)
    said = [(quote.kind, quote.speaker, quote.text) for quote in found.quotes]
    assert ("indirect", "Jake Sullivan", "the gaps are narrowing.") in said
    assert _turns(*paragraphs, title=title) == ("MR. DOE", "MR. SULLIVAN")
    # (a title that names neither, or both: the labels alone do not say who asks)
    assert _turns(*paragraphs, title="Remarks at a Fireside Chat") == ("", "")


def test_a_panel_of_several_guests_is_no_interview() -> None:
    panel = (
        "Vice President Kamala Harris and Liz Cheney spoke at a campaign event.",
        "MS. SHRIVER: You said that the stakes are high. Why?",
        "THE VICE PRESIDENT: Because they are.",
        "MS. SHRIVER: And you?",
        "MS. CHENEY: I agree.",
        "MS. SHRIVER: Both of you have said so.",
        "THE VICE PRESIDENT: We have.",
        "MS. CHENEY: We have.",
    )
    assert _turns(*panel) == ("", "")
    assert quotes(*panel) == []  # (read as any turn: Ms. Shriver's `you` may be either guest)


def test_a_press_conference_or_a_press_call_is_no_interview() -> None:
    # Two leaders answer `Q`: no label named by courtesy title.
    assert _turns(
        "PRESIDENT BIDEN: Thank you all.",
        "PRIME MINISTER SUGA: Thank you.",
        "Q You said that the talks went well.",
        "PRESIDENT BIDEN: They did.",
        "Q And you?",
        "PRIME MINISTER SUGA: They did.",
        "PRESIDENT BIDEN: Thank you.",
        "PRIME MINISTER SUGA: Thank you.",
    ) == ("", "")
    # A briefing: the floor asks the most, two named by courtesy title answer.
    briefing = (
        ["MS. ROE: Good afternoon.", "MR. KIRBY: Thanks."]
        + [turn for _ in range(3) for turn in ("Q A question.", "MR. KIRBY: An answer.")]
        + ["Q Another.", "MS. ROE: Another answer.", "Q And one more.", "MS. ROE: Done."]
    )
    assert _turns(*briefing) == ("", "")
    # A press call: the moderator's turns hand the floor on; its answerer is named by no one.
    call = ["MODERATOR: Welcome to the call."] + [
        turn
        for _ in range(3)
        for turn in ("SENIOR ADMINISTRATION OFFICIAL: Thanks.", "MODERATOR: Next question.")
    ]
    assert _turns(*call) == ("", "")


def test_turns_that_do_not_alternate_are_no_interview() -> None:
    # An introduction by one named so, then the President's remarks: a few turns of his.
    assert _turns(
        "MR. LINDEN: Please welcome the President.",
        "THE PRESIDENT: Thank you. You said that I would come, and I came.",
        "THE PRESIDENT: Folks, it is good to be here.",
        "MR. LINDEN: Thank you, Mr. President.",
        "THE PRESIDENT: Thank you.",
        "THE PRESIDENT: God bless you.",
        "THE PRESIDENT: Goodnight.",
    ) == ("", "")


def test_as_you_heard_from_x_gives_the_clause_after_the_comma() -> None:
    assert quotes(
        "Secretary of State Tony Blinken spoke in Tokyo.",
        "MR. SULLIVAN: And as you heard from Secretary Blinken earlier today, we believe there is"
        " an opportunity to get it done. We are mindful of the obstacles.",
    ) == [("indirect", "Tony Blinken", "we believe there is an opportunity to get it done.")]
    assert quotes(
        "President Joe Biden spoke on Friday.",
        "MS. ROE: As you just — as you heard from the President last week, he was outraged.",
    ) == [("indirect", "Joe Biden", "he was outraged.")]


def test_heard_from_left_alone_elsewhere() -> None:
    for paragraph in (
        # an aside inside a sentence: what follows its comma is no clause
        "MS. ROE: We’ve laid out, as you’ve just heard from Jake Sullivan, what we believe our"
        " goals are.",
        "MS. ROE: He is staying in touch, as you’ve already heard from Admiral Kirby, with his"
        " team here.",
        "MS. ROE: We heard from Jake Sullivan, and we are grateful.",  # no `as you`
        "MS. ROE: As you heard from her rebuttal, that was a choice.",  # no one named
    ):
        assert quotes("Jake Sullivan and Admiral John Kirby spoke on Friday.", paragraph) == []
