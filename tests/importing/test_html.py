"""`pressreader import` of web pages (trafilatura, the `html` extra), of text in other
encodings, and the language told from the text. The pages are small hand-written fixtures."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from pressreader.cli import main
from pressreader.format.loader import load_file
from pressreader.importing.language import guess_language
from pressreader.importing.parse import Draft

PAGES = Path(__file__).parent / "pages"
CONTROL = set(map(chr, range(0x20))) - {"\n"} | {"\x7f"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["import", *args])
    out, err = capsys.readouterr()
    return status, out, err


def imported(path: Path):  # type: ignore[no-untyped-def]
    result = load_file(path)
    assert result.problems == []
    return result.articles[0]


def test_a_page_gives_its_article_and_metadata(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.yaml"
    status, _, err = run(capsys, str(PAGES / "harbour.html"), "-o", str(target))
    assert status == 0, err
    article = imported(target)
    assert article.title == "Harbour reopens after storm"
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert article.outlet == "Port News"
    assert article.url == "https://news.example.org/2024/harbour-reopens"
    assert str(article.published) == "2024-05-02"
    assert article.language == "en-GB"
    assert [section.heading for section in article.sections] == [
        None,
        "Repairs",
        "What comes next",
    ]
    paragraphs = [p for section in article.sections for p in section.paragraphs]
    assert paragraphs[1] == (
        "“We are back in business,” said harbour master John Doe. More than 40 vessels "
        "entered before noon."
    )
    assert "The work took seven days, two fewer than planned, and no one was hurt." in paragraphs
    assert paragraphs[-2:] == ["The pier closes in March.", "Ferries move to the south quay."]
    everything = " ".join(paragraphs)
    for debris in ("Injected", "color: red", "Home", "Most read", "Share", "©"):
        assert debris not in everything
    assert "(3 sections, 7 paragraphs)" in err


def test_html_from_standard_input_and_by_its_first_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (PAGES / "harbour.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    status, out, err = run(capsys, "-", "--from", "html", "-o", "-")
    assert status == 0, err
    assert 'title: "Harbour reopens after storm"' in out
    saved = tmp_path / "saved-page.txt"  # a page saved under another suffix
    saved.write_bytes(page)
    status, _, err = run(capsys, str(saved), "-o", str(tmp_path / "out.yaml"))
    assert status == 0, err
    assert imported(tmp_path / "out.yaml").outlet == "Port News"


def test_without_trafilatura_it_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` fails
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nText.\n", encoding="utf-8")
    page = PAGES / "harbour.html"
    status, _, err = run(capsys, str(page), str(good), "-o", str(tmp_path / "out"), "-j", "1")
    assert status == 1
    assert (
        f"{page}: error: HTML import needs the html extra: pip install 'pressreader[html]'" in err
    )
    assert (tmp_path / "out" / "good.yaml").is_file()


def test_a_declared_charset_is_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, str(PAGES / "declared.htm"), "-o", str(tmp_path / "o.yaml"))
    assert status == 0, err
    article = imported(tmp_path / "o.yaml")
    assert article.title == "Die Straße am Hafen"
    assert article.language == "de"
    assert "wieder geöffnet, sagte der Bürgermeister." in article.sections[0].paragraphs[0]
    assert "warning" not in err


HOSTILE = (
    "<!DOCTYPE html><html><head><title>[bold red]Evil[/] \x1b[31mtitle\x07</title>"
    "<script>document.write('<p>from a script</p>')</script></head><body><article>"
    "<p>Text with [link=https://x.example]markup[/link], \x1b]0;pwned\x07 an escape, "
    "\x00\x01\x02 controls and \u202e a reversal, all in one paragraph of the article.</p>"
    "<p>A second paragraph, so that the page holds an article and not a fragment.</p>"
    "<script>var s = '<p>not text</p>';</script>"
    + "<div>" * 5000
    + "<p>Deep inside the page.</p>"
    + "</div>" * 5000
    + "<b>" * 3000
    + "bold"
    + "</b>" * 3000
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    "page",
    [
        HOSTILE,
        "<!DOCTYPE html><html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000,
        "<html></html>",
        "<!DOCTYPE html><html><frameset><frame src=x></frameset></html>",
        "<html><body><p>" + "\x1b[2J" * 2000 + "</p></body></html>",
    ],
    ids=["markup-controls-scripts", "deep", "empty", "frameset", "only-escapes"],
)
def test_hostile_pages_never_crash_nor_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str
) -> None:
    source = tmp_path / "evil.html"
    source.write_text(page, encoding="utf-8", errors="surrogatepass")
    status, _, err = run(capsys, str(source), "-o", str(tmp_path / "o.yaml"), "--verbose")
    assert status in (0, 1)
    assert "Traceback" not in err
    assert not set(err) & CONTROL, err
    for line in err.splitlines():
        assert line.startswith(str(source)), line  # nothing but our own lines (no log)
    if status == 0:
        article = imported(tmp_path / "o.yaml")
        text = " ".join(p for s in article.sections for p in s.paragraphs)
        assert not set(text + article.title) & CONTROL
        assert "from a script" not in text and "not text" not in text
        if page == HOSTILE:
            assert article.title == "[bold red]Evil[/] title"
            assert "[link=https://x.example]markup[/link]" in text


@pytest.mark.parametrize(("depth", "imported_paragraphs"), [(240, 3), (300, None)])
def test_a_page_nested_past_the_parsers_depth_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int, imported_paragraphs: int | None
) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the deeply nested story.</p>" for i in range(3))
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + paragraphs
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    status, _, err = run(capsys, str(page), "-o", str(tmp_path / "out.yaml"))
    if imported_paragraphs is not None:
        assert status == 0, err
        article = imported(tmp_path / "out.yaml")
        assert len(article.sections[0].paragraphs) == imported_paragraphs
    else:
        assert status == 1
        assert err.strip() == (
            f"{page}: error: no article text found in the page: its elements nest deeper "
            "than the 255 levels the HTML parser reads"
        )


def test_the_size_limit_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(
        capsys, str(PAGES / "harbour.html"), "--max-bytes", "1K", "-o", str(tmp_path / "o.yaml")
    )
    assert status == 1
    assert "larger than 1,024" in err


def test_trafilatura_is_imported_only_for_a_page(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Title\n\nText.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from pressreader.cli import main\n"
        f"main(['import', {str(source)!r}, '-o', '-'])\n"
        "main(['check', {0!r}])\n"
        "assert 'trafilatura' not in sys.modules and 'lxml' not in sys.modules\n"
        "print('ok')\n"
    ).replace("{0!r}", repr(str(PAGES.parent / "test_html.py")))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip().endswith("ok"), done.stderr


# --- encodings ------------------------------------------------------------------------------


def test_a_windows_text_is_detected_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Harbour reopens\n\nThe minister said \u201cwe are ready\u201d \u2014 and the caf\u00e9 "
        "on the quay opened its doors again on Monday, for the first time since the storm.\n\n"
        "Prices rose 5\u20ac a night, the owner said, and the rooms were full by noon.\n"
    )
    source = tmp_path / "windows.txt"
    source.write_bytes(text.encode("cp1252"))
    status, _, err = run(capsys, str(source), "-o", str(tmp_path / "o.yaml"))
    assert status == 0, err
    assert f"{source}: warning: the text is not UTF-8; read as cp125" in err
    article = imported(tmp_path / "o.yaml")
    assert article.sections[0].paragraphs[0].startswith("The minister said \u201cwe are")
    assert "5\u20ac a night" in article.sections[0].paragraphs[1]


def test_a_chinese_text_in_gbk_is_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "港口重新开放\n\n港口在星期一重新开放。港务局表示，船只从黎明起就在防波堤外排队。\n\n"
        "港务长说：“我们恢复营业了。”中午前有四十多艘船进港，工程耗资二百四十万元。\n"
    )
    source = tmp_path / "gbk.txt"
    source.write_bytes(text.encode("gbk"))
    status, _, err = run(capsys, str(source), "-o", str(tmp_path / "o.yaml"))
    assert status == 0, err
    article = imported(tmp_path / "o.yaml")
    assert article.title == "港口重新开放"
    assert article.language == "zh"


def test_an_encoding_that_cannot_be_told_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "short.txt"
    source.write_bytes("港口重新开放\n\n好。\n".encode("gbk"))  # too short to tell
    status, _, err = run(capsys, str(source), "-o", str(tmp_path / "o.yaml"))
    assert status == 1
    assert f"{source}: error: 1:1: the text is not UTF-8 (byte 0xb8)" in err
    assert "cannot be told" in err and "iconv" in err


# --- language -------------------------------------------------------------------------------


def draft(text: str) -> Draft:
    return Draft(title="T", sections=[(None, [text])])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The harbour reopened on Monday after a week of repairs, the port authority said. "
            "Ships queued outside the breakwater from dawn. “We are back in business,” said "
            "the harbour master. More than 40 vessels entered before noon, and the work, which "
            "cost 2.4 million pounds, took seven days.",
            "en",
        ),
        (
            "港口在星期一重新开放。港务局表示，船只从黎明起就在防波堤外排队。"
            "中午前有四十多艘船进港。",
            "zh",
        ),
        (
            "東京の港は月曜日に再開した。関係者によると、船は夜明けから並んでいた。"
            "正午までに四十隻以上が入港した。",
            "ja",
        ),
        (
            "항구는 월요일에 다시 문을 열었다. 관계자에 따르면 배들이 새벽부터 방파제 밖에 "
            "줄을 섰다고 한다. 정오 전에 사십 척 이상이 입항했다.",
            "ko",
        ),
        (
            "Le port a rouvert lundi après une semaine de réparations, a déclaré l'autorité "
            "portuaire. Les navires faisaient la queue devant la digue dès l'aube. Plus de 40 "
            "navires sont entrés avant midi, et les travaux ont duré sept jours.",
            None,
        ),
        (
            "Der Hafen wurde am Montag nach einer Woche Reparaturen wieder geöffnet, teilte die "
            "Hafenbehörde mit. Die Schiffe standen seit dem Morgengrauen vor dem Wellenbrecher. "
            "Mehr als 40 Schiffe liefen vor Mittag ein, und die Arbeiten dauerten sieben Tage.",
            None,
        ),
        (
            "Порт вновь открылся в понедельник после недели ремонта, сообщили власти порта. "
            "Суда стояли в очереди у волнореза с рассвета.",
            None,
        ),
        ("The harbour reopened on Monday.", None),  # too short to be sure
    ],
    ids=["en", "zh", "ja", "ko", "fr", "de", "ru", "short"],
)
def test_the_language_is_told_only_when_sure(text: str, language: str | None) -> None:
    assert guess_language(draft(text)) == language


def test_a_given_language_wins_and_a_guess_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "zh.txt"
    source.write_text(
        "港口重新开放\n\n港口在星期一重新开放。港务局表示，船只从黎明起就在防波堤外排队。"
        "中午前有四十多艘船进港。\n",
        encoding="utf-8",
    )
    status, _, err = run(capsys, str(source), "-o", str(tmp_path / "a.yaml"))
    assert status == 0, err
    assert imported(tmp_path / "a.yaml").language == "zh"
    status, _, err = run(
        capsys, str(source), "-o", str(tmp_path / "b.yaml"), "--language", "zh-Hant"
    )
    assert status == 0, err
    assert imported(tmp_path / "b.yaml").language == "zh-Hant"
