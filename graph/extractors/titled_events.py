"""Events named by their title in quotation marks (English).

"the international seminar "China and Latin America in a Fragmenting World Economy"", "a forum
themed 'Green Development and Shared Prosperity'": the quoted title is the event's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import EntityClass, Mention
from .context import DocContext
from .registry import mention_extractor
from .text import tidy

NAME = "titled_events"

_KIND = (
    r"seminar|conference|symposium|workshop|forum|round\s?table|colloquium|webinar|summit|dialogue|"
    r"exhibition|expo|lecture|course|training\s+course|meeting"
)
TITLED = re.compile(
    rf"\b(?:{_KIND})s?\s+(?:(?:titled|entitled|called|named|themed|on\s+the\s+theme\s+of|under\s+the\s+theme)\s+)?"
    r"[\"“](?P<name>[A-Z][^\"“”\n]{7,140}?)[\"”]",
    re.I,
)


@mention_extractor(NAME, version="1", languages={"en"})
def titled_events(ctx: DocContext) -> Iterator[Mention]:
    """Seminars, conferences and forums named by a quoted title right after the noun."""
    for s in ctx.sentences:
        if s.language not in ("en", "und") or ('"' not in s.text and "“" not in s.text):
            continue
        for m in TITLED.finditer(s.text):
            name = tidy(m.group("name")).rstrip(",.;: ")
            if len(name.split()) < 2 or not re.search(r"[A-Z]", name[1:]):
                continue  # a title is several words, capitalized as a title
            yield ctx.mention(s, m.start("name"), m.start("name") + len(name), EntityClass.EVENT, name, NAME, 0.7)
