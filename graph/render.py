"""The interactive HTML view: one self-contained file, vis-network (shipped by pyvis) inlined.

The layout is computed here with networkx, so the page opens settled (physics off). Labels
come from documents: they enter the page only as JSON data and are shown as text.
"""

from __future__ import annotations

import json
from importlib import resources

import networkx as nx

from .netgraph import entity_graph
from .store import GraphStore

COLORS = {
    "Country": ("#e15759", "dot"),
    "Person": ("#4e79a7", "dot"),
    "GovernmentBody": ("#f28e2b", "square"),
    "Company": ("#59a14f", "square"),
    "InternationalOrganization": ("#b07aa1", "diamond"),
    "Organization": ("#76b7b2", "square"),
    "Agreement": ("#edc948", "triangle"),
    "Project": ("#9c755f", "triangleDown"),
    "Event": ("#ff9da7", "star"),
    "Initiative": ("#bab0ac", "hexagon"),
}


def _vis_js() -> str:
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    return lib.read_text(encoding="utf-8")


def _json_for_script(data: object) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (
        json.dumps(data, ensure_ascii=False, sort_keys=True)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(g)
    pos = nx.spring_layout(simple, seed=7, k=None, iterations=50 if len(simple) < 3000 else 20)
    scale = 40.0 * max(10.0, len(simple) ** 0.5)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in pos.items()}


def render_html(store: GraphStore, title: str = "China–Latin America Knowledge Graph") -> str:
    g = entity_graph(store)
    pos = layout(g)
    nodes = []
    for n, d in sorted(g.nodes(data=True)):
        color, shape = COLORS.get(d["cls"], ("#999999", "dot"))
        x, y = pos.get(n, (0.0, 0.0))
        nodes.append(
            {
                "id": n, "label": d["label"], "title": f"{d['label']} ({d['cls']})", "color": color,
                "shape": shape, "x": round(x, 2), "y": round(y, 2), "value": g.degree(n) + 1, "cls": d["cls"],
            }
        )
    edges = [
        {"id": f"{u}|{k}|{v}", "from": u, "to": v, "label": "", "title": d["predicate"], "arrows": "to"}
        for u, v, k, d in sorted(g.edges(keys=True, data=True))
    ]
    legend = "".join(
        f'<span class="key"><i style="background:{c}"></i>{cls}</span>' for cls, (c, _) in COLORS.items()
    )
    return _PAGE.format(
        title=title,
        vis=_vis_js(),
        data=_json_for_script({"nodes": nodes, "edges": edges}),
        legend=legend,
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>
body{{margin:0;font:14px system-ui,sans-serif}} #graph{{position:absolute;top:40px;bottom:0;left:0;right:0}}
#bar{{height:40px;display:flex;align-items:center;gap:12px;padding:0 10px;border-bottom:1px solid #ddd}}
.key i{{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}}
</style></head><body>
<div id="bar"><strong>{title}</strong>{legend}</div>
<div id="graph"></div>
<script>{vis}</script>
<script>
const DATA = {data};
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
var network = new vis.Network(document.getElementById("graph"), {{nodes, edges}},
  {{physics: false, nodes: {{scaling: {{min: 8, max: 40}}, font: {{size: 12}}}}, edges: {{smooth: false}},
    interaction: {{hover: true}}}});
</script></body></html>
"""
