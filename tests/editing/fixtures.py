"""Articles written by hand in every YAML style the editing core must keep byte for byte.

Each passes `check --strict`; several repeat phrases, so that anchoring by list order and
`occurrence` are both exercised.
"""

from __future__ import annotations

BLOCK = """\
# An article written by hand, block style, with comments everywhere.
format: 1
title: Harbour reopens   # the headline
speakers:
  - name: Ann Lee
    role: harbour master
  - name: Bo Chen

sections:
  - id: lead
    paragraphs:
      - The harbour is open again, Ann Lee said. The harbour is open to ships, she added.
      - Some 181 ships came in, up from 172 ships last year.
  - heading: Trade
    paragraphs:
      - >-
        Trade grew by 4.6 percent, Bo Chen said, and trade
        will grow again next year.

# Quotes, in reading order.
quotes:
  - speaker: Ann Lee
    text: The harbour is open   # the first time
    reviewed: false
  # a comment between items
  - speaker: Bo Chen
    text: trade
    kind: indirect
    note: |
      A literal note
      on two lines.

    reviewed: false

statistics:
  - reviewed: false
    label: Ships
    value: 181
    previous: 172
    unit: ships
    period:
    text: 181 ships
  - label: Trade growth
    value: 4.6
    unit: "%"
    text: 4.6 percent
    note: >-
      A folded note: with a colon,
      'quotes' and # no comment.
"""

FLOW = """\
{format: 1, title: "Flow style", speakers: [{name: Ann Lee}, {name: Bo Chen}],
 sections: [{id: only, paragraphs: ["Ann Lee said the port is open. Bo Chen said the port is busy,
   with 12 cranes."]}],
 quotes: [{speaker: Ann Lee, text: the port is open, reviewed: false},  # the first
   # a comment inside the brackets
   {speaker: "Bo Chen", text: 'the port is busy'}],
 statistics: [{label: Cranes, value: 12, text: 12 cranes, reviewed: false}]}
"""

QUOTED = """\
title: 'Quoted styles: all of them'
speakers:
- name: "Ann Lee"
- {name: Bo Chen, role: 'analyst'}
sections:
- paragraphs:
  - |
    Ann Lee said “we are ready” and Bo Chen said “we are ready” too.
  - "A second paragraph: 7 boats, then 9 boats."
quotes:
- {speaker: Ann Lee, text: "we are ready", reviewed: false}
- {speaker: 'Bo Chen', text: we are ready, kind: direct, occurrence: 2}
statistics:
- label: "Boats"
  value: 7
  text: '7 boats'
  reviewed: false
"""

CRLF_BOM = (
    "\ufeff# Windows line endings and a byte order mark\r\n"
    "title: Line endings\r\n"
    "speakers:\r\n"
    "  - name: Ann Lee\r\n"
    "sections:\r\n"
    "  - paragraphs:\r\n"
    "      - Ann Lee said the quay is long. The quay is 300 metres long.\r\n"
    "quotes:\r\n"
    "  - speaker: Ann Lee\r\n"
    "    text: the quay is long\r\n"
    "    reviewed: false\r\n"
    "statistics:\r\n"
    "  - label: Length\r\n"
    "    value: 300\r\n"
    "    unit: metres\r\n"
    "    text: 300 metres\r\n"
    "    reviewed: false\r\n"
)

MULTI = """\
# Two articles in one file.
title: First
id: first
speakers: [{name: Ann Lee}]
sections:
  - paragraphs: [Ann Lee said hello. Ann Lee said hello again.]
quotes:
  - speaker: Ann Lee
    text: hello
    reviewed: false
---
# The second article has no quotes or statistics at all, and no speakers.
title: Second
id: second
sections:
  - paragraphs:
      - "Bo Chen counted 5 ferries and 5 ferries more."
...
"""

BARE = """\
title: No annotations yet
sections:
  - paragraphs:
      - Bo Chen said the ferry runs daily, and 40 ferries run daily in summer.
tags:
  - ferries
"""

FIXTURES = {
    "block": BLOCK,
    "flow": FLOW,
    "quoted": QUOTED,
    "crlf-bom": CRLF_BOM,
    "multi": MULTI,
    "bare": BARE,
}
