"""The check an import makes of the article it writes (`emit.verify`) reports what `check
--strict` reports on the file. Given the number of YAML events of the text (`event_count`,
counted from the draft instead of by parsing the text once more), it holds the text to the
same limit of values for its size as `check`, and that number is the parser's own, for any
draft (hostile texts in every field, every shape of annotations); given the paragraphs
normalised already (by the annotating), the loader's text index is the one it builds itself.
And whatever the source, what `prepare` gives passes `check --strict`."""

from __future__ import annotations

import datetime
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressreader.format import safe_yaml
from pressreader.format.anchoring import TextIndex
from pressreader.format.loader import Written, load_bytes, load_text
from pressreader.importing.annotate import Annotations, FoundFigure, FoundQuote, annotate
from pressreader.importing.emit import article_yaml, event_count, verify, written_article
from pressreader.importing.parse import Draft
from pressreader.importing.pipeline import Options, prepare, read_draft
from pressreader.importing.sources import SourceError
from pressreader.model import Section
from pressreader.text.textnorm import normalise
from tests.strategies import any_text, joined

DEVSET = Path(__file__).resolve().parents[2] / "benchmarks" / "devset"
TODAY = datetime.date(2026, 1, 2)

# Texts that could trouble YAML: marks of its syntax, line breaks of every kind, controls,
# characters it forbids raw, surrogates (not UTF-8), a byte order mark, brackets.
_HOSTILE = st.text(
    st.one_of(
        st.sampled_from(
            list(":-?#&*!|>'\"%@`,[]{}\\\n\r\t\x00\x85\u2028\u2029\ufeff\ud800\udfff \x7f\x1b")
        ),
        st.characters(),
    ),
    max_size=12,
)
_TEXT = st.one_of(any_text(max_size=12), _HOSTILE)
_OPTIONAL = st.one_of(st.none(), st.just(""), _TEXT)
_NUMBER = st.one_of(
    st.integers(-(10**15), 10**15), st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False)
)

_FIGURES = st.builds(
    FoundFigure,
    label=_TEXT,
    value=_NUMBER,
    text=_TEXT,
    unit=_OPTIONAL,
    previous=st.one_of(st.none(), _NUMBER),
)
_ANNOTATIONS = st.builds(
    Annotations,
    speakers=st.lists(st.tuples(_TEXT, _OPTIONAL, _OPTIONAL), max_size=3),
    quotes=st.lists(
        st.builds(FoundQuote, speaker=_TEXT, text=_TEXT, kind=st.sampled_from(["direct", "x"])),
        max_size=3,
    ),
    statistics=st.lists(_FIGURES, max_size=3),
)
_METADATA = st.dictionaries(
    st.sampled_from(
        ["subtitle", "outlet", "url", "dateline", "language", "summary", "published", "other"]
    ),
    _TEXT,
    max_size=4,
)
_DRAFTS = st.builds(
    Draft,
    title=_TEXT,
    sections=st.lists(
        st.tuples(st.one_of(st.none(), _TEXT), st.lists(_TEXT, max_size=4)), max_size=4
    ),
    authors=st.lists(_TEXT, max_size=3),
    metadata=_METADATA,
    tags=st.lists(_TEXT, max_size=3),
    annotations=st.one_of(st.none(), _ANNOTATIONS),
)


def _parser_events(text: str) -> int | None:
    """The number of events libyaml's parser gives for `text`; None when it refuses it (a
    surrogate, raw or escaped: the loader reports it, and `verify` as the loader does)."""
    try:
        loader = safe_yaml.SafeLoader(text.encode("utf-8"))
    except UnicodeEncodeError:
        return None
    try:
        return int(loader.raw_parse())
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def _loaded(text: str, written: Written | None = None) -> list[str]:
    """What `check --strict` reports on the file holding `text`, as `verify` words it."""
    try:
        result = load_bytes(text.encode("utf-8"), Path("a.txt"), written=written)
    except UnicodeEncodeError:
        result = load_text(text, Path("a.txt"), written=written)
    return [f"{problem.severity}: {problem.message}" for problem in result.problems]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DRAFTS, st.booleans())
def test_the_quick_check_of_any_draft_reports_what_loading_its_text_reports(
    draft: Draft, with_normalised: bool
) -> None:
    paragraphs = [paragraph for _, section in draft.sections for paragraph in section]
    normalised = (paragraphs, [normalise(paragraph) for paragraph in paragraphs])
    text, quick = written_article(
        draft, "a.txt", "0" * 64, TODAY, normalised if with_normalised else None
    )
    assert text == article_yaml(draft, "a.txt", "0" * 64, TODAY)
    assert quick[1].size == len(text.encode("utf-8", "surrogatepass"))
    events = _parser_events(text)
    if events is not None:
        assert event_count(draft) == events, text
    expected = _loaded(text)
    assert verify(text, "a.txt", quick) == expected, text
    # The text with placeholders passes only where the text itself does.
    placeholders, written = quick
    assert (_loaded(placeholders, written) == []) == (expected == []), text


def test_the_events_of_every_development_text_are_the_parsers_count() -> None:
    sources = sorted(DEVSET.glob("dev*/*.txt"))
    assert sources
    for source in sources:
        draft, sha256, _ = read_draft(source.name, source.read_bytes(), Options(), TODAY)
        for found in (None, annotate(draft.sections)):
            draft.annotations = found
            text = article_yaml(draft, source.name, sha256, TODAY)
            assert event_count(draft) == _parser_events(text), source


def test_an_article_of_more_values_than_its_size_allows_is_refused_as_check_refuses_it() -> None:
    # Many one-letter paragraphs: more values than a file of its size may hold.
    paragraphs = ["a"] * (safe_yaml.EVENTS_FLOOR * 3 // 2)
    draft = Draft(title="T", sections=[(None, paragraphs)])
    text = article_yaml(draft, "a.txt", "0" * 64, TODAY)
    expected = _loaded(text)
    assert expected and "YAML values" in expected[0]
    _, quick = written_article(draft, "a.txt", "0" * 64, TODAY)
    assert verify(text, "a.txt", quick) == expected
    assert _loaded(quick[0], quick[1])  # the text with placeholders, refused as well
    assert verify(text, "a.txt") == expected


_PARAGRAPH = st.one_of(
    _TEXT, st.text(st.sampled_from(list(" \t\n\u00a0\u3000\u2009ab.“”\x00\u0301")), max_size=12)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PARAGRAPH, max_size=4), max_size=4), st.data())
def test_a_text_index_of_paragraphs_normalised_already_is_the_one_built_from_them(
    sections_paragraphs: list[list[str]], data: st.DataObject
) -> None:
    sections = [
        Section(id=f"s{number}", heading=None, paragraphs=paragraphs, line=1)
        for number, paragraphs in enumerate(sections_paragraphs)
    ]
    paragraphs = [paragraph for section in sections for paragraph in section.paragraphs]
    parts = [normalise(paragraph) for paragraph in paragraphs]
    built = TextIndex(sections)
    given_index = TextIndex(sections, (paragraphs, parts))
    assert given_index._joined == built._joined
    assert list(given_index._starts) == list(built._starts)
    assert given_index._section_spans == built._section_spans
    assert given_index._firsts == built._firsts
    # Paragraphs that are not the sections' own are not used.
    other = [*paragraphs, "x"] if data.draw(st.booleans()) else [p + "x" for p in paragraphs]
    wrong = TextIndex(sections, (other, [normalise(p) for p in other]))
    assert wrong._joined == built._joined


# Hostile sources: the words the annotating looks for (verbs of saying, quotation marks,
# figures, names) among YAML's marks, controls, line breaks of every kind and white space.
_SOURCE_PIECES = [
    "said",
    " said ",
    "“",
    "”",
    '"',
    "President Jane Roe",
    " he ",
    "according to",
    "12%",
    "3 million",
    "$4.5 billion",
    "新华社",
    "表示，",
    "。",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\x00",
    "\x85",
    "\u2028",
    "\ufeff",
    "---",
    "# ",
    ": ",
    "- ",
    "\\",
    "'",
    "{[",
    "  ",
    "\u00a0",
    "é",
    "e\u0301",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(joined(_SOURCE_PIECES, max_size=200))
def test_what_prepare_gives_for_any_source_passes_check_strict(source: str) -> None:
    data = ("Title\n\n" + source).encode("utf-8", "surrogatepass")
    try:
        prepared = prepare("a.txt", data, Options(), TODAY)
    except SourceError:
        return  # refused, never written
    assert _loaded(prepared.text) == [], prepared.text


def test_placeholders_that_are_not_the_paragraphs_are_refused() -> None:
    draft = Draft(title="T", sections=[("H", ["One.", "Two."]), (None, ["Three."])])
    text, (placeholders, written) = written_article(draft, "a.txt", "0" * 64, TODAY)
    assert _loaded(placeholders, written) == []
    assert list(written.paragraphs or ()) == ["One.", "Two.", "Three."]
    for values in (["One.", "Two."], ["One.", "Two.", "Three.", "Four."]):
        wrong = Written(written.events, written.size, values)
        assert _loaded(placeholders, wrong)
    # A placeholder's place that holds text is not one.
    assert _loaded(text, written)
    # Not given, or given for none of them, the text is read as it stands.
    assert _loaded(text, Written(written.events, written.size, [None, None, None])) == []
