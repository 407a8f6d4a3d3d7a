"""The HTML view (graph/render.py, graph/netgraph.py): page content, filters, layout. No browser."""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from graph import ids, netgraph, render
from graph.cli import main
from graph.errors import ClkgError
from graph.render import _json_for_script, render_html, view_data
from graph.store import GraphStore
from graph.triples import Quad
from graph.vocab import CLKG, CLKR, PREFIXES

# A plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes module attributes.
XSD = Namespace(PREFIXES["xsd"])
BRAZIL = "https://w3id.org/clkg/resource/country/BR"
HOSTILE = "<img src=x onerror=alert(1)>"
QUOTED = '"quotes" \\backslash\nnewline'
DATA_RE = re.compile(r'<script type="application/json" id="clkg-data">(.*?)</script>', re.S)
ENTITY_COUNT = """
    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
      VALUES ?cls { clkg:Country clkg:Person clkg:GovernmentBody clkg:Company clkg:InternationalOrganization
                    clkg:Organization clkg:Agreement clkg:Project clkg:Event clkg:Initiative }
      ?e a ?cls ; rdfs:label ?l }
"""


def small_graph(n: int, edges: list[tuple[int, int]], cls: str = "Organization") -> list[Quad]:
    """Quads for ``n`` entities named E0..En-1 and facts between them, each with one sentence."""
    doc = ids.document_iri("0" * 16)
    quads: list[Quad] = [
        (doc, doc, RDF.type, CLKG.Document),
        (doc, doc, RDFS.label, Literal("doc.txt")),
        (doc, doc, DCTERMS.issued, Literal("2024-05-01", datatype=XSD.date)),
    ]
    iris = [CLKR[f"organization/e{i}"] for i in range(n)]
    for i, iri in enumerate(iris):
        quads += [(None, iri, RDF.type, CLKG[cls]), (None, iri, RDFS.label, Literal(f"E{i}", lang="en")),
                  (None, iri, CLKG.mentionedIn, doc)]
    for u, v in edges:
        quads += fact_quads(iris[u], CLKG.partOf, iris[v], f"E{u} is part of E{v}.", doc)
    return quads


def fact_quads(
    s: URIRef, p: URIRef, o: URIRef, sentence: str, doc: URIRef, confidence: str = "0.9"
) -> list[Quad]:
    """A relation as the pipeline writes it: triple, clkg:Fact, and an assertion in the document's graph."""
    fact = ids.fact_iri(s, p, o)
    a = ids.assertion_iri(s, p, o, str(doc), 0, len(sentence))
    return [
        (None, s, p, o),
        (None, fact, RDF.type, CLKG.Fact),
        (None, fact, RDF.subject, s),
        (None, fact, RDF.predicate, p),
        (None, fact, RDF.object, o),
        (None, fact, CLKG.supportCount, Literal(1, datatype=XSD.nonNegativeInteger)),
        (doc, a, RDF.type, CLKG.Assertion),
        (doc, a, CLKG.fact, fact),
        (doc, a, PROV.wasDerivedFrom, doc),
        (doc, a, CLKG.sentence, Literal(sentence)),
        (doc, a, CLKG.confidence, Literal(Decimal(confidence), datatype=XSD.decimal)),
    ]


def page_data(html: str) -> dict:
    m = DATA_RE.search(html)
    assert m, "no JSON data element in the page"
    return json.loads(m.group(1))


def count(store: GraphStore, sparql: str, **bindings: URIRef | Literal | str) -> int:
    value = store.query(sparql, bindings=bindings or None).rows[0][0]
    assert value is not None
    return int(value.value)


# ------------------------------------------------------------------------------ the page


@pytest.fixture(scope="module")
def seed_html(seed_store: GraphStore) -> str:
    return render_html(seed_store)


def test_page_is_self_contained_and_forbids_the_network(seed_html: str) -> None:
    assert "Content-Security-Policy" in seed_html and "default-src 'none'" in seed_html
    assert "@version 9.1.2" in seed_html, "vis-network 9.1.2 from pyvis is inlined"
    fetching = (r"<script[^>]*\bsrc=", r"<link\b", r"<img\b", r"<iframe\b", r"@import",
                r"url\(\s*['\"]?https?:")
    for tag in fetching:
        assert not re.search(tag, seed_html, re.I), tag
    assert "var network" in seed_html
    assert seed_html.count("</script>") == 3, "vis, the JSON data and the view script"


def test_page_data_matches_the_store(seed_store: GraphStore, seed_html: str) -> None:
    data = page_data(seed_html)
    assert len(data["nodes"]) == count(seed_store, ENTITY_COUNT)
    facts = count(seed_store, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a clkg:Fact }")
    assert len(data["edges"]) == facts
    assert all(e["evidence"] for e in data["edges"]), "every fact carries its evidence sentence"
    assert sorted(data["rank"]) == list(range(len(data["nodes"])))
    degrees = [data["nodes"][i]["degree"] for i in data["rank"]]
    assert degrees == sorted(degrees, reverse=True)
    brazil = next(n for n in data["nodes"] if n["id"] == BRAZIL)
    names = {(text, lang, kind) for text, lang, kind in brazil["labels"]}
    rows = seed_store.query("SELECT ?l ?e WHERE { ?e rdfs:label|skos:altLabel ?l }",
                            bindings={"e": URIRef(BRAZIL)}).rows
    assert {(r[0].value, r[0].language) for r in rows if r[0]} == {(t, lang) for t, lang, _ in names}
    assert ("Brazilian", "en", "alias") in names and ("البرازيل", "ar", "label") in names
    assert brazil["wikidata"] == "http://www.wikidata.org/entity/Q155" and brazil["iso"] == "BR"
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])
    doc_labels = seed_store.query("SELECT ?l WHERE { ?d a clkg:Document ; rdfs:label ?l }").rows
    assert sorted(d["label"] for d in data["docs"]) == sorted(r[0].value for r in doc_labels if r[0])


def test_the_page_is_deterministic(seed_store: GraphStore, seed_html: str) -> None:
    assert render_html(seed_store) == seed_html


def test_json_for_script_cannot_end_the_script() -> None:
    text = "</script><script>alert(1)</script>&\u2028\u2029<!--"
    out = _json_for_script({"x": text})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out
    assert json.loads(out) == {"x": text}


def test_hostile_labels_are_only_data() -> None:
    doc = ids.document_iri("1" * 16)
    evil, quoted = CLKR["person/evil"], CLKR["organization/quoted"]
    quads: list[Quad] = [
        (doc, doc, RDF.type, CLKG.Document),
        (doc, doc, RDFS.label, Literal("<svg onload=alert(4)>.txt")),
        (None, evil, RDF.type, CLKG.Person), (None, evil, RDFS.label, Literal(HOSTILE, lang="en")),
        (None, quoted, RDF.type, CLKG.Organization), (None, quoted, RDFS.label, Literal(QUOTED, lang="en")),
        (None, quoted, SKOS.altLabel, Literal("</script><script>alert(2)</script>", lang="en")),
        *fact_quads(evil, CLKG.affiliatedWith, quoted, "<b onmouseover=alert(3)>x</b> & \u2028", doc),
    ]
    html = render_html(GraphStore.in_memory(quads), title="<b>T</b>")
    assert HOSTILE not in html and "<svg onload" not in html and "<b onmouseover" not in html
    assert "alert(2)</script>" not in html and "<b>T</b>" not in html and "&lt;b&gt;T&lt;/b&gt;" in html
    data = page_data(html)
    assert {n["label"] for n in data["nodes"]} == {HOSTILE, QUOTED}
    assert data["sentences"] == ["<b onmouseover=alert(3)>x</b> & \u2028"]


def test_view_script_builds_text_never_markup() -> None:
    js = (Path(render.__file__).parent / "templates" / "view.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 "setTimeout(\"", "fetch(", "XMLHttpRequest", "import("):
        assert sink not in js, sink
    assert "var network" in js


def test_empty_store_renders() -> None:
    data = page_data(render_html(GraphStore.in_memory([])))
    assert data["nodes"] == [] and data["edges"] == []


# ------------------------------------------------------------------------------ focus and filters


def neighbours(store: GraphStore, iri: str) -> set[str]:
    rows = store.query(
        """SELECT DISTINCT ?n ?e WHERE { ?f a clkg:Fact .
             { ?f rdf:subject ?e ; rdf:object ?n } UNION { ?f rdf:object ?e ; rdf:subject ?n } }""",
        bindings={"e": URIRef(iri)},
    )
    return {r[0].value for r in rows.rows if r[0] is not None}


@pytest.mark.parametrize("name", ["Brazil", "brazil", "BRASIL", "Brasíl", "البرازيل", "巴西", BRAZIL])
def test_focus_by_any_name(seed_store: GraphStore, name: str) -> None:
    data = view_data(seed_store, focus=name, depth=1)
    ids_ = {n["id"] for n in data["nodes"]}
    assert ids_ == {BRAZIL} | neighbours(seed_store, BRAZIL)
    assert data["nodes"][data["meta"]["focus"]]["id"] == BRAZIL
    assert "within 1 hop of Brazil" in data["meta"]["note"]


def test_focus_depth_two(seed_store: GraphStore) -> None:
    one = neighbours(seed_store, BRAZIL)
    two = set().union(*(neighbours(seed_store, n) for n in one)) | one | {BRAZIL}
    assert {n["id"] for n in view_data(seed_store, focus="Brazil", depth=2)["nodes"]} == two
    assert {n["id"] for n in view_data(seed_store, focus="Brazil", depth=0)["nodes"]} == {BRAZIL}


def test_unknown_focus_names_the_label_and_suggests(seed_store: GraphStore) -> None:
    with pytest.raises(ClkgError) as e:
        render_html(seed_store, focus="Brazl")
    assert "'Brazl'" in str(e.value) and "'Brazil'" in str(e.value) and "--focus" in str(e.value)
    with pytest.raises(ClkgError, match="nor any similar name"):
        render_html(seed_store, focus="qqqqqqqq")


def test_types_filter(seed_store: GraphStore) -> None:
    data = view_data(seed_store, types=["person", "Country"])
    assert {n["cls"] for n in data["nodes"]} == {"Person", "Country"}
    persons = count(seed_store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a clkg:Person }")
    assert sum(n["cls"] == "Person" for n in data["nodes"]) == persons
    assert [c["name"] for c in data["classes"]] == ["Country", "Person"]
    with pytest.raises(ClkgError, match="did you mean Person"):
        view_data(seed_store, types=["Persn"])


def test_country_filter(seed_store: GraphStore) -> None:
    data = view_data(seed_store, countries=["BR"])
    assert {n["id"] for n in data["nodes"]} == {BRAZIL} | neighbours(seed_store, BRAZIL)
    both = view_data(seed_store, countries=["Brazil", "méxico"], types=["Person"])
    mexico = CLKR["country/MX"]
    expected = {n for n in neighbours(seed_store, BRAZIL) | neighbours(seed_store, str(mexico))
                if seed_store.query("ASK { ?e a clkg:Person }", bindings={"e": URIRef(n)}).boolean}
    assert {n["id"] for n in both["nodes"]} == expected
    with pytest.raises(ClkgError, match="is a Company, not a country"):
        view_data(seed_store, countries=["Huawei"])


def test_country_and_document_links_for_the_page_filters(seed_store: GraphStore) -> None:
    data = view_data(seed_store)
    country = {c["id"]: i for i, c in enumerate(data["countries"])}
    linked = {n["id"] for n in data["nodes"] if country[BRAZIL] in n.get("countries", [])}
    assert linked == {BRAZIL} | neighbours(seed_store, BRAZIL)
    for i, doc in enumerate(data["docs"]):
        mentioned = {n["id"] for n in data["nodes"] if i in n.get("docs", [])}
        rows = seed_store.query("SELECT DISTINCT ?e ?d WHERE { ?e clkg:mentionedIn ?d ; a ?c }",
                                bindings={"d": URIRef(doc["id"])})
        assert mentioned == {r[0].value for r in rows.rows if r[0] is not None}


# ------------------------------------------------------------------------------ size and layout


def test_big_graph_is_pruned_in_the_page_and_fully_laid_out() -> None:
    g = nx.barabasi_albert_graph(300, 2, seed=3)
    store = GraphStore.in_memory(small_graph(300, list(g.edges())))
    data = page_data(render_html(store, max_nodes=50))
    assert data["meta"]["limit"] == 50 and len(data["nodes"]) == 300
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) == 300, "every entity has its own place, drawn or not"


def test_layout_separates_components_and_keeps_nodes_apart() -> None:
    g = nx.MultiDiGraph()
    star = [f"s{i}" for i in range(40)]
    g.add_node("hub", label="hub", cls="Country")
    for n in star:
        g.add_node(n, label=n, cls="Person")
        g.add_edge(n, "hub")
    g.add_nodes_from([("a", {"label": "a", "cls": "Event"}), ("b", {"label": "b", "cls": "Event"})])
    g.add_edge("a", "b")
    for i in range(30):
        g.add_node(f"lone{i}", label=f"lone{i}", cls="Agreement")
    pos = netgraph.layout(g)
    assert set(pos) == set(g.nodes)
    pts = list(pos.values())
    closest = min(math.dist(p, q) for i, p in enumerate(pts) for q in pts[i + 1:])
    assert closest > 20, "no two entities on top of each other"
    assert netgraph.layout(g) == pos, "deterministic"
    # Only the core is laid out by force; the rest sit around their anchor.
    core = netgraph.layout(g, core=5)
    assert set(core) == set(g.nodes)
    assert netgraph.layout(nx.MultiDiGraph()) == {}


def test_force_layout_needs_no_scipy_at_scale() -> None:
    g = nx.barabasi_albert_graph(700, 2, seed=1)  # networkx's spring_layout needs scipy past 500
    pos = netgraph.force_layout(700, list(g.edges()), iterations=5)
    assert pos.shape == (700, 2) and bool((abs(pos) < 100).all())


# ------------------------------------------------------------------------------ command line and build


def test_cli_render(seed_build, tmp_path: Path) -> None:
    out = seed_build[0]
    target = tmp_path / "view.html"
    args = ["render", "--output", str(out), "--to", str(target), "--focus", "Brazil", "--depth", "1",
            "--types", "Country", "--types", "Person"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = page_data(target.read_text(encoding="utf-8"))
    assert {n["cls"] for n in data["nodes"]} <= {"Country", "Person"}
    bad = CliRunner().invoke(main, ["render", "--output", str(out), "--to", str(target), "--focus", "Brazl"])
    assert bad.exit_code == 1 and "Brazl" in bad.output and "Brazil" in bad.output


def test_build_writes_the_view(seed_build, seed_store: GraphStore) -> None:
    html = (seed_build[0] / "graph.html").read_text(encoding="utf-8")
    assert len(page_data(html)["nodes"]) == count(seed_store, ENTITY_COUNT)
