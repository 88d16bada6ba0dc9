"""What `pressreader import` reads from plain text and Markdown: title, sections, authors,
dateline, date, debris; and the YAML it writes, which no input can inject structure into."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressreader.format.loader import load_text
from pressreader.format.scalars import quoted
from pressreader.importing.emit import article_yaml
from pressreader.importing.front import front_matter_metadata
from pressreader.importing.language import guess_language
from pressreader.importing.parse import (
    Draft,
    byline_names,
    credit_line,
    dateline,
    find_date,
    front_matter,
    inline_text,
    is_debris,
    parse_markdown,
    parse_text,
)

# The top of the raw text of the bundled sample (docs/ANNOTATING.md; the full text is in the
# shared source texts), as it was scraped: title, an "Original title:" line, the byline, and
# a heading standing alone between paragraphs.
SAMPLE_TOP = """Join hands to create a better future for mankind

Original title: Join hands to create a better future for mankind

Worker\u2019s Daily \u2013 chinagong.com reporter Yin Xuemei and Zheng Li

This morning, the Press Center of the 20th National Congress of the Communist Party of China \
held the fourth press conference.

At the press conference, Ma Zhaoxu emphasized that China always adheres to the foreign policy \
purpose of maintaining world peace.

Major-country diplomacy with Chinese characteristics achieves all-round successgroundbreaking \
historical achievement

Ma Zhaoxu introduced the important progress made in China\u2019s diplomacy in the past ten years.

Over the past 10 years, the number of partnerships has increased from 41 to 113.

Chinese diplomacy is the diplomacy of the people

Ma Zhaoxu said that safeguarding national sovereignty is the starting point.

(China Industrial Network, Beijing, October 20th)

Leave a Replay
"""
SHARED = Path("/work/shared/source-texts/join-hands-better-future.txt")


def loads_strictly(draft: Draft) -> None:
    text = article_yaml(draft, "source.txt", "0" * 64, dt.date(2026, 1, 2))
    result = load_text(text, Path("imported.yaml"))
    assert result.problems == []
    assert len(result.articles) == 1


def test_the_sample_raw_text_gives_its_title_byline_and_headings() -> None:
    draft = parse_text(SAMPLE_TOP)
    assert draft.title == "Join hands to create a better future for mankind"
    assert draft.authors == ["Yin Xuemei", "Zheng Li"]
    assert draft.metadata["outlet"] == "Worker\u2019s Daily"
    assert [line for line, _ in draft.left_out] == [3, 21, 23]
    assert draft.left_out[0][1].startswith("Original title:")
    assert draft.metadata["dateline"] == "Beijing"  # from the closing credit line
    headings = [heading for heading, _ in draft.sections]
    assert headings == [
        None,
        "Major-country diplomacy with Chinese characteristics achieves all-round "
        "successgroundbreaking historical achievement",
        "Chinese diplomacy is the diplomacy of the people",
    ]
    assert [len(paragraphs) for _, paragraphs in draft.sections] == [2, 2, 1]
    body = " ".join(p for _, paragraphs in draft.sections for p in paragraphs)
    assert "Original title" not in body and "reporter" not in body
    loads_strictly(draft)


@pytest.mark.skipif(not SHARED.is_file(), reason="the shared source text is not on this machine")
def test_the_whole_sample_raw_text() -> None:
    draft = parse_text(SHARED.read_text(encoding="utf-8"))
    assert draft.authors == ["Yin Xuemei", "Zheng Li"]
    # As the hand-made sample article: four sections of 2, 6, 5 and 4 paragraphs, the
    # closing credit line and the comment widget's "Leave a Replay" left out.
    assert [len(paragraphs) for _, paragraphs in draft.sections] == [2, 6, 5, 4]
    assert draft.metadata["dateline"] == "Beijing"
    assert guess_language(draft) == "en"  # as the hand-made article says
    loads_strictly(draft)


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    draft = parse_text("The title\nFirst paragraph here.\nSecond paragraph here.\n")
    assert draft.title == "The title"
    assert draft.sections == [(None, ["First paragraph here.", "Second paragraph here."])]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    draft = parse_text("Title\n\nOne line\ncontinues here.\n\n第一行\n第二行。\n")
    assert draft.sections == [(None, ["One line continues here.", "第一行第二行。"])]


def test_a_short_line_is_a_heading_only_between_paragraphs() -> None:
    text = "Title\n\nA paragraph.\n\nNot a heading, it ends with a period.\n\nA heading\n\nText.\n"
    draft = parse_text(text)
    assert [h for h, _ in draft.sections] == [None, "A heading"]
    # A last short line has no paragraph after it: it stays a paragraph.
    assert parse_text("Title\n\nA paragraph.\n\nThe end\n").sections == [
        (None, ["A paragraph.", "The end"])
    ]
    # A line beginning in lower case, or a list item, is not a heading.
    assert parse_text("T\n\nPara.\n\nand more\n\nPara.\n").sections[0][1][1] == "and more"


def test_a_chinese_heading_is_measured_in_columns_and_holds_one_sentence() -> None:
    long_para = (
        "美国联邦通信委员会星期四以全票通过方式大幅加强对海底通信电缆的监管并为企业开辟了快速审批通道。"
        * 2
    )
    # A paragraph whose last mark was lost: two sentences, 38 characters (76 columns, short).
    lost_mark = "新规不仅限于已被点名列入清单的企业。此外，持有人也将被禁止签订容量租赁协议"
    sections = parse_text(f"标题\n\n{long_para}\n\n{lost_mark}\n\n{long_para}\n").sections
    assert sections == [(None, [long_para, lost_mark, long_para])]
    # One sentence without its mark, under 160 characters but over 160 columns: a paragraph.
    no_mark = "此次新规将禁令范围扩大至所有由美国法律认定的外国对手国家所控制实体生产的主要设备" * 2
    no_mark += "及其客户"
    assert len(no_mark) < 160 < 2 * len(no_mark)
    sections = parse_text(f"标题\n\n{long_para}\n\n{no_mark}\n\n{long_para}\n").sections
    assert sections == [(None, [long_para, no_mark, long_para])]
    # A subheading between paragraphs of 94 characters (under 160 characters, but 188 columns:
    # no short lines beside it): a heading, as a reporter's subheading is.
    sub = "敏辛所领导的机构发声明敦促中国无条件释放敏辛"
    sections = parse_text(f"标题\n\n{long_para}\n\n{sub}\n\n{long_para}\n").sections
    assert sections == [(None, [long_para]), (sub, [long_para])]
    # The same in English: a full stop and a space inside a heading may be an abbreviation's.
    english = "A paragraph that ends as a sentence does, with its full stop."
    sections = parse_text(f"T\n\n{english}\n\nDr. Monica Bertagnolli\n\n{english}\n").sections
    assert [heading for heading, _ in sections] == [None, "Dr. Monica Bertagnolli"]


def test_two_short_lines_in_a_row_are_paragraphs_not_headings() -> None:
    # A list of award winners: each name, then what it won, each on a line of its own.
    text = (
        "Title\n\nThe winners:\n\nPort Foundation (Maine)\n\n$65.1 million for the Harbour\n\n"
        "City of Bath (Maine)\n\n$44 million for The Dock\n\nA closing paragraph.\n"
    )
    assert parse_text(text).sections == [
        (
            None,
            [
                "The winners:",
                "Port Foundation (Maine)",
                "$65.1 million for the Harbour",
                "City of Bath (Maine)",
                "$44 million for The Dock",
                "A closing paragraph.",
            ],
        )
    ]
    # One alone between paragraphs is still a heading.
    alone = "Title\n\nA paragraph.\n\nThe Harbour\n\nAnother paragraph.\n"
    assert [h for h, _ in parse_text(alone).sections] == [None, "The Harbour"]


@pytest.mark.parametrize(
    "line",
    [
        "3:13 P.M. EST",  # a time stamp
        "5:42 p.m. EDT",
        "Q Karl, I just asked about the port —",  # a transcript turn cut off by a dash
        "MS. ROE: I —",
        "Look, what we — I think the bottom line is —",
    ],
)
def test_time_stamps_and_cut_off_turns_are_paragraphs(line: str) -> None:
    text = f"Title\n\nA paragraph.\n\n{line}\n\nAnother paragraph.\n"
    assert parse_text(text).sections == [(None, ["A paragraph.", line, "Another paragraph."])]


def test_end_marks_click_here_and_photo_credits_are_debris() -> None:
    text = (
        "Title\n\nA paragraph.\n\nAnother paragraph.\n\nClick here to watch the full interview."
        "\n\nOfficial White House Photos by Ann Lee\n\n###\n"
    )
    draft = parse_text(text)
    assert draft.sections == [(None, ["A paragraph.", "Another paragraph."])]
    assert [line for _, line in draft.left_out] == [
        "Click here to watch the full interview.",
        "Official White House Photos by Ann Lee",
        "###",
    ]


@pytest.mark.parametrize("line", ["###", "# # #", "-30-", "Click here to read the order."])
def test_end_marks_are_debris(line: str) -> None:
    assert is_debris(line, "Title")


def test_a_by_colon_byline_goes_to_authors_without_the_title() -> None:
    draft = parse_text(
        "Title\n\nBy: Deputy National Security Advisor Daleep Singh\n\nA paragraph.\n"
    )
    assert draft.authors == ["Daleep Singh"]
    assert draft.sections == [(None, ["A paragraph."])]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By: Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("by Ann Lee, Bo Chen & Cy Dee", ["Ann Lee", "Bo Chen", "Cy Dee"]),
        ("Xinhua reporter Li Wei", ["Li Wei"]),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    found = byline_names(line)
    assert found is not None and found[0] == names


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year, prices rose.",
        "By the numbers",
        "Bystanders watched",
        "The reporter said so.",
    ],
)
def test_not_bylines(line: str) -> None:
    assert byline_names(line) is None


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("WASHINGTON \u2014 The agency said", "WASHINGTON"),
        ("BEIJING, Oct. 20 (Xinhua) -- China said", "BEIJING, Oct. 20 (Xinhua)"),
        ("NEW YORK (Reuters) - Stocks rose", "NEW YORK (Reuters)"),
        ("The agency said \u2014 at last", None),
        ("A \u2014 b", None),
    ],
)
def test_datelines(paragraph: str, place: str | None) -> None:
    assert dateline(paragraph) == place


def test_the_dateline_and_a_date_near_the_top_become_metadata() -> None:
    text = "Title\n\nBy Ann Lee\n\nPublished: 20 October 2022 09:30\n\nBEIJING \u2014 Text.\n"
    draft = parse_text(text)
    assert draft.metadata["dateline"] == "BEIJING"
    assert draft.metadata["published"] == "2022-10-20"
    assert draft.sections == [(None, ["BEIJING \u2014 Text."])]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2022-10-20", dt.date(2022, 10, 20)),
        ("Oct. 20, 2022", dt.date(2022, 10, 20)),
        ("20 October 2022", dt.date(2022, 10, 20)),
        ("2022年10月20日", dt.date(2022, 10, 20)),
        ("2022-13-45", None),
        ("in 2022", None),
    ],
)
def test_dates(text: str, date: dt.date | None) -> None:
    assert find_date(text) == date


@pytest.mark.parametrize(
    "line",
    ["Share | Tweet | Email", "Original title: X", "Skip to content", "Editor: Li Na", "Home"],
)
def test_debris(line: str) -> None:
    assert is_debris(line, "Title")


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("(China Industrial Network, Beijing, October 20th)", ("Beijing", None)),
        ("(Xinhua, Beijing, Oct. 20, 2022)", ("Beijing", "2022-10-20")),
        ("(Reuters)", None),
        ("(see page 3, below)", None),
        ("(Additional reporting by Ann Lee, in London)", None),
    ],
)
def test_credit_lines(line: str, found: tuple[str, str | None] | None) -> None:
    assert credit_line(line) == found


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 5% on Monday.",
        "Home sales rose",
        "a" * 159,
        "## Three marks",
        "Photos of the port show the damage.",
    ],
)
def test_not_debris(line: str) -> None:
    assert not is_debris(line, "Title")


def test_debris_words_run_together_do_not_backtrack() -> None:
    # "a" and "aa" are both debris words: a line of them must not be split every way.
    assert not is_debris("a" * 150 + "b", "T")
    assert not is_debris("a a " * 39 + "b", "T")


def test_markdown_headings_emphasis_links_and_front_matter() -> None:
    text = (
        "---\ntitle: 'Front: title'\nauthor: Ann Lee\ndate: 2021-05-06\ntags: [a, b]\n---\n\n"
        "Intro with **bold**, *italic*, `code` and [a link](https://x.example).\n\n"
        "## Section _one_\n\n- item one\n- item two\n\n> quoted\n\n---\n\n[ref]: https://x\n"
    )
    inner, _, _ = front_matter(text)
    assert inner is not None
    metadata, messages = front_matter_metadata(inner, "a.md")
    assert messages == []
    draft = parse_markdown(text, metadata)
    assert draft.title == "Front: title"
    assert draft.authors == ["Ann Lee"]
    assert draft.tags == ["a", "b"]
    assert draft.metadata["published"] == "2021-05-06"
    assert draft.sections == [
        (None, ["Intro with bold, italic, code and a link."]),
        ("Section one", ["item one", "item two", "quoted"]),
    ]
    loads_strictly(draft)


def test_markdown_without_front_matter_takes_its_first_heading_as_title() -> None:
    draft = parse_markdown("# The title\n\nText *here*.\n\nSetext\n------\n\nMore.\n")
    assert draft.title == "The title"
    assert draft.sections == [(None, ["Text here."]), ("Setext", ["More."])]


def test_hostile_front_matter_is_never_constructed() -> None:
    inner = 'title: !!python/object/apply:os.system ["echo hacked"]\nauthors: {a: b}\n'
    metadata, messages = front_matter_metadata(inner, "a.md")
    assert metadata == {}
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(15)
    )
    metadata, _ = front_matter_metadata(laughs, "a.md")
    assert metadata == {}
    assert messages  # the mapping under `authors` is not taken, and it is said


def test_inline_markdown_keeps_escaped_marks() -> None:
    assert inline_text(r"a \*not emphasis\* and **bold**") == "a *not emphasis* and bold"
    assert inline_text("snake_case_word stays") == "snake_case_word stays"


HOSTILE = [
    "key: value",
    "# not a comment",
    "---",
    "...",
    "{ flow: mapping }",
    "[a, b]",
    "- item",
    '"quoted" and \\backslash',
    "'single'",
    "&anchor *alias",
    "!!python/object:os.system",
    "tab\there",
    "中文内容：“引号”",
    "emoji \U0001f600 and \u2028 line separator and \x85 next line",
    "x" * 20000,
    "yes",
    "2022-10-20",
    "null",
    "% directive",
    "@at `tick`",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_quoted_scalars_read_back_exactly(text: str) -> None:
    yaml_text = f"format: 1\ntitle: {quoted(text)}\nsections:\n  - paragraphs: [a]\n"
    assert yaml_text.isprintable() or "\n" in yaml_text
    result = load_text(yaml_text, Path("x"))
    # Control characters read back exactly, with the loader's warning (the importer removes
    # them before writing: see the next test).
    assert [p for p in result.problems if p.severity == "error"] == []
    assert result.articles[0].title == text
    assert all(ch.isprintable() or ch == "\n" for ch in yaml_text)


def test_hostile_text_imports_to_a_valid_article() -> None:
    lines = ["Title: with # and --- {x}", ""]
    for text in HOSTILE:
        lines += [text + ".", ""]
    lines += ["\x1b[31mred\x1b[0m text\x07 with controls\x00.", ""]
    draft = parse_text("\n".join(lines))
    assert draft.title == "Title: with # and --- {x}"
    paragraphs = [p for _, ps in draft.sections for p in ps]
    assert "red text with controls." in paragraphs
    assert all("\x1b" not in p and "\x00" not in p and "\u2028" not in p for p in paragraphs)
    loads_strictly(draft)


def test_bidirectional_controls_are_removed_so_the_article_passes_strictly() -> None:
    # Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) are shown escaped by
    # the loader with a warning, so a source holding one would be refused whole.
    text = (
        "Title \u202egnirts\n\nBody \u202bwith\u202c an \u2067isolate\u2069 and \u202eoverride.\n"
    )
    draft = parse_text(text)
    assert draft.title == "Title gnirts"
    assert draft.sections[0][1] == ["Body with an isolate and override."]
    loads_strictly(draft)


def test_front_matter_texts_are_cleaned_as_the_body_is() -> None:
    # A YAML escape in the front matter can hold any control character; one kept would fail
    # the article's strict check, and the import with it.
    inner = (
        'title: "Front \\u202e title \\x1b[31m"\noutlet: "Out\\tlet"\ntags: ["a\\u2066b", "c"]\n'
    )
    metadata, messages = front_matter_metadata(inner, "a.md")
    assert messages == []
    assert metadata["title"] == "Front title"
    assert metadata["outlet"] == "Out let"
    assert metadata["tags"] == ["ab", "c"]
    draft = parse_markdown(f"---\n{inner}---\n\nBody text here.\n", metadata)
    loads_strictly(draft)
