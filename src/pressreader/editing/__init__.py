"""Changes to an article's own file: review, edit and add annotations, saved byte-exactly.

Headless (no Textual): the reader's annotate keys build the operations in `ops`, and the
modules here apply them to the file's text where the YAML nodes stand.
"""
