"""The entity graph as networkx: nodes are entities, edges are relation facts.

Used by the HTML view and the GraphML export; read from the store with SPARQL.
"""

from __future__ import annotations

import networkx as nx

from .store import GraphStore
from .vocab import CLKG

_CLASSES = [
    "Country", "Person", "GovernmentBody", "Company", "InternationalOrganization", "Organization",
    "Agreement", "Project", "Event", "Initiative",
]


def entity_graph(store: GraphStore) -> nx.MultiDiGraph:
    """Entities with class, English (or first) label and Wikidata link; facts with support count."""
    g = nx.MultiDiGraph()
    values = " ".join(f"clkg:{c}" for c in _CLASSES)
    nodes = store.query(
        f"""
        SELECT ?e ?cls (SAMPLE(?en) AS ?label_en) (SAMPLE(?any) AS ?label_any) (SAMPLE(?wd) AS ?wikidata)
               (SAMPLE(?role) AS ?r) (COUNT(DISTINCT ?doc) AS ?docs)
        WHERE {{
          VALUES ?cls {{ {values} }}
          ?e a ?cls ; rdfs:label ?any .
          OPTIONAL {{ ?e rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }}
          OPTIONAL {{ ?e owl:sameAs ?wd }}
          OPTIONAL {{ ?e clkg:role ?role }}
          OPTIONAL {{ ?e clkg:mentionedIn ?doc }}
        }} GROUP BY ?e ?cls ORDER BY ?e
        """
    )
    for e, cls, en, anyl, wd, role, docs in nodes.rows:
        assert e is not None and cls is not None
        label = (en or anyl).value if (en or anyl) is not None else e.value
        g.add_node(
            e.value,
            label=label,
            cls=cls.value.rsplit("#", 1)[-1],
            wikidata=wd.value if wd is not None else "",
            role=role.value if role is not None else "",
            documents=int(docs.value) if docs is not None else 0,
        )
    edges = store.query(
        """
        SELECT ?s ?p ?o ?n WHERE {
          ?f a clkg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; clkg:supportCount ?n .
        } ORDER BY ?s ?p ?o
        """
    )
    prefix = str(CLKG._NS)
    for s, p, o, n in edges.rows:
        assert s is not None and p is not None and o is not None and n is not None
        if s.value in g and o.value in g:
            pred = p.value.removeprefix(prefix)
            g.add_edge(s.value, o.value, key=pred, predicate=pred, support=int(n.value))
    return g
