"""The closed vocabulary: every ``clkg:`` term, so a misspelt one fails at once.

The term list mirrors ``schema/ontology.ttl``; ``tests/test_vocab_*`` checks that the two agree.
Entity IRIs (``clkr:``) are minted only in :mod:`graph.ids`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/clkg/ontology"
RESOURCE_IRI = "https://w3id.org/clkg/resource/"


class CLKG(DefinedNamespace):
    """China–Latin America Knowledge Graph ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes of the core vocabulary
    Country: URIRef
    Person: URIRef
    GovernmentBody: URIRef
    Company: URIRef
    InternationalOrganization: URIRef
    Organization: URIRef
    Agreement: URIRef
    Project: URIRef
    Event: URIRef
    Initiative: URIRef
    Document: URIRef
    # Provenance classes (extension)
    Assertion: URIRef
    Fact: URIRef
    Extraction: URIRef

    # Relations of the core vocabulary
    affiliatedWith: URIRef
    represents: URIRef
    basedIn: URIRef
    operatesIn: URIRef
    memberOf: URIRef
    participatedIn: URIRef
    organizedBy: URIRef
    locatedIn: URIRef
    party: URIRef
    implementedBy: URIRef
    joined: URIRef
    # Extension relations
    partOf: URIRef
    mentionedIn: URIRef
    sector: URIRef
    fact: URIRef

    # Attributes
    role: URIRef
    isoCode: URIRef
    date: URIRef
    amountUSD: URIRef
    # Provenance attributes (extension)
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    contextSentence: URIRef
    contextStartOffset: URIRef
    contextEndOffset: URIRef
    confidence: URIRef
    supportCount: URIRef
    extractorName: URIRef
    extractorVersion: URIRef
    sha256: URIRef


CLKR = Namespace(RESOURCE_IRI)

PREFIXES: dict[str, str] = {
    "clkg": str(CLKG._NS),
    "clkr": RESOURCE_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
}


def sparql_prefixes() -> str:
    """``PREFIX`` lines for every prefix above, to prepend to user queries."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
