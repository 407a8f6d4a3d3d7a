"""Every fact about one entity with every sentence that supports it (``clkg explain``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rdflib import Literal, URIRef

from .errors import ClkgError
from .extractors.text import fold
from .store import GraphStore
from .vocab import CLKG

_PREFIX = str(CLKG._NS)


@dataclass
class Evidence:
    document: str
    document_label: str
    sentence: str
    start: int
    end: int
    confidence: float
    extractor: str
    context: str = ""  # the sentence naming the other end, when the evidence sentence does not


@dataclass
class FactReport:
    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    support: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EntityReport:
    iri: str
    label: str
    cls: str
    labels: list[tuple[str, str]]
    facts: list[FactReport]


def find_entity(store: GraphStore, ref: str) -> tuple[str, str]:
    """(IRI, English label) of the entity a label, alias or IRI names; a clear error if none."""
    rows = store.query(
        """SELECT ?e ?l WHERE { ?e a ?c ; rdfs:label|skos:altLabel ?l .
           FILTER(STRSTARTS(STR(?c), STR(clkg:)) && ?c NOT IN (clkg:Document, clkg:Assertion, clkg:Fact,
                  clkg:Extraction)) }"""
    ).rows
    if ref.startswith(("http://", "https://", "clkr:")):
        iri = ref.replace("clkr:", "https://w3id.org/clkg/resource/", 1)
        for e, _ in rows:
            if e is not None and e.value == iri:
                return iri, _label(store, iri)
        raise ClkgError(f"no entity {ref} in the graph — check the IRI with `clkg query`")
    wanted = fold(ref)
    exact = sorted({e.value for e, lab in rows if e is not None and lab is not None and fold(lab.value) == wanted})
    if len(exact) == 1:
        return exact[0], _label(store, exact[0])
    if len(exact) > 1:
        raise ClkgError(f"{ref!r} names {len(exact)} entities ({', '.join(exact[:5])}) — pass the IRI instead")
    choices = sorted({lab.value for _, lab in rows if lab is not None})
    close = [c for c, score, _ in process.extract(ref, choices, scorer=fuzz.WRatio, limit=5) if score >= 60]
    hint = f"; did you mean: {', '.join(repr(c) for c in close)}" if close else ""
    raise ClkgError(f"no entity labelled {ref!r} in the graph{hint}")


def _label(store: GraphStore, iri: str) -> str:
    rows = store.query(
        """SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY DESC(LANGMATCHES(LANG(?l), "en")) ?l LIMIT 1""",
        {"e": URIRef(iri)},
    ).rows
    return rows[0][1].value if rows and rows[0][1] is not None else iri


def explain(store: GraphStore, ref: str, predicate: str | None = None) -> EntityReport:
    """The entity ``ref`` names, its labels, and each fact about it with its evidence."""
    iri, label = find_entity(store, ref)
    node = URIRef(iri)
    cls_rows = store.query("SELECT ?e ?c WHERE { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(clkg:))) }", {"e": node}).rows
    cls = cls_rows[0][1].value.removeprefix(_PREFIX) if cls_rows and cls_rows[0][1] is not None else ""
    labels = [
        (r[1].value, getattr(r[1], "language", None) or "")
        for r in store.query(
            "SELECT ?e ?l WHERE { ?e rdfs:label|skos:altLabel ?l } ORDER BY ?l", {"e": node}
        ).rows
        if r[1] is not None
    ]
    bindings: dict[str, URIRef | Literal | str] = {"e": node}
    pred_filter = ""
    if predicate:
        p = predicate.removeprefix("clkg:")
        bindings["p"] = URIRef(_PREFIX + p)
        pred_filter = "FILTER(?pred = ?p)"
    rows = store.query(
        f"""
        SELECT ?fact ?s ?pred ?o ?n ?sl ?ol ?sentence ?start ?end ?conf ?doc ?dl ?x ?context ?e
               {"?p" if predicate else ""}
        WHERE {{
          ?fact a clkg:Fact ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o ; clkg:supportCount ?n .
          FILTER(?s = ?e || ?o = ?e) {pred_filter}
          OPTIONAL {{ ?s rdfs:label ?sl FILTER(LANGMATCHES(LANG(?sl), "en")) }}
          OPTIONAL {{ ?o rdfs:label ?ol FILTER(LANGMATCHES(LANG(?ol), "en")) }}
          ?a clkg:fact ?fact ; clkg:sentence ?sentence ; clkg:startOffset ?start ; clkg:endOffset ?end ;
             clkg:confidence ?conf ; prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?x .
          OPTIONAL {{ ?a clkg:contextSentence ?context }}
          ?doc rdfs:label ?dl .
        }} ORDER BY ?pred ?s ?o ?dl ?start
        """,
        bindings,
    ).rows
    facts: dict[str, FactReport] = {}
    for fact, s, pred, o, n, sl, ol, sentence, start, end, conf, doc, dl, x, context, *_ in rows:
        assert fact is not None and s is not None and o is not None and pred is not None
        fr = facts.get(fact.value)
        if fr is None:
            fr = facts[fact.value] = FactReport(
                s.value, sl.value if sl is not None else s.value, pred.value.removeprefix(_PREFIX),
                o.value, ol.value if ol is not None else o.value, int(n.value) if n is not None else 0,
            )
        fr.evidence.append(
            Evidence(
                doc.value if doc else "", dl.value if dl else "", sentence.value if sentence else "",
                int(start.value) if start else 0, int(end.value) if end else 0,
                float(conf.value) if conf else 0.0, x.value.rsplit("/", 1)[-1] if x else "",
                context.value if context else "",
            )
        )
    return EntityReport(iri, label, cls, labels, list(facts.values()))
