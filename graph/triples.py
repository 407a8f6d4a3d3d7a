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


def _lang(tag: str) -> str:
    return tag if tag and tag != "und" else "en"


def _entity_quads(e: ResolvedEntity, iri: URIRef, gaz: Gazetteer, sectors: Mapping[str, str]) -> Iterator[Quad]:
    yield None, iri, RDF.type, CLKG[e.cls.value]
    preferred: dict[str, str] = {_lang(e.name_language): e.name}
    entry = gaz.get(e.key) if e.key else None
    if entry:
        for label in entry.labels:
            if label.kind == "name" and label.lang not in ("und",) and label.lang not in preferred:
                preferred[label.lang] = label.text
    for lang, text in preferred.items():
        yield None, iri, RDFS.label, Literal(text, lang=lang)
    taken = {(t, lang) for lang, t in preferred.items()}
    for text, lang in sorted(e.labels):
        if (text, _lang(lang)) not in taken and text not in preferred.values():
            yield None, iri, SKOS.altLabel, Literal(text, lang=_lang(lang))
    if e.cls is EntityClass.COUNTRY and e.iso_code:
        yield None, iri, CLKG.isoCode, Literal(e.iso_code)
    if e.wikidata:
        yield None, iri, OWL.sameAs, WD[e.wikidata]
    if e.cls is EntityClass.PERSON and e.role:
        yield None, iri, CLKG.role, Literal(e.role)
    if e.cls in (C.EVENT, C.AGREEMENT, C.PROJECT):
        if e.date:
            yield None, iri, CLKG.date, date_literal(e.date)
        if e.sector and e.sector in sectors:
            yield None, iri, CLKG.sector, URIRef(sectors[e.sector])
    if e.cls in (C.AGREEMENT, C.PROJECT) and e.amount_usd is not None:
        yield None, iri, CLKG.amountUSD, Literal(Decimal(str(e.amount_usd)).normalize(), datatype=XSD.decimal)
    for doc in sorted(e.documents):
        yield None, iri, CLKG.mentionedIn, ids.document_iri(doc)


def document_quads(doc: Document) -> Iterator[Quad]:
    iri = ids.document_iri(doc.id)
    yield iri, iri, RDF.type, CLKG.Document
    yield iri, iri, RDFS.label, Literal(doc.name)
    if doc.title:
        yield iri, iri, DCTERMS.title, Literal(doc.title, lang=_lang(doc.language))
    if doc.date:
        yield iri, iri, DCTERMS.issued, date_literal(doc.date)
    yield iri, iri, DCTERMS.language, Literal(doc.language, datatype=XSD.language)
    yield iri, iri, DCTERMS.source, Literal(doc.path)
    yield iri, iri, CLKG.sha256, Literal(doc.sha256)


def quads(
    resolution: Resolution,
    documents: Mapping[str, Document],
    extracted_at: Mapping[str, str] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[Quad]:
    """Every quad of the graph; ``None`` as graph name means the default graph."""
    gaz = gazetteer or load_gazetteer()
    sectors = sector_concepts()
    iris = {identity: entity_iri(e) for identity, e in resolution.entities.items()}
    for identity, e in resolution.entities.items():
        yield from _entity_quads(e, iris[identity], gaz, sectors)
    for document in documents.values():
        yield from document_quads(document)

    support: dict[tuple[str, Predicate, str], set[str]] = defaultdict(set)
    used_extractors: set[str] = set()
    for r in resolution.relations:
        s, o = resolution.entities[r.subject], resolution.entities[r.object]
        if not fits(r.predicate, s.cls, o.cls):
            continue
        support[(r.subject, r.predicate, r.object)].add(r.document)
        si, oi, p = iris[r.subject], iris[r.object], CLKG[r.predicate.value]
        fact = ids.fact_iri(si, p, oi)
        doc = ids.document_iri(r.document)
        a = ids.assertion_iri(si, p, oi, r.document, r.start, r.end)
        spec = REGISTRY.get(r.extractor)
        version = spec.version if spec else "0"
        activity = ids.extraction_iri(r.extractor, version)
        used_extractors.add(r.extractor)
        yield doc, a, RDF.type, CLKG.Assertion
        yield doc, a, CLKG.fact, fact
        yield doc, a, PROV.wasDerivedFrom, doc
        yield doc, a, CLKG.sentence, Literal(r.sentence)
        yield doc, a, CLKG.startOffset, Literal(r.start, datatype=XSD.integer)
        yield doc, a, CLKG.endOffset, Literal(r.end, datatype=XSD.integer)
        yield doc, a, CLKG.confidence, Literal(Decimal(str(round(r.confidence, 3))), datatype=XSD.decimal)
        yield doc, a, PROV.wasGeneratedBy, activity
        if extracted_at and r.document in extracted_at:
            yield doc, a, PROV.generatedAtTime, Literal(extracted_at[r.document], datatype=XSD.dateTime)
    for (s_id, pred, o_id), docs in support.items():
        si, oi, pi = iris[s_id], iris[o_id], CLKG[pred.value]
        fact = ids.fact_iri(si, pi, oi)
        yield None, si, pi, oi
        yield None, fact, RDF.type, CLKG.Fact
        yield None, fact, RDF.subject, si
        yield None, fact, RDF.predicate, pi
        yield None, fact, RDF.object, oi
        yield None, fact, CLKG.supportCount, Literal(len(docs), datatype=XSD.integer)
    for name in sorted(used_extractors):
        spec = REGISTRY.get(name)
        version = spec.version if spec else "0"
        activity = ids.extraction_iri(name, version)
        yield None, activity, RDF.type, CLKG.Extraction
        yield None, activity, RDFS.label, Literal(f"{name} {version}")
        yield None, activity, CLKG.extractorName, Literal(name)
        yield None, activity, CLKG.extractorVersion, Literal(version)
