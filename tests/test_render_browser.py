"""The HTML view in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Skipped only when Chromium is missing outside CI; with ``CI`` set they must run. Screenshots go
to ``test-output/``; ``CLKG_DOCS_SCREENSHOT=1`` also refreshes ``docs/screenshot.png``.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from graph import ids
from graph.render import render_html
from graph.store import GraphStore
from graph.triples import Quad
from graph.vocab import CLKG, CLKR, PREFIXES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
XSD = Namespace(PREFIXES["xsd"])  # a plain Namespace: rdflib's XSD warns when pytest probes it
BRAZIL = "https://w3id.org/clkg/resource/country/BR"
HOSTILE = "<img src=x onerror=alert(1)>"
QUOTED = '"quotes" \\backslash\nnewline'
SENTENCE = "<b onmouseover=alert(3)>Bold</b> & 'quoted' \\ sentence"
ENTITY_COUNT = """
    SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
      VALUES ?cls { clkg:Country clkg:Person clkg:GovernmentBody clkg:Company clkg:InternationalOrganization
                    clkg:Organization clkg:Agreement clkg:Project clkg:Event clkg:Initiative }
      ?e a ?cls ; rdfs:label ?l }
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists() and not os.environ.get("CI"):
        pytest.skip(f"{CHROMIUM} is missing (bash scripts/install-browser.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Opened:
    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


def open_view(browser: Any, path: Path, width: int = 1400, height: int = 900) -> Opened:
    """Open a page and wait for its first drawing, recording errors, requests and dialogs."""
    page = browser.new_page(viewport={"width": width, "height": height})
    opened = Opened(page, path.as_uri())
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))

    def on_dialog(d: Any) -> None:
        opened.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(opened.url)
    page.wait_for_function("() => document.documentElement.dataset.ready === 'true'", timeout=20_000)
    return opened


def click_node(v: Opened, node_id: str) -> None:
    """A real mouse click on a node: centre the view on it, then click where vis drew it."""
    point = v.js(
        """(id) => {
          const p = network.getPositions([id])[id];
          network.moveTo({position: p, scale: 1.2, animation: false});
          return network.canvasToDOM(p);
        }""",
        node_id,
    )
    box = v.page.locator("#graph canvas").bounding_box()
    v.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def click_some_edge(v: Opened) -> int:
    """Click the middle of the first edge that no node or other edge covers there; its id."""
    found = v.js(
        """() => {
          for (const id of network.body.data.edges.getIds()) {
            const e = network.body.data.edges.get(id);
            if (e.smooth) continue;
            const p = network.getPositions([e.from, e.to]);
            const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
            network.moveTo({position: mid, scale: 1.5, animation: false});
            const dom = network.canvasToDOM(mid);
            if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === id) return {id, ...dom};
          }
          return null;
        }"""
    )
    assert found, "no clickable edge"
    box = v.page.locator("#graph canvas").bounding_box()
    v.page.mouse.click(box["x"] + found["x"], box["y"] + found["y"])
    return int(found["id"])


def visible_count(v: Opened) -> int:
    return int(v.js("network.body.data.nodes.length"))


def neighbours(store: GraphStore, iri: str) -> set[str]:
    rows = store.query(
        """SELECT DISTINCT ?n ?e WHERE { ?f a clkg:Fact .
             { ?f rdf:subject ?e ; rdf:object ?n } UNION { ?f rdf:object ?e ; rdf:subject ?n } }""",
        bindings={"e": URIRef(iri)},
    )
    return {r[0].value for r in rows.rows if r[0] is not None}


# ------------------------------------------------------------------------------ the seed graph


@pytest.fixture(scope="module")
def seed_page(seed_store: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    path.write_text(render_html(seed_store), encoding="utf-8")
    return path


def test_seed_page_loads_offline_and_draws_every_entity(
    browser: Any, seed_page: Path, seed_store: GraphStore
) -> None:
    v = open_view(browser, seed_page)
    entities = seed_store.query(ENTITY_COUNT).rows[0][0]
    assert entities is not None
    assert visible_count(v) == int(entities.value)
    facts = seed_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?f a clkg:Fact }").rows[0][0]
    assert facts is not None and v.js("network.body.data.edges.length") == int(facts.value)
    assert v.js("typeof network.body.data.nodes.get") == "function"
    assert v.js("network.physics.options.enabled") is False
    v.page.wait_for_timeout(300)
    assert v.errors == []
    assert v.requests == [v.url], "the page itself is the only request"
    status = v.page.inner_text("#status")
    assert f"Showing {int(entities.value)} entities and {int(facts.value)} facts" in status
    v.page.close()


def test_search_finds_brazil_and_selects_it(browser: Any, seed_page: Path) -> None:
    v = open_view(browser, seed_page)
    v.page.fill("#search", "braZIL")
    first = v.page.locator("#search-results li").first
    assert "Brazil" in first.inner_text()
    v.page.keyboard.press("Enter")
    assert v.js("network.getSelectedNodes()") == [BRAZIL]
    assert v.page.inner_text("#panel h2") == "Brazil"
    # Any label or alias, without accents or case: the Arabic name of Huawei, an accented Mexico.
    for query, expected in (("هواوي", "Huawei"), ("MEXICO", "Mexico"), ("brasíl", "Brazil")):
        v.page.fill("#search", query)
        assert v.page.locator("#search-results li .name").first.inner_text() == expected
    v.page.keyboard.press("Enter")
    assert v.js("network.getSelectedNodes()") == [BRAZIL]
    assert v.errors == []
    v.page.close()


def test_clicking_an_edge_shows_its_evidence(browser: Any, seed_page: Path, seed_store: GraphStore) -> None:
    v = open_view(browser, seed_page)
    edge = click_some_edge(v)
    assert v.js("network.getSelectedEdges()") == [edge]
    fact = v.js("(k) => { const e = clkg.data.edges[k]; "
                "return [clkg.data.nodes[e.from].id, e.predicate, clkg.data.nodes[e.to].id]; }", edge)
    rows = seed_store.query(
        """SELECT ?sentence ?label ?s ?p ?o WHERE {
             ?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
             ?a clkg:fact ?f ; clkg:sentence ?sentence ; prov:wasDerivedFrom ?d . ?d rdfs:label ?label }""",
        bindings={"s": URIRef(fact[0]), "p": CLKG[fact[1]], "o": URIRef(fact[2])},
    ).rows
    assert rows
    panel = v.page.inner_text("#panel")
    for sentence, label, *_ in rows:
        assert sentence is not None and label is not None
        assert " ".join(sentence.value.split()) in " ".join(panel.split())
        assert label.value in panel
    assert "confidence" in panel
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


def test_clicking_a_node_shows_its_labels(browser: Any, seed_page: Path, seed_store: GraphStore) -> None:
    v = open_view(browser, seed_page)
    click_node(v, BRAZIL)
    assert v.js("network.getSelectedNodes()") == [BRAZIL]
    rows = seed_store.query("SELECT ?l ?e WHERE { ?e rdfs:label|skos:altLabel ?l }",
                            bindings={"e": URIRef(BRAZIL)}).rows
    cells = v.js("() => [...document.querySelectorAll('#panel table.labels tr')].map("
                 "(tr) => [tr.cells[0].textContent, tr.cells[0].lang, tr.cells[1].textContent])")
    assert sorted((c[0], c[1]) for c in cells) == sorted((r[0].value, r[0].language) for r in rows if r[0])
    assert any(c[0] == "Brazilian" and "alias" in c[2] for c in cells)
    # Right-to-left text keeps its direction.
    assert v.js("() => { const td = [...document.querySelectorAll('#panel td')].find((t) => t.lang === 'ar');"
                " return getComputedStyle(td).direction; }") == "rtl"
    link = v.page.locator("#panel a[href^='https://www.wikidata.org/wiki/']")
    assert link.get_attribute("href") == "https://www.wikidata.org/wiki/Q155"
    facts = seed_store.query(
        """SELECT ?p ?e WHERE { ?f a clkg:Fact ; rdf:predicate ?p .
                                { ?f rdf:subject ?e } UNION { ?f rdf:object ?e } }""",
        bindings={"e": URIRef(BRAZIL)}).rows
    shown = v.js("() => [...document.querySelectorAll('#panel ul.facts li')].map((li) => li.textContent)")
    assert len(shown) == len(facts) > 0
    for p, _ in facts:
        assert p is not None and any(p.value.rsplit("#", 1)[1] in line for line in shown)
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


def test_filters_and_neighbourhood(browser: Any, seed_page: Path, seed_store: GraphStore) -> None:
    v = open_view(browser, seed_page)
    total = visible_count(v)

    def entities(sparql: str) -> int:
        value = seed_store.query(sparql).rows[0][0]
        assert value is not None
        return int(value.value)

    # Date range: documents issued in 2025 (the Arabic policy paper).
    v.page.fill("#date-from", "2025")
    v.page.fill("#date-to", "2025-12")
    v.page.locator("#date-to").dispatch_event("change")
    in_2025 = entities("""SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e clkg:mentionedIn ?d ; a ?c .
                            ?d dcterms:issued ?i FILTER(STR(?i) >= "2025") }""")
    assert 0 < visible_count(v) == in_2025 < total
    v.page.click("#reset")
    assert visible_count(v) == total
    # Class toggles in the legend.
    persons = entities("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a clkg:Person }")
    v.page.locator("#legend li button", has_text="Person").click()
    assert visible_count(v) == total - persons
    v.page.click("#reset")
    # A country: entities linked to Brazil by any relation, and Brazil.
    option = v.js("() => [...document.querySelectorAll('#filter-country option')]"
                  ".find((o) => o.text.startsWith('Brazil ')).value")
    v.page.select_option("#filter-country", option)
    linked = v.js("() => network.body.data.nodes.getIds()")
    assert set(linked) == neighbours(seed_store, BRAZIL) | {BRAZIL}
    v.page.click("#reset")
    # A document.
    v.page.select_option("#filter-document", index=1)
    doc_id = v.js("() => clkg.data.docs[Number(document.getElementById('filter-document').value)].id")
    mentioned = seed_store.query(
        "SELECT (COUNT(DISTINCT ?e) AS ?n) ?d WHERE { ?e clkg:mentionedIn ?d ; a ?c } GROUP BY ?d",
        bindings={"d": URIRef(doc_id)},
    ).rows[0][0]
    assert mentioned is not None and visible_count(v) == int(mentioned.value)
    v.page.click("#reset")
    # The neighbourhood of Brazil, one hop, from its panel.
    v.page.fill("#search", "Brazil")
    v.page.keyboard.press("Enter")
    v.page.select_option("#panel select", "1")
    v.page.click("#panel button.primary")
    assert sorted(v.js("() => network.body.data.nodes.getIds()")) == sorted(linked)
    assert "Neighbourhood of Brazil" in v.page.inner_text("#chip")
    v.page.click("#chip-clear")
    assert visible_count(v) == total
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


def test_rendered_focus_selects_the_entity(browser: Any, seed_store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "focus.html"
    path.write_text(render_html(seed_store, focus="brasil", depth=1), encoding="utf-8")
    v = open_view(browser, path)
    assert visible_count(v) == len(neighbours(seed_store, BRAZIL) | {BRAZIL})
    assert v.js("network.getSelectedNodes()") == [BRAZIL]
    assert "within 1 hop of Brazil" in v.page.inner_text("#status")
    v.page.close()


# ------------------------------------------------------------------------------ hostile and big graphs


def hostile_store() -> GraphStore:
    doc = ids.document_iri("2" * 16)
    evil, quoted = CLKR["person/evil"], CLKR["organization/quoted"]
    fact = ids.fact_iri(evil, CLKG.affiliatedWith, quoted)
    a = ids.assertion_iri(evil, CLKG.affiliatedWith, quoted, str(doc), 0, 10)
    quads: list[Quad] = [
        (doc, doc, RDF.type, CLKG.Document),
        (doc, doc, RDFS.label, Literal("<svg onload=alert(4)>.txt")),
        (doc, doc, DCTERMS.title, Literal("<i>Title</i>", lang="en")),
        (None, evil, RDF.type, CLKG.Person),
        (None, evil, RDFS.label, Literal(HOSTILE, lang="en")),
        (None, evil, SKOS.altLabel, Literal("\u202eevil\u2028alias", lang="en")),
        (None, evil, CLKG.role, Literal("<script>alert(5)</script>")),
        (None, quoted, RDF.type, CLKG.Organization),
        (None, quoted, RDFS.label, Literal(QUOTED, lang="en")),
        (None, quoted, RDFS.label, Literal("منظمة \"الاقتباس\"", lang="ar")),
        (None, quoted, RDFS.label, Literal("引号组织", lang="zh")),
        (None, quoted, SKOS.altLabel, Literal("</script><script>alert(2)</script>", lang="en")),
        (None, evil, CLKG.affiliatedWith, quoted),
        (None, fact, RDF.type, CLKG.Fact),
        (None, fact, RDF.subject, evil),
        (None, fact, RDF.predicate, CLKG.affiliatedWith),
        (None, fact, RDF.object, quoted),
        (None, fact, CLKG.supportCount, Literal(1, datatype=XSD.nonNegativeInteger)),
        (doc, a, RDF.type, CLKG.Assertion),
        (doc, a, CLKG.fact, fact),
        (doc, a, PROV.wasDerivedFrom, doc),
        (doc, a, CLKG.sentence, Literal(SENTENCE)),
        (doc, a, CLKG.confidence, Literal(Decimal("0.5"), datatype=XSD.decimal)),
    ]
    return GraphStore.in_memory(quads)


def test_hostile_labels_show_as_text_and_run_nothing(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render_html(hostile_store()), encoding="utf-8")
    v = open_view(browser, path)
    assert visible_count(v) == 2
    click_node(v, str(CLKR["person/evil"]))
    assert v.js("() => document.querySelector('#panel h2').textContent") == HOSTILE
    assert "<script>alert(5)</script>" in v.page.inner_text("#panel")
    # The hover tooltip is text too.
    v.page.wait_for_function("() => document.querySelector('.vis-tooltip')?.style.visibility === 'visible'")
    assert HOSTILE in v.js("() => document.querySelector('.vis-tooltip').textContent")
    v.page.mouse.move(5, 5)
    click_node(v, str(CLKR["organization/quoted"]))
    assert v.js("() => document.querySelector('#panel h2').textContent") == QUOTED
    names = v.js("() => [...document.querySelectorAll('#panel table.labels td[dir=auto]')]"
                 ".map((t) => t.textContent)")
    assert "</script><script>alert(2)</script>" in names and "引号组织" in names
    click_some_edge(v)
    assert v.js("() => document.querySelector('#panel blockquote').textContent") == SENTENCE
    assert "<svg onload=alert(4)>.txt" in v.page.inner_text("#panel")
    v.page.fill("#search", "<img")
    assert HOSTILE in v.page.inner_text("#search-results")
    v.page.wait_for_timeout(200)
    assert v.dialogs == []
    markup = "img, iframe, object, embed, b, i, svg[onload]"
    assert v.js("(m) => document.querySelectorAll(m).length", markup) == 0
    assert v.js("() => document.scripts.length") == 3
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


def test_empty_graph_page(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(render_html(GraphStore.in_memory([])), encoding="utf-8")
    v = open_view(browser, path)
    assert visible_count(v) == 0 and "No entity to show" in v.page.inner_text("#main")
    v.page.fill("#search", "anything")
    assert "No entity has that name" in v.page.inner_text("#search-results")
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


def test_big_graph_is_pruned_and_says_so(browser: Any, tmp_path: Path) -> None:
    doc = ids.document_iri("3" * 16)
    quads: list[Quad] = [(doc, doc, RDF.type, CLKG.Document), (doc, doc, RDFS.label, Literal("d.txt"))]
    hub = CLKR["country/AR"]
    quads += [(None, hub, RDF.type, CLKG.Country), (None, hub, RDFS.label, Literal("Argentina", lang="en"))]
    for i in range(120):
        e = CLKR[f"person/p{i}"]
        quads += [(None, e, RDF.type, CLKG.Person), (None, e, RDFS.label, Literal(f"Person {i}", lang="en"))]
        if i % 2 == 0:
            quads += [(None, e, CLKG.represents, hub)]
            f = ids.fact_iri(e, CLKG.represents, hub)
            quads += [(None, f, RDF.type, CLKG.Fact), (None, f, RDF.subject, e), (None, f, RDF.predicate,
                      CLKG.represents), (None, f, RDF.object, hub),
                      (None, f, CLKG.supportCount, Literal(1, datatype=XSD.nonNegativeInteger))]
    path = tmp_path / "big.html"
    path.write_text(render_html(GraphStore.in_memory(quads), max_nodes=40), encoding="utf-8")
    v = open_view(browser, path)
    assert visible_count(v) == 40
    status = v.page.inner_text("#status")
    assert "Only the 40 best-connected are drawn" in status and "81 are hidden" in status
    v.page.fill("#search", "Person 119")
    assert "not drawn" in v.page.inner_text("#search-results")
    v.page.keyboard.press("Enter")
    assert "Not drawn in the current view" in v.page.inner_text("#panel")
    v.page.select_option("#limit", label="all (121)")
    assert visible_count(v) == 121
    assert v.errors == [] and v.requests == [v.url]
    v.page.close()


# ------------------------------------------------------------------------------ screenshots


def png_rgb(data: bytes) -> tuple[int, int, list[bytes]]:
    """A minimal PNG decoder (8-bit RGB/RGBA, not interlaced): width, height, rows of RGB(A)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - bpp] if x >= bpp else 0
            up = prev[x]
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                corner = prev[x - bpp] if x >= bpp else 0
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def colours(png: bytes) -> int:
    width, _, rows = png_rgb(png)
    bpp = len(rows[0]) // width
    return len({row[x : x + 3] for row in rows[::2] for x in range(0, len(row), bpp * 2)})


def test_screenshot_of_the_seed_graph(browser: Any, seed_page: Path) -> None:
    OUTPUT.mkdir(exist_ok=True)
    v = open_view(browser, seed_page)
    v.page.wait_for_timeout(200)
    shot = OUTPUT / "seed-graph.png"
    v.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 50_000
    # The middle of the canvas: many colours (classes, labels, anti-aliasing), not a blank area.
    box = v.page.locator("#graph").bounding_box()
    clip = {"x": box["x"] + box["width"] / 2 - 200, "y": box["y"] + box["height"] / 2 - 150,
            "width": 400, "height": 300}
    middle = v.page.screenshot(clip=clip)
    assert colours(middle) > 40
    if os.environ.get("CLKG_DOCS_SCREENSHOT"):
        docs_shot(v)
    v.page.close()


def docs_shot(v: Opened) -> None:
    """The README's picture: Huawei found with the search, its names and facts in the panel."""
    v.page.set_viewport_size({"width": 1400, "height": 860})
    v.page.fill("#search", "Huawei")
    v.page.keyboard.press("Enter")
    v.js("() => document.getElementById('search').blur()")
    v.page.wait_for_timeout(800)
    (ROOT / "docs").mkdir(exist_ok=True)
    v.page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
