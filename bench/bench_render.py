"""Benchmark of the HTML view on a synthetic graph (not a test: it prints figures).

Builds a graph of 5,000 entities and 15,000 facts directly as quads, in the vocabulary the
pipeline writes (labels in three languages, aliases, documents with dates, facts with
evidence sentences), renders it, and opens the page in headless Chromium. It reports the
Python-side render time, the page size, and the time from navigation start until the
``network`` object exists and its first ``afterDrawing`` event has fired, against the 5 s
target.

    python bench/bench_render.py [--nodes 5000] [--edges 15000] [--runs 3] [--all]

``--all`` also measures the page with every entity drawn (no pruning).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph import ids  # noqa: E402
from graph.render import MAX_NODES, render_html  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from graph.triples import Quad  # noqa: E402
from graph.vocab import CLKG, CLKR  # noqa: E402

TARGET_S = 5.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
CLASSES = [
    ("Person", 30), ("Organization", 15), ("Company", 12), ("GovernmentBody", 10), ("Event", 12),
    ("Agreement", 8), ("Project", 6), ("InternationalOrganization", 4), ("Initiative", 3),
]
PREDICATES = ["affiliatedWith", "participatedIn", "party", "basedIn", "operatesIn", "memberOf", "partOf",
              "organizedBy", "locatedIn", "implementedBy", "represents", "joined"]
WORDS = ["Pacific", "Andean", "Silk", "Digital", "Green", "Energy", "Port", "Harbour", "Mining", "Rail",
         "Cooperation", "Trade", "Forum", "Bank", "Council", "Institute", "Summit", "Alliance", "Lithium",
         "Copper", "Soy", "Belt", "Road", "Solar", "Grid", "Telecom", "Santos", "Lima", "Quito", "Shanghai"]


def synthetic_quads(n_nodes: int = 5000, n_edges: int = 15000, seed: int = 1) -> list[Quad]:
    """A scale-free graph (preferential attachment) with the layout clkg writes."""
    rng = random.Random(seed)
    g = nx.barabasi_albert_graph(n_nodes, max(1, n_edges // n_nodes), seed=seed)
    edges = set(g.edges())
    while len(edges) < n_edges:
        u, v = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if u != v and (u, v) not in edges and (v, u) not in edges:
            edges.add((u, v))
    edges_list = sorted(edges)[:n_edges]

    quads: list[Quad] = []
    docs = []
    for d in range(max(20, n_nodes // 25)):
        doc = ids.document_iri(f"{d:016x}")
        issued = f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(doc)
        quads += [
            (doc, doc, RDF.type, CLKG.Document),
            (doc, doc, RDFS.label, Literal(f"doc_{d:04d}.txt")),
            (doc, doc, DCTERMS.title, Literal(f"{rng.choice(WORDS)} {rng.choice(WORDS)} {d}", lang="en")),
            (doc, doc, DCTERMS.issued, Literal(issued, datatype=XSD.date)),
            (doc, doc, DCTERMS.language, Literal("en", datatype=XSD.language)),
        ]
    names, iris = [], []
    n_countries = min(40, n_nodes // 10)
    weights = [w for _, w in CLASSES]
    for i in range(n_nodes):
        cls = "Country" if i < n_countries else rng.choices([c for c, _ in CLASSES], weights)[0]
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {cls} {i}"
        iri = CLKR[f"{cls.lower()}/synthetic-{i}"]
        names.append(name)
        iris.append(iri)
        quads += [(None, iri, RDF.type, CLKG[cls]), (None, iri, RDFS.label, Literal(name, lang="en"))]
        if i % 3 == 0:
            quads.append((None, iri, RDFS.label, Literal(f"实体 {i}", lang="zh")))
        if i % 5 == 0:
            quads.append((None, iri, RDFS.label, Literal(f"كيان {i}", lang="ar")))
        if i % 2 == 0:
            quads.append((None, iri, SKOS.altLabel, Literal(f"E{i}", lang="en")))
        if i % 7 == 0:
            quads.append((None, iri, OWL.sameAs, URIRef(f"http://www.wikidata.org/entity/Q{1000 + i}")))
        if cls in ("Event", "Agreement", "Project"):
            quads.append((None, iri, CLKG.date, Literal(f"{rng.randint(2012, 2025)}", datatype=XSD.gYear)))
        for doc in rng.sample(docs, rng.randint(1, 3)):
            quads.append((None, iri, CLKG.mentionedIn, doc))
    for u, v in edges_list:
        s, o, p = iris[u], iris[v], CLKG[rng.choice(PREDICATES)]
        fact = ids.fact_iri(s, p, o)
        doc = rng.choice(docs)
        sentence = f"{names[u]} and {names[v]} signed a {rng.choice(WORDS).lower()} deal."
        a = ids.assertion_iri(s, p, o, str(doc), 0, len(sentence))
        quads += [
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
            (doc, a, CLKG.startOffset, Literal(0, datatype=XSD.nonNegativeInteger)),
            (doc, a, CLKG.endOffset, Literal(len(sentence), datatype=XSD.nonNegativeInteger)),
            (doc, a, CLKG.confidence, Literal(Decimal(f"0.{rng.randint(50, 99)}"), datatype=XSD.decimal)),
        ]
    return quads


def open_page(path: Path, runs: int) -> list[dict[str, float]]:
    """Open the page ``runs`` times (fresh page each time): the browser's timings in ms."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                requests: list[str] = []
                page.on("request", lambda r, acc=requests: acc.append(r.url))
                t0 = time.perf_counter()
                page.goto(path.as_uri(), wait_until="commit")
                page.wait_for_function(
                    "() => typeof network === 'object' && network !== null"
                    " && window.clkgFirstDrawMs !== undefined",
                    timeout=120_000, polling=10,
                )
                wall = (time.perf_counter() - t0) * 1000
                first_draw = page.evaluate("window.clkgFirstDrawMs")
                drawn = page.evaluate("network.body.data.nodes.length")
                # One interaction: hide a class and show it again (filters rebuild the view).
                toggle = page.evaluate(
                    """() => new Promise((done) => {
                      const button = document.querySelector('#legend li button');
                      const t = performance.now();
                      button.click(); button.click();
                      network.once('afterDrawing', () => done(performance.now() - t));
                      network.redraw();
                    })"""
                )
                redraw = page.evaluate(
                    """() => new Promise((done) => {
                      const t = performance.now();
                      network.once('afterDrawing', () => done(performance.now() - t));
                      network.moveTo({scale: network.getScale() * 1.1});
                    })"""
                )
                external = [u for u in requests if u != path.as_uri()]
                out.append({"first_draw": first_draw, "wall": wall, "drawn": drawn, "toggle": toggle,
                            "redraw": redraw, "external": len(external)})
                page.close()
        finally:
            browser.close()
    return out


def report(label: str, html_path: Path, render_s: float, runs: int) -> float:
    timings = open_page(html_path, runs)
    first = statistics.median(t["first_draw"] for t in timings)
    print(f"\n== {label}")
    print(f"python render_html:         {render_s:6.2f} s")
    print(f"page size:                  {html_path.stat().st_size / 1e6:6.2f} MB")
    print(f"entities drawn:             {int(timings[0]['drawn']):6d}")
    each = ", ".join(f"{t['first_draw'] / 1000:.2f}" for t in timings)
    print(f"interactive (first draw):   {first / 1000:6.2f} s  (median of {runs}; runs: {each}; "
          f"wall clock from goto: {statistics.median(t['wall'] for t in timings) / 1000:.2f} s)")
    print(f"ratio to the {TARGET_S:.0f} s target:      {first / 1000 / TARGET_S:6.2f}  "
          f"({'PASS' if first / 1000 < TARGET_S else 'FAIL'})")
    print(f"class filter off+on:        {statistics.median(t['toggle'] for t in timings):6.0f} ms")
    print(f"one redraw (zoom):          {statistics.median(t['redraw'] for t in timings):6.0f} ms")
    print(f"network requests:           {sum(int(t['external']) for t in timings):6d}")
    return first / 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="also measure with every entity drawn")
    ap.add_argument("--keep", type=Path, help="write the pages into this folder")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run `bash scripts/install-browser.sh`", file=sys.stderr)
        return 2

    t = time.perf_counter()
    quads = synthetic_quads(args.nodes, args.edges)
    store = GraphStore.in_memory(quads)
    print(f"synthetic graph: {args.nodes} entities, {args.edges} facts, {len(quads)} quads "
          f"(built in {time.perf_counter() - t:.1f} s)")

    folder = args.keep or Path(tempfile.mkdtemp(prefix="clkg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    worst = 0.0
    variants = [(f"default: at most {MAX_NODES} drawn", MAX_NODES)]
    if args.all:
        variants.append((f"everything drawn ({args.nodes})", args.nodes))
    for label, limit in variants:
        t = time.perf_counter()
        html = render_html(store, max_nodes=limit)
        render_s = time.perf_counter() - t
        path = folder / f"bench-{limit}.html"
        path.write_text(html, encoding="utf-8")
        worst = max(worst, report(label, path, render_s, args.runs))
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
