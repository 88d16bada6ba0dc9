"""English reports that ran past their end (the enover round): the reporter's relative clause
after a dash with a second dash that only adds to it, a participle right after a closing mark,
`, and that’s …` (the reporter's judgement), a new clause after a semicolon in the third person,
and a publication named `Daily X` or met before in full (`Voice of America`); with the near shapes
the reports keep (the sentences are written for the tests after benchmarks/devset dev46, dev47,
dev19 and dev49)."""

from __future__ import annotations

from .helpers import quotes


def test_a_dash_aside_whose_second_dash_only_adds_to_it_ends_the_report() -> None:
    assert quotes(
        "Representative Roe said it “needs to be repealed” — which would put in jeopardy the "
        "jobs the law is creating in her home district — particularly in rural communities."
    ) == [("indirect", "Roe", "it “needs to be repealed”")]


def test_a_dash_aside_closed_by_a_second_dash_inside_the_report_goes_on() -> None:
    assert quotes(
        "Jane Roe said the wait went down from about a year — which is what we knew — to a few "
        "weeks."
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the wait went down from about a year — which is what we knew — to a few weeks.",
        )
    ]


def test_a_participle_right_after_a_closing_mark_ends_the_report() -> None:
    assert quotes(
        "In October 2020, Jane Roe wrote that the “allegations could undermine the emails’ "
        "credibility” downplaying the validity of the laptop story."
    ) == [("indirect", "Jane Roe", "the “allegations could undermine the emails’ credibility”")]


def test_a_participle_after_a_comma_and_the_mark_stays_in_the_report() -> None:
    assert quotes(
        "Jane Roe said the Treasury had taken a “large pair of scissors to any red tape,” "
        "eliminating the need for documentation."
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the Treasury had taken a “large pair of scissors to any red tape,” eliminating the "
            "need for documentation.",
        )
    ]


def test_a_preposition_in_ing_after_a_closing_mark_is_no_participle() -> None:
    assert quotes("Jane Roe said the “plan was reckless” during the whole campaign season.") == [
        ("indirect", "Jane Roe", "the “plan was reckless” during the whole campaign season.")
    ]


def test_and_thats_after_a_report_is_the_reporters_judgement() -> None:
    assert quotes(
        "CEO Jane Roe said that there will be shovels in the ground on the rail line, and that’s "
        "great news, because we are working to start construction in 2026."
    ) == [("indirect", "Jane Roe", "there will be shovels in the ground on the rail line")]


def test_and_that_with_a_verb_of_the_report_goes_on() -> None:
    assert quotes(
        "Jane Roe said that the call was a fake, and that was discouraging people from voting."
    ) == [
        (
            "indirect",
            "Jane Roe",
            "the call was a fake, and that was discouraging people from voting.",
        )
    ]


def test_a_third_person_after_a_semicolon_ends_the_report() -> None:
    assert quotes(
        "President Biden announced that three agencies issued a request for information on "
        "medical credit cards, which drive up debt; they are currently evaluating comments."
    ) == [
        (
            "indirect",
            "Biden",
            "three agencies issued a request for information on medical credit cards, which drive "
            "up debt",
        )
    ]


def test_a_first_person_or_it_after_a_semicolon_goes_on() -> None:
    assert quotes(
        "Speaker Jane Roe has said we need a bipartisan agreement; we can get there.",
        "Jane Roe said that the war is horrible for the people; it’s going to have grave "
        "consequences.",
    ) == [
        ("indirect", "Jane Roe", "we need a bipartisan agreement; we can get there."),
        (
            "indirect",
            "Jane Roe",
            "the war is horrible for the people; it’s going to have grave consequences.",
        ),
    ]


def test_a_publication_named_daily_is_a_body() -> None:
    assert quotes(
        "In September 2019, the Daily Caller reported that the agency employed a propagandist.",
        "The Daily Beast reported that the plan was bad.",
    ) == [
        ("indirect", "Daily Caller", "the agency employed a propagandist."),
        ("indirect", "Daily Beast", "the plan was bad."),
    ]


def test_a_name_met_before_in_full_is_not_cut_to_its_last_word() -> None:
    # A publication's headline line, its paragraph in marks (Voice of America's direct quote),
    # then a report of it by its whole name.
    paragraphs = (
        "Voice of America: “Multiple Reporters Have Posted Content On Social Media”",
        "“Multiple reporters have posted comments on their accounts.”",
        "In October 2020, Voice of America wrote that the allegations could undermine the "
        "emails’ credibility.",
    )
    assert quotes(*paragraphs) == [
        (
            "direct",
            "Voice of America",
            "Multiple reporters have posted comments on their accounts.",
        ),
        (
            "indirect",
            "Voice of America",
            "the allegations could undermine the emails’ credibility.",
        ),
    ]


def test_a_titled_surname_stays_a_surname() -> None:
    assert quotes("Senator Jane Roe spoke first. Senator Roe said that the bill would pass.") == [
        ("indirect", "Jane Roe", "the bill would pass.")
    ]
