"""The one module that turns records into RDF.

Layout (see README, "Provenance"):

* the default graph holds the entities (types, labels, attributes, ``owl:sameAs``,
  ``clkg:mentionedIn``), the relation triples, one ``clkg:Fact`` per relation triple with its
  ``clkg:supportCount``, and the ``clkg:Extraction`` activities;
* each document has a named graph (named by the document's IRI) holding its ``clkg:Document``
  description and its ``clkg:Assertion`` records: sentence, offsets, extractor, confidence and
  extraction time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from . import ids
from .extractors.registry import REGISTRY
from .gazetteer import Gazetteer, load_gazetteer
from .records import ORGANIZATION_CLASSES, Document, EntityClass, Predicate
from .resolution import Resolution, ResolvedEntity
from .schema_files import sector_concepts
from .vocab import CLKG

WD = Namespace("http://www.wikidata.org/entity/")
Quad = tuple[URIRef | None, URIRef, URIRef, URIRef | Literal]

C = EntityClass
_ANY_ORG = frozenset(ORGANIZATION_CLASSES)
# Domain and range of each relation (the public vocabulary); facts that do not fit are dropped.
SIGNATURES: dict[Predicate, tuple[frozenset[EntityClass], frozenset[EntityClass]]] = {
    Predicate.AFFILIATED_WITH: (frozenset({C.PERSON}), _ANY_ORG),
    Predicate.REPRESENTS: (frozenset({C.PERSON}), frozenset({C.COUNTRY})),
    Predicate.BASED_IN: (_ANY_ORG, frozenset({C.COUNTRY})),
    Predicate.OPERATES_IN: (frozenset({C.COMPANY}), frozenset({C.COUNTRY})),
    Predicate.MEMBER_OF: (_ANY_ORG | {C.COUNTRY}, frozenset({C.INTERNATIONAL_ORGANIZATION})),
    Predicate.PARTICIPATED_IN: (_ANY_ORG | {C.PERSON, C.COUNTRY}, frozenset({C.EVENT})),
    Predicate.ORGANIZED_BY: (frozenset({C.EVENT}), _ANY_ORG | {C.COUNTRY}),
    Predicate.LOCATED_IN: (frozenset({C.EVENT, C.PROJECT}), frozenset({C.COUNTRY})),
    Predicate.PARTY: (frozenset({C.AGREEMENT}), _ANY_ORG | {C.COUNTRY}),
    Predicate.IMPLEMENTED_BY: (frozenset({C.PROJECT}), _ANY_ORG),
    Predicate.JOINED: (frozenset({C.COUNTRY}), frozenset({C.INITIATIVE})),
    Predicate.PART_OF: (_ANY_ORG, _ANY_ORG),
}


def fits(predicate: Predicate, subject: EntityClass, obj: EntityClass) -> bool:
    dom, rng = SIGNATURES[predicate]
    return subject in dom and obj in rng


def entity_iri(e: ResolvedEntity) -> URIRef:
    if e.cls is EntityClass.COUNTRY and e.iso_code:
        return ids.country_iri(e.iso_code)
    if e.key:
        return ids.gazetteer_iri(e.cls, e.key)
    return ids.entity_iri(e.cls, e.identity, e.name)


def date_literal(value: str) -> Literal:
    dt = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=dt)


# Quads are made as pyoxigraph terms (about ten times cheaper than rdflib's). Typed literals whose
# lexical form rdflib normalizes (dates, decimals, date-times) still go through rdflib, once per
# distinct value, so the output is exactly what rdflib terms gave.
_NODES: dict[str, ox.NamedNode] = {}


def _node(iri: str) -> ox.NamedNode:
    """A named node; vocabulary terms and entity IRIs repeat, so they are cached."""
    node = _NODES.get(iri)
    if node is None:
        if len(_NODES) > 200_000:
            _NODES.clear()
        node = _NODES[iri] = ox.NamedNode(iri)
    return node


def _ox_literal(lit: Literal) -> ox.Literal:
    if lit.language:
        return ox.Literal(str(lit), language=lit.language)
    if lit.datatype:
        return ox.Literal(str(lit), datatype=ox.NamedNode(str(lit.datatype)))
    return ox.Literal(str(lit))


@lru_cache(maxsize=65536)
def _date(value: str) -> ox.Literal:
    return _ox_literal(date_literal(value))


@lru_cache(maxsize=65536)
def _decimal(text: str, normalize: bool = False) -> ox.Literal:
    """An ``xsd:decimal``; keyed by text, since Decimal("0.90") == Decimal("0.9") would share a slot."""
    value = Decimal(text).normalize() if normalize else Decimal(text)
    return _ox_literal(Literal(value, datatype=XSD.decimal))


@lru_cache(maxsize=65536)
def _typed(value: str, datatype: str) -> ox.Literal:
    return _ox_literal(Literal(value, datatype=URIRef(datatype)))


_XSD_INTEGER = ox.NamedNode(str(XSD.integer))


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_XSD_INTEGER)


# Looking a term up in a DefinedNamespace is slow (it checks the name): the hot loops use these.
_PREDICATES: dict[Predicate, URIRef] = {p: CLKG[p.value] for p in Predicate}
_CLASSES: dict[EntityClass, URIRef] = {c: CLKG[c.value] for c in EntityClass}


class _T:
    """The vocabulary terms the loops write, made once (a DefinedNamespace attribute builds a URIRef)."""

    Assertion = ox.NamedNode(str(CLKG.Assertion))
    Document = ox.NamedNode(str(CLKG.Document))
    Extraction = ox.NamedNode(str(CLKG.Extraction))
    Fact = ox.NamedNode(str(CLKG.Fact))
    amountUSD = ox.NamedNode(str(CLKG.amountUSD))
    confidence = ox.NamedNode(str(CLKG.confidence))
    contextSentence = ox.NamedNode(str(CLKG.contextSentence))
    contextStartOffset = ox.NamedNode(str(CLKG.contextStartOffset))
    contextEndOffset = ox.NamedNode(str(CLKG.contextEndOffset))
    date = ox.NamedNode(str(CLKG.date))
    endOffset = ox.NamedNode(str(CLKG.endOffset))
    extractorName = ox.NamedNode(str(CLKG.extractorName))
    extractorVersion = ox.NamedNode(str(CLKG.extractorVersion))
    fact = ox.NamedNode(str(CLKG.fact))
    isoCode = ox.NamedNode(str(CLKG.isoCode))
    mentionedIn = ox.NamedNode(str(CLKG.mentionedIn))
    role = ox.NamedNode(str(CLKG.role))
    sector = ox.NamedNode(str(CLKG.sector))
    sentence = ox.NamedNode(str(CLKG.sentence))
    startOffset = ox.NamedNode(str(CLKG.startOffset))
    supportCount = ox.NamedNode(str(CLKG.supportCount))
    issued = ox.NamedNode(str(DCTERMS.issued))
    language = ox.NamedNode(str(DCTERMS.language))
    source = ox.NamedNode(str(DCTERMS.source))
    title = ox.NamedNode(str(DCTERMS.title))
    sameAs = ox.NamedNode(str(OWL.sameAs))
    wasDerivedFrom = ox.NamedNode(str(PROV.wasDerivedFrom))
    wasGeneratedBy = ox.NamedNode(str(PROV.wasGeneratedBy))
    object = ox.NamedNode(str(RDF.object))
    predicate = ox.NamedNode(str(RDF.predicate))
    subject = ox.NamedNode(str(RDF.subject))
    type = ox.NamedNode(str(RDF.type))
    label = ox.NamedNode(str(RDFS.label))
    altLabel = ox.NamedNode(str(SKOS.altLabel))


def _lang(tag: str) -> str:
    return tag if tag and tag != "und" else "en"


def _entity_quads(
    e: ResolvedEntity, iri: ox.NamedNode, gaz: Gazetteer, sectors: Mapping[str, str]
) -> Iterator[ox.Quad]:
    Q, L = ox.Quad, ox.Literal
    yield Q(iri, _T.type, _node(_CLASSES[e.cls]))
    preferred: dict[str, str] = {_lang(e.name_language): e.name}
    entry = gaz.get(e.key) if e.key else None
    if entry:
        for label in entry.labels:
            if label.kind == "name" and label.lang not in ("und",) and label.lang not in preferred:
                preferred[label.lang] = label.text
    label_p, alt_p = _T.label, _T.altLabel
    for lang, text in preferred.items():
        yield Q(iri, label_p, L(text, language=lang))
    taken = {(t, lang) for lang, t in preferred.items()}
    for text, lang in sorted(e.labels):
        if (text, _lang(lang)) not in taken and text not in preferred.values():
            yield Q(iri, alt_p, L(text, language=_lang(lang)))
    if e.cls is EntityClass.COUNTRY and e.iso_code:
        yield Q(iri, _T.isoCode, L(e.iso_code))
    if e.wikidata:
        yield Q(iri, _T.sameAs, _node(WD[e.wikidata]))
    if e.cls is EntityClass.PERSON and e.role:
        yield Q(iri, _T.role, L(e.role))
    if e.cls in (C.EVENT, C.AGREEMENT, C.PROJECT):
        if e.date:
            yield Q(iri, _T.date, _date(e.date))
        if e.sector and e.sector in sectors:
            yield Q(iri, _T.sector, _node(URIRef(sectors[e.sector])))
    if e.cls in (C.AGREEMENT, C.PROJECT) and e.amount_usd is not None:
        yield Q(iri, _T.amountUSD, _decimal(str(e.amount_usd), normalize=True))
    mentioned = _T.mentionedIn
    for doc in sorted(e.documents):
        yield Q(iri, mentioned, _node(ids.document_iri(doc)))


def document_quads(doc: Document) -> Iterator[ox.Quad]:
    iri = _node(ids.document_iri(doc.id))
    Q, L = ox.Quad, ox.Literal
    yield Q(iri, _T.type, _T.Document, iri)
    yield Q(iri, _T.label, L(doc.name), iri)
    if doc.title:
        yield Q(iri, _T.title, L(doc.title, language=_lang(doc.language)), iri)
    if doc.date:
        yield Q(iri, _T.issued, _date(doc.date), iri)
    yield Q(iri, _T.language, _typed(doc.language, str(XSD.language)), iri)
    yield Q(iri, _T.source, L(doc.path), iri)
    yield Q(iri, _node(CLKG.sha256), L(doc.sha256), iri)


def quads(
    resolution: Resolution,
    documents: Mapping[str, Document],
    extracted_at: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[ox.Quad]:
    """Every quad of the graph, as pyoxigraph quads (entities and facts in the default graph)."""
    gaz = gazetteer or load_gazetteer()
    sectors = sector_concepts()
    Q, L = ox.Quad, ox.Literal
    iris = {identity: _node(entity_iri(e)) for identity, e in resolution.entities.items()}
    for identity, e in resolution.entities.items():
        yield from _entity_quads(e, iris[identity], gaz, sectors)
    for document in documents.values():
        yield from document_quads(document)

    support: dict[tuple[str, Predicate, str], set[str]] = defaultdict(set)
    used_extractors: set[str] = set()
    rdf_type, assertion_cls, fact_p = _T.type, _T.Assertion, _T.fact
    derived, generated_by, generated_at = _T.wasDerivedFrom, _T.wasGeneratedBy, _node(
        PROV.generatedAtTime
    )
    sentence_p, start_p, end_p = _T.sentence, _T.startOffset, _T.endOffset
    confidence_p = _T.confidence
    xsd_datetime = str(XSD.dateTime)
    fact_nodes: dict[tuple[str, Predicate, str], ox.NamedNode] = {}
    doc_nodes: dict[str, ox.NamedNode] = {}
    for r in resolution.relations:
        s, o = resolution.entities[r.subject], resolution.entities[r.object]
        if not fits(r.predicate, s.cls, o.cls):
            continue
        support[(r.subject, r.predicate, r.object)].add(r.document)
        s_iri, o_iri, p = iris[r.subject].value, iris[r.object].value, _PREDICATES[r.predicate]
        # a fact has many assertions and a document many facts: their IRIs are made once
        key = (r.subject, r.predicate, r.object)
        fact = fact_nodes.get(key)
        if fact is None:
            fact = fact_nodes[key] = _node(ids.fact_iri(s_iri, p, o_iri))
        doc = doc_nodes.get(r.document)
        if doc is None:
            doc = doc_nodes[r.document] = _node(ids.document_iri(r.document))
        a = ox.NamedNode(ids.assertion_iri(s_iri, p, o_iri, r.document, r.start, r.end))
        spec = REGISTRY.get(r.extractor)
        version = spec.version if spec else "0"
        activity = _node(ids.extraction_iri(r.extractor, version))
        used_extractors.add(r.extractor)
        yield Q(a, rdf_type, assertion_cls, doc)
        yield Q(a, fact_p, fact, doc)
        yield Q(a, derived, doc, doc)
        yield Q(a, sentence_p, L(r.sentence), doc)
        if r.context:
            yield Q(a, _T.contextSentence, L(r.context[0]), doc)
            yield Q(a, _T.contextStartOffset, _integer(r.context[1]), doc)
            yield Q(a, _T.contextEndOffset, _integer(r.context[2]), doc)
        yield Q(a, start_p, _integer(r.start), doc)
        yield Q(a, end_p, _integer(r.end), doc)
        yield Q(a, confidence_p, _decimal(str(round(r.confidence, 3))), doc)
        yield Q(a, generated_by, activity, doc)
        if extracted_at and r.document in extracted_at:
            yield Q(a, generated_at, _typed(extracted_at[r.document], xsd_datetime), doc)
    for (s_id, pred, o_id), docs in support.items():
        si, oi, pi = iris[s_id], iris[o_id], _node(_PREDICATES[pred])
        fact = fact_nodes[(s_id, pred, o_id)]
        yield Q(si, pi, oi)
        yield Q(fact, rdf_type, _T.Fact)
        yield Q(fact, _T.subject, si)
        yield Q(fact, _T.predicate, pi)
        yield Q(fact, _T.object, oi)
        yield Q(fact, _T.supportCount, _integer(len(docs)))
    for name in sorted(used_extractors):
        spec = REGISTRY.get(name)
        version = spec.version if spec else "0"
        activity = _node(ids.extraction_iri(name, version))
        yield Q(activity, rdf_type, _T.Extraction)
        yield Q(activity, _T.label, L(f"{name} {version}"))
        yield Q(activity, _T.extractorName, L(name))
        yield Q(activity, _T.extractorVersion, L(version))
