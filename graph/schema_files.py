"""Where the schema files are, and the sector scheme read from them.

An installed wheel carries ``schema/`` as ``graph/schema`` (pyproject force-includes it); an
editable install or a checkout uses the repository's top-level ``schema/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from .errors import SchemaError
from .vocab import RESOURCE_IRI

ONTOLOGY_FILE = "ontology.ttl"
SHAPES_FILE = "shapes.ttl"
SECTORS_FILE = "sectors.ttl"

SECTOR_SCHEME_IRI = RESOURCE_IRI + "sector/"

_PACKAGE_DIR = Path(__file__).parent


def schema_dir() -> Path:
    """The directory holding ontology.ttl, shapes.ttl and sectors.ttl."""
    for candidate in (_PACKAGE_DIR / "schema", _PACKAGE_DIR.parent / "schema"):
        if candidate.is_dir():
            return candidate
    raise SchemaError(
        f"{_PACKAGE_DIR}: no schema directory (looked for {_PACKAGE_DIR / 'schema'} and "
        f"{_PACKAGE_DIR.parent / 'schema'}) — reinstall clkg, or run from a checkout that has schema/"
    )


def _schema_file(name: str) -> Path:
    path = schema_dir() / name
    if not path.is_file():
        raise SchemaError(
            f"{path}: schema file missing — restore it from the clkg repository or reinstall clkg"
        )
    return path


def ontology_path() -> Path:
    """``schema/ontology.ttl``: the OWL ontology defining every ``clkg:`` term."""
    return _schema_file(ONTOLOGY_FILE)


def shapes_path() -> Path:
    """``schema/shapes.ttl``: the SHACL shapes of a well-formed graph."""
    return _schema_file(SHAPES_FILE)


def sectors_path() -> Path:
    """``schema/sectors.ttl``: the SKOS sector scheme that ``clkg:sector`` points into."""
    return _schema_file(SECTORS_FILE)


def load_turtle(path: Path) -> Graph:
    """Parse a schema Turtle file; a syntax error is a :class:`SchemaError`."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise SchemaError(
            f"{path}: not valid Turtle ({exc}) — fix the file or restore it from the clkg repository"
        ) from exc
    return graph


@cache
def _sector_table() -> tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]:
    """(slug, IRI, ((lang, prefLabel), ...)) for every concept of the sector scheme, by slug."""
    path = sectors_path()
    graph = load_turtle(path)
    scheme = URIRef(SECTOR_SCHEME_IRI)
    rows = []
    for concept in set(graph.subjects(SKOS.inScheme, scheme)):
        iri = str(concept)
        slug = iri[len(SECTOR_SCHEME_IRI) :]
        if (
            (concept, RDF.type, SKOS.Concept) not in graph
            or not iri.startswith(SECTOR_SCHEME_IRI)
            or not slug
        ):
            raise SchemaError(
                f"{path}: {iri} is in the sector scheme but is not a skos:Concept named "
                f"{SECTOR_SCHEME_IRI}<slug> — fix sectors.ttl"
            )
        labels: dict[str, str] = {}
        for label in graph.objects(concept, SKOS.prefLabel):
            if not isinstance(label, Literal) or not label.language:
                raise SchemaError(
                    f"{path}: {iri} has a skos:prefLabel without a language tag — fix sectors.ttl"
                )
            if label.language in labels:
                raise SchemaError(
                    f"{path}: {iri} has two skos:prefLabel values in {label.language!r} — fix sectors.ttl"
                )
            labels[label.language] = str(label)
        rows.append((slug, iri, tuple(sorted(labels.items()))))
    if not rows:
        raise SchemaError(f"{path}: no concept is skos:inScheme <{SECTOR_SCHEME_IRI}> — fix sectors.ttl")
    return tuple(sorted(rows))


def sector_concepts() -> dict[str, str]:
    """Slug (``"renewable-energy"``) → concept IRI, for every sector, ordered by slug."""
    return {slug: iri for slug, iri, _ in _sector_table()}


def sector_labels() -> dict[str, dict[str, str]]:
    """Slug → {language: skos:prefLabel}, for every sector, ordered by slug."""
    return {slug: dict(labels) for slug, _, labels in _sector_table()}
