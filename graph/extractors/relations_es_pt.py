"""Relations stated in Spanish and Portuguese sentences.

Same predicates and the same meaning of confidence as :mod:`relations` (0.9 a fixed construction,
0.8 an apposition or a cue that links the two directly, 0.7 one clause but looser, 0.6 a
document-level reading). The language-neutral extractors there (``based_in``, ``part_of``,
``agreement_parties``, ``body_meetings``) already run on every document; these read the cues:

* titles: "el ministro de Relaciones Exteriores de China, Wang Yi" (affiliatedWith, represents);
* "organizado por", "auspiciado por", "X organizó el Foro ..." (organizedBy), meetings of a body;
* "celebrado en", "realizada em" (locatedIn), projects "en el Perú";
* "construido por", "financiado por", "X construye el Puerto ..." (implementedBy);
* "firmaron ... entre X y Y", "X y Y firmaron ..." (party); "se adhirió a la Iniciativa ..." (joined);
* "países miembros ... como X, Y y Z", "la Alianza del Pacífico (X, Y, Z)" (memberOf);
* "opera en", "invierte en" (operatesIn); "la empresa china X", "con sede en" (basedIn);
* "participó en", speakers of the event a report is about (participatedIn).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ..records import ORGANIZATION_CLASSES, Entity, EntityClass, Mention, Predicate, Relation, Sentence
from . import lexicon_es_pt as L
from .context import DocContext, EntityIndex, passage_relation, report_relation
from .names_es_pt import LANGUAGES, TITLE_RX, PersonHit, pro_country, sentence_people
from .people import CHINESE_NAME
from .registry import relation_extractor
from .relations import _country_from_parent, _country_of, _inside_org, _nearest_event, dominant_country, main_event
from .text import fold

P = Predicate
C = EntityClass
ORGS = tuple(ORGANIZATION_CLASSES)
_ARTICLE = r"(?:(?:el|la|los|las|o|a|os|as)\s+)?"
_LIST_GAP = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,14}\)\s*)?(?:,|;|y|e|así\s+como|assim\s+como|como\s+también)?\s*(?:y\s+|e\s+)?"
    r"(?:(?:así\s+como|assim\s+como|además\s+de|bem\s+como)\s+(?:de\s+|d[oa]s?\s+)?(?:[a-záéíóúñâêôãõç]+\s+){0,3}?"
    r"(?:como\s+|tales\s+como\s+|incluidos?\s+|entre\s+ellos\s+)?)?"
    r"(?:(?:por|pel[oa]s?|de|del|d[oa]s?|en|em|n[oa]s?)\s+)?" + _ARTICLE,
    re.I,
)
_NEGATION = {
    "es": re.compile(r"(?<!\w)(?:no|nunca|jamás|tampoco|ningún|ninguna|sin)\s+(?:[^,.;:]*\s+)?$", re.I),
    "pt": re.compile(r"(?<!\w)(?:não|nunca|jamais|nenhum|nenhuma|sem)\s+(?:[^,.;:]*\s+)?$", re.I),
}


def _negated(text: str, lang: str) -> bool:
    """Does the clause that ends ``text`` deny what follows ("el Brasil no se adhirió", "não aderiu")?"""
    rx = _NEGATION.get(lang)
    return rx is not None and rx.search(text) is not None
_ARTICLE_RX = re.compile(r"\s*" + _ARTICLE, re.I)
_LOCATIVE_BEFORE = re.compile(r"(?:\ben|\bem|\bno|\bna|\bnos|\bnas|\bante|\bjunto\s+(?:a|al|ao|à)|\bpara)\s+"
                              + _ARTICLE + r"$", re.I)
_PERSON_GLUE = re.compile(
    r"(?:(?:el|la|o|a|su|seu|sua)\s+)?(?:" + TITLE_RX.pattern + r")(?:\s+[a-záéíóúñâêôãõç]+)?\s*,?\s*$", re.I
)
_PARTICIPATION = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(v) for v in L.PARTICIPATION_VERBS) + r")(?!\w)", re.I
)


def _rel(
    ctx: DocContext, index: EntityIndex, subject: Entity, predicate: Predicate, obj: Entity, sentence: Sentence,
    extractor: str, confidence: float,
) -> Iterator[Relation]:
    """The relation, with evidence that names both ends (the sentence, or the shortest passage)."""
    r = passage_relation(ctx, index, subject, predicate, obj, sentence, extractor, confidence)
    if r is not None:
        yield r


def _sentences(ctx: DocContext) -> Iterator[Sentence]:
    for s in ctx.sentences:
        if s.language in LANGUAGES:
            yield s


def _es_pt(ctx: DocContext, m: Mention) -> bool:
    return ctx.sentences[m.sentence].language in LANGUAGES


def _alternation(parts: Iterable[str]) -> str:
    return "(?:" + "|".join(parts) + ")"


def _outermost(
    index: EntityIndex, sentence: Sentence, classes: tuple[EntityClass, ...]
) -> list[tuple[Mention, Entity]]:
    """Mentions of these classes that are not inside a longer mention ("México" in "Universidad ... de México")."""
    spans = [m for m, _ in index.in_sentence(sentence.index) if not m.nested]
    out = []
    for m, e in index.in_sentence(sentence.index, *classes):
        if m.nested:
            continue
        if any(o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
               for o in spans):
            continue
        out.append((m, e))
    return out


def _listed(
    ctx: DocContext, index: EntityIndex, sentence: Sentence, pos: int, classes: tuple[EntityClass, ...],
    limit: int | None = None,
) -> list[tuple[Mention, Entity]]:
    """Entities listed from ``pos`` on ("X, Y y Z"), stopping at anything that is not list glue."""
    out: list[tuple[Mention, Entity]] = []
    cursor = pos
    for m, e in _outermost(index, sentence, classes):
        if m.end <= cursor or (m.start < cursor and out) or (limit is not None and m.start > limit):
            continue
        gap = ctx.text[cursor : m.start] if m.start > cursor else ""  # "empresa [china Cosco ...]" overlaps
        if out and e.id == out[-1][1].id and re.fullmatch(r"\s*\(\s*", gap):
            cursor = m.end  # "Agência ... (ApexBrasil)": the acronym of the one just listed
            continue
        if not _LIST_GAP.fullmatch(gap) or (out and not re.search(r"[,;]|\b(?:y|e)\b", gap)):
            break
        out.append((m, e))
        cursor = m.end
    return out


def _listed_before(
    ctx: DocContext, index: EntityIndex, sentence: Sentence, pos: int, classes: tuple[EntityClass, ...]
) -> list[tuple[Mention, Entity]]:
    """Entities listed right before ``pos`` ("X y Y firmaron"), nearest last."""
    items = [(m, e) for m, e in _outermost(index, sentence, classes) if m.end <= pos]
    out: list[tuple[Mention, Entity]] = []
    cursor = pos
    for m, e in reversed(items):
        gap = ctx.text[m.end : cursor]
        if out and e.id == out[-1][1].id and re.fullmatch(r"\s*\(\s*", gap):
            out[-1] = (m, e)  # "Foro ... (FOCAC)": the name before its acronym
            cursor = m.start
            continue
        if out and out[-1][1].cls is C.PERSON and e.cls is C.PERSON:
            gap = _PERSON_GLUE.sub("", gap, count=1)  # "el presidente X y la presidenta Y"
        if not _LIST_GAP.fullmatch(gap) and not (not out and re.fullmatch(r"\s*", gap)):
            break
        out.append((m, e))
        cursor = m.start
        if len(out) > 1 and not re.search(r"[,;]|\by\b|\be\b", gap):
            out.pop()
            break
    lead = ctx.text[max(sentence.start, out[-1][0].start - 40) : out[-1][0].start] if out else ""
    if out and _PREPOSITION_BEFORE.search(lead[-16:]) and not _OF_SUBJECT.search(lead):
        return []  # "participa en el Foro X y es miembro de ...": an object, not the subject
    return list(reversed(out))


# --------------------------------------------------------------------------- people


def _hit_for(ctx: DocContext, m: Mention) -> PersonHit | None:
    s = ctx.sentences[m.sentence]
    for h in sentence_people(s, ctx.gazetteer):
        if s.start + h.start == m.start and s.start + h.end == m.end:
            return h
    return None


@relation_extractor("person_title_es_pt", version="1", languages=LANGUAGES)
def person_title_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """A person and the bodies and country named in their title ("X, ministro de Economía de Chile")."""
    name = "person_title_es_pt"
    bodies: dict[str, set[str]] | None = None
    for ent in index.of_class(C.PERSON):
        for m in ent.mentions:
            if not _es_pt(ctx, m):
                continue
            hit = _hit_for(ctx, m)
            if hit is None or hit.title_end <= hit.title_start:
                continue
            s = ctx.sentences[m.sentence]
            a, b = s.start + hit.title_start, s.start + hit.title_end
            govs: list[Entity] = []
            represented = False
            in_title = [(om, oe) for om, oe in index.in_sentence(m.sentence)
                        if om.start >= a and om.end <= b and oe.id != ent.id]
            # "presidente de la estatal chilena Codelco": a firm's officer does not speak for the country.
            firm_officer = any(oe.cls is C.COMPANY for _, oe in in_title)
            for om, oe in in_title:
                if oe.cls is C.COUNTRY and firm_officer:
                    continue
                if oe.cls in ORGANIZATION_CLASSES:
                    yield from _rel(ctx, index, ent, P.AFFILIATED_WITH, oe, s, name, 0.8)
                    if oe.cls is C.GOVERNMENT_BODY:
                        govs.append(oe)
                elif oe.cls is C.COUNTRY and not _inside_org(om, index):
                    if _LOCATIVE_BEFORE.search(ctx.text[max(a, om.start - 20) : om.start]):
                        continue  # "embajador de China en Perú": Peru is where, not whom
                    represented = True
                    yield from _rel(ctx, index, ent, P.REPRESENTS, oe, s, name, 0.8)
            if not govs and not represented:
                for body in _foreign_ministry(ctx, index, s.text[hit.title_start : hit.title_end]):
                    if _same_side(ctx, index, ent, body):
                        govs.append(body)
                        yield from _rel(ctx, index, ent, P.AFFILIATED_WITH, body, s, name, 0.7)
            if not govs:
                if bodies is None:
                    bodies = _body_names(ctx, index)
                title = s.text[hit.title_start : hit.title_end]
                for body in _body_of_title(ctx, index, title, bodies):
                    if represented or _same_side(ctx, index, ent, body):
                        govs.append(body)
                        # the body may be named far away ("el gobernador de Ica" ... "el Gobierno de Ica"):
                        # the title's sentence is the evidence, the body's its context
                        r = passage_relation(ctx, index, ent, P.AFFILIATED_WITH, body, s, name, 0.7) or report_relation(
                            ctx, index, ent, P.AFFILIATED_WITH, body, s, name, 0.6
                        )
                        if r is not None:
                            yield r
            if not represented:
                for g in govs:
                    found = _country_of(g, index, ctx) or _country_from_parent(g, index, ctx)
                    if found is not None:
                        yield from _rel(ctx, index, ent, P.REPRESENTS, found[0], s, name, 0.7)
                    elif any(_unqualified_body(ctx, index, g, gm) for gm in g.mentions) and (
                        home := _dateline_country(ctx, index)
                    ) is not None:
                        # "MÉXICO ... El secretario de Economía, X": an official of the country reported from.
                        yield from _rel(ctx, index, ent, P.REPRESENTS, home, s, name, 0.6)


_TITLE_BODY = (
    (r"(?:vice-?)?ministr[oa](?:-chefe)?", ("ministerio", "ministério")),
    (r"(?:vice-?|sub)?secretari[oa]|(?:vice-?|sub)?secretári[oa]", ("secretaría", "secretaria")),
    (r"superintendente", ("superintendencia", "superintendência")),
    (r"gobernador[a]?|governador[a]?", ("gobierno", "governo")),
)


_FOREIGN_MINISTER = re.compile(
    r"^(?i:canciller|chanceler|(?:vice-?)?ministr[oa]\s+(?:de|del|das|dos)\s+(?:relaciones|asuntos|relações|negócios)"
    r"\s+exteriores|(?:vice-?)?ministr[oa]\s+de\s+exteriores)$"
)
_FOREIGN_MINISTRY = re.compile(
    r"^(?i:cancillería|chancelaria|ministerio\s+de\s+(?:relaciones|asuntos)\s+exteriores|ministério\s+das\s+relações"
    r"\s+exteriores)\b"
)


def _foreign_ministry(ctx: DocContext, index: EntityIndex, title: str) -> list[Entity]:
    """"la ministra de Relaciones Exteriores" -> the one foreign ministry the document names."""
    if not _FOREIGN_MINISTER.match(title.strip()):
        return []
    found = [
        e for e in index.of_class(C.GOVERNMENT_BODY)
        if any(_FOREIGN_MINISTRY.match(n) for n in (e.name, *e.aliases)) or (e.key or "").startswith("org:mfa-")
    ]
    return found if len(found) == 1 else []


_CHINESE_FULL_NAME = re.compile(r"^" + CHINESE_NAME.pattern.replace(r"\b", "") + r"$")


def _same_side(ctx: DocContext, index: EntityIndex, person: Entity, body: Entity) -> bool:
    """A title without its country ("el canciller X") is tied to a body of a country only when nothing
    says the person belongs to another: a Chinese name goes with China's bodies, any other name not;
    and a non-Chinese official is not tied to a body of a country other than the one reported from."""
    found = _country_of(body, index, ctx) or _country_from_parent(body, index, ctx)
    if found is None:
        return True
    chinese = any(_CHINESE_FULL_NAME.match(n) for n in (person.name, *person.aliases))
    if (found[0].key == "country:CN") != chinese:
        return False
    home = None if chinese else _dateline_country(ctx, index)
    return home is None or home.id == found[0].id


_INNER_DEMONYM = re.compile(r"^(?P<head>\w+)\s+(?P<dem>[a-záéíóúñâêôãõç]+)\s+(?P<rest>(?:de|del|da|do|das|dos)\s+.+)$")


def _body_names(ctx: DocContext, index: EntityIndex) -> dict[str, set[str]]:
    """Folded names of the document's government bodies, with and without their country."""

    def is_country(text: str) -> bool:
        return any(e.cls is C.COUNTRY for e in ctx.gazetteer.lookup(text))

    out: dict[str, set[str]] = {}
    for ent in index.of_class(C.GOVERNMENT_BODY):
        names = out.setdefault(ent.id, set())
        for n in (ent.name, *ent.aliases):
            names.add(fold(n))
            inner = _INNER_DEMONYM.match(n)
            if inner and any(e.cls is C.COUNTRY for e in ctx.gazetteer.lookup(inner.group("dem"))):
                names.add(fold(f"{inner.group('head')} {inner.group('rest')}"))  # "Ministerio ecuatoriano de ..."
            tail = _OF_COUNTRY.match(n)
            if tail and is_country(tail.group("country")):
                names.add(fold(tail.group("base")))
    return out


def _body_of_title(ctx: DocContext, index: EntityIndex, title: str, bodies: dict[str, set[str]]) -> list[Entity]:
    """"viceministro de Comercio de China" -> the "Ministerio de Comercio de China" of the document;
    "subsecretaria de Ciencia" -> the "Ministerio de Ciencia ..." when there is no such secretariat."""
    for word, names in _TITLE_BODY:
        m = re.match(
            r"(?i:" + word + r")\s+(?P<adj>[a-záéíóúñâêôãõç]+\s+)?(?P<rest>(?:de|del|da|do|das|dos)\s+.+)$", title
        )
        if not m:
            continue
        rests = {fold(m.group("rest"))}
        if m.group("adj"):  # "gobernador regional de Ica": the "Gobierno Regional de Ica"
            rests.add(fold(f"{m.group('adj')} {m.group('rest')}"))
        tail = _OF_COUNTRY.match(m.group("rest"))
        if tail and any(e.cls is C.COUNTRY for e in ctx.gazetteer.lookup(tail.group("country"))):
            rests.add(fold(tail.group("base")))
        for candidates in (names, ("ministerio", "ministério")):
            found = [
                index.by_id[i] for i, v in bodies.items()
                if any(f"{fold(b)} {r}" in v for b in candidates for r in rests)
            ]
            if found:
                return found
        # "viceministro de Transportes" and the one "Ministerio de Transportes y Comunicaciones"
        found = [
            index.by_id[i] for i, v in bodies.items()
            if any(n.startswith(f"{fold(b)} {r} ") for n in v for b in names for r in rests)
        ]
        if len(found) == 1:
            return found
    return []


_OF_COUNTRY = re.compile(r"^(?P<base>.+)\s+(?:de|del|da|do)\s+(?:(?:la|el|a|o)\s+)?(?P<country>[^,]+)$")


# --------------------------------------------------------------------------- events

_ORGANIZED = re.compile(r"(?<!\w)" + _alternation(L.ORGANIZED_CUES) + r"\s+" + _ARTICLE, re.I)
_ORGANIZING_VERB = re.compile(
    r"\s*(?:,\s*)?(?:organiz(?:ó|aron|ou|aram|a|an|ará)|co-?organiz(?:ó|aron|ou|aram)|auspici(?:ó|aron|a)|"
    r"patrocin(?:ó|aron|ou|aram)|convoc(?:ó|aron|ou|aram)|promovi(?:ó|eron|u|ram)|promove(?:u|ram)|acogi(?:ó|eron)|"
    r"sedi(?:ó|ou|a)|realiz(?:ó|aron|ou|aram)|(?:fue|será|foi|será)\s+(?:la\s+|a\s+)?sede\s+d(?:e|el|o|a))\s+"
    + _ARTICLE,
    re.I,
)
# "realizaron ... la cuarta edición del Foro ...": the edition of the event
_EDITION_OF = r"(?:(?:[a-záéíóúñâêôãõç]+\s+)?edi(?:ción|ção)\s+d(?:el|e\s+la|o|a)\s+)?"


# Adverbials of time and place between a verb and its object ("nesta terça-feira (9), na capital,").
_WHEN_WHERE = (
    r"(?:(?:nest[ea]|est[ea]|ayer|hoy|ontem|hoje|el|la|en|em|na|no|durante)\b[^.;,]{0,40},?\s+){0,2}"
)


def _apposed_opener(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> list[tuple[Mention, Entity]]:
    """The organization a sentence opens with (after a dateline), when only an apposition ("X (XX), el
    llamado banco de Y,") stands between it and ``pos``."""
    orgs = _outermost(index, s, ORGS)
    if not orgs:
        return []
    m, e = orgs[0]
    lead = ctx.text[s.start : m.start]
    if not re.fullmatch(r"(?:[A-ZÁÉÍÓÚÃÕÇ][A-ZÁÉÍÓÚÃÕÇ .\-]+\s*(?:[—–]|--|\.-)\s*)?(?:(?:El|La|O|A)\s+)?", lead):
        return []
    gap = ctx.text[m.end : pos]
    if re.fullmatch(r"\s*(?:\([^()]{1,14}\)\s*)?(?:,[^,.;()]{1,60},?)?\s*", gap):
        return [(m, e)]
    return []


_FRAMEWORK = re.compile(
    r"(?<!\w)(?:en\s+el\s+marco\s+(?:de|del)|no\s+âmbito\s+d[oa]|no\s+quadro\s+d[oa])\s+" + _ARTICLE, re.I
)


_UNNAMED_EVENT = re.compile(
    r"\b(?:un|una|um|uma|otro|otra|outro|outra)\s+(?:foro|fórum|seminario|seminário|encuentro|encontro|feria|feira|"
    r"cumbre|cúpula|cimeira|reunión|reunião|evento|conferencia|conferência|taller|simposio|festival|almuerzo|cena|jantar|"
    r"ceremonia|cerimônia)\b[^,.;]*$",
    re.I,
)


_ORGANIZED_THING = re.compile(
    r"\b(?:el|la|los|las|un|una|o|a|os|as|um|uma)\s+(?P<noun>[a-záéíóúñâêôãõç]+)(?:\s+[a-záéíóúñâêôãõç]+)?\s*,?\s*"
    r"(?:(?:fue|será|foi|é|ha\s+sido)\s+)?$",
    re.I,
)
_EVENT_NOUNS = frozenset(
    """foro fórum seminario seminário encuentro encontro evento cumbre cúpula cimeira reunión reunião conferencia
    conferência feria feira exposición exposição taller oficina simposio simpósio festival jornada jornadas
    cita acto ato ceremonia cerimônia curso diálogo congreso congresso""".split()
)
_PARTNERS = re.compile(
    r"\s*(?:\([^()]{1,14}\)\s*)?(?:,\s*)?(?:em\s+parceria\s+com|en\s+colaboración\s+con|en\s+alianza\s+con|"
    r"junto\s+(?:con|com|a)|con\s+el\s+apoyo\s+de(?:l)?|com\s+o\s+apoio\s+d[aoe]|y\s+con|e\s+com)\s+" + _ARTICLE,
    re.I,
)


@relation_extractor("organized_by_es_pt", version="2", languages=LANGUAGES)
def organized_by_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Events and who organized, sponsored or hosted them ("organizado por X y Y", "X organizó el Foro")."""
    name = "organized_by_es_pt"
    main = main_event(ctx, index)
    for s in _sentences(ctx):
        events = index.in_sentence(s.index, C.EVENT)
        for cue in _ORGANIZED.finditer(s.text):
            pos = s.start + cue.end()
            organizers = _listed(ctx, index, s, pos, (*ORGS, C.COUNTRY))
            if not organizers or organizers[0][0].start != pos:
                continue
            event = _nearest_event(events, s.start + cue.start())
            before = s.text[max(0, cue.start() - 60) : cue.start()]
            if event is None and _UNNAMED_EVENT.search(before):
                continue  # "un foro empresarial organizado por X": some other, unnamed event
            thing = _ORGANIZED_THING.search(before)
            thing_at = s.start + cue.start() - (len(thing.group(0)) if thing else 0) - 2
            if thing and thing.group("noun").lower() not in _EVENT_NOUNS and not any(
                thing_at <= m.end <= s.start + cue.start() for m, _ in events
            ):
                continue  # "el pabellón organizado por X": not the event
            event = event or main
            for extra in _PARTNERS.finditer(ctx.text, organizers[-1][0].end, s.end):
                if extra.start() != organizers[-1][0].end:
                    break
                more = _listed(ctx, index, s, extra.end(), (*ORGS, C.COUNTRY))
                if not more:
                    break
                organizers += more
            if event is None:
                continue
            for _, o in organizers:
                yield from _rel(ctx, index, event, P.ORGANIZED_BY, o, s, name, 0.8)
        # Active voice: "La Cámara de Comercio y la Universidad X organizaron el Seminario ...",
        # "X, el banco de Y, promovió ayer, en Lima, el Foro ..., en alianza con Z".
        for m, e in events:
            before = ctx.text[max(s.start, m.start - 120) : m.start]
            verb = re.search(
                _ORGANIZING_VERB.pattern[: -len(_ARTICLE)] + _WHEN_WHERE + _ARTICLE + _EDITION_OF + r"$", before, re.I
            )
            if not verb:
                continue
            pos = m.start - len(verb.group(0))
            found = _listed_before(ctx, index, s, pos, (*ORGS, C.COUNTRY)) or _apposed_opener(ctx, index, s, pos)
            for extra in _PARTNERS.finditer(ctx.text, m.end, s.end):
                if found and extra.start() == m.end:
                    found += _listed(ctx, index, s, extra.end(), (*ORGS, C.COUNTRY))
                break
            for _, o in found:
                yield from _rel(ctx, index, e, P.ORGANIZED_BY, o, s, name, 0.8)
    # "en el marco del Foro China-CELAC": an event held within a multilateral body.
    for s in _sentences(ctx):
        for cue in _FRAMEWORK.finditer(s.text):
            pos = s.start + cue.end()
            bodies = [e for m, e in index.in_sentence(s.index, C.INTERNATIONAL_ORGANIZATION) if m.start == pos]
            event = _nearest_event(index.in_sentence(s.index, C.EVENT), s.start + cue.start()) or main
            if bodies and event is not None:
                yield from _rel(ctx, index, event, P.ORGANIZED_BY, bodies[0], s, name, 0.7)
    # Meetings of a body: "IV Reunión Ministerial del Foro China-CELAC", "la cumbre del G20".
    for ent in index.of_class(C.EVENT):
        for m in ent.mentions:
            if m.nested or not _es_pt(ctx, m):
                continue
            s = ctx.sentences[m.sentence]
            for om, oe in index.in_sentence(m.sentence, C.INTERNATIONAL_ORGANIZATION):
                if m.start < om.start and om.end == m.end and oe.id != ent.id:
                    if re.search(r"\b(?:de|del|da|do|dos|das)\s+" + _ARTICLE + r"$", ctx.text[m.start : om.start]):
                        yield from _rel(ctx, index, ent, P.ORGANIZED_BY, oe, s, name, 0.7)


_PARTICIPATED = re.compile(
    r"(?<!\w)(?:particip(?:ó|aron|a|an|ará|arán|ou|aram|am)\s+(?:en|em|no|na|del|de|do|da)|"
    r"asisti(?:ó|eron)\s+a|assisti(?:u|ram)\s+a|estuv(?:o|ieron)\s+presentes?\s+en|"
    r"esteve\s+presente\s+(?:em|no|na)|estiveram\s+presentes\s+(?:em|no|na)|"
    r"inaugur(?:ó|aron|ou|aram)|presidi(?:ó|eron|u|ram)|clausur(?:ó|aron)|encerr(?:ou|aram)|"
    r"asistirá\s+a|participará\s+(?:en|em|no|na))\s+" + _ARTICLE,
    re.I,
)
_DELEGATES = re.compile(
    r"(?<!\w)(?:representantes|delegados|delegaciones|delegações|funcionarios|funcionários|autoridades|"
    r"participantes|ministros|cancilleres|chanceleres|empresarios|empresários|invitados|convidados|"
    r"expertos|especialistas)\s+(?:de|del|da|do|dos|das|procedentes\s+de|provenientes\s+de|vindos\s+de)\s+",
    re.I,
)


_PRESIDED = re.compile(
    r"(?<!\w)(?:presidid[oa]|encabezad[oa]|copresidid[oa]|inaugurad[oa]|clausurad[oa]|moderad[oa])\s+(?:por|pel[oa])\s+"
    + _ARTICLE + r"(?:[a-záéíóúñâêôãõç\-]+\s+){0,8}?"
    r"|(?<!\w)(?:con|com)\s+(?:un|el|o|um|a)?\s*(?:discurso|intervención|presencia|participación|presença|"
    r"participação)\s+(?:de(?:l)?|d[oa])\s+" + _ARTICLE + r"(?:[a-záéíóúñâêôãõç\-]+\s+){0,3}?",
    re.I,
)
_EVENT_ANAPHOR = re.compile(r"^(?:La|El|A|O|Esta|Este|Essa|Esse)\s+(?:cita|reunión|reunião|cumbre|cúpula|cimeira|"
                            r"foro|fórum|encuentro|encontro|evento|conferencia|conferência|seminario|seminário|feria|feira)\b")


@relation_extractor("event_participation_es_pt", version="2", languages=LANGUAGES)
def event_participation_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Who took part: "X participó en el Foro ...", delegates "de X, Y y Z", speakers of the main event."""
    name = "event_participation_es_pt"
    main = main_event(ctx, index)
    subjects = (C.PERSON, C.COUNTRY, *ORGS)
    for s in _sentences(ctx):
        events = index.in_sentence(s.index, C.EVENT)
        for cue in _PARTICIPATED.finditer(s.text):
            if _negated(s.text[: cue.start()], s.language):
                continue
            pos = s.start + cue.end()
            after = [e for m, e in events if m.start == pos]
            event = after[0] if after else None
            if event is None:
                continue
            for wm, who in _listed_before(ctx, index, s, s.start + cue.start(), subjects):
                if who.cls is not C.PERSON and _OF_BEFORE.search(ctx.text[max(s.start, wm.start - 12) : wm.start]):
                    continue  # "el presidente del CCPIT, X, inauguraron": the body of a title, not a subject
                yield from _rel(ctx, index, who, P.PARTICIPATED_IN, event, s, name, 0.8)
        for cue in _PRESIDED.finditer(s.text):
            event = _nearest_event(events, s.start + cue.start()) or (main if _EVENT_ANAPHOR.search(s.text) else None)
            if event is None:
                continue
            for _, who in _listed(ctx, index, s, s.start + cue.end(), (C.PERSON, C.COUNTRY, *ORGS)):
                yield from _rel(ctx, index, who, P.PARTICIPATED_IN, event, s, name, 0.7)
        for cue in _DELEGATES.finditer(s.text):
            if not _PARTICIPATION.search(s.text) and not events:
                continue
            event = events[0][1] if events else main
            if event is None:
                continue
            for cm, c in _listed(ctx, index, s, s.start + cue.end(), (C.COUNTRY, *ORGS)):
                if not cm.adjective:
                    yield from _rel(ctx, index, c, P.PARTICIPATED_IN, event, s, name, 0.7)
    if main is None or re.match(r"(?i:visita)\b", main.name):
        return  # speakers of a report about a visit did not all take part in it
    # In a report on the event, a speaker far down is linked with the title as context.
    report = _about_event(ctx, main)
    for ent in index.of_class(C.PERSON):
        for m in ent.mentions:
            if not _es_pt(ctx, m):
                continue
            hit = _hit_for(ctx, m)
            has_post = bool(ent.role) or (hit is not None and hit.title_end > hit.title_start)
            if not has_post:
                continue
            s = ctx.sentences[m.sentence]
            before = s.text[: m.start - s.start]
            if re.search(r"\b(?:que|quien|quem)\s+[^,]*$", before[-60:]):
                continue  # reported speech: "X dijo que el presidente Y ..."
            if re.search(r"(?i:\b(?:según|(?<!o )(?<!a )segundo|conforme)\b)[^.;]*$", before):
                continue  # the source: "Según anunció el canciller X tras reunirse con Y, el mandatario ..."
            para = ctx.text.rfind("\n", 0, s.start) + 1
            if report and _SIDE_EVENT.match(ctx.text, para, s.end):
                continue  # "Al margen del foro, ...": a paragraph on something held beside it
            if _PARTICIPATION.search(s.text):
                r = (report_relation if report else passage_relation)(
                    ctx, index, ent, P.PARTICIPATED_IN, main, s, name, 0.6
                )
                if r is not None:
                    yield r
                    break


_OF_BEFORE = re.compile(r"\b(?:de|del|da|do|dos|das)\s+" + _ARTICLE + r"$", re.I)
_SIDE_EVENT = re.compile(r"\s*(?i:al\s+margen|à\s+margem|a\s+margem|paralelamente|em\s+paralelo|en\s+paralelo)\b")
_HEADLINE_EVENT = re.compile(
    r"(?<!\w)(?i:foro|fórum|seminario|seminário|encuentro|encontro|cumbre|cúpula|cimeira|reunión|reunião|"
    r"conferencia|conferência|feria|feira|simposio|simpósio|diálogo|congreso|congresso|exposición|exposição)(?!\w)"
)


def _about_event(ctx: DocContext, main: Entity) -> bool:
    """Is the document a report on its main event: the event named in its title (a short sentence among
    the first), or a short headline naming an event of its kind and the event named right after it?"""
    if any(m.sentence == 0 or (m.sentence <= 3 and len(ctx.sentences[m.sentence].text) < 200) for m in main.mentions):
        return True  # the title, perhaps under a kicker ("COMUNICADO DE PRENSA")
    head = [s for s in ctx.sentences[:2] if len(s.text) < 200]
    return any(_HEADLINE_EVENT.search(s.text) for s in head) and any(m.sentence <= 3 for m in main.mentions)


_HELD = re.compile(
    r"(?<!\w)" + _alternation(L.LOCATED_CUES) + r"\s+(?:[\w\-]+\s+){0,3}?(?:en|em|no|na|nos|nas)\s+"
    r"(?:(?:la\s+ciudad\s+de|a\s+cidade\s+de|la\s+capital\s+\w+|a\s+capital\s+\w+)\s*,?\s*)?" + _ARTICLE,
    re.I,
)
_CITY_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,2}")


_DATELINE = re.compile(
    r"^\s*(?P<city>[A-ZÁÉÍÓÚÑÇ][A-Za-zÁÉÍÓÚÑÇáéíóúñç .\-]{2,30}?)\s*,\s*\d{1,2}\s+(?:de\s+)?[a-zA-Záé]{3}"
)
_THIS_CITY = re.compile(r"(?:esta|nesta|la|a)\s+(?:capital|ciudad|cidade)(?!\s+(?:de|del|da|do)\b)", re.I)


def _dateline_country(ctx: DocContext, index: EntityIndex) -> Entity | None:
    """"BEIJING, 22 sep (Xinhua) --": the country of the city a report was filed from."""
    starts = [s.text for s in ctx.sentences[:4]] + ctx.text[:800].splitlines()[:8]
    for text in starts:
        m = _DATELINE.match(text)
        if m:
            iso = L.CITIES.get(m.group("city").strip().lower())
            return index.country(iso) if iso else None
    return None


def _home_country(ctx: DocContext, index: EntityIndex) -> Entity | None:
    """The country a text is written from: its dateline's, else the one it names far more than any
    other but China (a ministry's own press names its ministries without the country)."""
    home = _dateline_country(ctx, index)
    if home is not None:
        return home
    return dominant_country(index)


_IN_COUNTRY_OPENER = re.compile(r"^(?:En|Em|No|Na)\s+(?:(?:el|la|o|a)\s+)?")


_DURING = re.compile(
    r"(?:durante|en\s+el\s+marco\s+de|no\s+âmbito\s+d[ae]|en\s+ocasión\s+de|por\s+ocasião\s+d[ae])\s+"
    r"(?:la|su|a|sua)\s+$",
    re.I,
)
_CITY_RX = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(c) for c in sorted(L.CITIES, key=len, reverse=True)) + r")(?![\w])", re.I
)


def _cities_in(name: str) -> set[str]:
    """Countries of the well-known cities a project is named after ("Metro de Quito", "Ponte Maputo-Katembe")."""
    return {L.CITIES[m.group(1).lower()] for m in _CITY_RX.finditer(name) if m.group(1)[0].isupper()}


def _opening_country(ctx: DocContext, index: EntityIndex, s: Sentence) -> Entity | None:
    """"En Perú, la mina X ...": the country a sentence is set in."""
    opener = _IN_COUNTRY_OPENER.match(s.text)
    if not opener:
        return None
    for cm, ce in index.in_sentence(s.index, C.COUNTRY):
        if cm.start == s.start + opener.end() and not cm.adjective and ctx.text[cm.end : cm.end + 1] == ",":
            return ce
    return None


def _dateline_event(ctx: DocContext, index: EntityIndex, main: Entity | None, name: str) -> Iterator[Relation]:
    if main is None or (home := _dateline_country(ctx, index)) is None:
        return
    first = next((s for s in ctx.sentences[:4] if _DATELINE.match(s.text)), None)
    if first is None or not any(m.sentence == first.index for m in main.mentions):
        return
    placed = any(
        cue for s in ctx.sentences for cue in _HELD.finditer(s.text)
        if any(m.sentence == s.index for m in main.mentions)
    )
    if not placed:
        yield from _rel(ctx, index, main, P.LOCATED_IN, home, first, name, 0.6)


def _place_at(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> tuple[Entity, float] | None:
    """The country named at ``pos``: directly ("en Perú"), after a city ("en Lima, Perú"), the country
    of a well-known city when the document names that country ("en Lima"), or of the dateline's city
    ("en esta capital")."""
    if _THIS_CITY.match(ctx.text, pos, s.end) and (home := _dateline_country(ctx, index)) is not None:
        return home, 0.7
    for cm, ce in index.in_sentence(s.index, C.COUNTRY):
        if cm.start == pos and not cm.adjective:
            return ce, 0.8
    city = _CITY_NAME.match(ctx.text, pos, s.end)
    if not city:
        return None
    comma = re.match(r"\s*,\s*", ctx.text[city.end() : city.end() + 4])
    if comma:
        at = city.end() + comma.end()
        for cm, ce in index.in_sentence(s.index, C.COUNTRY):
            if cm.start == at and not cm.adjective:
                return ce, 0.8
    iso = L.CITIES.get(city.group(0).lower())
    if iso and (c := index.country(iso)) is not None:
        return c, 0.7
    return None


_PROJECT_IN = re.compile(
    r"\s*(?:\([^()]{1,14}\)\s*)?(?:,\s*)?(?:(?:ubicad[oa]|situad[oa]|localizad[oa]|construid[oa]|construíd[oa]|"
    r"que\s+se\s+construye|que\s+está\s+siendo\s+construid[oa])\s+)?(?:en|em|no|na)\s+"
    r"(?:(?:la\s+región|la\s+provincia|el\s+departamento|el\s+estado|o\s+estado|a\s+região|a\s+província|"
    r"la\s+costa|la\s+ciudad|a\s+cidade)(?:\s+[a-záéíóúñâêôãõç]+)?\s+(?:de|del|do|da)\s+)?" + _ARTICLE,
    re.I,
)


@relation_extractor("located_in_es_pt", version="1", languages=LANGUAGES)
def located_in_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Where events were held and where projects are ("celebrado en Lima, Perú", "el puerto peruano de X")."""
    name = "located_in_es_pt"
    main = main_event(ctx, index)
    for s in _sentences(ctx):
        events = index.in_sentence(s.index, C.EVENT)
        for cue in _HELD.finditer(s.text):
            place = _place_at(ctx, index, s, s.start + cue.end())
            if place is None:
                continue
            event = _nearest_event(events, s.start + cue.start()) or (main if s.index <= 2 else None)
            if event is not None:
                yield from _rel(ctx, index, event, P.LOCATED_IN, place[0], s, name, place[1])
        # "En Perú, la mina X, operada por Y, ...": projects of a sentence set in a country.
        setting = _opening_country(ctx, index, s)
        if setting is not None:
            for m, e in index.in_sentence(s.index, C.PROJECT):
                if not m.nested:
                    yield from _rel(ctx, index, e, P.LOCATED_IN, setting, s, name, 0.7)
        # "la IV Reunión Ministerial en Beijing": a place right after the event's name.
        for m, e in events:
            if m.nested:
                continue
            at = re.match(r"\s+(?:en|em|no|na)\s+" + _ARTICLE, ctx.text[m.end : m.end + 16])
            if at:
                place = _place_at(ctx, index, s, m.end + at.end())
                if place is not None:
                    yield from _rel(ctx, index, e, P.LOCATED_IN, place[0], s, name, min(place[1], 0.7))
    # The event a report is about, filed from its city ("Pekín, 12 may (EFE).- ... la IV Reunión ..."),
    # when the report says nothing else about where it was held.
    yield from _dateline_event(ctx, index, main, name)
    for ent in index.of_class(C.PROJECT, C.EVENT):
        for m in ent.mentions:
            if not _es_pt(ctx, m) or m.nested:
                continue
            s = ctx.sentences[m.sentence]
            if ent.cls is C.EVENT and re.match(r"(?i:visita)\s", ctx.text[m.start : m.end + 1]):
                # "visita de Estado del presidente X a Brasil": the mention is "visita de Estado".
                place_at = re.match(r"[^,.;:()]{0,70}?\s(?:a|al|à|ao|en|em|no|na|por)\s+" + _ARTICLE,
                                    ctx.text[m.end : s.end])
                if place_at:
                    place = _place_at(ctx, index, s, m.end + place_at.end())
                    if place is not None:
                        yield from _rel(ctx, index, ent, P.LOCATED_IN, place[0], s, name, 0.8)
                for pm, pe in index.in_sentence(m.sentence, C.PERSON):
                    if place_at and m.end < pm.start < m.end + place_at.end():
                        yield from _rel(ctx, index, pe, P.PARTICIPATED_IN, ent, s, name, 0.8)
                    elif pm.end <= m.start and _DURING.search(ctx.text[max(s.start, m.start - 40) : m.start]):
                        # "X y Y firmaron ... durante la visita de Estado ...": the people it happened to.
                        yield from _rel(ctx, index, pe, P.PARTICIPATED_IN, ent, s, name, 0.7)
            if ent.cls is C.PROJECT:
                for iso in _cities_in(ctx.text[m.start : m.end]):
                    if (c := index.country(iso)) is not None:
                        yield from _rel(ctx, index, ent, P.LOCATED_IN, c, s, name, 0.7)  # "Metro de Quito"
            for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                inside = m.start <= cm.start and cm.end <= m.end
                if cm.adjective and "-" in (ctx.text[cm.start - 1 : cm.start] + ctx.text[cm.end : cm.end + 1]):
                    continue  # "Satélite Sino-Brasileño": a joint work, not a place
                if ent.cls is C.PROJECT and inside:
                    yield from _rel(ctx, index, ent, P.LOCATED_IN, ce, s, name, 0.7)
                elif ent.cls is C.EVENT and inside and re.search(
                    r"\b(?:a|en|em|no|na|al)\s+" + _ARTICLE + r"$", ctx.text[m.start : cm.start], re.I
                ) and re.match(r"(?i:visita|viaje|viagem|gira)", ctx.text[m.start : m.end]):
                    yield from _rel(ctx, index, ent, P.LOCATED_IN, ce, s, name, 0.7)  # "Visita de Estado a Brasil"
            if ent.cls is C.PROJECT:
                at = _PROJECT_IN.match(ctx.text, m.end, s.end)
                if at:
                    place = _place_at(ctx, index, s, at.end())
                    if place is not None:
                        yield from _rel(ctx, index, ent, P.LOCATED_IN, place[0], s, name, place[1])


# --------------------------------------------------------------------------- projects and companies

_CUE_BY = (
    r"(?:" + _alternation(L.IMPLEMENTED_CUES)
    + r"(?:\s+(?:conjuntamente|principalmente|en\s+parte|em\s+parte|íntegramente))?\s+(?:por|pel[oa]s?)|"
    r"(?:de\s+)?propiedad\s+de(?:l)?|(?:de\s+)?propriedade\s+d[aoe]|"
    r"(?:construid[oa]|construíd[oa]|ejecutad[oa]|executad[oa]|financiad[oa])\s+(?:con|com)\s+(?:la\s+|a\s+)?"
    r"(?:participación|participação|apoyo|apoio|financiamiento|financiamento)\s+(?:de(?:l)?|d[aoe])|"
    r"(?:est[aá]|estará|estuvo|estaba|quedó|queda|quedará|ficará|fica|ficou)\s+a\s+cargo\s+(?:de(?:l)?|d[aoe]))\s+"
    + _ARTICLE + r"(?-i:(?:empresa|compañía|companhia|firma|constructora|construtora|consorcio|consórcio|banco|"
    r"estatal|operadora)(?:\s+[a-záéíóúñâêôãõç]+){0,2}\s+)?"
)
_BY = re.compile(
    r"\s*(?:,\s*)?(?:(?:en|em|no|na)\s+[^,.;()]{1,40},\s*)?(?:(?:un|una|um|uma)\s+[^,.;()]{1,50}?\s+)?(?:que\s+(?:será|fue|es|está\s+siendo|foi|é|está\s+sendo|"
    r"vai\s+ser|va\s+a\s+ser|ha\s+sido|tem\s+sido)\s+|(?:será|fue|es|foi|é|ha\s+sido|son|são|fueron|foram|"
    r"serán|serão|han\s+sido|têm\s+sido)\s+)?" + _CUE_BY,
    re.I,
)
_AND_BY = re.compile(r"\s*(?:,\s*)?(?:y|e)\s+(?:(?:será|fue|foi)\s+)?" + _CUE_BY, re.I)
_LOOSE_BY = re.compile(r"(?<!\w)" + _CUE_BY, re.I)
_IMPLEMENTING = re.compile(r"\s+" + _alternation(L.IMPLEMENTING_VERBS) + r"\s+" + _ARTICLE, re.I)
_ANAPHOR = re.compile(
    r"^(?:(?:El|La|O|A|Este|Esta|Ese|Esa|Esse|Essa)\s+)(?:proyecto|projeto|obra|central|planta|puerto|porto|terminal|"
    r"ferrocarril|ferrovia|línea|linha|represa|usina|hidroeléctrica|hidrelétrica|parque|carretera|rodovia|puente|"
    r"construcción|construção|ejecución|execução|"
    r"ponte|metro|metrô|tren|trem|corredor|aeropuerto|aeroporto|iniciativa\s+de\s+infraestructura)\b",
)
_SAME_COMPANY = re.compile(
    r"^(?:La|A|El|O)\s+(?:misma|mesma|mismo|mesmo|citada|referida|dicha)\s+(?:empresa|compañía|companhia|firma|"
    r"constructora|construtora|estatal|corporación|corporação|grupo)\b"
)
_ADVERBS = re.compile(
    r"^\s*(?:,\s*)?(?:también|também|ya|já|actualmente|atualmente|además|ahora|agora|hoy|hoje)?\s*"
    r"(?:(?:anunció|anunciou|informó|informou|confirmó|confirmou|dijo|disse|afirmó|afirmou)\s+que\s*)?$",
    re.I,
)


_THROUGH = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:a\s+través\s+de(?:l)?|através\s+d[aoe]|por\s+meio\s+d[aoe])\s+", re.I
)
_DESCRIPTOR_WORDS = frozenset(
    w for k in L.COMPANY_KINDS for w in k.split()
) | {"empresas", "estatales", "estatais", "privada", "privadas", "privado", "pública", "público",
     "constructoras", "construtoras", "petroleras", "petroleiras", "mineras", "mineradoras", "local",
     "locales", "locais", "corporación", "corporação", "energética", "energéticas", "sociedad", "sociedade",
     "concesionaria", "concessionária", "filial", "subsidiaria", "subsidiária"}
_RUN_GLUE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:y\s+|e\s+)?|y\s+|e\s+|junto\s+(?:con|com|a)\s+|"
    r"en\s+(?:consorcio|asociación|sociedad|alianza)\s+con\s+|em\s+(?:consórcio|parceria|sociedade)\s+com\s+)",
    re.I,
)
_CONSORTIUM = re.compile(
    r"(?:(?:un|una|um|uma|el|la|o|a)\s+)?(?:consorcio|consórcio|grupo|alianza|aliança)(?:\s+[a-záéíóúñâêôãõç]+)?\s+"
    r"(?:integrad[oa]|formad[oa]|conformad[oa]|liderad[oa]|encabezad[oa]|compuest[oa]|compost[oa])\s+"
    r"(?:por|pel[oa]s?)\s+",
    re.I,
)


def _descriptor_end(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> int:
    """Past the article and the words that introduce a company ("la empresa estatal", "las chinas",
    "un consorcio integrado por la colombiana"): its kind, a country adjective; one other word (a
    region's adjective, "jujeña") only right after a kind word."""
    lead = _CONSORTIUM.match(ctx.text, pos, s.end)
    if lead:
        pos = lead.end()
    art = re.compile(_ARTICLE, re.I).match(ctx.text, pos, s.end)
    pos = art.end() if art else pos
    adjectives = {cm.start: cm.end for cm, _ in index.in_sentence(s.index, C.COUNTRY) if cm.adjective}
    kinds = 0
    while True:
        word = re.compile(r"([a-záéíóúñâêôãõç]+)\s+").match(ctx.text, pos, s.end)
        if not word:
            return pos
        if pos in adjectives and re.match(r"\s+", ctx.text[adjectives[pos] : adjectives[pos] + 1]):
            pos = adjectives[pos] + 1
        elif word.group(1) in _DESCRIPTOR_WORDS:
            kinds += 1
            pos = word.end()
        elif kinds:
            return word.end()  # tried as the last word: the name must start right after it
        else:
            return pos


def _org_run(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> list[tuple[Mention, Entity]]:
    """Organizations named from ``pos`` on, each perhaps after its kind ("la china X junto con la argentina Y",
    "un consorcio integrado por la colombiana X, la chilena Y y la empresa china Z")."""
    orgs = _outermost(index, s, ORGS)
    out: list[tuple[Mention, Entity]] = []
    cursor = pos
    while True:
        at = _descriptor_end(ctx, index, s, cursor)
        nxt = next(((m, e) for m, e in orgs if m.start >= cursor), None)
        if nxt is None or nxt[0].start not in (at, cursor):
            if nxt is not None and at > cursor:
                # "la empresa estatal jujeña X": the tried last word was none, the name starts before it
                back = ctx.text.rfind(" ", cursor, at - 1) + 1
                if nxt[0].start != back or back <= cursor:
                    break
            else:
                break
        out.append(nxt)
        cursor = nxt[0].end
        glue = _RUN_GLUE.match(ctx.text, cursor, s.end)
        if not glue:
            break
        cursor = glue.end()
    return out


def _by_organizations(
    ctx: DocContext, index: EntityIndex, s: Sentence, pos: int
) -> list[tuple[Mention, Entity]]:
    """Organizations after a passive cue, and after further "y financiado por ..." cues."""
    out = _listed(ctx, index, s, pos, ORGS)
    run = _org_run(ctx, index, s, pos)
    if len(run) > len(out):
        out = run  # "levantado por las chinas X y Y", "operado por la empresa estatal jujeña Z"
    while out:
        more = _AND_BY.match(ctx.text, out[-1][0].end, s.end) or _THROUGH.match(ctx.text, out[-1][0].end, s.end)
        if not more:
            break
        extra = _listed(ctx, index, s, more.end(), ORGS) or _org_run(ctx, index, s, more.end())
        if not extra:
            break
        out += extra
    return out


def _sentence_subject(ctx: DocContext, index: EntityIndex, s: Sentence, pos: int) -> Entity | None:
    """The organization a sentence opens with ("Sinohydro, que opera en ..., también construye"),
    when nothing but a relative clause or adverbs stands between it and ``pos``; "La misma empresa
    construyó ..." refers to the company named last."""
    orgs = _outermost(index, s, ORGS)
    if _SAME_COMPANY.match(s.text) and _ADVERBS.match(_SAME_COMPANY.sub("", ctx.text[s.start : pos], count=1)):
        return _recent(index, s, C.COMPANY)
    if not orgs:
        return None
    m, e = orgs[0]
    lead = ctx.text[s.start : m.start]
    if not re.fullmatch(r"\s*(?:(?:La|El|A|O)\s+(?:empresa|compañía|companhia|estatal|firma|constructora|construtora)"
                        r"(?:\s+[a-záéíóúñâêôãõç]+){0,2}\s*)?", lead):
        return None
    between = ctx.text[m.end : pos]
    clause = re.sub(r"^\s*,\s*(?:que|quien|la\s+cual|el\s+cual|a\s+qual|o\s+qual)\s.*,", "", between)
    if _ADVERBS.match(clause):
        return e
    return None


_FINANCIER = re.compile(r"\b(?:Banco|Bank|Fondo|Fundo|Fund)\b")


def _project_places(ctx: DocContext, index: EntityIndex, project: Entity) -> list[Entity]:
    """Countries a project's mentions place it in: in its name, right after it, its city, its sentence's setting."""
    out: list[Entity] = []
    for m in project.mentions:
        if m.nested or not _es_pt(ctx, m):
            continue
        s = ctx.sentences[m.sentence]
        for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
            if m.start <= cm.start and cm.end <= m.end and not (
                cm.adjective and "-" in ctx.text[cm.start - 1 : cm.start] + ctx.text[cm.end : cm.end + 1]
            ):
                out.append(ce)
        at = _PROJECT_IN.match(ctx.text, m.end, s.end)
        if at and (place := _place_at(ctx, index, s, at.end())) is not None:
            out.append(place[0])
        out += [c for iso in _cities_in(ctx.text[m.start : m.end]) if (c := index.country(iso)) is not None]
        if (setting := _opening_country(ctx, index, s)) is not None:
            out.append(setting)
    return list({e.id: e for e in out}.values())


_WORK_LIST_GAP = re.compile(r"\s*(?:,|y|e|,\s*(?:y|e))\s*")


def _works_listed_up_to(ctx: DocContext, projects: list[tuple[Mention, Entity]], i: int) -> list[Entity]:
    """The ``i``-th work and those listed right before it ("las hidroeléctricas Jupiá, Ilha Solteira y Três
    Irmãos"), the nearest first."""
    listed = [projects[i][1]]
    k = i
    while k > 0 and _WORK_LIST_GAP.fullmatch(ctx.text[projects[k - 1][0].end : projects[k][0].start]):
        k -= 1
        listed.append(projects[k][1])
    return listed


@relation_extractor("implemented_by_es_pt", version="2", languages=LANGUAGES)
def implemented_by_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Projects and who builds, runs or finances them ("construido por X", "X construye el Puerto ...");
    a company that builds a work in a country operates there."""
    name = "implemented_by_es_pt"
    for r in _implemented(ctx, index, name):
        yield r
        project, builder = index.by_id[r.subject], index.by_id[r.object]
        builders = [builder]
        if builder.cls is C.COMPANY:
            # "la sociedad concesionaria X, conformada por las empresas chinas A y B": its members build too
            for bm in builder.mentions:
                s = ctx.sentences[bm.sentence]
                if (made := _MADE_UP_OF.match(ctx.text, bm.end, s.end)) is not None:
                    for _, member in _org_run(ctx, index, s, made.end()):
                        if member.id not in (builder.id, project.id):
                            builders.append(member)
                            yield from _rel(ctx, index, project, P.IMPLEMENTED_BY, member, s, name, 0.7)
        first = ctx.sentences[project.mentions[0].sentence]
        for firm in builders:
            if firm.cls is C.COMPANY and not _FINANCIER.search(firm.name):
                home = _home_id(ctx, index, firm)
                for country in _project_places(ctx, index, project):
                    if country.id != home:
                        yield from _rel(ctx, index, firm, P.OPERATES_IN, country, first, name, 0.6)


_MADE_UP_OF = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:conformad|integrad|formad|compuest|compost|constituíd|constituid)[oa]s?\s+"
    r"(?:por|pel[oa]s?)\s+"
)


def _implemented(ctx: DocContext, index: EntityIndex, name: str) -> Iterator[Relation]:
    main = next(iter(index.of_class(C.PROJECT)), None)
    for s in _sentences(ctx):
        projects = [(m, e) for m, e in index.in_sentence(s.index, C.PROJECT) if not m.nested]
        done: set[int] = set()
        for i, (m, ent) in enumerate(projects):
            cue = _BY.match(ctx.text, m.end, s.end)
            if cue:
                # "las hidroeléctricas Jupiá, Ilha Solteira y Três Irmãos, operadas por X": the whole list.
                plural = re.search(r"(?:ad|id|íd)[oa]s\b", cue.group(0))  # a plural participle only
                listed = _works_listed_up_to(ctx, projects, i) if plural else [ent]
                for om, o in _by_organizations(ctx, index, s, cue.end()):
                    done.add(om.start)
                    for p_ent in listed:
                        yield from _rel(ctx, index, p_ent, P.IMPLEMENTED_BY, o, s, name, 0.8)
            # "las represas X y Y, en Z, que construye la china A junto con la argentina B": the builder after the verb.
            rel = _THAT_BUILDS.match(ctx.text, m.end, s.end)
            if rel and (i + 1 == len(projects) or projects[i + 1][0].start > rel.end()):
                listed = _works_listed_up_to(ctx, projects, i)
                for om, o in _org_run(ctx, index, s, rel.end()):
                    done.add(om.start)
                    for p_ent in listed:
                        yield from _rel(ctx, index, p_ent, P.IMPLEMENTED_BY, o, s, name, 0.8)
            # Active voice: "La empresa X construye el Puerto de Y", "Sinohydro ... también construye ...".
            before = ctx.text[max(s.start, m.start - 60) : m.start]
            verb = re.search(_IMPLEMENTING.pattern + r"$", before, re.I)
            if verb:
                pos = m.start - len(verb.group(0))
                builders = [o for _, o in _listed_before(ctx, index, s, pos, ORGS)]
                if not builders and (opener := _sentence_subject(ctx, index, s, pos)) is not None:
                    builders = [opener]
                for o in builders:
                    yield from _rel(ctx, index, ent, P.IMPLEMENTED_BY, o, s, name, 0.7)
        # "tras cinco años de obras ejecutadas por X": the cue further on in the project's sentence.
        for cue in _LOOSE_BY.finditer(s.text):
            pos = s.start + cue.end()
            earlier = [(m, e) for m, e in projects if m.end <= s.start + cue.start()]
            subject: Entity | None = None
            if earlier and s.start + cue.start() - earlier[-1][0].end <= 90:
                subject = earlier[-1][1]  # "... y la mina X, propiedad de un consorcio liderado por Y"
            elif len(earlier) == 1:
                subject = earlier[0][1]
            if subject is None and not projects and _ANAPHOR.match(s.text):
                subject = _recent_project(index, s) or main  # "El proyecto fue financiado por X"
            if subject is None:
                continue
            for om, o in _by_organizations(ctx, index, s, pos):
                if om.start not in done:
                    yield from _rel(ctx, index, subject, P.IMPLEMENTED_BY, o, s, name, 0.7 if projects else 0.6)
        # "el Complejo Industrial de BYD", "a fábrica da X": a work named after the company that runs it.
        for m, ent in projects:
            for om, o in index.in_sentence(s.index, C.COMPANY):
                if m.start < om.start and om.end <= m.end and re.search(
                    r"\s(?:de|del|da|do)\s+" + _ARTICLE + r"$", ctx.text[m.start : om.start]
                ):
                    yield from _rel(ctx, index, ent, P.IMPLEMENTED_BY, o, s, name, 0.7)
        # "la State Grid, constructora de la Línea X", "con Sinohydro como constructora de la central Y".
        for m, ent in projects:
            role = _BUILDER_ROLE.search(ctx.text, max(s.start, m.start - 40), m.start)
            if role is None:
                continue
            pos = m.start - len(role.group(0))
            for om, o in index.in_sentence(s.index, *ORGS):
                if om.end <= pos and not om.nested and re.fullmatch(
                    r"\s*(?:,\s*|\s+como\s+|\s+comme\s+|\s+(?:es|é|era|fue|foi|será|sería|seria)\s+)",
                    ctx.text[om.end : pos] or " ",
                ) and ctx.text[om.end : pos]:
                    yield from _rel(ctx, index, ent, P.IMPLEMENTED_BY, o, s, name, 0.7)


_THAT_BUILDS = re.compile(
    r"\s*(?:\([^()]{1,14}\)\s*)?,?\s*(?:(?:en|em|no|na|sobre|junto\s+a|cerca\s+de|perto\s+de)\s+[^,;.()]{1,50},\s*)?"
    r"que\s+(?:(?:ya|también|também|já|actualmente|atualmente|hoy|hoje|ahora|agora)\s+)?"
    r"(?:constru(?:ye|yó|irá|yen|yeron|irán)|constrói|constroem|construiu|construíram|construirá|levant(?:a|ó|ou)|"
    r"ejecut(?:a|ó|ará|an)|execut(?:a|ou|ará|am)|oper(?:a|ó|ou|ará|an|am)|financi(?:a|ó|ou|ará|an|am)|"
    r"desarroll(?:a|ó|ará|an)|desenvolv(?:e|eu|erá|em)|administr(?:a|ó|ou|an|am)|explot(?:a|ó|an)|"
    r"explor(?:a|ou|am)|gestion(?:a|ó|an)|ger(?:e|ia|em))\s+(?=\S)",
    re.I,
)
def _recent_project(index: EntityIndex, s: Sentence, back: int = 3) -> Entity | None:
    """The work "la obra" refers to: of the projects named in the few sentences before, the one the
    document names most often (the latest on a tie), not one named in passing ("llegó al puerto de X")."""
    seen: dict[str, tuple[int, int, Entity]] = {}
    for i in range(max(0, s.index - back), s.index):
        for m, e in index.in_sentence(i, C.PROJECT):
            if not m.nested:
                seen[e.id] = (len(e.mentions), m.start, e)
    return max(seen.values(), key=lambda t: (t[0], t[1]))[2] if seen else None


_BUILDER_ROLE = re.compile(
    r"(?:(?:la|a)\s+)?(?:constructora|construtora|contratista|empreiteira|operadora|concesionaria|concessionária|"
    r"financiadora)\s+(?:de(?:l)?|d[oa])\s+(?:(?:la|el|a|o)\s+)?$",
    re.I,
)
_OPERATES = re.compile(r"(?<!\w)" + _alternation(L.OPERATES_CUES) + r"(?!\w)", re.I)


_COMPANY_ANAPHOR = re.compile(
    r"^(?:(?:La|A|El|O)\s+)(?:empresa|compañía|companhia|fabricante|montadora|firma|constructora|construtora|"
    r"estatal|minera|mineradora|naviera|operadora|petrolera|petroleira|compañía\s+china|empresa\s+china|"
    r"empresa\s+chinesa|multinacional|grupo)\b"
)


@relation_extractor("operates_in_es_pt", version="2", languages=LANGUAGES)
def operates_in_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Companies and the countries the sentence says they work in ("opera en Chile y Perú")."""
    name = "operates_in_es_pt"
    for ent in index.of_class(C.COMPANY):
        home_id = _home_id(ctx, index, ent)
        for m in ent.mentions:
            if not _es_pt(ctx, m):
                continue
            s = ctx.sentences[m.sentence]
            yield from _operates_after(ctx, index, ent, home_id, s, m.end, name)
    last: Entity | None = None
    for s in _sentences(ctx):
        companies = index.in_sentence(s.index, C.COMPANY)
        if not companies and last is not None and _COMPANY_ANAPHOR.match(s.text):
            # "La empresa también tiene operaciones en México ...": the company named just before.
            yield from _operates_after(ctx, index, last, _home_id(ctx, index, last), s, s.start, name)
        setting = _opening_country(ctx, index, s)
        if setting is not None:
            # "En Chile, Tianqi Lithium compró ...": foreign companies of a sentence set in a country.
            for m, e in companies:
                if not m.nested and _home_id(ctx, index, e) != setting.id:
                    yield from _rel(ctx, index, e, P.OPERATES_IN, setting, s, name, 0.6)
        if companies:
            last = companies[-1][1]


def _operates_after(
    ctx: DocContext, index: EntityIndex, ent: Entity, home_id: str | None, s: Sentence, pos: int, name: str
) -> Iterator[Relation]:
    rest = ctx.text[pos : s.end]
    cue = _OPERATES.search(rest)
    if not cue or cue.start() > 120 or re.search(r"[.;]", rest[: cue.start()]):
        return
    if _negated(rest[: cue.start()], s.language):
        return
    end = pos + cue.end()
    others = [om for om, _ in index.in_sentence(s.index, C.COMPANY) if pos < om.start < end]
    if others:
        return  # the cue belongs to a nearer company
    listed = _listed(ctx, index, s, end, (C.COUNTRY,), limit=end + 120)
    for cm, ce in listed:
        if cm.adjective or ce.id == home_id or _inside_org(cm, index):
            continue
        yield from _rel(ctx, index, ent, P.OPERATES_IN, ce, s, name, 0.6)
    art = _ARTICLE_RX.match(ctx.text, end)
    if not listed and (place := _place_at(ctx, index, s, art.end() if art else end)):
        # "opera en Salta y Jujuy": the country of a well-known province or city the document names.
        if place[0].id != home_id:
            yield from _rel(ctx, index, ent, P.OPERATES_IN, place[0], s, name, 0.6)


_KIND_BEFORE = re.compile(
    r"(?:empresa|empresas|compañía|companhia|firma|constructora|construtora|minera|mineradora|naviera|"
    r"operadora|petrolera|petroleira|automotriz|montadora|fabricante|estatal|gigante|tecnológica|consorcio|"
    r"consórcio|aerolínea|banco|multinacional|grupo|distribuidora|transmisora|transmissora|generadora|"
    r"geradora|eléctrica|elétrica|siderúrgica|aseguradora|seguradora|empreiteira|productora|produtora|"
    r"petrolífera)(?:\s+[a-záéíóúñâêôãõç\-]+){0,3}\s+$"
    # "la chilena Transelec": the country adjective alone stands for the kind
    r"|(?<![\w])(?:la|a)\s+[a-záéíóúñâêôãõç]+a\s+$",
    re.I,
)
_HEADQUARTERS = re.compile(
    r"\s*,?\s*(?:(?:que\s+)?(?:tendrá|tiene|terá|tem|tuvo|teve)\s+(?:su\s+|sua\s+)?sede\s+(?:central\s+)?(?:en|em|no|na)|"
    r"con\s+sede\s+(?:central\s+)?en|com\s+sede\s+(?:em|no|na)|sediad[oa]\s+(?:em|no|na))\s+" + _ARTICLE,
    re.I,
)
_CITY_WORD = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñãõç]+"
_CITY_TAIL = re.compile(r".*\s(?:de|del|da|do)\s+(?P<city>" + _CITY_WORD + r"(?:\s+(?:de\s+)?" + _CITY_WORD + r")?)$")
_EMBASSY = re.compile(
    r"(?i:embajada|embaixada|consulado|oficina\s+comercial)\s+(?:general\s+)?(?:de|del|da|do)\s+" + _ARTICLE
)


def _descriptor_countries(ctx: DocContext, index: EntityIndex, m: Mention) -> list[Entity]:
    """"la empresa (estatal) china X": the country adjective of the words that introduce a company."""
    s = ctx.sentences[m.sentence]
    window = ctx.text[max(s.start, m.start - 60) : m.start]
    kind = _KIND_BEFORE.search(window)
    if not kind:
        return []
    start = m.start - len(window) + kind.start()
    return [
        ce for cm, ce in index.in_sentence(m.sentence, C.COUNTRY)
        if start <= cm.start and cm.end <= m.start and cm.adjective
    ]


def _home_id(ctx: DocContext, index: EntityIndex, ent: Entity) -> str | None:
    """The country a company belongs to: its name, the gazetteer, or the words that introduce it."""
    home = _country_of(ent, index, ctx)
    if home is not None:
        return home[0].id
    for m in ent.mentions:
        found = _descriptor_countries(ctx, index, m)
        if found:
            return found[0].id
    return None


def _unqualified_body(ctx: DocContext, index: EntityIndex, ent: Entity, m: Mention) -> bool:
    """A government body named without its country, its parent or its city ("el Ministerio de Energía")."""
    if ent.cls is not C.GOVERNMENT_BODY or ent.key or _country_of(ent, index, ctx) is not None:
        return False
    inside = [pm for pm, _ in index.in_sentence(m.sentence) if pm is not m and m.start <= pm.start and pm.end <= m.end]
    if any(pm.nested for pm in inside):
        return False
    city = _CITY_TAIL.search(ctx.text[m.start : m.end])
    return not (city and city.group("city").lower() in L.CITIES)


@relation_extractor("based_in_es_pt", version="1", languages=LANGUAGES)
def based_in_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Home countries: "la empresa china X", "X, con sede en Lima", "Embajada de China en el Perú"."""
    name = "based_in_es_pt"
    home_country = functools.cache(lambda: _home_country(ctx, index))  # read once, when a bare body needs it
    for ent in index.of_class(*ORGS):
        if ent.cls is C.INTERNATIONAL_ORGANIZATION:
            continue
        for m in ent.mentions:
            if not _es_pt(ctx, m) or m.nested:
                continue
            s = ctx.sentences[m.sentence]
            if ent.cls is C.COMPANY:
                for ce in _descriptor_countries(ctx, index, m):
                    yield from _rel(ctx, index, ent, P.BASED_IN, ce, s, name, 0.8)
            iso = pro_country(ent.name, ctx.gazetteer) if ent.cls is C.GOVERNMENT_BODY else None
            if iso and (pc := index.country(iso)) is not None:
                yield from _rel(ctx, index, ent, P.BASED_IN, pc, s, name, 0.8)  # "ProChile"
            hq = _HEADQUARTERS.match(ctx.text, m.end, s.end)
            if hq:
                place = _place_at(ctx, index, s, hq.end())
                if place is not None:
                    yield from _rel(ctx, index, ent, P.BASED_IN, place[0], s, name, place[1])
            if _unqualified_body(ctx, index, ent, m) and (home := home_country()) is not None:
                # "QUITO, 3 mar -- ... el Ministerio de Energía": a national body of the country reported from;
                # the evidence is the body's sentence, its context where the text names the country.
                r = report_relation(ctx, index, ent, P.BASED_IN, home, s, name, 0.6)
                if r is not None:
                    yield r
            city = _CITY_TAIL.search(ctx.text[m.start : m.end])
            iso = L.CITIES.get(city.group("city").lower()) if city else None
            if iso and (c := index.country(iso)) is not None and not ent.key:
                yield from _rel(ctx, index, ent, P.BASED_IN, c, s, name, 0.7)  # "Cámara de Comercio de Lima"
            embassy = _EMBASSY.match(ctx.text, m.start, m.end)
            if embassy:
                for cm, ce in index.in_sentence(m.sentence, C.COUNTRY):
                    if cm.start == m.start + embassy.end() and cm.end <= m.end:
                        yield from _rel(ctx, index, ent, P.BASED_IN, ce, s, name, 0.9)


# --------------------------------------------------------------------------- agreements and memberships

_SIGNED = re.compile(r"\s+" + _alternation(L.SIGN_VERBS) + r"(?!\w)", re.I)
_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:firmad[oa]s?|suscrit[oa]s?|assinad[oa]s?|celebrad[oa]s?|"
    r"vigente|en\s+vigor|em\s+vigor)\s+)?(?:entre)\s+" + _ARTICLE,
    re.I,
)
_SIGNED_BY = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:firmad[oa]s?|suscrit[oa]s?|assinad[oa]s?|rubricad[oa]s?)\s+(?:por|pel[oa]s?)\s+"
    + _ARTICLE,
    re.I,
)


@relation_extractor("party_es_pt", version="1", languages=LANGUAGES)
def party_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Parties of agreements: "... entre X y Y", "firmado por X y Y", "X y Y firmaron el Acuerdo ..."."""
    name = "party_es_pt"
    parties = (C.COUNTRY, *ORGS)
    for ent in index.of_class(C.AGREEMENT):
        for m in ent.mentions:
            if not _es_pt(ctx, m):
                continue
            s = ctx.sentences[m.sentence]
            # Parties named inside the agreement's name after "entre".
            between = re.search(r"\b(?:entre)\s+", ctx.text[m.start : m.end])
            if between:
                for om, oe in index.in_sentence(m.sentence, *parties):
                    if m.start + between.end() <= om.start and om.end <= m.end and oe.id != ent.id:
                        if not (om.adjective or _inside_other(om, m, index)):
                            yield from _rel(ctx, index, ent, P.PARTY, oe, s, name, 0.8)
            for rx in (_BETWEEN, _SIGNED_BY):
                cue = rx.match(ctx.text, m.end, s.end)
                if cue:
                    for om, oe in _listed(ctx, index, s, cue.end(), parties):
                        if not om.adjective:
                            yield from _rel(ctx, index, ent, P.PARTY, oe, s, name, 0.8)
            # "Perú y China firmaron (en 2009) el Tratado ...".
            before = ctx.text[max(s.start, m.start - 80) : m.start]
            for verb in _SIGNED.finditer(before):
                between_text = before[verb.end() :]
                if re.search(r"[.;]|\bque\b", between_text):
                    continue
                pos = m.start - len(before) + verb.start()
                for om, oe in _listed_before(ctx, index, s, pos, parties):
                    if not om.adjective:
                        yield from _rel(ctx, index, ent, P.PARTY, oe, s, name, 0.7)


def _inside_other(om: Mention, host: Mention, index: EntityIndex) -> bool:
    """A country inside a party's name ("Ministerio ... del Perú") is not a party itself."""
    for pm, _ in index.in_sentence(om.sentence, *ORGS):
        if pm is not om and pm.start <= om.start and om.end <= pm.end and host.start <= pm.start:
            return True
    return False


_JOIN = re.compile(r"(?<!\w)" + _alternation(L.JOIN_CUES) + r"\s+" + _ARTICLE, re.I)
_ACCESSION_OF = re.compile(
    r"(?<!\w)(?:adhesión|adesão|incorporación|ingreso|entrada)\s+(?:formal\s+)?(?:de|del|da|do)\s+", re.I
)


_BOTH = re.compile(r"(?<!\w)(?:ambos(?:\s+os)?\s+países|ambas\s+naciones|los\s+dos\s+países|os\s+dois\s+países|"
                   r"ambos|ambas)\s+$", re.I)
# "los gobiernos de Brasil y China firmaron": the countries stand for the subject.
_OF_SUBJECT = re.compile(
    r"\b(?:gobiernos?|governos?|presidentes?|cancilleres|chanceleres|ministros|representantes|delegaciones|"
    r"delegações|autoridades|parlamentos?|pueblos|povos|bancos\s+centrales|bancos\s+centrais)\s+"
    r"(?:de|del|da|do|dos|das)\s+(?:(?:el|la|o|a)\s+)?$",
    re.I,
)
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:con|com|de|del|da|do|al|ao|à|en|em|no|na|para|entre|por|sobre|que)\s+"
                                 + _ARTICLE + r")$", re.I)
_ANAPHORIC_INITIATIVE = re.compile(
    r"(?:(?:la|a)\s+)?(?:iniciativa|franja\s+y\s+la\s+ruta|nueva\s+ruta\s+de\s+la\s+seda)\b", re.I
)


@relation_extractor("joined_es_pt", version="2", languages=LANGUAGES)
def joined_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Countries that joined an initiative or an organization ("Perú se adhirió a la Iniciativa ...")."""
    name = "joined_es_pt"
    for s in _sentences(ctx):
        targets = index.in_sentence(s.index, C.INITIATIVE, C.INTERNATIONAL_ORGANIZATION)
        for cue in _JOIN.finditer(s.text):
            if _negated(s.text[: cue.start()], s.language):
                continue  # "el Brasil no se adhirió a ..."
            pos = s.start + cue.end()
            after = [(m, e) for m, e in targets if pos <= m.start <= pos + 40]
            target: Entity | None = after[0][1] if after else None
            if target is None and _ANAPHORIC_INITIATIVE.match(ctx.text, pos):
                target = _recent(index, s, C.INITIATIVE)  # "... para adherirse a la iniciativa"
            if target is None:
                continue
            pred = P.JOINED if target.cls is C.INITIATIVE else P.MEMBER_OF
            start = s.start + cue.start()
            if _BOTH.search(ctx.text[s.start : start]):
                subjects = _initial_countries(ctx, index, s, start)  # "Perú y Chile ... y ambos países se sumaron"
            else:
                subjects = _listed_before(ctx, index, s, start, (C.COUNTRY,))
            if not subjects:
                subjects = _reported_subjects(ctx, index, s, start)  # "recordó que Colombia se adhirió a ..."
            if not subjects:
                # "Perú, que en 2019 se adhirió a ...": the nearest country before the cue, as a subject.
                near = [
                    (cm, ce) for cm, ce in index.in_sentence(s.index, C.COUNTRY)
                    if cm.end <= start and not cm.adjective and not _inside_org(cm, index)
                    and not re.search(r"[.;]", ctx.text[cm.end : start]) and start - cm.end < 60
                    and not _PREPOSITION_BEFORE.search(ctx.text[max(s.start, cm.start - 12) : cm.start])
                ]
                subjects = near[-1:] or _initial_country(ctx, index, s, start) or _country_anaphor(ctx, index, s)
            for cm, ce in subjects:
                if not cm.adjective:
                    yield from _rel(ctx, index, ce, pred, target, s, name, 0.7)
        # "la Iniciativa de la Franja y la Ruta, a la que Bolivia se adhirió en 2018": the country after "a la que".
        for tm, te in targets:
            which = _TO_WHICH.match(ctx.text, tm.end, s.end)
            if not which:
                continue
            countries = _listed(ctx, index, s, which.end(), (C.COUNTRY,))
            if countries and _JOINED_VERB.match(ctx.text, countries[-1][0].end, s.end):
                pred = P.JOINED if te.cls is C.INITIATIVE else P.MEMBER_OF
                for cm, ce in countries:
                    if not cm.adjective:
                        yield from _rel(ctx, index, ce, pred, te, s, name, 0.7)
        # "la adhesión de Perú a la Iniciativa de la Franja y la Ruta".
        for cue in _ACCESSION_OF.finditer(s.text):
            pos = s.start + cue.end()
            countries = _listed(ctx, index, s, pos, (C.COUNTRY,))
            if not countries:
                continue
            tail = countries[-1][0].end
            after = [(m, e) for m, e in targets if tail < m.start <= tail + 12]
            if after and re.fullmatch(r"\s+(?:a|al|à|ao)\s+" + _ARTICLE, ctx.text[tail : after[0][0].start], re.I):
                target = after[0][1]
                pred = P.JOINED if target.cls is C.INITIATIVE else P.MEMBER_OF
                for _, ce in countries:
                    yield from _rel(ctx, index, ce, pred, target, s, name, 0.7)


_SAID_THAT = re.compile(r"(?<!\w)[a-záéíóúâêôãõç]{3,}(?:ó|ou|eu|iu)\s+que\s+" + _ARTICLE + r"$", re.I)


def _reported_subjects(
    ctx: DocContext, index: EntityIndex, s: Sentence, pos: int
) -> list[tuple[Mention, Entity]]:
    """The countries right before ``pos`` that open a reported clause ("recordó que Colombia y Perú ...")."""
    items = [(m, e) for m, e in _outermost(index, s, (C.COUNTRY,)) if m.end <= pos]
    out: list[tuple[Mention, Entity]] = []
    cursor = pos
    for m, e in reversed(items):
        gap = ctx.text[m.end : cursor]
        if not (re.fullmatch(r"\s*", gap) if not out else re.fullmatch(r"\s*(?:,|y|e)\s*", gap)):
            break
        out.append((m, e))
        cursor = m.start
    if out and _SAID_THAT.search(ctx.text[max(s.start, cursor - 40) : cursor]):
        return [(m, e) for m, e in reversed(out) if not m.adjective]
    return []


_TO_WHICH = re.compile(
    r"\s*(?:\([^()]{1,14}\)\s*)?,\s*(?:a\s+la\s+(?:que|cual)|al\s+(?:que|cual)|à\s+qual|ao\s+qual|a\s+que)\s+"
    + _ARTICLE,
    re.I,
)
# The verb right after the country: a denial ("a la que Brasil no se adhirió") does not match.
_JOINED_VERB = re.compile(
    r"\s+(?:ya\s+|já\s+|también\s+|também\s+)?(?:se\s+)?(?:adhiri[óe]|adhirieron|sum[óo]|sumaron|unió|unieron|"
    r"incorporó|incorporaron|aderiu|aderiram|juntou|ingressou|ingresó)(?!\w)",
    re.I,
)
_COUNTRY_ANAPHOR = re.compile(r"^(?:El|O)\s+(?:país|pais)\b|^(?:La|A)\s+(?:nación|nação)\b")


def _country_anaphor(ctx: DocContext, index: EntityIndex, s: Sentence) -> list[tuple[Mention, Entity]]:
    """"El país se adhirió ...": the country the sentence before opens with."""
    if not _COUNTRY_ANAPHOR.match(s.text) or s.index == 0:
        return []
    prev = ctx.sentences[s.index - 1]
    return _initial_country(ctx, index, prev, prev.end - 1) if prev.language in LANGUAGES else []


def _recent(index: EntityIndex, s: Sentence, cls: EntityClass, back: int = 3) -> Entity | None:
    """The entity of a class named last in this sentence or the few before it."""
    best: tuple[int, Entity] | None = None
    for i in range(max(0, s.index - back), s.index + 1):
        for m, e in index.in_sentence(i, cls):
            if best is None or m.start > best[0]:
                best = (m.start, e)
    return best[1] if best else None


def _initial_countries(
    ctx: DocContext, index: EntityIndex, s: Sentence, pos: int
) -> list[tuple[Mention, Entity]]:
    """The countries coordinated at the start of a sentence ("Perú y Chile cuentan con ...")."""
    first = _initial_country(ctx, index, s, pos, single=False)
    if not first:
        return []
    return _listed(ctx, index, s, first[0][0].start, (C.COUNTRY,), limit=pos)


def _initial_country(
    ctx: DocContext, index: EntityIndex, s: Sentence, pos: int, single: bool = True
) -> list[tuple[Mention, Entity]]:
    """The country a sentence opens with, when no other country comes before ``pos``
    ("Portugal, que integra la CPLP, se adhirió a ...")."""
    countries = [(m, e) for m, e in _outermost(index, s, (C.COUNTRY,)) if m.end <= pos and not m.adjective]
    if not countries or not re.fullmatch(r"\s*(?:(?:El|La|O|A)\s+)?", ctx.text[s.start : countries[0][0].start]):
        return []
    if re.search(r"[.;]", ctx.text[countries[0][0].end : pos]):
        return []
    # Other countries before ``pos`` must be objects ("firmó con China", "rompió con Taiwán").
    others = [
        (m, e) for m, e in countries[1:]
        if e.id != countries[0][1].id and not _PREPOSITION_BEFORE.search(ctx.text[max(s.start, m.start - 16) : m.start])
    ]
    if single and others:
        return []
    return countries[:1]


_MEMBERS = re.compile(r"(?<!\w)" + _alternation(L.MEMBER_CUES) + r"\s*" + _ARTICLE, re.I)
_MEMBER_VERB = re.compile(
    r"(?:\s*,)?\s+" + _alternation(L.MEMBER_VERBS) + r"\s+(?:(?:el|la|los|las|o|a|os|as|del|do|da)\s+)?", re.I
)


@relation_extractor("member_of_es_pt", version="2", languages=LANGUAGES)
def member_of_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """Members of international organizations ("integrada por X, Y y Z", "X es miembro de Y")."""
    name = "member_of_es_pt"
    for s in _sentences(ctx):
        ios = index.in_sentence(s.index, C.INTERNATIONAL_ORGANIZATION)
        # "Argentina y Brasil, socios de Uruguay en el bloque": all of them are members.
        for cue in _PARTNERS_OF.finditer(s.text):
            pos = s.start + cue.end()
            partner = next(((cm, ce) for cm, ce in index.in_sentence(s.index, C.COUNTRY)
                            if cm.start == pos and not cm.adjective), None)
            if partner is None:
                continue
            where = _IN_BLOC.match(ctx.text, partner[0].end, s.end)
            if not where:
                continue
            body = next((e for m, e in ios if m.start == where.end()), None)
            if body is None and where.group("bloc"):
                body = _recent(index, s, C.INTERNATIONAL_ORGANIZATION)
            if body is None:
                continue
            lead = s.start + cue.start()
            comma = re.search(r",\s*(?:sus\s+|seus\s+)?$", ctx.text[s.start : lead])
            members = _listed_before(ctx, index, s, lead - len(comma.group(0)), (C.COUNTRY,)) if comma else []
            for cm, ce in [*members, partner]:
                if not cm.adjective:
                    yield from _rel(ctx, index, ce, P.MEMBER_OF, body, s, name, 0.7)
        if not ios:
            continue
        for cue in _MEMBERS.finditer(s.text):
            pos = s.start + cue.start()
            owner = [(m, e) for m, e in ios if m.end <= pos and pos - m.end < 120]
            if not owner:
                continue
            for cm, ce in _listed(ctx, index, s, s.start + cue.end(), (C.COUNTRY,)):
                if not cm.adjective:
                    yield from _rel(ctx, index, ce, P.MEMBER_OF, owner[-1][1], s, name, 0.8)
        for om, oe in ios:
            # "la Alianza del Pacífico (Chile, Colombia, México y Perú)".
            paren = re.match(r"\s*\(", ctx.text[om.end : om.end + 3])
            if paren:
                close = ctx.text.find(")", om.end)
                members = _listed(ctx, index, s, om.end + paren.end(), (C.COUNTRY,), limit=close)
                if len(members) >= 2 and members[-1][0].end <= close and re.fullmatch(
                    r"\s*", ctx.text[members[-1][0].end : close]
                ):
                    for _, ce in members:
                        yield from _rel(ctx, index, ce, P.MEMBER_OF, oe, s, name, 0.7)
            # "sus socios del Mercosur —Brasil, Paraguay y Uruguay—", "los miembros del grupo: X, Y y Z".
            before_io = ctx.text[max(s.start, om.start - 40) : om.start]
            dash = _MEMBER_LIST_OPEN.match(ctx.text, om.end, s.end)
            if dash and _MEMBERS_OF.search(before_io):
                for cm, ce in _listed(ctx, index, s, dash.end(), (C.COUNTRY,)):
                    if not cm.adjective:
                        yield from _rel(ctx, index, ce, P.MEMBER_OF, oe, s, name, 0.8)
            # "el NDB fue fundado en 2014 por Brasil, Rusia, India, China y Sudáfrica": the founders are members.
            founded = _FOUNDED_BY.match(ctx.text, om.end, s.end)
            if founded:
                for cm, ce in _listed(ctx, index, s, founded.end(), (C.COUNTRY,)):
                    if not cm.adjective:
                        yield from _rel(ctx, index, ce, P.MEMBER_OF, oe, s, name, 0.8)
            # "Chile y Perú son miembros de la Alianza del Pacífico", "Portugal, que integra la CPLP".
            before = ctx.text[max(s.start, om.start - 60) : om.start]
            verb = re.search(
                r"(?:\s*,\s*que)?(?P<with>\s+junto\s+(?:a|con|com)\s+[^,.;]{2,30}?)?" + _MEMBER_VERB.pattern
                + r"(?:(?:grupo|bloque|bloco|foro|fórum)\s+)?$",
                before,
                re.I,
            )
            if verb and not _negated(before[: verb.start() + 1], s.language):
                pos = om.start - len(verb.group(0))
                members = _listed_before(ctx, index, s, pos, (C.COUNTRY, *ORGS))
                if not members:
                    # "Angola participa en el FOCAC y es miembro de la CPLP": the subject the sentence opens with.
                    members = _initial_country(ctx, index, s, pos) or _country_anaphor(ctx, index, s)
                if verb.group("with"):
                    # "Brasil, que junto a China forma parte del grupo BRICS": both are members.
                    a = om.start - len(before) + verb.start("with")
                    members += [(cm, ce) for cm, ce in index.in_sentence(s.index, C.COUNTRY)
                                if a <= cm.start and cm.end <= a + len(verb.group("with"))]
                for cm, ce in members:
                    if not cm.adjective and ce.id != oe.id:
                        yield from _rel(ctx, index, ce, P.MEMBER_OF, oe, s, name, 0.7)


        # "(el banco) admitió a Egipto y Argelia como miembros": the body named last before the cue.
        for cue in _ADMITTED.finditer(s.text):
            pos = s.start + cue.end()
            owner = [(m, e) for m, e in ios if m.end <= s.start + cue.start()]
            members = _listed(ctx, index, s, pos, (C.COUNTRY,))
            if owner and members and _AS_MEMBERS.match(ctx.text, members[-1][0].end, s.end):
                for cm, ce in members:
                    if not cm.adjective:
                        yield from _rel(ctx, index, ce, P.MEMBER_OF, owner[-1][1], s, name, 0.7)


_PARTNERS_OF = re.compile(r"(?<!\w)(?:socios|sócios|socias|sócias)\s+(?:de|del|da|do)\s+" + _ARTICLE, re.I)
_IN_BLOC = re.compile(
    r"\s+(?:en|no|na|dentro\s+del|dentro\s+do)\s+" + _ARTICLE + r"(?:(?P<bloc>bloque|bloco)\b)?", re.I
)
_MEMBERS_OF = re.compile(
    r"(?<!\w)(?:socios|sócios|socias|miembros|membros|integrantes|países)\s+(?:plenos\s+|fundadores\s+)?"
    r"(?:de|del|da|do)\s+(?:(?:la|el|a|o)\s+)?(?:(?:grupo|bloque|bloco)\s+)?$",
    re.I,
)
_MEMBER_LIST_OPEN = re.compile(r"\s*(?:\([^()]{1,14}\)\s*)?(?:[—–:]|\s-|\()\s*" + _ARTICLE)
_FOUNDED_BY = re.compile(
    r"\s*(?:\([^()]{1,14}\)\s*)?,?\s*(?:(?:que\s+)?(?:fue|foi|ha\s+sido)\s+)?(?:fundad[oa]|cread[oa]|criad[oa]|"
    r"establecid[oa]|estabelecid[oa])\s+(?:(?:en|em)\s+(?:[a-zç]+\s+de\s+)?\d{4}\s+)?(?:por|pel[oa]s?)\s+"
    + _ARTICLE,
    re.I,
)
_ADMITTED = re.compile(
    r"(?<!\w)(?:admitió|admitiu|admitieron|admitiram|aceptó|aceitou|incorporó|incorporou)\s+(?:a\s+)?" + _ARTICLE,
    re.I,
)
_AS_MEMBERS = re.compile(r"\s+(?:como|en\s+calidad\s+de)\s+(?:nuevos\s+|novos\s+)?(?:miembros|membros|socios|sócios)\b",
                         re.I)


# --------------------------------------------------------------------------- sides of a signing

_SIDE = re.compile(
    r"(?<!\w)(?i:por|pela|pelo|del|do|da)\s+(?:(?:la|el|a|o)\s+)?(?i:parte|lado)\s+(?P<dem>[a-záéíóúñâêôãõç]+)"
    r"(?=\s*[,:])"
)


@relation_extractor("side_es_pt", version="1", languages=LANGUAGES)
def side_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"Por la parte boliviana, firmó el ministro X; por la parte china, Y": the people named after
    the cue, up to the next side, speak for that country (not when their own title names another)."""
    name = "side_es_pt"
    for s in _sentences(ctx):
        sides = list(_SIDE.finditer(s.text))
        if not sides:
            continue
        countries = index.in_sentence(s.index, C.COUNTRY)
        people = index.in_sentence(s.index, C.PERSON)
        for i, m in enumerate(sides):
            a = s.start + m.start("dem")
            side = next((ce for cm, ce in countries if cm.start == a and cm.adjective), None)
            if side is None:
                continue
            end = s.start + sides[i + 1].start() if i + 1 < len(sides) else s.end
            for pm, pe in people:
                if not (a < pm.start and pm.end <= end):
                    continue
                hit = _hit_for(ctx, pm)
                if hit is not None and hit.title_end > hit.title_start:
                    ta, tb = s.start + hit.title_start, s.start + hit.title_end
                    if any(ta <= cm.start and cm.end <= tb and ce.id != side.id for cm, ce in countries):
                        continue
                    if any(ta <= om.start and om.end <= tb for om, _ in index.in_sentence(s.index, C.COMPANY)):
                        continue  # a firm's officer signs for the firm
                yield from _rel(ctx, index, pe, P.REPRESENTS, side, s, name, 0.7)


_REPRESENTS_VERB = re.compile(
    r"\s+(?:representará|representa|representó|representaba|representou|representava)\s+(?:a\s+|al\s+|o\s+)?"
    r"(?:(?:la|el|a|o)\s+)?",
    re.I,
)


@relation_extractor("represents_verb_es_pt", version="1", languages=LANGUAGES)
def represents_verb_es_pt(ctx: DocContext, index: EntityIndex) -> Iterator[Relation]:
    """"El canciller X representará a México en ...": the verb says whom the person speaks for."""
    name = "represents_verb_es_pt"
    for s in _sentences(ctx):
        countries = {cm.start: ce for cm, ce in index.in_sentence(s.index, C.COUNTRY) if not cm.adjective}
        if not countries:
            continue
        for pm, pe in index.in_sentence(s.index, C.PERSON):
            verb = _REPRESENTS_VERB.match(ctx.text, pm.end, s.end)
            if verb and (country := countries.get(verb.end())) is not None:
                yield from _rel(ctx, index, pe, P.REPRESENTS, country, s, name, 0.8)
