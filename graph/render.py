"""The interactive HTML view: one self-contained page that works offline.

vis-network 9.1.2 (shipped inside the pyvis package) and the view's own script
(``templates/view.js``) are inlined; the Content-Security-Policy forbids every network request.
The layout is computed here (:func:`graph.netgraph.layout`), so the page opens settled with
physics off. Labels, sentences and titles come from documents: they enter the page only as
JSON inside a ``<script type="application/json">`` element, and the script shows them as text.

Size: every entity that passes the ``focus``/``types``/``countries`` filters is in the page
(searchable, with its facts and evidence), but at most ``max_nodes`` (default
:data:`MAX_NODES`) are drawn at once: the best connected. The page says when some are hidden
and lets the user raise the limit, filter, or open one entity's neighbourhood.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from .errors import ClkgError
from .netgraph import ENTITY_CLASSES, entity_graph, layout, linked_to, neighbourhood, ranking
from .store import GraphStore
from .vocab import CLKG

DEFAULT_TITLE = "China–Latin America Knowledge Graph"
MAX_NODES = 2000
"""At most this many entities are drawn at once (the best connected); the rest stay searchable."""

# Colour, border and vis-network shape of each class (a colour-blind-safe Tableau palette).
STYLES: dict[str, tuple[str, str, str]] = {
    "Country": ("#e15759", "#a8383a", "hexagon"),
    "Person": ("#4e79a7", "#345476", "dot"),
    "GovernmentBody": ("#f28e2b", "#b3641a", "square"),
    "Company": ("#59a14f", "#3d7236", "square"),
    "InternationalOrganization": ("#b07aa1", "#7f5574", "diamond"),
    "Organization": ("#76b7b2", "#4f8a85", "square"),
    "Agreement": ("#edc948", "#b0932a", "triangle"),
    "Project": ("#9c755f", "#6e5242", "triangleDown"),
    "Event": ("#ff9da7", "#d4667a", "star"),
    "Initiative": ("#bab0ac", "#857b77", "diamond"),
}
COLORS = {cls: (color, shape) for cls, (color, _, shape) in STYLES.items()}
_PREFIX = str(CLKG._NS)
_WIKIDATA = "http://www.wikidata.org/entity/"
_CLASS_VALUES = " ".join(f"clkg:{c}" for c in ENTITY_CLASSES)


# ------------------------------------------------------------------------------ page assembly


def _template(name: str) -> str:
    return (resources.files("graph") / "templates" / name).read_text(encoding="utf-8")


def _vis_js() -> str:
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return lib.read_text(encoding="utf-8")


def _json_for_script(data: object) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script(code: str, what: str) -> str:
    if re.search(r"</script|<!--", code, re.IGNORECASE):
        raise ClkgError(f"{what} contains '</script' or '<!--' and cannot be inlined (a packaging bug)")
    return code


def page(data: dict[str, Any], title: str = DEFAULT_TITLE) -> str:
    """The HTML page for view data (as built by :func:`view_data`)."""
    parts = {
        "TITLE": html.escape(title),
        "VIS_JS": _script(_vis_js(), "vis-network.min.js"),
        "DATA_JSON": _json_for_script(data),
        "VIEW_JS": _script(_template("view.js"), "view.js"),
    }
    # One pass: text put in is never scanned again for placeholders.
    return re.sub(r"@(TITLE|VIS_JS|DATA_JSON|VIEW_JS)@", lambda m: parts[m.group(1)], _template("view.html"))


def render_html(
    store: GraphStore,
    title: str = DEFAULT_TITLE,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    countries: Sequence[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> str:
    """The self-contained HTML view of the graph in ``store``.

    ``focus`` (a label, alias or IRI) keeps the entities at most ``depth`` hops from it;
    ``types`` keeps these classes; ``countries`` keeps the entities linked to one of these
    countries by any relation. Unknown names raise :class:`ClkgError` with close matches.
    """
    return page(view_data(store, focus=focus, depth=depth, types=types, countries=countries,
                          max_nodes=max_nodes), title)


# ------------------------------------------------------------------------------ reading the store


@dataclass
class _Details:
    labels: dict[str, list[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(list))
    docs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    date: dict[str, str] = field(default_factory=dict)
    iso: dict[str, str] = field(default_factory=dict)


def _details(store: GraphStore) -> _Details:
    """Every name (label and alias, with language), mention, date and ISO code of the entities."""
    d = _Details()
    rows = store.query(
        f"""
        SELECT ?e ?p ?v WHERE {{
          VALUES ?cls {{ {_CLASS_VALUES} }}
          VALUES ?p {{ rdfs:label skos:altLabel clkg:mentionedIn clkg:date clkg:isoCode }}
          ?e a ?cls ; ?p ?v .
        }}
        """
    ).rows
    for e, p, v in rows:
        assert e is not None and p is not None and v is not None
        key, pred = e.value, p.value
        if pred.endswith("#label") or pred.endswith("#altLabel"):
            lang = getattr(v, "language", None) or ""
            d.labels[key].append((v.value, lang, "label" if pred.endswith("#label") else "alias"))
        elif pred.endswith("#mentionedIn"):
            d.docs[key].append(v.value)
        elif pred.endswith("#date"):
            d.date[key] = min(d.date.get(key, v.value), v.value)
        elif pred.endswith("#isoCode"):
            d.iso[key] = v.value
    for names in d.labels.values():
        names.sort(key=lambda t: (t[2] != "label", t[1] != "en", t[1], t[0]))
    return d


def _documents(store: GraphStore) -> list[dict[str, str]]:
    rows = store.query(
        """
        SELECT ?d (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?title) (SAMPLE(?i) AS ?issued) (SAMPLE(?g) AS ?lang)
        WHERE {
          ?d a clkg:Document .
          OPTIONAL { ?d rdfs:label ?l } OPTIONAL { ?d dcterms:title ?t }
          OPTIONAL { ?d dcterms:issued ?i } OPTIONAL { ?d dcterms:language ?g }
        } GROUP BY ?d
        """
    ).rows
    docs = []
    for d, label, title, issued, lang in rows:
        assert d is not None
        doc = {"id": d.value, "label": label.value if label is not None else d.value.rsplit("/", 1)[-1]}
        if title is not None:
            doc["title"] = title.value
            doc["titleLang"] = getattr(title, "language", None) or ""
        if issued is not None:
            doc["issued"] = issued.value
        if lang is not None:
            doc["lang"] = lang.value
        docs.append(doc)
    docs.sort(key=lambda x: (x.get("issued", "9999"), x["label"], x["id"]))
    return docs


Evidence = tuple[str, str, float | None]


def _evidence(store: GraphStore) -> dict[tuple[str, str, str], list[Evidence]]:
    """Evidence of each fact (subject, predicate name, object): sentence, document, confidence."""
    rows = store.query(
        """
        SELECT ?s ?p ?o ?sentence ?doc ?start (MAX(?c) AS ?conf) WHERE {
          ?f a clkg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
          ?a a clkg:Assertion ; clkg:fact ?f ; clkg:sentence ?sentence ; prov:wasDerivedFrom ?doc .
          OPTIONAL { ?a clkg:startOffset ?start }
          OPTIONAL { ?a clkg:confidence ?c }
        } GROUP BY ?s ?p ?o ?sentence ?doc ?start
        """
    ).rows
    out: dict[tuple[str, str, str], list[tuple[str, str, float | None, int]]] = defaultdict(list)
    for s, p, o, sentence, doc, start, conf in rows:
        assert s is not None and p is not None and o is not None and sentence is not None and doc is not None
        out[(s.value, p.value.removeprefix(_PREFIX), o.value)].append(
            (sentence.value, doc.value, round(float(conf.value), 3) if conf is not None else None,
             int(start.value) if start is not None else -1)
        )
    result: dict[tuple[str, str, str], list[Evidence]] = {}
    for key, items in out.items():
        items.sort(key=lambda t: (-(t[2] or 0.0), t[1], t[3], t[0]))
        result[key] = [(sentence, doc, conf) for sentence, doc, conf, _ in items]
    return result


# ------------------------------------------------------------------------------ names given by the user


def fold(text: str) -> str:
    """Text for matching names: no accents, no case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


class _Names:
    """Finds entities by any label, alias, ISO code or IRI, ignoring case and accents."""

    def __init__(self, g: nx.MultiDiGraph, details: _Details) -> None:
        self.g = g
        self.index: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for n in g.nodes:
            names = [(0, g.nodes[n]["label"])]
            names += [(0 if kind == "label" else 1, text) for text, _, kind in details.labels.get(n, [])]
            if n in details.iso:
                names.append((1, details.iso[n]))
            for priority, text in names:
                if fold(text):
                    self.index[fold(text)].append((priority, n))
        self.degree = {n: len(set(nx.all_neighbors(g, n))) for n in g.nodes}

    def find(self, text: str, option: str, allowed: Iterable[str] | None = None) -> str:
        allowed_set = set(allowed) if allowed is not None else None
        if text in self.g and (allowed_set is None or text in allowed_set):
            return text
        hits = [(p, n) for p, n in self.index.get(fold(text), []) if allowed_set is None or n in allowed_set]
        if hits:
            # A name shared by several entities: the main label first, then the best connected.
            return min(hits, key=lambda h: (h[0], -self.degree[h[1]], h[1]))[1]
        raise ClkgError(self._unknown(text, option, allowed_set))

    def _unknown(self, text: str, option: str, allowed: set[str] | None) -> str:
        choices = {
            name: name for name, hits in self.index.items()
            if allowed is None or any(n in allowed for _, n in hits)
        }
        close: list[str] = []
        for name, _, _ in process.extract(fold(text), choices, scorer=fuzz.ratio, limit=12, score_cutoff=65):
            node = min(self.index[name], key=lambda h: h[0])[1]
            label = self.g.nodes[node]["label"]
            if label not in close:
                close.append(label)
        what = "country" if option == "--country" else "entity"
        rule = "names match any label or alias, ignoring case and accents, or an entity IRI"
        other = self.index.get(fold(text))
        if other and allowed is not None:
            node = min(other)[1]
            return f"no {what} named {text!r} ({option}) — {self.g.nodes[node]['label']!r} is a " \
                   f"{self.g.nodes[node]['cls']}, not a {what}"
        if close:
            suggestions = ", ".join(map(repr, close[:5]))
            return f"no {what} named {text!r} ({option}) — did you mean {suggestions}? ({rule})"
        return f"no {what} named {text!r} ({option}), nor any similar name — {rule}"


def _classes(types: Sequence[str]) -> set[str]:
    by_fold = {c.casefold(): c for c in ENTITY_CLASSES}
    out = set()
    for t in types:
        for part in t.split(","):
            name = part.strip().removeprefix("clkg:")
            if not name:
                continue
            if name.casefold() not in by_fold:
                close = [c for c, _, _ in process.extract(name, list(ENTITY_CLASSES), scorer=fuzz.WRatio,
                                                        limit=2, score_cutoff=60)]
                hint = f"did you mean {' or '.join(close)}? " if close else ""
                known = ", ".join(ENTITY_CLASSES)
                raise ClkgError(f"unknown class {name!r} (--types) — {hint}classes: {known}")
            out.add(by_fold[name.casefold()])
    return out


# ------------------------------------------------------------------------------ the data of the page


def view_data(
    store: GraphStore,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Sequence[str] | None = None,
    countries: Sequence[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready data (see :func:`render_html` for the filters)."""
    g = entity_graph(store)
    details = _details(store)
    names = _Names(g, details)
    keep = set(g.nodes)
    notes = []
    country_set = {n for n in g.nodes if g.nodes[n]["cls"] == "Country"}
    if types:
        classes = _classes(types)
        keep = {n for n in keep if g.nodes[n]["cls"] in classes}
        notes.append(f"classes: {', '.join(sorted(classes))}")
    if countries:
        chosen = [names.find(c, "--country", country_set) for c in countries]
        keep &= linked_to(g, chosen)
        notes.append(f"linked to {', '.join(g.nodes[c]['label'] for c in chosen)}")
    focus_node = None
    if focus is not None:
        focus_node = names.find(focus, "--focus")
        keep = (keep & neighbourhood(g, focus_node, depth)) | {focus_node}
        notes.append(f"within {depth} hop{'s' if depth != 1 else ''} of {g.nodes[focus_node]['label']}")
    sub = g if len(keep) == g.number_of_nodes() else g.subgraph(keep).copy()
    order = ranking(sub)
    rank = {n: i for i, n in enumerate(order)}
    pos = layout(sub, core=max_nodes, order=rank)

    nodes_sorted = sorted(sub.nodes)
    index = {n: i for i, n in enumerate(nodes_sorted)}
    docs = _documents(store)
    doc_index = {d["id"]: i for i, d in enumerate(docs)}
    country_list = sorted({c for n in nodes_sorted for c in _countries_of(g, n, country_set)})
    country_index = {c: i for i, c in enumerate(country_list)}

    nodes = []
    for n in nodes_sorted:
        attrs = g.nodes[n]
        x, y = pos[n]
        item: dict[str, Any] = {
            "id": n, "label": attrs["label"], "cls": attrs["cls"], "x": round(x, 1), "y": round(y, 1),
            "degree": len(set(nx.all_neighbors(sub, n))),
            "labels": [list(t) for t in details.labels.get(n, [])],
        }
        if attrs.get("role"):
            item["role"] = attrs["role"]
        if attrs.get("wikidata", "").startswith(_WIKIDATA):
            item["wikidata"] = attrs["wikidata"]
        if n in details.date:
            item["date"] = details.date[n]
        if n in details.iso:
            item["iso"] = details.iso[n]
        mentioned = sorted(doc_index[d] for d in set(details.docs.get(n, [])) if d in doc_index)
        if mentioned:
            item["docs"] = mentioned
        linked = sorted(country_index[c] for c in _countries_of(g, n, country_set))
        if linked:
            item["countries"] = linked
        nodes.append(item)

    evidence = _evidence(store)
    sentences: dict[str, int] = {}
    edges = []
    parallel: dict[frozenset[str], int] = defaultdict(int)
    for u, v, _, attrs in sorted(sub.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        pair = frozenset((u, v))
        curve = parallel[pair]
        parallel[pair] += 1
        ev = []
        for sentence, doc, conf in evidence.get((u, attrs["predicate"], v), []):
            if doc in doc_index:
                ev.append([sentences.setdefault(sentence, len(sentences)), doc_index[doc], conf])
        edge: dict[str, Any] = {
            "from": index[u], "to": index[v], "predicate": attrs["predicate"], "support": attrs["support"],
            "evidence": ev,
        }
        if curve:
            edge["curve"] = curve
        edges.append(edge)

    classes_present = {g.nodes[n]["cls"] for n in keep}
    total = g.number_of_nodes()
    return {
        "meta": {
            "entities": total,
            "limit": max(1, max_nodes),
            "focus": index[focus_node] if focus_node is not None else None,
            "note": f"Rendered with filters ({'; '.join(notes)}): {len(keep)} of {total} entities."
            if notes else "",
        },
        "classes": [
            {"name": c, "color": STYLES[c][0], "border": STYLES[c][1], "shape": STYLES[c][2]}
            for c in ENTITY_CLASSES if c in classes_present
        ],
        "nodes": nodes,
        "edges": edges,
        "rank": [index[n] for n in order],
        "docs": docs,
        "countries": [{"id": c, "label": g.nodes[c]["label"]} for c in country_list],
        "sentences": list(sentences),
    }


def _countries_of(g: nx.MultiDiGraph, n: str, country_set: set[str]) -> set[str]:
    """The countries an entity is linked to by any relation (a country is linked to itself)."""
    linked = {m for m in nx.all_neighbors(g, n) if m in country_set}
    if n in country_set:
        linked.add(n)
    return linked
