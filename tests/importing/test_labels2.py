"""Labels from the words BEFORE an English figure (IMPORT-RULES.md, "What it finds", the labels2
round): a subject and its change (`border encounters have gone down over 50 percent` → `Fall in
border encounters`), a verb of change and its object (`increase loans to … by 40 percent` →
`Increase in loans to …`), a rate (`a B-1/B-2 visa overstay rate of 9.16 percent`, `the
unemployment rate was 3.6%`) and a past verb before a count (`killed 19 children` → `Children
killed`); the near shapes that keep their former label. Only the label changes."""

from __future__ import annotations

from pressreader.importing.figures import find_figures


def _labels(paragraph: str) -> list[str]:
    return [figure.label for figure in find_figures(paragraph)]


def _texts(paragraph: str) -> list[str]:
    return [paragraph[figure.start : figure.end] for figure in find_figures(paragraph)]


def test_a_subject_and_its_change_label_the_share() -> None:
    assert _labels("As a consequence, border encounters have gone down over 50 percent.") == [
        "Fall in border encounters"
    ]
    assert _labels("But core inflation actually jumped up about 0.6 percent.") == [
        "Jump in core inflation"
    ]
    assert _labels("Since Jan. 20, migrants apprehended at ports of entry declined by 93%.") == [
        "Decline in migrants apprehended at ports of entry"
    ]
    assert _labels("The number of PPP loans was up 40 percent from 2020.") == ["Rise in PPP loans"]


def test_money_after_a_subject_and_its_change() -> None:
    assert _labels("Since then, the deficit has fallen by $1.7 trillion.") == ["Fall in deficit"]


def test_a_verb_of_change_and_its_object_label_the_share() -> None:
    assert _labels("Increase loans to rural small businesses by 40 percent.") == [
        "Increase in loans to rural small businesses"
    ]
    assert _labels("We committed to reduce greenhouse gas emissions by 50 percent by 2030.") == [
        "Reduction in greenhouse gas emissions"
    ]


def test_a_rate_labels_its_share() -> None:
    assert _labels("Laos had a B-1/B-2 visa overstay rate of 28.34 percent.") == [
        "B-1/B-2 visa overstay rate"
    ]
    assert _labels("In June, the unemployment rate was 3.6%, the BLS reported.") == [
        "Unemployment rate"
    ]
    assert _labels("The unemployment rate stayed at 4.3%.") == ["Unemployment rate"]
    assert _labels("We see inflation now at 3%, as you said.") == ["Inflation"]
    assert _labels("So, let’s look. Unemployment rate at 3.4%, a 50-year low.") == [
        "Unemployment rate"
    ]


def test_a_past_verb_before_a_count_says_what_befell_it() -> None:
    assert _labels("Another gunman killed 19 children at an elementary school.") == [
        "Children killed"
    ]
    assert _labels("I figure Russia has lost 900,000 soldiers.") == ["Soldiers lost"]
    assert _labels("That is why he added 20,000 troops to the continent.") == ["Troops added"]


def test_near_shapes_keep_their_label() -> None:
    # A pronoun is no subject, a contraction neither.
    assert _labels("They’re down like 96 percent.") == ["Share"]
    assert _labels("It was down 20 percent.") == ["Share"]
    # The object of a verb of change is a noun, no preposition.
    assert _labels("Loans increased with total dollars growing by more than 80%.") == ["Share"]
    # A share of a thing keeps its `of` phrase.
    assert _labels("Exports fell by 30% of the total.") == ["Share of the total"]
    # A noun after the share still names it first.
    assert _labels("Prices rose by a 25% increase in tariffs.")[0] == "Increase in tariffs"
    # A verb that states the count's size, or a time, is no happening.
    assert _labels("The crowd exceeded 5,000 people.") == ["People"]
    assert _labels("The meeting lasted 50 minutes.") == ["Minutes"]
    assert _labels("He served for 30 years in Congress.") == ["Years"]
    # A rate word must head the subject: `see inflation` is no subject.
    assert _labels("Prices we saw at 3% were high.") == ["Share"]
    # A count with words after it keeps them.
    assert _labels("It killed 19 children living there.") == ["Children living there"]


def test_the_text_and_value_do_not_change() -> None:
    assert _texts("As a consequence, border encounters have gone down over 50 percent.") == [
        "over 50 percent"
    ]
    assert _texts("Another gunman killed 19 children at an elementary school.") == ["19 children"]
