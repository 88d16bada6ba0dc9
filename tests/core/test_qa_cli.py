"""The command line as a script user meets it: messages, exit codes."""

from __future__ import annotations

import pytest

from pressreader.cli import main


def test_search_without_a_query_asks_for_the_query_only(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["search"])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "required: QUERY" in error
    # PATH is optional (the default library), so the message must not ask for it.
    assert "PATH" not in error.splitlines()[-1]
