"""English rules of the eighteenth round (docs/IMPORT-RULES.md, "The eighteenth round (English
speeches and releases)"): speeches, readouts and releases. Each with the look-alikes that must
not be taken (the sentences here are written for the tests)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from pressreader.format.loader import load_text
from pressreader.importing.pipeline import Options, prepare
from pressreader.model import Article

from .helpers import found, quotes

_EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_import.py"


def _imported(*paragraphs: str) -> Article:
    """The article `pressreader import` writes for the paragraphs, loaded back as `check
    --strict` loads it (no problem at all)."""
    text = "Title\n\n" + "\n\n".join(paragraphs) + "\n"
    prepared = prepare("story.txt", text.encode(), Options(), dt.date(2026, 1, 1))
    result = load_text(prepared.text, Path("story.yaml"))
    assert result.problems == []
    return result.articles[0]


def _placed(article: Article) -> list[tuple[str, int, int]]:
    """Each quote's text as it stands where the loader anchors it, and where."""
    out = []
    for quote in article.quotes:
        assert quote.anchor is not None
        paragraph = article.sections[quote.anchor.section_index].paragraphs[quote.anchor.paragraph]
        out.append(
            (
                paragraph[quote.anchor.start : quote.anchor.end],
                quote.anchor.paragraph,
                quote.anchor.start,
            )
        )
    return out


# --- A quote whose words stand earlier: written with `occurrence` ------------------------


def test_the_same_answer_twice_in_a_paragraph_gives_two_quotes_each_in_place() -> None:
    paragraph = (
        "Asked whether he would run, Smith said, “Yes.” Asked whether he would win, Smith "
        "said, “Yes.”"
    )
    assert [(q.text, q.occurrence) for q in found(paragraph).quotes] == [
        ("Yes.", None),
        ("Yes.", 2),
    ]
    placed = _placed(_imported(paragraph))
    assert [text for text, *_ in placed] == ["Yes.", "Yes."]
    assert placed[0][2] == paragraph.index("“Yes.”") + 1
    assert placed[1][2] == paragraph.rindex("“Yes.”") + 1


def test_words_quoted_inside_an_earlier_quote_are_pinned_to_their_own_place() -> None:
    # The first paragraph's quote holds `massive failure`; the second quotes it again.
    first = (
        "CS Wind announced it is expanding, a law Representative Ann Lee called a “massive "
        "failure.”"
    )
    second = "Representative Lee still called the law a “massive failure” a year later."
    last = found(first, second).quotes[-1]
    assert (last.text, last.occurrence) == ("massive failure", 2)
    text, paragraph, start = _placed(_imported(first, second))[-1]
    assert (text, paragraph, start) == ("massive failure", 1, second.index("massive"))


def test_words_met_earlier_in_the_narration_and_a_figure_after_the_quote() -> None:
    paragraph = (
        "Critics called the plan a failure. Senator Ann Lee said, “It is a failure.” She "
        "called it “a failure” again on Monday, and it cost $5 million."
    )
    assert [(q.text, q.occurrence) for q in found(paragraph).quotes] == [
        ("It is a failure.", None),
        ("a failure", 3),
    ]
    article = _imported(paragraph)
    assert _placed(article)[-1][2] == paragraph.index("“a failure”") + 1
    # The pinned quote moves no list's place: the figure after it anchors where it stands.
    assert [(s.value, s.anchor.start if s.anchor else None) for s in article.statistics] == [
        (5_000_000, paragraph.index("$5 million"))
    ]


def test_a_quote_found_where_list_order_reaches_it_gets_no_occurrence() -> None:
    # `No.` stands earlier, but before the previous quote: list order finds it in place.
    result = found("Smith said, “No.” Ann Lee said, “Yes, we will.” Smith said, “No.”")
    assert [(q.text, q.occurrence) for q in result.quotes] == [
        ("No.", None),
        ("Yes, we will.", None),
        ("No.", None),
    ]


def test_a_quote_said_thousands_of_times_stays_within_the_loaders_allowance() -> None:
    paragraph = "Smith said, “Yes.” " * 3000
    pinned = [quote.occurrence for quote in found(paragraph).quotes if quote.occurrence]
    assert 0 < len(pinned) < 3000
    assert sum(pinned) <= 20_000
    assert len(_imported(paragraph).quotes) == len(pinned) + 1  # it loads, every quote placed


def test_eval_import_places_a_pinned_quote_by_its_occurrence() -> None:
    spec = importlib.util.spec_from_file_location("eval_import", _EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_import"] = module
    spec.loader.exec_module(module)
    paragraph = "Smith said, “Yes.” Asked again, Smith said, “Yes.”"
    gold_text = (
        "format: 1\ntitle: Title\nsections:\n  - paragraphs:\n"
        f'      - "{paragraph}"\n'
        "quotes:\n"
        '  - speaker: Smith\n    text: "Yes."\n'
        '  - speaker: Smith\n    text: "Yes."\n    occurrence: 2\n'
    )
    gold = load_text(gold_text, Path("gold.yaml")).articles[0]
    tally = module.compare(gold, _imported(paragraph))
    assert tally.matched["exact"] == 2
    spans = module.quote_spans(gold)
    assert spans[0].start != spans[1].start


def test_a_chinese_term_in_marks_before_a_number_opens_the_report() -> None:
    # (Met once a quote in a repeated term's words was no longer dropped: `“六四”` was taken
    # as the whole of the statement's words.)
    assert quotes("纪念馆在声明中指出，“六四”37周年纪念前夕发生这样的事件。") == [
        ("indirect", "纪念馆", "“六四”37周年纪念前夕发生这样的事件。")
    ]
    # A quotation that ends its sentence before the number is the statement's own words.
    assert quotes("纪念馆在声明中指出，“我们不会屈服。”2024年以来纪念馆多次遭到破坏。") == [
        ("direct", "纪念馆", "我们不会屈服。")
    ]


# --- A title of several words before a name, met outside an attribution -----------------


def _roles(title: str, paragraph: str) -> list[tuple[str, str | None]]:
    from pressreader.importing.annotate import annotate

    return [(name, role) for name, role, _ in annotate([(None, [paragraph])], title).speakers]


def test_a_national_or_white_house_title_keeps_all_its_words() -> None:
    for title, name in (
        ("National Security Advisor", "Jake Sullivan"),
        ("Deputy National Security Advisor", "Jon Finer"),
        ("Principal Deputy National Security Advisor", "Jon Finer"),
        ("White House Press Secretary", "Karine Jean-Pierre"),
        ("Homeland Security Advisor", "Liz Sherwood-Randall"),
        ("National Economic Council Director", "Lael Brainard"),
    ):
        surname = name.split(" ")[-1]
        # In an article's title, and in a sentence that is no attribution.
        assert _roles(
            f"Readout of {title} {name}’s Travel", f"Mr. {surname} said that the talks went well."
        ) == [(name, title)]
        assert _roles(
            "Readout", f"The talks were led by {title} {name}. {surname} said that they went well."
        ) == [(name, title)]
    # The words before that are no part of the title: the sentence's, a body's.
    assert _roles(
        "Readout",
        "Yesterday Press Secretary Ann Lee spoke. Lee said that it went well.",
    ) == [("Ann Lee", "Press Secretary")]
    assert _roles(
        "Readout",
        "The Senate Press Secretary Ann Lee spoke. Lee said that it went well.",
    ) == [("Ann Lee", "Press Secretary")]


def test_an_office_after_of_stops_before_a_sentences_end_or_a_possessive() -> None:
    assert _roles(
        "Readout",
        "It was led by Secretary of State Antony Blinken. Blinken said that it went well.",
    ) == [("Antony Blinken", "Secretary of State")]
    assert _roles(
        "Readout of Director of National Intelligence Avril Haines’s Travel",
        "Ms. Haines said that it went well.",
    ) == [("Avril Haines", "Director of National Intelligence")]
    # An office of several words is still whole.
    assert _roles(
        "Readout",
        "It was led by Secretary of Homeland Security Alejandro Mayorkas. Mayorkas said that "
        "it went well.",
    ) == [("Alejandro Mayorkas", "Secretary of Homeland Security")]


# --- Initials and a surname: a person when the text shows it ----------------------------


def test_initials_and_a_surname_are_a_person_met_with_a_title_or_by_the_surname() -> None:
    assert quotes(
        "Vice President JD Vance visited Ohio. JD Vance said that the talks went well. He "
        "added that the plan works."
    ) == [
        ("indirect", "JD Vance", "the talks went well."),
        ("indirect", "JD Vance", "the plan works."),
    ]
    assert quotes("JD Vance said that the talks went well. Vance added that the plan works.") == [
        ("indirect", "JD Vance", "the talks went well."),
        ("indirect", "JD Vance", "the plan works."),
    ]
    # A company of that shape stays a body: `he` does not name it, `the company` does.
    assert quotes("CS Wind said that the plant works. He added that jobs grow.") == [
        ("indirect", "CS Wind", "the plant works.")
    ]
    assert (
        quotes(
            "GE Vernova opened a plant. The company said that jobs will grow. It added that more "
            "will come."
        )[0][1]
        == "GE Vernova"
    )


# --- A speech's spoken quotation marks ----------------------------------------------------


def test_quote_between_a_verb_of_saying_and_the_quotation_is_its_comma() -> None:
    for said in ("said, quote,", "said, and I quote,", "wrote, quote,", "said — quote —"):
        assert quotes(f"Senator Ann Lee {said} “We will win this fight.”") == [
            ("direct", "Ann Lee", "We will win this fight.")
        ]
    # Not after a word that is no verb of saying: a term the speaker stresses.
    assert quotes("Senator Ann Lee wants to, quote, “terminate” the Constitution.") == []
    assert quotes("Ann Lee spoke. She thinks there were, quote, “very fine people.”") == []
