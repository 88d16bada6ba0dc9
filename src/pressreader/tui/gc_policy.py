"""When the reader's process collects cyclic garbage, so that a collection never holds up a key.

A full collection walks every object the collector tracks. With a 50,000-paragraph article
open that is about 400,000 objects and 0.3-0.7 s: a key pressed then waits that long, and
while the article's layout is still being built in the background (its growth is what sets
the collections off) that happened every second or so. Nearly all of it lives as long as
the article is open, so it is frozen (`gc.freeze`: left out of every collection): at the
first frame (Textual, the first article), as an article view's background work grows its
layout, and when that work is finished. When an article screen closes, what is frozen is
let go (`gc.unfreeze`), so that the next collections can free the closed article.

Only the reader's own process is managed this way (`pressreader`, which pauses collection
for its start); an app made in a test or another program leaves collection as it finds it.
"""

from __future__ import annotations

import gc

_active = False


def reset() -> None:
    """A new app: it manages nothing until `start`."""
    global _active
    _active = False


def start() -> None:
    """The first frame is drawn: freeze what the start made, and collect from now on."""
    global _active
    _active = True
    gc.freeze()
    gc.enable()


def keep() -> None:
    """What exists now lives as long as the open article (its layout and search text, made
    in the background): leave it out of collections. Called as the layout grows too: the
    collections while it grew walked all of it again, 50-250 ms each, every second."""
    if _active:
        gc.freeze()


def released() -> None:
    """An article screen closed: what was frozen with it may be garbage now."""
    if _active:
        gc.unfreeze()
