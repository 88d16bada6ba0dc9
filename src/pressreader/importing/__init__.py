"""Importing raw articles: plain text and Markdown in, a valid article (format 1) out.

`parse` reads the structure and metadata of a text (title, sections, paragraphs, authors,
dateline, published date; scraping debris left out), `emit` writes it as YAML that no input
can inject structure into, `sources` reads a source (decoding, refusing what is not text),
and `pipeline` takes one source from its bytes to an article file (what the command and the
reader's import dialog both call).
`annotate` finds speakers, quotes and figures by rule (`speakers`, `quotes`, `figures`),
written `reviewed: false`. Nothing here imports Textual.
"""
