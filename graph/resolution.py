"""Entity resolution: the entities of every document become one node per real thing.

Blocking keeps it near-linear: candidate pairs only meet when they share a gazetteer key, a
folded name, or (people) a surname block. Rules per class decide:

* countries: the ISO code is the identity;
* gazetteer entries: the key is the identity;
* organizations and other named things: same folded name (legal suffixes and "of <home
  country>" stripped for comparison only);
* people: name parts agree (all words of the shorter name in the longer, two words at least)
  and the context does not contradict (no two different affiliations or countries).

The identity key of a cluster is a pure function of its members, so the IRI does not depend
on the order documents arrive in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .extractors.text import fold
from .gazetteer import Gazetteer, load_gazetteer
from .records import ORGANIZATION_CLASSES, Entity, EntityClass, Extraction, Predicate

_LEGAL = re.compile(
    r"\b(co|ltd|limited|inc|corp|corporation|company|llc|plc|s a|sa|ltda|group co|holdings)\b", re.I
)


@dataclass
class ResolvedEntity:
    """One node of the graph."""

    identity: str
    cls: EntityClass
    name: str
    name_language: str
    key: str | None = None
    iso_code: str | None = None
    wikidata: str | None = None
    labels: set[tuple[str, str]] = field(default_factory=set)  # (text, language)
    role: str | None = None
    date: str | None = None
    amount_usd: float | None = None
    sector: str | None = None
    documents: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ResolvedRelation:
    subject: str  # identity
    predicate: Predicate
    object: str
    document: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float


@dataclass
class Resolution:
    entities: dict[str, ResolvedEntity]
    relations: list[ResolvedRelation]
    local: dict[tuple[str, str], str]  # (document id, local entity id) -> identity


def _family(cls: EntityClass) -> str:
    return "org" if cls in ORGANIZATION_CLASSES else cls.value


def comparable_name(name: str) -> str:
    """A name for comparison only: folded, legal forms dropped."""
    return " ".join(_LEGAL.sub(" ", fold(name)).split()) or fold(name)


def _person_words(name: str) -> frozenset[str]:
    return frozenset(fold(name).split())


def resolve(extractions: Iterable[Extraction], gazetteer: Gazetteer | None = None) -> Resolution:
    """Merge the documents' entities into graph nodes and map their relations onto them."""
    gaz = gazetteer or load_gazetteer()
    items: list[tuple[str, Entity]] = []
    exs = sorted(extractions, key=lambda x: x.document.id)
    for ex in exs:
        items += [(ex.document.id, e) for e in ex.entities]

    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, e) in enumerate(items):
        if e.key:
            blocks[("key", e.key)].append(i)
            continue
        fam = _family(e.cls)
        if e.cls is EntityClass.PERSON:
            continue
        for n in {e.name, *e.aliases}:
            c = comparable_name(n)
            if len(c) >= 3:
                blocks[(fam, c)].append(i)
    for members in blocks.values():
        for j in members[1:]:
            union(members[0], j)
    _merge_people(items, union, find)

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[find(i)].append(i)

    entities: dict[str, ResolvedEntity] = {}
    local: dict[tuple[str, str], str] = {}
    for members in clusters.values():
        ents = [items[i] for i in members]
        node = _node(ents, gaz)
        if node.identity in entities:
            _absorb(entities[node.identity], node)
        else:
            entities[node.identity] = node
        for doc, e in ents:
            local[(doc, e.id)] = node.identity

    relations = []
    for ex in exs:
        for r in ex.relations:
            s, o = local.get((ex.document.id, r.subject)), local.get((ex.document.id, r.object))
            if s is None or o is None or s == o:
                continue
            relations.append(
                ResolvedRelation(
                    s, r.predicate, o, ex.document.id, r.evidence.sentence, r.evidence.start, r.evidence.end,
                    r.extractor, r.confidence,
                )
            )
    return Resolution(entities, relations, local)


def _merge_people(items: list[tuple[str, Entity]], union, find) -> None:
    by_word: dict[str, list[int]] = defaultdict(list)
    people = [(i, e) for i, (_, e) in enumerate(items) if e.cls is EntityClass.PERSON]
    for i, e in people:
        for w in _person_words(e.name):
            by_word[w].append(i)
    for i, e in people:
        wi = _person_words(e.name)
        if len(wi) < 2:
            continue
        rare = min(wi, key=lambda w: len(by_word[w]))
        for j in by_word[rare]:
            if j <= i:
                continue
            wj = _person_words(items[j][1].name)
            if len(wj) >= 2 and (wi <= wj or wj <= wi) and _roles_agree(e, items[j][1]):
                union(i, j)


def _roles_agree(a: Entity, b: Entity) -> bool:
    """Two people with the same name but clearly different posts are kept apart."""
    if not a.role or not b.role:
        return True
    ra, rb = set(fold(a.role).split()), set(fold(b.role).split())
    return bool(ra & rb)


def _identity(cls: EntityClass, key: str | None, names: list[str]) -> str:
    if key:
        return key
    best = sorted(names, key=lambda n: (-len(comparable_name(n).split()), comparable_name(n)))[0]
    return f"{_family(cls) if cls is not EntityClass.PERSON else 'person'}:{comparable_name(best)}"


def _node(ents: list[tuple[str, Entity]], gaz: Gazetteer) -> ResolvedEntity:
    key = min((e.key for _, e in ents if e.key), default=None)
    entry = gaz.get(key) if key else None
    votes: dict[EntityClass, int] = defaultdict(int)
    for _, e in ents:
        votes[e.cls] += 1
    cls = entry.cls if entry and entry.cls else max(sorted(votes), key=lambda c: votes[c])
    names = [e.name for _, e in ents]
    if entry:
        name, lang = entry.name, "en"
    else:
        best = sorted(
            (e for _, e in ents),
            key=lambda e: (-len(e.name.split()) if cls is EntityClass.PERSON else 0, -names.count(e.name), e.name),
        )[0]
        name, lang = best.name, best.language
    node = ResolvedEntity(
        identity=_identity(cls, key, names),
        cls=cls,
        name=name,
        name_language=lang,
        key=key,
        iso_code=entry.iso_code if entry else None,
        wikidata=entry.wikidata if entry else None,
    )
    for doc, e in ents:
        node.documents.add(doc)
        for n in (e.name, *e.aliases):
            node.labels.add((n, _label_language(n, e.language)))
        node.role = node.role or e.role
        node.date = node.date or e.date
        node.amount_usd = node.amount_usd if node.amount_usd is not None else e.amount_usd
        node.sector = node.sector or e.sector
        node.iso_code = node.iso_code or e.iso_code
    return node


def _label_language(text: str, fallback: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in text):
        return "ar"
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return "zh"
    return fallback if fallback not in ("ar", "zh", "und") else "en"


def _absorb(into: ResolvedEntity, other: ResolvedEntity) -> None:
    into.labels |= other.labels
    into.documents |= other.documents
    into.role = into.role or other.role
    into.date = into.date or other.date
