"""Things named by coordination rather than by a capitalized name (English).

* Bilateral agreements listed with their partners: "China-Peru and China-Costa Rica Free Trade
  Agreements", "free trade agreement negotiations with Ecuador, Nicaragua and Uruguay", "China and
  Brazil (2012), Peru (2013) ... established comprehensive strategic partnerships". Each partner
  gets its own agreement, named "<anchor>–<partner> <Kind>", dated when a year follows the partner.
* Meetings of a multilateral body written in lower case: "the BRICS leaders' meeting", "an APEC
  meeting", "the G20 summit".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import GazetteerEntry
from ..records import EntityClass, Mention, Sentence
from .context import DocContext
from .known_names import country_hits, scan
from .registry import mention_extractor

NAME = "coordination"

KINDS = [
    "comprehensive strategic partnership", "comprehensive cooperative partnership", "strategic partnership",
    "free trade agreement", "local currency swap agreement", "currency swap agreement", "swap agreement",
    "bilateral investment treaty", "investment protection agreement", "double taxation agreement",
    "memorandum of understanding", "extradition treaty", "visa exemption agreement",
]
_KIND = re.compile(
    r"\b(?P<prefix>(?:RMB|yuan|renminbi|bilateral)\s+)?(?P<kind>"
    + "|".join(k.replace(" ", r"\s+") for k in KINDS)
    + r")(?:s|ies)?\b",
    re.I,
)
# Every kind names one of these: a sentence without any (most) has no kind.
_KIND_WORD = re.compile("(?=[patm])(?:partnership|agreement|treaty|memorandum)", re.I)  # lookahead: 2x faster
_PAIR_SEP = re.compile(r"\s*[-–—]\s*")
# Any run of spaces, "(2019)", commas, "and", "&", "as well as". (The same language as the nested
# optional groups it replaces, which backtracked exponentially: 3 s on " , and " * 3 + "x".)
_LIST_GLUE = re.compile(r"^(?:\s|\(\s*\d{4}\s*\)|,|、|;|and|&|as well as)*$", re.I)
_YEAR_AFTER = re.compile(r"\s*\(\s*(\d{4})\s*\)")
_CLAUSE = re.compile(r"[.;。]\s")


def _title(kind: str, prefix: str | None) -> str:
    words = " ".join(kind.split())
    title = " ".join(w if w in {"of", "and"} else w[0].upper() + w[1:] for w in words.split())
    if prefix and prefix.strip().upper() == "RMB":
        title = "RMB " + title
    return title


@mention_extractor(NAME, version="1", languages={"en"})
def coordination(ctx: DocContext) -> Iterator[Mention]:
    """Bilateral agreements listed with their partners; meetings of multilateral bodies."""
    for s in ctx.sentences:
        if s.language not in ("en", "und"):
            continue
        yield from _agreements(ctx, s)
        yield from _meetings(ctx, s)


def _agreements(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    kinds = list(_KIND.finditer(s.text)) if _KIND_WORD.search(s.text) else []
    if not kinds:
        return
    countries = country_hits(s.text, ctx.gazetteer)
    if len(countries) < 2:
        return
    anchor = countries[0]
    prev_end = 0
    for km in kinds:
        kind = _title(km.group("kind"), km.group("prefix"))
        pairs = list(_pairs_before(s.text, countries, km.start()))
        partners: list[tuple[str, str | None]] = []  # (pair name, year)
        if pairs:
            for a, b in pairs:
                partners.append((f"{a[2].name}–{b[2].name}", None))
        else:
            after = s.text[km.end() : km.end() + 200]
            with_list = re.match(r"[\s\"”’'»]*(?:negotiations?\s+|talks\s+)?with\s+", after)
            if with_list:
                base = km.end() + with_list.end()
                stop = _CLAUSE.search(s.text, base)
                limit = stop.start() if stop else len(s.text)
                group = _listed(s.text, [c for c in countries if base <= c[0] < limit], base)
            else:
                group = [c for c in countries if prev_end <= c[0] < km.start() and c is not anchor]
                group = _listed(s.text, group, group[0][0] if group else 0)
            for c in group:
                if c[2].key == anchor[2].key:
                    continue
                dated = _YEAR_AFTER.match(s.text, c[1])
                partners.append((f"{anchor[2].name}–{c[2].name}", dated.group(1) if dated else None))
        prev_end = km.end()
        for pair, year in partners:
            yield ctx.mention(
                s, km.start(), km.end(), EntityClass.AGREEMENT, f"{pair} {kind}", NAME, 0.7,
                nested=True, date=year,
            )


CountryHit = tuple[int, int, GazetteerEntry]


def _pairs_before(text: str, countries: list[CountryHit], pos: int) -> Iterator[tuple[CountryHit, CountryHit]]:
    """Country pairs "X-Y" coordinated right before ``pos``: "China-Peru and China-Costa Rica"."""
    found = []
    i = len(countries) - 1
    cursor = pos
    while i >= 1:
        b, a = countries[i], countries[i - 1]
        if b[1] > cursor:
            i -= 1
            continue
        if not _PAIR_SEP.fullmatch(text[a[1] : b[0]]) or not _LIST_GLUE.match(text[b[1] : cursor]):
            break
        found.append((a, b))
        cursor = a[0]
        i -= 2
    return reversed(found)


def _listed(text: str, group: list[CountryHit], start: int) -> list[CountryHit]:
    """The countries of a list, stopping where something other than list glue comes between."""
    out: list[CountryHit] = []
    cursor = start
    for c in group:
        if out and not _LIST_GLUE.match(text[cursor : c[0]]):
            break
        out.append(c)
        year = _YEAR_AFTER.match(text, c[1])
        cursor = year.end() if year else c[1]
    return out


_MEETING = re.compile(
    r"\s+(?P<mid>(?:(?:leaders|heads of state|foreign ministers|finance ministers|trade ministers|ministers|"
    r"ministerial)['’]?\s+)?)(?P<head>summit|meeting|conference|ministerial meeting|ministerial conference)s?\b",
    re.I,
)


# _MEETING's head nouns: a sentence without any (most) is not scanned for bodies.
_MEETING_WORD = re.compile(r"(?=[smc])(?:summit|meeting|conference)", re.I)


def _meetings(ctx: DocContext, s: Sentence) -> Iterator[Mention]:
    if not _MEETING_WORD.search(s.text):
        return
    for hit in scan(s.text, ctx.gazetteer):
        entry = ctx.gazetteer.get(hit.form.key)
        if entry is None or entry.cls is not EntityClass.INTERNATIONAL_ORGANIZATION:
            continue
        m = _MEETING.match(s.text, hit.end)
        if not m or (s.text[m.start("head")].isupper() and not m.group("mid")):
            continue  # capitalized names ("BRICS Summit") are the name extractor's
        name = f"{s.text[hit.start : hit.end]} {m.group('mid')}{m.group('head')}"
        yield ctx.mention(s, hit.start, m.end(), EntityClass.EVENT, " ".join(name.split()), NAME, 0.7)
        # the body keeps its own mention inside the meeting's name
        yield ctx.known_mention(s, hit.start, hit.end, entry, NAME, 0.85, nested=True, iso_code=entry.iso_code)
