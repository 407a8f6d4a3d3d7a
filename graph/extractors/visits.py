"""Official visits as events (English): "President Xi Jinping visited Panama in December 2018",
"Li Qiang's official visit to Brazil", "during his state visit to Peru".

The event is named as a careful writer would: "<person>'s <Month Year> visit to <place>", the date
when the sentence gives it. The visitor took part in it; it took place in the countries named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..records import EntityClass, Mention, Predicate, Relation
from .context import DocContext, EntityIndex, relation
from .known_names import scan
from .people import CHINESE_NAME, TITLED, WESTERN_NAME, _strip_title_words
from .registry import mention_extractor, relation_extractor

NAME = "visits"
MONTHS = ("January February March April May June July August September October November December").split()
_MONTH = "|".join(MONTHS)
_DATE = re.compile(
    rf"\b(?i:in|on|from)\s+(?P<month>{_MONTH})(?:\s+\d{{1,2}}\b(?:\s*(?:-|to)\s*\d{{1,2}}\b)?)?(?:,?\s+(?P<year>\d{{4}})\b)?"
)
_VERB = re.compile(
    r"(?P<poss>['’]s\s+(?:(?:first|second|third|fourth|fifth|recent|official|state|working|historic)\s+){0,2}"
    r"visits?\s+to\s+)"
    r"|(?P<verb>\s+(?:has\s+|had\s+|will\s+)?(?:visited|visits(?!\s+to\b)|toured|paid\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+)?"
    r"visits?\s+to)\s+)"
)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?)\s*")


def _visitor_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for m in TITLED.finditer(text):
        yield m.start("name"), m.end("name"), m.group("name")
    for m in CHINESE_NAME.finditer(text):
        yield m.start(), m.end(), m.group(0)
    for m in re.finditer(WESTERN_NAME, text):
        yield m.start(), m.end(), m.group(0)


@mention_extractor(NAME, version="1", languages={"en"})
def visits(ctx: DocContext) -> Iterator[Mention]:
    """Official visits: "<person> visited <country>", "<person>'s state visit to <country>"."""
    for s in ctx.sentences:
        if s.language not in ("en", "und") or ("visit" not in s.text and "toured" not in s.text):
            continue
        text = s.text
        seen: set[int] = set()
        for a, b, person in sorted(_visitor_spans(text), key=lambda x: (x[1], -(x[1] - x[0]))):
            if b in seen:
                continue
            verb = _VERB.match(text, b)
            if not verb:
                continue
            seen.add(b)
            place_start = verb.end()
            rest = text[place_start : place_start + 160]
            hits = [h for h in scan(rest, ctx.gazetteer) if h.form.key.startswith(("country:", "region:"))]
            if not hits or hits[0].start > 4 or rest[:1].isdigit():
                continue  # "visited 11 Latin American countries" is no single visit
            end = hits[0].end
            for h in hits[1:]:
                if not _LIST_GLUE.fullmatch(rest[end : h.start]):
                    break
                end = h.end
            place = rest[: end].strip()
            date = _DATE.search(text)
            when = " ".join(x for x in (date.group("month"), date.group("year")) if x) + " " if date else ""
            person = _strip_title_words(person.strip())
            if len(person.split()) < 2 and not CHINESE_NAME.fullmatch(person):
                continue  # a visitor is named in full ("Three visits to ..." is no visitor)
            name = f"{person}'s {when}visit to {place}"
            iso = None
            if date and date.group("year"):
                iso = f"{date.group('year')}-{MONTHS.index(date.group('month')) + 1:02d}"
            # The span is the visit itself ("'s state visit to Peru", " visited Peru"): the visitor's name
            # stays the person's mention.
            # The words as printed ("Li Keqiang visited Kazakhstan") stay an alias: the evidence names it.
            printed = " ".join(text[a : place_start + len(place)].split())
            yield ctx.mention(s, b, place_start + len(place), EntityClass.EVENT, name, NAME, 0.7, nested=True,
                              date=iso, aliases=(_strip_title_words(printed),))


@relation_extractor("visit_relations", version="1", languages={"en"})
def visit_relations(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """The visitor took part in the visit; the visit took place in the countries it went to."""
    for ent in index.of_class(EntityClass.EVENT):
        for m in ent.mentions:
            if m.extractor != NAME:
                continue
            sentence = ctx.sentences[m.sentence]
            for om, oe in index.in_sentence(m.sentence, EntityClass.PERSON, EntityClass.COUNTRY):
                if oe.cls is EntityClass.PERSON and om.end <= m.start and m.start - om.end <= 2:
                    yield relation(ctx, oe, Predicate.PARTICIPATED_IN, ent, sentence, "visit_relations", 0.8)
                elif oe.cls is EntityClass.COUNTRY and not om.adjective and m.start < om.start and om.end <= m.end:
                    yield relation(ctx, ent, Predicate.LOCATED_IN, oe, sentence, "visit_relations", 0.8)
