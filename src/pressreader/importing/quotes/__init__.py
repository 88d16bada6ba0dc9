"""Quotes found in an article's paragraphs, by rule (ANNOTATING.md, "Quotes").

Direct quotes are the words between quotation marks (straight, curly, guillemets, corner
brackets) attributed by a speech verb after the quote (`“…,” said X`, `“…” X said`), before it
(`X said: “…”`, a label `Sen. X: “…”`, a lead-in `X outlined the plan: “…”`), or inside it (the
second part of `“…,” he said, “…”` takes the first part's speaker). A quote left open at a
paragraph's end runs to that end, and a next paragraph that opens a quote carries on with the
same speaker; so do the paragraphs with no marks after it up to one whose first mark closes it
(`continued_quotations`). Marks with no speaker and no speech verb (titles, slogans, scare
quotes) are not quotes.

Indirect quotes are reported speech with a named source: `X said (that) …`, `X stressed that
…`, `according to X, …`, `…, X said.` The span is the reported content, from after `that` to
the end of the report in that sentence, carried into the next sentences of the paragraph while
they go on reporting (present or future tense, no new source, no narration).

Chinese: “…” with 说, 表示, 指出, 强调 (and 称, 介绍, 认为) before or after.

Each rule looks at one paragraph, one sentence or a bounded window of characters, with
patterns that cannot backtrack without bound, so the work is linear in the text.
"""

from pressreader.importing.quotes.finder import QuoteFinder, Scanned, contents, scan
from pressreader.importing.quotes.found import Found
from pressreader.importing.quotes.marks import continued_quotations, primes_closed
from pressreader.importing.quotes.sentence_ends import sentences

__all__ = [
    "Found",
    "QuoteFinder",
    "Scanned",
    "contents",
    "continued_quotations",
    "primes_closed",
    "scan",
    "sentences",
]
