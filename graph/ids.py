"""The only place that mints IRIs. Every IRI is a pure function of content.

Like FollowTheMoney's ``make_entity_id``: the same identity key always gives the same IRI,
so merging graphs is set union and rebuilding never duplicates a node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from .records import EntityClass
from .vocab import CLKR

CLASS_PATHS: dict[EntityClass, str] = {
    EntityClass.COUNTRY: "country",
    EntityClass.PERSON: "person",
    EntityClass.GOVERNMENT_BODY: "government-body",
    EntityClass.COMPANY: "company",
    EntityClass.INTERNATIONAL_ORGANIZATION: "international-organization",
    EntityClass.ORGANIZATION: "organization",
    EntityClass.AGREEMENT: "agreement",
    EntityClass.PROJECT: "project",
    EntityClass.EVENT: "event",
    EntityClass.INITIATIVE: "initiative",
}

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def digest(*parts: str, length: int = 12) -> str:
    """A short, stable hex digest of the parts (joined unambiguously)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


def slug(text: str, max_len: int = 60) -> str:
    """ASCII, lowercase, hyphenated; empty for names with no Latin letters or digits."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    s = _NON_SLUG.sub("-", folded).strip("-")
    return s[:max_len].rstrip("-")


def country_iri(iso2: str) -> URIRef:
    """``clkr:country/<ISO 3166-1 alpha-2>``: the ISO code is the identity of a country."""
    if not re.fullmatch(r"[A-Z]{2}", iso2):
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {iso2!r}")
    return CLKR[f"country/{iso2}"]


def entity_iri(cls: EntityClass, identity: str, label: str) -> URIRef:
    """IRI of a non-country entity from its identity key; the label only makes it readable."""
    if cls is EntityClass.COUNTRY:
        raise ValueError("countries are identified by ISO code: use country_iri()")
    readable = slug(label, 48)
    tail = digest(cls.value, identity, length=10)
    return CLKR[f"{CLASS_PATHS[cls]}/{readable}-{tail}" if readable else f"{CLASS_PATHS[cls]}/{tail}"]


def gazetteer_iri(cls: EntityClass, key: str) -> URIRef:
    """IRI of a gazetteer entity: ``clkr:<class>/<gazetteer slug>`` (countries by ISO code)."""
    if key.startswith("country:"):
        return country_iri(key.split(":", 1)[1])
    return CLKR[f"{CLASS_PATHS[cls]}/{slug(key.split(':', 1)[-1])}"]


def document_iri(document_id: str) -> URIRef:
    return CLKR[f"document/{document_id}"]


def fact_iri(subject: str, predicate: str, obj: str) -> URIRef:
    return CLKR[f"fact/{digest(subject, predicate, obj, length=16)}"]


def assertion_iri(subject: str, predicate: str, obj: str, document_id: str, start: int, end: int) -> URIRef:
    return CLKR[f"assertion/{digest(subject, predicate, obj, document_id, str(start), str(end), length=16)}"]


@lru_cache(maxsize=1024)
def extraction_iri(extractor: str, version: str) -> URIRef:
    return CLKR[f"extraction/{slug(extractor)}-{slug(version)}"]


def sector_iri(sector_slug: str) -> URIRef:
    return CLKR[f"sector/{slug(sector_slug)}"]
