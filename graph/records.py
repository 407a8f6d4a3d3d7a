"""Extraction records: what extractors produce, before any RDF exists.

Data flows one way: ``Document`` -> ``Mention`` (entity extractors) -> ``Entity``
(mentions grouped within one document) -> ``Relation`` (relation extractors) ->
resolution -> triples. Every record is strict: unknown fields and wrong types fail.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class EntityClass(StrEnum):
    """Classes of the core vocabulary (``clkg:<name>``)."""

    COUNTRY = "Country"
    PERSON = "Person"
    GOVERNMENT_BODY = "GovernmentBody"
    COMPANY = "Company"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    ORGANIZATION = "Organization"
    AGREEMENT = "Agreement"
    PROJECT = "Project"
    EVENT = "Event"
    INITIATIVE = "Initiative"


ORGANIZATION_CLASSES = frozenset(
    {
        EntityClass.GOVERNMENT_BODY,
        EntityClass.COMPANY,
        EntityClass.INTERNATIONAL_ORGANIZATION,
        EntityClass.ORGANIZATION,
    }
)


class Predicate(StrEnum):
    """Relations of the core vocabulary (``clkg:<name>``)."""

    AFFILIATED_WITH = "affiliatedWith"
    REPRESENTS = "represents"
    BASED_IN = "basedIn"
    OPERATES_IN = "operatesIn"
    MEMBER_OF = "memberOf"
    PARTICIPATED_IN = "participatedIn"
    ORGANIZED_BY = "organizedBy"
    LOCATED_IN = "locatedIn"
    PARTY = "party"
    IMPLEMENTED_BY = "implementedBy"
    JOINED = "joined"
    # extension: a unit and the larger body it belongs to
    PART_OF = "partOf"


class Sentence(Strict):
    """A sentence of a document; ``start``/``end`` are character offsets into ``Document.text``."""

    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    language: str


class Document(Strict):
    """A loaded, normalized source document."""

    id: str = Field(pattern=r"^[0-9a-f]{16}$", description="first 16 hex digits of the text's SHA-256")
    path: str
    name: str
    text: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    language: str
    encoding: str
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    sentences: tuple[Sentence, ...] = ()


class Evidence(Strict):
    """Where a fact was read: the sentence and its character offsets in the document."""

    document: str = Field(description="Document.id")
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end before start")
        return self


class Mention(Strict):
    """One span of text naming an entity, as an entity extractor found it."""

    cls: EntityClass
    name: str = Field(min_length=1, description="the name this mention proposes for the entity")
    text: str = Field(description="the surface form as printed")
    start: int = Field(ge=0, description="offset of the surface form in Document.text")
    end: int = Field(ge=0)
    sentence: int = Field(ge=0, description="Sentence.index")
    language: str
    extractor: str
    confidence: float = Field(ge=0.0, le=1.0)
    key: str | None = Field(default=None, description="gazetteer key, e.g. 'country:BR', when known")
    aliases: tuple[str, ...] = ()
    role: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    amount_usd: float | None = None
    sector: str | None = None
    iso_code: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    adjective: bool = Field(default=False, description="a demonym ('Chinese'), not the name itself")
    nested: bool = Field(
        default=False, description="deliberately inside a longer mention: a parent body or a country in a name"
    )


class Entity(Strict):
    """An entity of one document: its mentions grouped, with the attributes they carry."""

    id: str = Field(description="local id within the document extraction, e.g. 'e12'")
    cls: EntityClass
    name: str
    language: str
    key: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    date: str | None = None
    amount_usd: float | None = None
    sector: str | None = None
    iso_code: str | None = None
    mentions: tuple[Mention, ...] = ()


class Relation(Strict):
    """A fact between two entities of one document, with the sentence that states it."""

    subject: str = Field(description="Entity.id")
    predicate: Predicate
    object: str = Field(description="Entity.id")
    evidence: Evidence
    extractor: str
    confidence: float = Field(ge=0.0, le=1.0)
    context: Evidence | None = Field(
        default=None,
        description="a second sentence the fact rests on, when the evidence names one end only: the title "
        "or lede naming the event a report is about, for its speakers",
    )


class Extraction(Strict):
    """Everything extracted from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
