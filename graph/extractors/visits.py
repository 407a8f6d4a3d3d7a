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
from .people import CHINESE_NAME, TITLED, WESTERN_NAME, _strip_title_words, match_titled, title_starts
from .registry import mention_extractor, relation_extractor

NAME = "visits"
MONTHS = ("January February March April May June July August September October November December").split()
_MONTH = "|".join(MONTHS)
_DATE = re.compile(
    rf"\b(?i:in|on|from)\s+(?P<month>{_MONTH})(?:\s+\d{{1,2}}\b(?:\s*(?:-|to)\s*\d{{1,2}}\b)?)?(?:,?\s+(?P<year>\d{{4}})\b)?"
)
_KINDS = r"(?:(?P<{}>(?:(?:first|second|third|fourth|fifth|recent|official|state|working|historic)\s+){{1,2}})?)"
_VERB = re.compile(
    rf"(?P<poss>['’]s\s+{_KINDS.format('kind')}visits?\s+to\s+)"
    # "President Xiomara Castro, who is on a state visit to China"
    rf"|(?P<who>,\s+who\s+(?:is|was)\s+(?:on|paying|making)\s+(?:an?\s+|her\s+|his\s+)?"
    rf"{_KINDS.format('who_kind')}visit\s+to\s+)"
    r"|(?P<verb>\s+(?:has\s+|had\s+|will\s+)?(?:visited|visits(?!\s+to\b)|toured|paid\s+(?:an?\s+)?(?:official\s+|state\s+|working\s+)?"
    r"visits?\s+to)\s+)"
)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?)\s*")


def _visitor_spans(text: str) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, name, priority) of the names that may be a visitor's."""
    for m in match_titled(TITLED, text, title_starts(text)):
        yield m.start("name"), m.end("name"), m.group("name"), 0
    for m in CHINESE_NAME.finditer(text):
        yield m.start(), m.end(), m.group(0), 1
    for m in re.finditer(WESTERN_NAME, text):
        if m.group(0).endswith(("'s", "’s")):  # "Castro's": the name's letters take the possessive in
            yield m.start(), m.end() - 2, m.group(0)[:-2], 2
        else:
            yield m.start(), m.end(), m.group(0), 2


@mention_extractor(NAME, version="1", languages={"en"})
def visits(ctx: DocContext) -> Iterator[Mention]:
    """Official visits: "<person> visited <country>", "<person>'s state visit to <country>"."""
    for s in ctx.sentences:
        if s.language not in ("en", "und") or ("visit" not in s.text and "toured" not in s.text):
            continue
        text = s.text
        seen: set[int] = set()
        # at one end, a titled name's span ("Minister of the Dominican Republic Rafael Álvarez Peña") wins
        for a, b, person, _ in sorted(_visitor_spans(text), key=lambda x: (x[1], x[3], -(x[1] - x[0]))):
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
            person = _bare_person(ctx, person)
            # "during Castro's first state visit": a visitor named in full earlier on
            full = _named_before(ctx, s.start + a, person) if not CHINESE_NAME.fullmatch(person) else None
            if full:
                person = full
            elif len(person.split()) < 2 and not CHINESE_NAME.fullmatch(person):
                person = ""
            if not person:
                continue  # a visitor is named in full ("Three visits to ..." is no visitor)
            printed_kind = " ".join((verb["kind"] or verb["who_kind"] or "").split())
            kind = re.sub(r"^(?:first|second|third|fourth|fifth|recent)\s*", "", printed_kind)
            name = f"{person}'s {when}{kind + ' ' if kind else ''}visit to {place}"
            iso = None
            if date and date.group("year"):
                iso = f"{date.group('year')}-{MONTHS.index(date.group('month')) + 1:02d}"
            # The span is the visit itself ("'s state visit to Peru", " visited Peru"): the visitor's name
            # stays the person's mention.
            # The words as printed ("Li Keqiang visited Kazakhstan") stay an alias: the evidence names it.
            printed = " ".join(text[a : place_start + len(place)].split())
            # and the visit as the text calls it ("first state visit to China"), as readers name it
            bare = f"{printed_kind + ' ' if printed_kind else ''}visit to {place}"
            yield ctx.mention(s, b, place_start + len(place), EntityClass.EVENT, name, NAME, 0.7, nested=True,
                              date=iso, aliases=(_strip_title_words(printed), bare))


_MEETS = re.compile(r"\b(?:held|holds|holding)\s+talks\s+with\b|\bmet\b|\bmeets\b|\breceived\b|\bhosted\b")
_THE_VISIT = re.compile(r"\b(?:during|on|accompanied\s+\S+(?:\s+\S+)?\s+on)\s+(?:the|this|his|her)\s+"
                        r"(?:(?:state|official|working)\s+)?visit\b")


def _bare_person(ctx: DocContext, name: str) -> str:
    """The name without the titles and the demonym before it ("Honduran President Xiomara Castro")."""
    words = name.split()
    while len(words) > 1:
        k = next((k for k in (3, 2, 1) if k < len(words) and any(
            e.cls is EntityClass.COUNTRY for e in ctx.gazetteer.lookup(" ".join(words[:k])))), 0)
        if not k:
            break
        words = words[k:]  # "Dominican Republic Rafael Álvarez Peña", "Honduran President ..."
    return _strip_title_words(" ".join(words))


def _named_before(ctx: DocContext, at: int, short: str) -> str | None:
    """The longer name ending in ``short`` that the document last gave before ``at`` ("Xiomara Castro" for
    "Castro")."""
    tail = short.split()
    if not tail or not short[:1].isupper():
        return None
    found = None
    for m in re.finditer(rf"\b{WESTERN_NAME}", ctx.text[max(0, at - 5000) : at]):
        words = _bare_person(ctx, m.group(0).removesuffix("'s").removesuffix("’s")).split()
        if len(words) > max(1, len(tail)) and words[-len(tail) :] == tail:
            found = " ".join(words)
    return found


@relation_extractor("visit_relations", version="1", languages={"en"})
def visit_relations(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """The visitor took part in the visit; the visit took place in the countries it went to."""
    for ent in index.of_class(EntityClass.EVENT):
        for m in ent.mentions:
            if m.extractor != NAME:
                continue
            sentence = ctx.sentences[m.sentence]
            visitor = None
            for om, oe in index.in_sentence(m.sentence, EntityClass.PERSON, EntityClass.COUNTRY):
                if oe.cls is EntityClass.PERSON and om.end <= m.start and m.start - om.end <= 2:
                    visitor = oe
                    yield relation(ctx, oe, Predicate.PARTICIPATED_IN, ent, sentence, "visit_relations", 0.8)
                elif oe.cls is EntityClass.COUNTRY and not om.adjective and m.start < om.start and om.end <= m.end:
                    yield relation(ctx, ent, Predicate.LOCATED_IN, oe, sentence, "visit_relations", 0.8)
            if visitor is None:
                # "during Castro's first state visit": the visitor named in full earlier, by the event's name
                named = m.name.split("'s ", 1)[0]
                for oe in index.of_class(EntityClass.PERSON):
                    if oe.name == named:
                        visitor = oe
                        yield relation(ctx, oe, Predicate.PARTICIPATED_IN, ent, sentence, "visit_relations", 0.7)
                        break
            if _MEETS.search(sentence.text):
                # "Xi Jinping held talks with President X, who is on a state visit to China": the hosts too
                for om, oe in index.in_sentence(m.sentence, EntityClass.PERSON):
                    if oe is not visitor and om.end <= m.start:
                        yield relation(ctx, oe, Predicate.PARTICIPATED_IN, ent, sentence, "visit_relations", 0.6)
    visits = [e for e in index.of_class(EntityClass.EVENT) if any(m.extractor == NAME for m in e.mentions)]
    if len(visits) == 1:
        # "... who accompanied Álvarez Peña on the visit, signed ...": the one visit the text reports
        for s in ctx.sentences:
            if _THE_VISIT.search(s.text) and not any(m.sentence == s.index for m in visits[0].mentions):
                for _om, oe in index.in_sentence(s.index, EntityClass.PERSON):
                    yield relation(ctx, oe, Predicate.PARTICIPATED_IN, visits[0], s, "visit_relations", 0.5)
