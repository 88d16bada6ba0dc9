"""A long text's figures found ahead by a forked child (`importing.ahead`): the same figures
as found in one process, whatever happens to the child, and no child left behind.

The forking runs in a fresh interpreter (`_run`): a test runner's process has other threads,
and `ahead` never forks from such a process (nor should a test)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pressreader.importing import ahead

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str) -> object:
    """What `script` prints as JSON on its last line, run by a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_short_text_is_never_sent_to_a_second_process() -> None:
    assert not ahead.worth_it(["x" * 1000] * 10)


def test_a_long_text_is_sent_only_while_a_core_is_idle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # (Where the system gives no count of the processes running now: the load average.)
    monkeypatch.setattr(ahead, "RUN_QUEUE", str(tmp_path / "missing"))
    monkeypatch.setattr(ahead, "allowed", True)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    monkeypatch.setattr(ahead, "cores", lambda: 2)
    paragraphs = ["x" * 1000] * 1000
    monkeypatch.setattr("os.getloadavg", lambda: (0.6, 0.6, 0.6))
    assert ahead.worth_it(paragraphs)
    monkeypatch.setattr("os.getloadavg", lambda: (1.8, 1.0, 1.0))  # both cores nearly busy
    assert not ahead.worth_it(paragraphs)
    monkeypatch.setattr(ahead, "cores", lambda: 1)
    monkeypatch.setattr("os.getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not ahead.worth_it(paragraphs)  # one core: nothing to gain


@pytest.mark.parametrize(
    ("content", "idle"),
    [
        # This process alone, or with one other, whatever the last minute's load was:
        (b"1.62 1.73 2.20 1/113 28209\n", 2.0),
        (b"1.62 1.73 2.20 2/113 28209\n", 1.0),
        # Two others running, or more, however quiet the last minute was: none idle.
        (b"0.00 0.00 0.00 3/113 28209\n", 0.0),
        (b"0.00 0.00 0.00 9/113 28209\n", -6.0),
    ],
)
def test_the_cores_idle_are_counted_from_the_processes_running_now(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes, idle: float
) -> None:
    run_queue = tmp_path / "loadavg"
    run_queue.write_bytes(content)
    monkeypatch.setattr(ahead, "RUN_QUEUE", str(run_queue))
    monkeypatch.setattr(ahead, "cores", lambda: 2)
    monkeypatch.setattr("os.getloadavg", lambda: (5.0, 5.0, 5.0))  # (not asked)
    assert ahead.idle_cores() == idle
    monkeypatch.setattr(ahead, "allowed", True)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    assert ahead.worth_it(["x" * 1000] * 1000) is (idle >= 0.5)


@pytest.mark.parametrize(
    "content", [b"", b"1.0 2.0 3.0", b"1.0 2.0 3.0 x/113 1", b"\xff\xfe garbage \x00"]
)
def test_an_unreadable_count_falls_back_on_the_load_average(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes
) -> None:
    run_queue = tmp_path / "loadavg"
    run_queue.write_bytes(content)
    monkeypatch.setattr(ahead, "RUN_QUEUE", str(run_queue))
    monkeypatch.setattr(ahead, "cores", lambda: 2)
    monkeypatch.setattr("os.getloadavg", lambda: (1.25, 1.0, 1.0))
    assert ahead.idle_cores() == 0.75


def test_a_long_text_is_not_sent_from_a_process_with_other_threads() -> None:
    # (The test runner's process has threads of its own, or this test starts one.)
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not ahead.worth_it(["x" * 1000] * 1000)
    finally:
        stop.set()
        thread.join()


def test_the_figures_found_ahead_are_those_found_here_and_the_child_is_reaped() -> None:
    result = _run(
        f"""
        import json, os, sys
        sys.path.insert(0, {str(ROOT / "benchmarks")!r})
        from bench_import import article_text
        from pressreader.importing import ahead
        from pressreader.importing.annotate import _figures
        paragraphs = [line for line in article_text(3000, 7).splitlines() if line]
        here = list(ahead.each(paragraphs, _figures, fork=False))
        there = list(ahead.each(paragraphs, _figures, fork=True))
        try:
            os.waitpid(-1, os.WNOHANG)
            left = True
        except ChildProcessError:
            left = False
        print(json.dumps([there == here, sum(map(len, here)), left]))
        """
    )
    same, figures, child_left = result  # type: ignore[misc]
    assert same
    assert figures > 200  # the text holds figures enough for the comparison to say something
    assert not child_left


def test_a_child_that_dies_midway_costs_nothing_but_time() -> None:
    result = _run(
        """
        import json, os
        from pressreader.importing import ahead
        parent = os.getpid()
        def find(paragraph):
            if os.getpid() != parent and paragraph == "p300":
                os._exit(1)  # the child dies in its fifth batch
            return [paragraph.upper(), len(paragraph)]
        paragraphs = [f"p{number}" for number in range(1000)]
        got = list(ahead.each(paragraphs, find, fork=True))
        print(json.dumps(got == [find(p) for p in paragraphs]))
        """
    )
    assert result is True


def test_stopping_early_ends_the_child() -> None:
    result = _run(
        """
        import json, os, time
        from pressreader.importing import ahead
        def find(paragraph):
            time.sleep(0.001)
            return [paragraph]
        paragraphs = [str(number) for number in range(100_000)]  # minutes of work
        found = ahead.each(paragraphs, find, fork=True)
        first = [next(found) for _ in range(70)]
        found.close()  # (the child, minutes from done, is ended: no wait for its work)
        try:
            os.waitpid(-1, os.WNOHANG)
            left = True
        except ChildProcessError:
            left = False
        print(json.dumps([first == [[str(n)] for n in range(70)], left]))
        """
    )
    assert result == [True, False]


def test_a_folders_workers_find_their_figures_themselves() -> None:
    import signal

    from pressreader.importing import parallel

    before, handler = ahead.allowed, signal.getsignal(signal.SIGINT)
    try:
        parallel._start_worker()
        assert ahead.allowed is False
        assert not ahead.worth_it(["x" * 1000] * 1000)
    finally:
        ahead.allowed = before
        signal.signal(signal.SIGINT, handler)


def test_the_import_writes_the_same_article_either_way(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    result = _run(
        f"""
        import datetime as dt, json, os, sys
        sys.path.insert(0, {str(ROOT / "benchmarks")!r})
        from bench_import import article_text
        from pathlib import Path
        from pressreader.importing import ahead
        from pressreader.importing.pipeline import Options, prepare
        Path({str(source)!r}).write_text(article_text(2500, 3), encoding="utf-8")
        data = Path({str(source)!r}).read_bytes()
        day = dt.date(2026, 12, 5)
        ahead.idle_cores = lambda: 1.0  # (the test runner may keep both cores busy)
        assert ahead.worth_it(data.decode().splitlines())
        forked = prepare("long.txt", data, Options(), day).text
        assert os.times().children_user > 0  # a child found the figures
        ahead.LEAD = -1  # the child does the spare work of every paragraph
        spared = prepare("long.txt", data, Options(), day).text
        ahead.LEAD = 10**9  # of none
        unspared = prepare("long.txt", data, Options(), day).text
        ahead.allowed = False
        alone = prepare("long.txt", data, Options(), day).text
        print(json.dumps([forked == alone, spared == alone, unspared == alone,
                          forked.count("reviewed: false")]))
        """
    )
    same, same_spared, same_unspared, annotations = result  # type: ignore[misc]
    assert same
    assert same_spared
    assert same_unspared
    assert annotations > 300


def test_the_spare_work_is_done_by_the_child_only_while_it_is_ahead() -> None:
    """`spare` replaces what `find` gave for the paragraphs the child is more than `LEAD`
    ahead of this process for: all of them with a lead below zero, none with one beyond
    the text, and, when this process takes nothing until the child has found every
    paragraph, all but the first `LEAD + 1`."""
    result = _run(
        """
        import json, time
        from pressreader.importing import ahead
        paragraphs = [str(number) for number in range(300)]
        spare = lambda paragraph, found: found + "!"
        ahead.LEAD = -1
        always = list(ahead.each(paragraphs, str, fork=True, spare=spare))
        ahead.LEAD = 10**9
        never = list(ahead.each(paragraphs, str, fork=True, spare=spare))
        ahead.LEAD = 100
        late = ahead.each(paragraphs, str, fork=True, spare=spare)
        time.sleep(1.0)  # (the child finds all 300, far ahead of this process's none)
        waited = list(late)
        print(json.dumps([always, never, waited]))
        """
    )
    always, never, waited = result  # type: ignore[misc]
    assert always == [f"{number}!" for number in range(300)]
    assert never == [str(number) for number in range(300)]
    # (under heavy load the child may not have gone far in the second: then fewer are spared,
    # but never one within the lead)
    assert waited[:101] == [str(number) for number in range(101)]
    assert waited[101:] == [f"{number}!" for number in range(101, 300)] or all(
        not found.endswith("!") or int(found[:-1]) > 100 for found in waited
    )


def test_the_scan_given_for_each_paragraph_changes_no_quote() -> None:
    """Every development paragraph read with its scan and its verbs' `contents` given finds
    the quotes it finds alone."""
    from pressreader.importing.quotes import QuoteFinder, contents, continued_quotations, scan
    from pressreader.importing.quotes.finder import Scanned

    texts = sorted(ROOT.glob("benchmarks/devset/dev*/*.txt"))
    assert len(texts) > 150
    given_used = contents_given = 0
    for path in texts:
        paragraphs = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
        continued = continued_quotations(paragraphs)
        alone, helped = QuoteFinder(), QuoteFinder()
        for index, paragraph in enumerate(paragraphs):
            scanned: Scanned = scan(paragraph)._replace(paragraph=paragraph)
            given_used += scanned.sentences is not None
            if scanned.sentences is not None and scanned.verbs:
                found = contents(paragraph, scanned.verbs, scanned.sentences)
                contents_given += len(found)
                scanned = scanned._replace(contents=found)
            assert helped.paragraph(paragraph, continued.get(index), scanned) == alone.paragraph(
                paragraph, continued.get(index)
            ), (path.name, index)
    assert given_used > 1000  # sentences were given, not only verbs
    assert contents_given > 2000  # and where each verb's content begins


def test_the_contents_given_are_the_ones_the_reports_use() -> None:
    """A report's start is taken from the `contents` given for its paragraph (so a wrong one
    would show), and only for that very paragraph."""
    from pressreader.importing.quotes import QuoteFinder, contents, scan

    paragraph = "Mayor Jane Roe said that the bridge will reopen in May after repairs."
    scanned = scan(paragraph)._replace(paragraph=paragraph)
    assert scanned.sentences is not None
    found = contents(paragraph, scanned.verbs, scanned.sentences)
    assert list(found.values()) == [(len("Mayor Jane Roe said that "), None)]
    (quote,) = QuoteFinder().paragraph(paragraph, None, scanned._replace(contents=found))
    assert paragraph[quote.start : quote.end] == "the bridge will reopen in May after repairs."
    # Another start given: the report starts there.
    moved = {key: (len("Mayor Jane Roe said that the "), None) for key in found}
    (quote,) = QuoteFinder().paragraph(paragraph, None, scanned._replace(contents=moved))
    assert paragraph[quote.start : quote.end] == "bridge will reopen in May after repairs."
    # Given for another paragraph of the same words: not taken.
    other = "".join(list(paragraph))
    assert other is not paragraph
    (quote,) = QuoteFinder().paragraph(other, None, scanned._replace(contents=moved))
    assert other[quote.start : quote.end] == "the bridge will reopen in May after repairs."


def test_a_content_that_depends_on_the_text_before_is_left_to_the_reader() -> None:
    """`the President … said to the world: A` is a report only where `the President` names
    one person, which the text before tells: no content is found ahead for it, and the
    reports' reading finds it itself."""
    from pressreader.importing.quotes import contents, scan

    asked = "And the President went out and said to the world: We will rebuild the port."
    plain = "And the mayor went out and said to the world: We will rebuild the port."
    for paragraph, expected in ((asked, 0), (plain, 1)):
        scanned = scan(paragraph)
        assert scanned.sentences is not None and scanned.verbs
        assert len(contents(paragraph, scanned.verbs, scanned.sentences)) == expected


def test_jobs_one_imports_in_this_process_alone(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    result = _run(
        f"""
        import json, os, sys
        sys.path.insert(0, {str(ROOT / "benchmarks")!r})
        from bench_import import article_text
        from pathlib import Path
        from pressreader import cli
        from pressreader.importing import ahead
        ahead.idle_cores = lambda: 2.0  # (the test runner may keep both cores busy)
        Path({str(source)!r}).write_text(article_text(2500, 5), encoding="utf-8")
        def children():
            times = os.times()
            return times.children_user + times.children_system
        seen = []
        for jobs in (["-j", "1"], []):
            before = children()
            out = Path({str(tmp_path)!r}) / f"out{{len(jobs)}}.yaml"
            try:
                cli.main(["import", {str(source)!r}, "-o", str(out), *jobs])
            except SystemExit as done:
                assert not done.code, done.code
            seen.append(children() > before)
        print(json.dumps(seen + [ahead.allowed]))
        """
    )
    # no child with `-j 1`; one without, and the setting as it was after the command
    assert result == [False, True, True]


def test_what_cannot_be_sent_is_found_here() -> None:
    # (`marshal` sends built-in types only: a result of another kind stops the child, and this
    # process finds that paragraph's and the rest's itself)
    result = _run(
        """
        import json, os
        from fractions import Fraction
        from pressreader.importing import ahead
        parent = os.getpid()
        def find(paragraph):
            if paragraph == "p500":
                return [Fraction(1, 3) if os.getpid() != parent else "a third"]
            return [paragraph, len(paragraph)]
        paragraphs = [f"p{number}" for number in range(1000)]
        got = list(ahead.each(paragraphs, find, fork=True))
        expected = [["a third"] if p == "p500" else [p, len(p)] for p in paragraphs]
        print(json.dumps(got == expected))
        """
    )
    assert result is True


def test_the_work_aside_is_done_by_the_child_after_the_paragraphs() -> None:
    # (the speedfind round: the source's hash, found by the child while this process annotates)
    result = _run(
        """
        import json, os
        from pressreader.importing import ahead
        parent = os.getpid()
        paragraphs = [f"p{number}" for number in range(1000)]
        aside = ahead.Aside(lambda: f"done by {'child' if os.getpid() != parent else 'parent'}")
        got = list(ahead.each(paragraphs, str.upper, fork=True, aside=aside))
        print(json.dumps([got == [p.upper() for p in paragraphs], aside.result()]))
        """
    )
    assert result == [True, "done by child"]


@pytest.mark.parametrize(
    ("dies", "fork"),
    [("p300", True), ("aside", True), (None, False)],
    ids=["child-dies-midway", "child-dies-in-the-aside", "no-child"],
)
def test_the_work_aside_is_done_here_when_no_child_did_it(dies: str | None, fork: bool) -> None:
    result = _run(
        f"""
        import json, os
        from pressreader.importing import ahead
        parent = os.getpid()
        def find(paragraph):
            if os.getpid() != parent and paragraph == {dies!r}:
                os._exit(1)
            return paragraph.upper()
        def work():
            if os.getpid() != parent and {dies!r} == "aside":
                os._exit(1)
            return "parent" if os.getpid() == parent else "child"
        paragraphs = [f"p{{number}}" for number in range(1000)]
        aside = ahead.Aside(work)
        got = list(ahead.each(paragraphs, find, fork={fork!r}, aside=aside))
        print(json.dumps([got == [p.upper() for p in paragraphs], aside.result()]))
        """
    )
    assert result == [True, "parent"]


def test_an_early_stop_leaves_the_work_aside_to_this_process() -> None:
    result = _run(
        """
        import json, os
        from pressreader.importing import ahead
        parent = os.getpid()
        paragraphs = [f"p{number}" for number in range(1000)]
        aside = ahead.Aside(lambda: "parent" if os.getpid() == parent else "child")
        found = ahead.each(paragraphs, str.upper, fork=True, aside=aside)
        first = [next(found) for _ in range(70)]
        found.close()
        print(json.dumps([first == [p.upper() for p in paragraphs[:70]], aside.result()]))
        """
    )
    assert result == [True, "parent"]
