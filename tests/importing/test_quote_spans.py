"""Where a quote's span starts and ends (docs/IMPORT-RULES.md, "Quote spans"): a closing mark no
part of a report opened, the source's hope after a report, a reporter's aside after a dash, `said
that,` before a quotation of its own, a person given as one of a group, a false start begun again
with `that`, and `said it “…”` (a mixed quote). Each shape with a near shape that must not be taken
(the sentences here are written for the tests)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pressreader.format.loader import load_text

from .helpers import near_linear, quotes

_EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_import.py"

# --- a closing mark the report did not open ------------------------------------------------------


def test_a_stray_closing_mark_is_no_part_of_a_chinese_report() -> None:
    found = quotes("王明说：“我认为关键是整合。”他说，未来系统必须能够侦测目标。”")
    assert ("indirect", "王明", "未来系统必须能够侦测目标。") in found
    # a mark that closes words in marks inside the report stays in it
    found = quotes("王明说，这是“一件好事”")
    assert found == [("indirect", "王明", "这是“一件好事”")]


# --- the source's hope after a report ------------------------------------------------------------


def test_the_source_s_hope_carries_a_report_on_up_to_the_quotation() -> None:
    found = quotes("特朗普在接受专访时说，风险太大。他希望台海能维持现状，“这是可以接受的。”他说。")
    assert ("indirect", "特朗普", "风险太大。他希望台海能维持现状") in found
    # another verb of saying in the sentence: its own report, not carried on
    found = quotes("特朗普在接受专访时说，风险太大。他希望记者指出，台海能维持现状。")
    assert all(not text.startswith("风险太大。他希望") for _, _, text in found)
    # another pronoun's sentence with no hope is the reporter's narration
    found = quotes("特朗普在接受专访时说，风险太大。他随后离开北京。")
    assert [text for _, _, text in found] == ["风险太大。"]


# --- a reporter's aside after a dash -------------------------------------------------------------


def test_a_relative_clause_after_a_dash_ends_a_report() -> None:
    found = quotes(
        "Acme recently announced it is creating hundreds of jobs as a result of the Act — "
        "which Republicans called a failure."
    )
    assert [text for _, _, text in found] == [
        "it is creating hundreds of jobs as a result of the Act"
    ]
    # a dash that sets off words inside the report does not end it
    found = quotes(
        "Acme recently announced it is creating hundreds of jobs — most of them new — as a "
        "result of the Act."
    )
    assert [text for _, _, text in found] == [
        "it is creating hundreds of jobs — most of them new — as a result of the Act."
    ]
    # a relative clause closed by a second dash is an aside inside the report
    found = quotes(
        "Jane Roe said their breakout period is down from about a year — which is what we knew "
        "it was — to just a few weeks."
    )
    assert [text for _, _, text in found] == [
        "their breakout period is down from about a year — which is what we knew it was — to "
        "just a few weeks."
    ]
    # a relative clause restarted after a dash (`which will — which will …`) is no aside
    found = quotes(
        "Jane Roe said these firms can no longer get the technology, which will — which will in "
        "most cases be denied."
    )
    assert [text for _, _, text in found] == [
        "these firms can no longer get the technology, which will — which will in most cases "
        "be denied."
    ]


# --- `said that,` before a quotation of its own --------------------------------------------------


def test_said_that_before_a_new_attribution_reports_nothing() -> None:
    found = quotes(
        "Elon Musk came to the office. As soon as he said that, I said, “You know, that is "
        "interesting.” We signed it."
    )
    assert all(kind != "indirect" for kind, _, _ in found)
    found = quotes(
        "Elon Musk came to the office. So, when he said that — he said, “You know, when you "
        "sign these orders, a lot of them do not get done,” and he left."
    )
    assert [kind for kind, _, _ in found] == ["direct"]
    # `that` as a conjunction after a comma: the clause is a report
    found = quotes("Elon Musk said that, in his view, the plan would fail within a year.")
    assert found == [("indirect", "Elon Musk", "in his view, the plan would fail within a year.")]


# --- a false start begun again with `that` -------------------------------------------------------


def test_a_false_start_begun_again_with_that_is_no_part_of_the_report() -> None:
    found = quotes("Senator John Roe said that it is — that the plan would not pass.")
    assert found == [("indirect", "John Roe", "the plan would not pass.")]
    found = quotes(
        "Senator John Roe made clear that, you know, there would be — that there would be costs."
    )
    assert found == [("indirect", "John Roe", "there would be costs.")]
    found = quotes("Senator John Roe said there would be costs — that costs would be coming.")
    assert found == [("indirect", "John Roe", "costs would be coming.")]
    # a long clause before the dash is the report, its `— that …` a relative clause
    found = quotes(
        "Senator John Roe said the plan would impose new costs on farms — that it has not imposed "
        "before."
    )
    assert [text for _, _, text in found] == [
        "the plan would impose new costs on farms — that it has not imposed before."
    ]
    # `that` followed by a verb is the subject of its clause, not a clause begun again
    found = quotes("Senator John Roe said that it is — that is a key part of the plan.")
    assert [text for _, _, text in found] == ["it is — that is a key part of the plan."]


# --- a person given as one of a group ------------------------------------------------------------


def test_a_person_given_as_one_of_a_group_is_not_the_source() -> None:
    text = "Republicans like Representative Jane Roe called the law “a massive failure” again."
    assert quotes(text) == []
    text = "Representative Jane Roe called the law “a massive failure” again."
    assert quotes(text) == [("direct", "Jane Roe", "a massive failure")]
    text = "Eleven states, including Florida, said, “No, we do not want the money.”"
    assert quotes(text) == []
    # one person like the one named (`somebody like X, who said`) is that person
    text = "Somebody like Jane Roe, who said that the President should consult Congress, agrees."
    assert [speaker for _, speaker, _ in quotes(text)] == ["Jane Roe"]
    text = "It seems like Jane Roe said that the plan would fail next year."
    assert [speaker for _, speaker, _ in quotes(text)] == ["Jane Roe"]


# --- the span audit's listing --------------------------------------------------------------------


def _article(paragraph: str, quoted: list[str]) -> object:
    entries = "".join(f'  - speaker: Smith\n    text: "{text}"\n' for text in quoted)
    text = f'format: 1\ntitle: T\nsections:\n  - paragraphs:\n      - "{paragraph}"\nquotes:\n'
    return load_text(text + entries, Path("a.yaml")).articles[0]


def test_eval_import_details_lists_the_spans_that_are_off(
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = importlib.util.spec_from_file_location("eval_import", _EVAL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_import"] = module
    spec.loader.exec_module(module)
    paragraph = "Smith said the plan will work well. Smith said it is costly. Jones said no more."
    gold = _article(paragraph, ["the plan will work well.", "it is costly."])
    found = _article(paragraph, ["plan will", "it is costly.", "no more."])
    module.compare(gold, found, details=True, label="a")
    out = capsys.readouterr().out
    assert "a: near" in out and "start -'the '" in out and "end -' work well.'" in out
    assert "a: extra" in out and "'no more.'" in out
    assert [line.split(" ")[1] for line in out.splitlines() if line.startswith("a: ")] == [
        "near",
        "extra",
    ]  # the exact one is not listed
    module.compare(gold, found, label="a")
    assert capsys.readouterr().out == ""  # nothing listed by default


def test_the_span_rules_stay_linear_on_hostile_text() -> None:
    small, large = near_linear(
        lambda n: quotes("王明说，" + "好" * (10 * n) + "。”" + "他希望" * n + "。"), 500
    )
    assert small == [("indirect", "王明", "好" * 5_000 + "。")]
    assert large == [("indirect", "王明", "好" * 20_000 + "。")]
    asides = near_linear(
        lambda n: quotes("Jane Roe said the plan " + "— which it is " * n + "works."), 300
    )
    assert asides == ([], [])
    # a pronoun naming no one: neither the report nor the quotations it holds are anyone's
    assert near_linear(lambda n: quotes("He said that, " + "I said, “Yes.” " * n), 200) == ([], [])


# --- `said it “…”`: the subject outside the marks -----------------------------------------------


def test_it_before_the_marks_makes_a_mixed_quote_indirect() -> None:
    text = "Representative Jane Roe called the Act “a failure” and said it “needs to be repealed.”"
    assert quotes(text) == [
        ("direct", "Jane Roe", "a failure"),
        ("indirect", "Jane Roe", "it “needs to be repealed.”"),
    ]
    text = "Representative Jane Roe said it “needs to be repealed” — which would cost jobs."
    assert quotes(text) == [("indirect", "Jane Roe", "it “needs to be repealed”")]
    # a capital after the mark opens a quotation of its own, not the clause's verb
    assert quotes("Representative Jane Roe said it “Needs to be repealed.”") == []


# --- a lead-in ending `which is:` ----------------------------------------------------------------


def test_a_lead_in_ending_which_is_is_no_part_of_the_report() -> None:
    text = (
        "Senator John Roe has said this and I will reiterate what he said, which is: We remain "
        "gravely concerned about the crackdown."
    )
    assert quotes(text) == [
        ("indirect", "John Roe", "We remain gravely concerned about the crackdown.")
    ]
    # a relative clause inside the report, its words not begun as a sentence, stays in it
    text = "Senator John Roe said that the plan, which is: a good one, will pass."
    assert quotes(text) == [("indirect", "John Roe", "the plan, which is: a good one, will pass.")]


def test_the_lead_in_rules_stay_linear_on_hostile_text() -> None:
    # thousands of false starts and `which is` lead-ins in one paragraph: each report read once
    restarts = near_linear(lambda n: quotes("Jane Roe said that it is — that it stays. " * n), 100)
    assert len(restarts[0]) >= 99 and len(restarts[1]) > len(restarts[0])
    assert {text for _, _, text in restarts[1]} == {"it stays."}
    leads = near_linear(lambda n: quotes("Jane Roe said that this, which is: " * n + "It is."), 100)
    # (one report, past the first lead-in: the rest are its words)
    assert [text[-6:] for _, _, text in leads[0] + leads[1]] == ["It is.", "It is."]
