"""Run the registered extractors over one document: mentions -> entities -> relations.

Mentions that overlap are settled here (longest wins; countries named inside a longer name
and parents marked ``nested`` are kept), then mentions of the same thing within the document are
grouped into one :class:`~graph.records.Entity` (same gazetteer key, same name, a person's
shorter name, an acronym and its expansion).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise

from .extractors import lexicon as L
from .extractors.context import DocContext, EntityIndex, unique
from .extractors.lexicon_ar import CLITICS
from .extractors.registry import extractors
from .extractors.text import fold, initials
from .gazetteer import Gazetteer, GazetteerEntry, load_cities, load_gazetteer, normalize
from .records import ORGANIZATION_CLASSES, Document, Entity, EntityClass, Extraction, Mention, Relation
from .traditional_zh import folded_document, printed


def extract(document: Document, gazetteer: Gazetteer | None = None) -> Extraction:
    """Every entity and relation the registered extractors find in one document."""
    seen = folded_document(document)  # traditional Chinese is read as simplified, offsets unchanged
    ctx = DocContext(seen, gazetteer or load_gazetteer())
    languages = {s.language for s in seen.sentences}
    mentions: list[Mention] = []
    for spec in extractors("mentions"):
        if spec.applies_to(seen.language) or _any_sentence_in(languages, spec.languages):
            mentions += spec.func(ctx)
    kept = settle_overlaps(mentions, ctx.gazetteer)
    kept = sorted(with_short_forms(kept, ctx), key=lambda m: (m.start, -m.end))
    entities = group_mentions(kept, ctx.gazetteer, seen.text)
    index = EntityIndex(entities)
    relations: list[Relation] = []
    for spec in extractors("relations"):
        if spec.applies_to(seen.language) or _any_sentence_in(languages, spec.languages):
            relations += spec.func(ctx, index)
    relations = [r for r in unique(relations) if r.subject != r.object]
    relations.sort(key=lambda r: (r.evidence.start, r.subject, r.predicate.value, r.object, r.extractor))
    if seen is not document:
        entities, relations = printed(document, seen, entities, relations)
    return Extraction(document=document, entities=tuple(entities), relations=tuple(relations))


def _any_sentence_in(sentence_languages: set[str], languages: frozenset[str] | None) -> bool:
    return languages is None or not languages.isdisjoint(sentence_languages)


def _attach_key(m: Mention, gaz: Gazetteer) -> Mention:
    """A pattern mention whose name is a gazetteer label gets that entry's key and name."""
    if m.key:
        return m
    names = [m.name]
    if m.cls is EntityClass.COMPANY and (bare := _LEGAL_TAIL.sub("", m.name).strip(" ,.")) != m.name:
        names.append(bare)
    if (plain := _PAREN_ACRONYM.sub("", m.name)) != m.name:
        names.append(" ".join(plain.split()))  # "China-Community of ... States (CELAC) Forum"
    for entry in (e for n in names for e in gaz.lookup(n)):
        if entry.cls is None:
            return m
        compatible = (
            entry.cls == m.cls
            or (entry.cls in ORGANIZATION_CLASSES and m.cls in ORGANIZATION_CLASSES)
            # A forum is both a body with members and the meetings it holds; a body an event's name
            # belongs to ("... del Foro de Cooperación Económica Asia-Pacífico") is the body the gazetteer knows.
            or (m.cls is EntityClass.EVENT and entry.cls is EntityClass.INTERNATIONAL_ORGANIZATION
                and ("forum" in entry.name.lower() or m.nested))
        )
        if compatible:
            aliases = m.aliases
            if m.nested:
                # "State Council of China (DRC)" inside "Development Research Center of the State Council of
                # China (DRC)": a short form the entry does not know is the longer name's
                known = {normalize(label.text, fold=False) for label in entry.labels}
                aliases = tuple(a for a in aliases if not a.isupper() or normalize(a, fold=False) in known)
            aliases = tuple(dict.fromkeys((*aliases, m.name))) if m.name != entry.name else aliases
            return m.model_copy(
                update={"key": entry.key, "cls": entry.cls, "name": entry.name, "aliases": aliases}
            )
    return m


def _short_forms(kept: list[Mention], ctx: DocContext) -> tuple[dict[str, Mention], set[str]]:
    """The short forms a document defines in brackets after a name, and those of them the gazetteer knows
    as something else ("Development Research Center of the State Council (DRC)", not DR Congo)."""
    forms: dict[str, Mention] = {}
    redefined: set[str] = set()
    for m in kept:
        if m.cls in (EntityClass.PERSON, EntityClass.COUNTRY):
            continue
        for alias in m.aliases:
            if not (2 <= len(alias) <= 12 and alias.isupper() and alias.isalpha()):
                continue
            known = ctx.gazetteer.lookup(alias)
            if not known and not m.key:
                forms.setdefault(alias, m)
            elif (known and all(e.key != m.key for e in known) and _bracketed_after(ctx.text, m.end, alias)
                  and not any(_names_entry(m.name, e) for e in known)):
                forms.setdefault(alias, m)
                redefined.add(alias)
    for word, m in _company_words(kept, ctx).items():
        forms.setdefault(word, m)
    return forms, redefined


def _company_words(kept: list[Mention], ctx: DocContext) -> dict[str, Mention]:
    """"Ganfeng" for "Jiangxi Ganfeng Lithium Co., Ltd.", "Tianqi" for "Tianqi Lithium Corp.": the word a text
    later calls a firm by ("Ganfeng's vice president") — its own word, no place, no common word."""
    owners: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Mention] = {}
    for m in kept:
        if m.cls is not EntityClass.COMPANY or m.nested:
            continue
        for word in re.findall(r"[A-Za-z][\w\-]*", m.name):
            if ctx.gazetteer.lookup(word) or normalize(word) in load_cities():
                continue  # "Jiangxi", "China": a place before the firm's own word
            owners[word].add(m.key or fold(m.name))
            first.setdefault(word, m)
            break
    text_lower = ctx.text.lower()
    out = {}
    for word, names in owners.items():
        low = word.lower()
        if (
            len(names) == 1 and len(word) >= 4 and word[0].isupper() and not word.isupper()
            and word not in L.STOP_CAPS and low not in L.HEADS_EN and low not in L.PORTFOLIO_WORDS
            and low not in L.GENERIC_MODIFIERS and low not in L.TITLES_EN and low not in L.LEGAL_SUFFIXES
            and not re.search(rf"(?<![\w\-]){re.escape(low)}(?![\w\-])", ctx.text.replace(word, ""))
            and low in text_lower
        ):
            out[word] = first[word]
    return out


def _names_entry(name: str, entry: GazetteerEntry) -> bool:
    """Whether a name holds one of the entry's names ("China-Community of Latin American and Caribbean States"
    holds CELAC's): then its short form is the entry's, not a new one."""
    folded = f" {fold(name)} "
    return any(f" {fold(label.text)} " in folded for label in entry.labels if label.kind == "name" and label.text)


def _bracketed_after(text: str, end: int, alias: str) -> bool:
    return re.match(rf"\s*\(\s*{re.escape(alias)}\s*\)", text[end : end + len(alias) + 8]) is not None


def with_short_forms(kept: list[Mention], ctx: DocContext) -> list[Mention]:
    """A short form a document defines in brackets ("Rioplatense Institute for Asian Studies (IREA)") is
    that name wherever else the document prints it ("IREA director ..."), when no mention covers it; the
    gazetteer's readings of a short form the document defines otherwise are dropped."""
    forms, redefined = _short_forms(kept, ctx)
    kept = [m for m in kept if not (m.key and m.text in redefined)]
    if not forms:
        return kept
    covered = sorted((m.start, m.end) for m in kept)
    starts = [a for a, _ in covered]
    out: list[Mention] = []
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    rx = re.compile(r"(?<![\w\-])(" + alternatives + r")(?![\w\-])")
    for hit in rx.finditer(ctx.text):
        a, b = hit.span()
        if ctx.text[a - 1 : a] == "(" and ctx.text[b : b + 1] == ")":
            continue  # the definition itself: an alias of the name before it
        i = bisect.bisect_right(starts, a)
        if any(x < b and a < y for x, y in covered[max(0, i - 8) : i + 1]):
            continue
        src = forms[hit.group(1)]
        sentence = ctx.sentence_at(a)
        out.append(
            ctx.mention(sentence, a - sentence.start, b - sentence.start, src.cls, src.name, "short_forms",
                        min(src.confidence, 0.7), aliases=(hit.group(1),))
        )
    return kept + out


def settle_overlaps(mentions: Iterable[Mention], gaz: Gazetteer) -> list[Mention]:
    """Keep the longest of overlapping mentions; countries and nested parents stay."""
    by_span: dict[tuple[int, int, str], Mention] = {}
    for m in mentions:
        m = _attach_key(m, gaz)
        span = (m.start, m.end, fold(m.name) if m.nested else "")
        old = by_span.get(span)
        if old is None or _better(m, old):
            if old is not None and old.nested and not m.nested:
                m = m.model_copy(update={"nested": False})
            by_span[span] = m
        elif not m.nested and old.nested:
            by_span[span] = old.model_copy(update={"nested": False})
    keyed_chars = {i for m in by_span.values() if m.key for i in range(m.start, m.end)}
    ordered = sorted(
        (
            m
            for m in by_span.values()
            # "Hong Kong" is a place even though it looks like a Chinese name.
            if m.cls is not EntityClass.PERSON
            or not (keyed_chars.intersection(range(m.start, m.end)) or gaz.lookup(m.name))
        ),
        key=lambda m: (m.start, -(m.end - m.start), -m.confidence),
    )
    kept: list[Mention] = []
    top: list[Mention] = []
    reach = -1  # mentions are sorted by start: one that starts before the last kept end overlaps it
    for m in ordered:
        if m.cls is EntityClass.COUNTRY or m.nested:
            continue
        if m.start < reach:
            continue
        top.append(m)
        reach = m.end
    top_ids = {id(t) for t in top}
    person_chars = {i for t in top if t.cls is EntityClass.PERSON for i in range(t.start, t.end)}
    for m in ordered:
        if id(m) in top_ids:
            kept.append(m)
        elif m.cls is EntityClass.COUNTRY or m.nested:
            # A country inside a person's name is no country; inside an organization's it is. Parents
            # inside names, bodies inside names and agreements read off a list stay too.
            if m.start not in person_chars:
                kept.append(m)
    return kept


def _better(a: Mention, b: Mention) -> bool:
    """Same span: a gazetteer key beats a pattern; then confidence."""
    return (a.key is not None, a.confidence) > (b.key is not None, b.confidence)


def _family(cls: EntityClass) -> str:
    return "org" if cls in ORGANIZATION_CLASSES else cls.value


def group_mentions(mentions: list[Mention], gaz: Gazetteer, text: str | None = None) -> list[Entity]:
    """Mentions of the same thing within one document become one entity."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    index: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        keys = [("key", m.key)] if m.key else []
        fam = _family(m.cls)
        # A visit's printed forms ("state visit to China") may fit another visitor's: its name decides.
        by_alias = m.cls is not EntityClass.PERSON and m.extractor != "visits"
        keys += [(fam, fold(m.name))] + [(fam, fold(a)) for a in m.aliases if by_alias]
        for k in keys:
            if k[1] in ("", None):
                continue
            kk = (k[0], k[1] or "")
            if kk in index:
                union(i, index[kk])
            else:
                index[kk] = i
    for i, m in enumerate(mentions):
        for k in _extra_keys(m, gaz):
            if k in index:
                union(i, index[k])
            else:
                index[k] = i
    _group_bare_names(mentions, union, gaz)
    _group_people(mentions, union, find)
    _group_acronyms(mentions, union)
    _group_short_references(mentions, union, find)
    if text is not None:
        _group_title_events(mentions, union, text)

    groups: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[find(i)].append(m)
    entities = []
    for n, (_, ms) in enumerate(sorted(groups.items(), key=lambda kv: min(m.start for m in kv[1]))):
        entities.append(_entity(f"e{n + 1}", ms, gaz))
    return entities


_OWN_HEADS = frozenset(
    {"group", "company", "corporation", "bank", "holdings", "holding", "participações", "participaciones", "fund",
     "limited", "inc"}
)
_PAREN_ACRONYM = re.compile(r"\s*\((?:[A-Z]{2,8}|the [^()]+)\)")
_YEARS_TAIL = re.compile(r"\s*\(\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*\)\s*$")
_ORDINAL_PREFIX = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    # Spanish and Portuguese: "IV Foro", "4.º Encuentro", "Cuarta Reunión", "Terceiro Fórum"
    r"|(?-i:[IVXL]{1,6})|\d+\s*(?:\.?\s*[ºª°]|er|era)"
    r"|primer[oa]?|primeir[oa]|segund[oa]|tercer[oa]?|terceir[oa]|cuart[oa]|quart[oa]|quint[oa]|sext[oa]"
    r"|s[ée]ptim[oa]|s[ée]tim[oa]|octav[oa]|oitav[oa]|noven[oa]|n[oó]n[oa]|d[ée]cim[oa])\s+",
    re.I,
)
_LEADING_OF = re.compile(r"^(?:,|of|de|del|da|do)\s+(?:(?:the|la|el|a|o)\s+)?")
_LEGAL_TAIL = re.compile(r"\b(?:co|ltd|limited|inc|corp|corporation|s\.?a|llc|plc|ltda)\b\.?", re.I)


def _extra_keys(m: Mention, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Keys that tie variants of one name together within a document."""
    keys: list[tuple[str, str]] = []
    fam = _family(m.cls)
    if m.cls is EntityClass.EVENT:
        bare = _ORDINAL_PREFIX.sub("", m.name)
        if bare != m.name:
            keys.append((fam, fold(bare)))
    if (undated := _YEARS_TAIL.sub("", m.name)) != m.name and len(undated.split()) >= 3:
        keys.append((fam, fold(undated)))  # "Joint Action Plan ... (2019-2021)" and without the years
    if m.cls in ORGANIZATION_CLASSES and not m.key:
        # "Huawei Power Digital Corps": a business unit named after its company, no legal form of its own
        # ("PowerChina International Group" is a company of its own: it has a head noun of its own).
        if m.cls is EntityClass.COMPANY and not _LEGAL_TAIL.search(m.name) and "(" not in m.name:
            words = m.name.split()
            for n in range(len(words) - 1, 0, -1):
                hits = [e for e in gaz.lookup(" ".join(words[:n])) if e.cls is EntityClass.COMPANY]
                if hits:
                    rest = {w.lower() for w in words[n:]}
                    if not rest & _OWN_HEADS:
                        keys.append(("key", hits[0].key))
                    break
    return keys


def _owner_country(name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """("ministry of commerce", "country:CN") for "Ministry of Commerce of China" or "..., China"."""
    for cut in (*(name.rfind(f" {w} ") for w in ("of", "de", "del", "da", "do")), name.rfind(",")):
        if cut <= 0:
            continue
        countries = [e for e in gaz.lookup(_LEADING_OF.sub("", name[cut:].strip())) if e.cls is EntityClass.COUNTRY]
        if countries:
            return fold(name[:cut]), countries[0].key
    return None


def _group_bare_names(mentions: list[Mention], union, gaz: Gazetteer) -> None:
    """"Ministry of Commerce of China" and "Ministry of Commerce" (the country left implicit) are one body,
    unless the document names that body for two countries: then the bare name stays apart, and the
    two countries' bodies never merge."""
    owners: dict[str, dict[str, int]] = defaultdict(dict)
    for i, m in enumerate(mentions):
        if m.cls not in ORGANIZATION_CLASSES:
            continue
        for name in {m.name, m.text}:
            found = _owner_country(name, gaz)
            if found is not None:
                bare, country = found
                if country in owners[bare]:
                    union(i, owners[bare][country])
                else:
                    owners[bare][country] = i
    for i, m in enumerate(mentions):
        if m.cls not in ORGANIZATION_CLASSES:
            continue
        for name in {m.name, m.text}:
            by_country = owners.get(fold(name))
            if by_country and len(by_country) == 1:
                union(i, next(iter(by_country.values())))


def _group_title_events(mentions: list[Mention], union, text: str) -> None:
    """A title "9th X Forum: Dialogue on Y" names one event twice."""
    title = sorted(
        ((i, m) for i, m in enumerate(mentions) if m.sentence == 0 and m.cls is EntityClass.EVENT and not m.nested),
        key=lambda im: im[1].start,
    )
    for (i, a), (j, b) in pairwise(title):
        if re.fullmatch(r"\s*[:：]\s*", text[a.end : b.start]):
            union(i, j)


def _group_people(mentions: list[Mention], union, find) -> None:
    people = [(i, m) for i, m in enumerate(mentions) if m.cls is EntityClass.PERSON]
    full = [(i, set(fold(m.name).split())) for i, m in people if len(m.name.split()) >= 2]
    for i, m in people:
        words = set(fold(m.name).split())
        if len(words) >= 2:
            for j, other in full:
                if j != i and (words <= other or other <= words) and min(len(words), len(other)) >= 2:
                    union(i, j)
        elif words:
            hits = {find(j) for j, other in full if words <= other}
            if len(hits) == 1:
                union(i, hits.pop())


def _group_short_references(mentions: list[Mention], union, find) -> None:
    """"the Training Base" after "MOFCOM Training Base for International Business Officials": when one
    longer organization name of the document contains a short one, the short one refers to it."""
    orgs = [(i, m) for i, m in enumerate(mentions) if m.cls in ORGANIZATION_CLASSES and not m.nested]
    names = {i: f" {fold(m.name)} " for i, m in orgs}
    for i, m in orgs:
        short = fold(m.name)
        if m.key or not 2 <= len(short.split()) <= 4:
            continue
        hosts = {find(j) for j, other in orgs if j != i and f" {short} " in names[j] and names[j] != f" {short} "}
        if len(hosts) == 1:
            union(i, hosts.pop())


def _group_acronyms(mentions: list[Mention], union) -> None:
    acr = [(i, m) for i, m in enumerate(mentions) if m.text.isupper() and 2 <= len(m.text) <= 8 and not m.key]
    if not acr:
        return
    for i, m in acr:
        for j, other in enumerate(mentions):
            if j != i and other.cls in ORGANIZATION_CLASSES and m.cls in ORGANIZATION_CLASSES:
                if len(other.name.split()) >= 2 and initials(other.name) == m.text:
                    union(i, j)



def _glued_clitic(printed: str, name: str) -> bool:
    """An Arabic name printed with a conjunction or preposition glued to it ("ومعرض ..." for
    "معرض ..."): the printed form is not another name."""
    return printed.endswith(name) and printed[: len(printed) - len(name)] in CLITICS


def _entity(eid: str, ms: list[Mention], gaz: Gazetteer) -> Entity:
    keyed = [m for m in ms if m.key]
    cls_votes: dict[EntityClass, float] = defaultdict(float)
    for m in ms:
        cls_votes[m.cls] += m.confidence + (1 if m.key else 0)
    cls = max(sorted(cls_votes), key=lambda c: cls_votes[c])
    if keyed:
        key = sorted({m.key for m in keyed if m.key})[0]
        entry = gaz.get(key)
        name = entry.name if entry else keyed[0].name
        cls = entry.cls if entry and entry.cls else cls
    else:
        key = None
        best = max(ms, key=lambda m: (m.confidence, not m.adjective, len(m.name), m.name))
        name = best.name
    names: list[str] = []
    for m in sorted(ms, key=lambda m: m.start):
        printed = m.text.strip()
        # The printed form is another name only when it holds the whole name ("the Ministry of ..."),
        # is a gazetteer label, or is a person's shorter form; a generic part ("Free Trade Agreement") is not.
        same = (
            m.key
            or fold(m.name) in fold(printed)
            or (m.cls is EntityClass.PERSON and fold(printed) in fold(m.name))
        ) and not _glued_clitic(printed, m.name)
        for n in (m.name, *m.aliases, *((printed,) if same else ())):
            n = n.strip()
            if n and n != name and n not in names and fold(n) and len(n) <= 300:
                names.append(n)
    role = next((m.role for m in sorted(ms, key=lambda m: (-m.confidence, m.start)) if m.role), None)
    iso = next((m.iso_code for m in ms if m.iso_code), None)
    date = next((m.date for m in ms if m.date), None)
    amount = next((m.amount_usd for m in ms if m.amount_usd is not None), None)
    sector = next((m.sector for m in ms if m.sector), None)
    language = next((m.language for m in ms if m.name == name), ms[0].language)
    if key and (entry := gaz.get(key)) is not None:
        language = "en"
    return Entity(
        id=eid,
        cls=cls,
        name=name,
        language=language,
        key=key,
        aliases=tuple(names),
        role=role,
        date=date,
        amount_usd=amount,
        sector=sector,
        iso_code=iso,
        mentions=tuple(sorted(ms, key=lambda m: m.start)),
    )
