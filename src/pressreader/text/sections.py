"""What the reader calls a section, and how list fields are joined in one text.

Kept apart from `pressreader.model` (whose dataclasses take a while to import) so that
`pressreader search` can name sections without loading the article model.
"""

from __future__ import annotations

LEAD_LABEL = "Lead"

# Joins the values of an article's list fields (tags, speakers, authors) in one text: a
# column of the index, a field of the library's rows.
SEP = "\x1f"


def section_title(heading: str | None, index: int) -> str:
    """What the reader calls a section: its heading, "Lead" for an untitled first section,
    else "Section N" (1-based). Raw text: escape it before showing it."""
    if heading and heading.strip():
        return heading
    return LEAD_LABEL if index == 0 else f"Section {index + 1}"
