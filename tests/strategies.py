"""Hypothesis strategies shared by the property and fuzz tests."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

# Each piece stands for one character of a string Hypothesis draws: code points from here up
# (Latin Extended: every one a valid character, none of them special to Hypothesis).
_FIRST = 0x100


def joined(
    pieces: Sequence[str], *, min_size: int = 0, max_size: int | None = None, sep: str = ""
) -> st.SearchStrategy[str]:
    """Strings made of `min_size` to `max_size` of `pieces`, joined with `sep`: the same
    strings as `st.lists(st.sampled_from(pieces), ...).map(sep.join)`.

    A list draws each element on its own (a choice, and a span around it, per piece), which
    costs most of a test that joins hundreds of pieces; here the choice of every piece is one
    character of a single string, drawn at once, and each character is then read as its
    piece. Any sequence of pieces a list could draw, this draws too."""
    table = list(pieces)
    if not table:
        raise ValueError("joined() needs at least one piece")
    if len(table) > 256:
        # Hypothesis draws each character of an alphabet this small with the same chance;
        # of a larger one, the first 256 more often than the rest.
        raise ValueError("joined() takes at most 256 pieces")
    alphabet = "".join(chr(_FIRST + index) for index in range(len(table)))

    def pieces_of(code: str) -> str:
        return sep.join(table[ord(char) - _FIRST] for char in code)

    return st.text(alphabet=alphabet, min_size=min_size, max_size=max_size).map(pieces_of)


# `st.text()`'s own alphabet, every character UTF-8 can encode (all but the surrogates), named
# by category: the same characters, drawn the same way. `st.text()` finds them by encoding each
# of the 1.1 million code points, once per process unless Hypothesis's folder (.hypothesis, not
# in a clean clone) holds the table: about 1.5 s of CPU in each test worker.
UTF8_CHARACTERS = st.characters(exclude_categories=["Cs"])


def any_text(*, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """`st.text(min_size=..., max_size=...)`: any string of characters UTF-8 can encode."""
    return st.text(UTF8_CHARACTERS, min_size=min_size, max_size=max_size)
