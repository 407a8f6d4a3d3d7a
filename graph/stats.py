"""Counts of a built graph."""

from __future__ import annotations

from .store import GraphStore
from .vocab import CLKG


def graph_stats(store: GraphStore) -> dict[str, dict[str, int]]:
    prefix = str(CLKG._NS)

    def counts(sparql: str) -> dict[str, int]:
        res = store.query(sparql)
        return {
            (row[0].value.removeprefix(prefix) if row[0] is not None else "?"): int(row[1].value)  # type: ignore[union-attr]
            for row in res.rows
        }

    return {
        "entities by class": counts(
            "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(clkg:))"
            " && ?c NOT IN (clkg:Document, clkg:Assertion, clkg:Fact, clkg:Extraction)) } GROUP BY ?c ORDER BY ?c"
        ),
        "facts by relation": counts(
            "SELECT ?p (COUNT(?f) AS ?n) WHERE { ?f a clkg:Fact ; rdf:predicate ?p } GROUP BY ?p ORDER BY ?p"
        ),
        "totals": {
            "documents": _one(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a clkg:Document }"),
            "assertions": _one(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a clkg:Assertion }"),
            "triples": len(store),
        },
    }


def _one(store: GraphStore, sparql: str) -> int:
    row = store.query(sparql).rows[0]
    return int(row[0].value) if row[0] is not None else 0
