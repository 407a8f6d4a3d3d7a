"""Exporters, registered by format name. RDF formats reuse Oxigraph's serializers.

Every export is sorted, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from .errors import FormatError
from .netgraph import entity_graph
from .store import GraphStore

# Extraction times differ between runs; they stay in the store and the dataset exports.
TIMESTAMP_PREDICATES = {"http://www.w3.org/ns/prov#generatedAtTime"}


@dataclass(frozen=True)
class Exporter:
    name: str
    extension: str
    media_type: str
    description: str
    func: Callable[[GraphStore], bytes]


EXPORTERS: dict[str, Exporter] = {}


def exporter(name: str, extension: str, media_type: str, description: str):
    def decorate(func: Callable[[GraphStore], bytes]) -> Callable[[GraphStore], bytes]:
        EXPORTERS[name] = Exporter(name, extension, media_type, description, func)
        return func

    return decorate


def _rdf(fmt: ox.RdfFormat, *, keep_times: bool) -> Callable[[GraphStore], bytes]:
    def run(store: GraphStore) -> bytes:
        return store.serialize(fmt, exclude=None if keep_times else TIMESTAMP_PREDICATES)

    return run


for _name, _fmt, _times, _desc in (
    ("turtle", ox.RdfFormat.TURTLE, False, "Turtle: every triple of every graph, sorted (graph.ttl)"),
    ("nt", ox.RdfFormat.N_TRIPLES, False, "N-Triples: every triple, one per line, sorted"),
    ("jsonld", ox.RdfFormat.JSON_LD, False, "JSON-LD: every triple"),
    ("rdfxml", ox.RdfFormat.RDF_XML, False, "RDF/XML: every triple"),
    ("trig", ox.RdfFormat.TRIG, True, "TriG: default graph plus one named graph per document"),
    ("nquads", ox.RdfFormat.N_QUADS, True, "N-Quads: default graph plus one named graph per document"),
):
    EXPORTERS[_name] = Exporter(
        _name, _fmt.file_extension, _fmt.media_type, _desc, _rdf(_fmt, keep_times=_times)
    )
EXPORTERS["ttl"] = EXPORTERS["turtle"]


@exporter("graphml", "graphml", "application/graphml+xml", "GraphML: entities as nodes, relations as edges")
def to_graphml(store: GraphStore) -> bytes:
    g = entity_graph(store)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


@exporter("csv", "csv", "text/csv", "CSV: one row per fact with labels, support and one evidence sentence")
def to_csv(store: GraphStore) -> bytes:
    rows = store.query(
        """
        SELECT ?subject ?subjectLabel ?predicate ?object ?objectLabel ?support
               (SAMPLE(?s) AS ?sentence) (SAMPLE(?docLabel) AS ?document)
        WHERE {
          ?fact a clkg:Fact ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
                clkg:supportCount ?support .
          ?subject rdfs:label ?subjectLabel . FILTER(LANGMATCHES(LANG(?subjectLabel), "en"))
          ?object rdfs:label ?objectLabel . FILTER(LANGMATCHES(LANG(?objectLabel), "en"))
          OPTIONAL { ?a clkg:fact ?fact ; clkg:sentence ?s ; prov:wasDerivedFrom ?doc . ?doc rdfs:label ?docLabel }
        }
        GROUP BY ?subject ?subjectLabel ?predicate ?object ?objectLabel ?support
        ORDER BY ?subject ?predicate ?object
        """
    )
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(rows.variables)
    for row in rows.rows:
        w.writerow(["" if v is None else v.value for v in row])
    return buf.getvalue().encode("utf-8")


def get(name: str) -> Exporter:
    try:
        return EXPORTERS[name.lower()]
    except KeyError:
        raise FormatError(
            f"unknown export format {name!r} — choose one of: {', '.join(sorted(EXPORTERS))}"
        ) from None
