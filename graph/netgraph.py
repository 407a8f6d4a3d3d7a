"""The entity graph as networkx: nodes are entities, edges are relation facts.

Used by the HTML view and the GraphML export; read from the store with SPARQL. Also the graph
algorithms of the view: neighbourhoods, ranking by degree and a layout that needs only numpy
(networkx's own spring layout needs scipy past 500 nodes).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import networkx as nx

from .store import GraphStore
from .vocab import CLKG

if TYPE_CHECKING:  # numpy is imported where the layout needs it: the GraphML export does not
    import numpy as np

_CLASSES = [
    "Country", "Person", "GovernmentBody", "Company", "InternationalOrganization", "Organization",
    "Agreement", "Project", "Event", "Initiative",
]
ENTITY_CLASSES = tuple(_CLASSES)

Position = tuple[float, float]


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
        name = en if en is not None else anyl
        label = name.value if name is not None else e.value
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


def neighbourhood(g: nx.Graph, node: str, depth: int) -> set[str]:
    """The nodes at most ``depth`` hops from ``node``, whatever the edges' direction."""
    seen = {node}
    frontier = [node]
    for _ in range(max(0, depth)):
        nxt = []
        for n in frontier:
            for m in (*g.successors(n), *g.predecessors(n)) if g.is_directed() else g.neighbors(n):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return seen


def linked_to(g: nx.Graph, targets: Iterable[str]) -> set[str]:
    """The targets and every node linked to one of them by an edge (either direction)."""
    targets = set(targets)
    keep = {t for t in targets if t in g}
    for u, v in g.edges():
        if u in targets:
            keep.add(v)
        if v in targets:
            keep.add(u)
    return keep


def ranking(g: nx.Graph) -> list[str]:
    """Nodes by degree (distinct neighbours), highest first; ties by label, then id."""
    def key(n: str) -> tuple[int, str, str]:
        return (-len(set(nx.all_neighbors(g, n))), str(g.nodes[n].get("label", "")), n)

    return sorted(g.nodes, key=key)


def force_layout(n: int, edges: Iterable[tuple[int, int]], iterations: int = 50, seed: int = 7) -> np.ndarray:
    """Fruchterman–Reingold in numpy: ``n`` points in about the unit square, as an (n, 2) array.

    As in ForceAtlas2, two nodes repel in proportion to the product of their degrees (plus one),
    which gives a hub's many leaves room around it. Repulsion is exact (all pairs, in float32
    chunks that bound memory); the step shrinks linearly, so the result is settled after the
    given number of iterations. Deterministic for a seed.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    if n < 2:
        return (pos * 0.0).astype(np.float64)
    pairs = np.array(list(edges), dtype=np.int64).reshape(-1, 2)
    ei, ej = pairs[:, 0], pairs[:, 1]
    mass = np.bincount(np.concatenate([ei, ej]), minlength=n).astype(np.float32) + 1
    mass /= mass.mean()
    k2 = np.float32(1.0 / n)
    k = math.sqrt(1.0 / n)
    step = 0.1
    cooling = step / (iterations + 1)
    chunk = max(1, 4_000_000 // n)
    push = np.empty((n, 2), dtype=np.float32)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        for a in range(0, n, chunk):
            dx = x[a : a + chunk, None] - x[None, :]
            dy = y[a : a + chunk, None] - y[None, :]
            d2 = dx * dx
            d2 += dy * dy
            np.maximum(d2, np.float32(1e-9), out=d2)
            w = np.divide(k2, d2, out=d2)
            w *= mass[a : a + chunk, None]
            w *= mass[None, :]
            push[a : a + chunk, 0] = np.einsum("ij,ij->i", dx, w)
            push[a : a + chunk, 1] = np.einsum("ij,ij->i", dy, w)
        disp = push.astype(np.float64)
        if len(ei):
            delta = (pos[ei] - pos[ej]).astype(np.float64)
            pull = delta * (np.sqrt(np.einsum("ij,ij->i", delta, delta)) / k)[:, None]
            np.subtract.at(disp, ei, pull)
            np.add.at(disp, ej, pull)
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", disp, disp)), 1e-9)
        pos += (disp * (np.minimum(length, step) / length)[:, None]).astype(np.float32)
        step -= cooling
    return pos.astype(np.float64)


def _iterations(n: int) -> int:
    """Fewer iterations for bigger components: one costs about n² (2,000 nodes: ~15 ms)."""
    return max(30, min(100, 100_000 // max(n, 1)))


def _component_layout(sub: nx.Graph, seed: int, edge_length: float) -> dict[str, Position]:
    """One connected component: force layout, scaled to the edge length, then room for labels."""
    import numpy as np

    nodes = sorted(sub.nodes, key=str)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (edge_length, 0.0)}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in sub.edges() if u != v]
    pos = force_layout(len(nodes), pairs, iterations=_iterations(len(nodes)), seed=seed)
    lengths = np.array([np.hypot(*(pos[i] - pos[j])) for i, j in pairs])
    median = float(np.median(lengths)) if len(lengths) else 0.0
    scale = edge_length / median if median > 1e-9 else edge_length
    pos = (pos - pos.mean(axis=0)) * scale
    # Room for the node itself: the page draws sizes from 7 to 34 px by degree.
    degree = np.bincount(np.array(pairs).ravel(), minlength=len(nodes)).astype(np.float64)
    gap = (edge_length * 1.25, edge_length * 0.5)
    size = 27.0 * (degree - degree.min()) / max(degree.max() - degree.min(), 1.0)
    pos = spread(pos, gap, extra=size / gap[1])
    return {n: (float(pos[i, 0]), float(pos[i, 1])) for n, i in index.items()}


def spread(
    pos: np.ndarray, gap: Position, extra: np.ndarray | None = None, iterations: int | None = None
) -> np.ndarray:
    """Push apart points closer than an ellipse of half-axes ``gap`` (room for a label).

    ``extra`` widens the ellipse of each point by that many gaps (room for a big node). Each
    pass moves both points of every overlapping pair half the overlap apart: the layout keeps
    its shape, and crowded spots (a hub's many leaves) open up.
    """
    import numpy as np

    n = len(pos)
    if n < 2:
        return pos
    if iterations is None:
        iterations = 40 if n <= 1000 else 20
    room = (np.zeros(n) if extra is None else np.asarray(extra, dtype=np.float64)).astype(np.float32)
    scale = np.array(gap, dtype=np.float32)
    p = (pos / scale).astype(np.float32)
    chunk = max(1, 4_000_000 // n)
    jitter = np.random.default_rng(0).normal(scale=1e-3, size=(n, 2)).astype(np.float32)
    for _ in range(iterations):
        move = np.zeros((n, 2), dtype=np.float32)
        overlaps = 0
        x, y = p[:, 0], p[:, 1]
        for a in range(0, n, chunk):
            dx = x[a : a + chunk, None] - x[None, :]
            dy = y[a : a + chunk, None] - y[None, :]
            d = np.sqrt(dx * dx + dy * dy)
            over = np.clip(1.0 + room[a : a + chunk, None] + room[None, :] - d, 0.0, None)
            np.fill_diagonal(over[:, a : a + chunk], 0.0)
            if not over.any():
                continue
            overlaps += int(np.count_nonzero(over))
            w = over / np.maximum(d, 1e-4) * 0.5
            move[a : a + chunk, 0] = np.einsum("ij,ij->i", dx, w)
            move[a : a + chunk, 1] = np.einsum("ij,ij->i", dy, w)
        if overlaps <= n // 200:  # a few overlaps left are fine: the page can zoom
            break
        p += move * 0.5 + jitter * (np.abs(move).sum(axis=1, keepdims=True) > 0)
    return p.astype(np.float64) * scale


def _grid(nodes: list[str], rows: int, cell: Position) -> dict[str, Position]:
    """Column by column, so that reading down a column keeps classes together."""
    rows = max(1, rows)
    return {n: ((i // rows) * cell[0], (i % rows) * cell[1]) for i, n in enumerate(nodes)}


def _box(block: dict[str, Position], margin: float) -> tuple[float, float, float, float]:
    xs = [p[0] for p in block.values()]
    ys = [p[1] for p in block.values()]
    return min(xs), min(ys), max(xs) - min(xs) + margin, max(ys) - min(ys) + margin


def _shelves(sizes: list[tuple[float, float]], width: float) -> tuple[list[Position], float, float]:
    """Blocks left to right in rows no wider than ``width``: their corners and the total size."""
    corners, x, y, row, total_w = [], 0.0, 0.0, 0.0, 0.0
    for w, h in sizes:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        corners.append((x, y))
        x += w
        row = max(row, h)
        total_w = max(total_w, x)
    return corners, total_w, y + row


def _pack(blocks: list[dict[str, Position]], margin: float, aspect: float = 1.6) -> dict[str, Position]:
    """Shelf packing, tallest first, with the row width that best fills a landscape screen."""
    boxes = [_box(b, margin) for b in blocks]
    order = sorted(range(len(blocks)), key=lambda i: (-boxes[i][3], i))
    sizes = [(boxes[i][2], boxes[i][3]) for i in order]
    widest, total = max(w for w, _ in sizes), sum(w for w, _ in sizes)
    best: tuple[float, list[Position]] | None = None
    for step in range(41):
        width = widest + (total - widest) * step / 40
        corners, w, h = _shelves(sizes, width)
        zoom_cost = max(w, h * aspect)  # the fitted view shrinks with the larger of the two
        if best is None or zoom_cost < best[0] - 1e-6:
            best = (zoom_cost, corners)
    assert best is not None
    out: dict[str, Position] = {}
    for i, (cx, cy) in zip(order, best[1], strict=True):
        x0, y0, _, _ = boxes[i]
        for n, (px, py) in blocks[i].items():
            out[n] = (px - x0 + cx, py - y0 + cy)
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    mid_x, mid_y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (px - mid_x, py - mid_y) for n, (px, py) in out.items()}


def _declutter(pos: dict[str, Position], movable: list[str], gap: float, passes: int = 6) -> None:
    """Move each of ``movable`` away from any point closer than ``gap`` (a grid finds them)."""
    for _ in range(passes):
        cells: dict[tuple[int, int], list[str]] = defaultdict(list)
        for n, (x, y) in pos.items():
            cells[(int(x // gap), int(y // gap))].append(n)
        moved = False
        for n in movable:
            x, y = pos[n]
            cx, cy = int(x // gap), int(y // gap)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for m in cells.get((cx + dx, cy + dy), ()):
                        if m == n:
                            continue
                        mx, my = pos[m]
                        d = math.hypot(x - mx, y - my)
                        if d < gap:
                            # Straight away from the other point (a fixed turn when they coincide).
                            ux, uy = ((x - mx) / d, (y - my) / d) if d > 1e-6 else (0.6, 0.8)
                            x, y = x + ux * (gap - d), y + uy * (gap - d)
                            moved = True
            pos[n] = (x, y)
        if not moved:
            break


def layout(
    g: nx.Graph,
    *,
    core: int | None = None,
    seed: int = 7,
    edge_length: float = 120.0,
    order: Mapping[str, int] | None = None,
) -> dict[str, Position]:
    """Positions (in screen pixels) for every node of ``g``.

    Each connected component is laid out with :func:`force_layout`; unconnected nodes form a
    grid grouped by class; these blocks are packed in rows, tallest first, to fill a landscape
    screen. Only the ``core`` best-connected nodes take part in the force layout: every other
    node is placed on a small ring around its best-connected placed neighbour (or in the grid),
    which keeps big graphs fast. ``order`` ranks nodes (lower first); default :func:`ranking`.
    """
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    ranked = sorted(g.nodes, key=lambda n: order[n]) if order is not None else ranking(g)
    rank = {n: i for i, n in enumerate(ranked)}
    core_nodes = set(ranked if core is None else ranked[: max(core, 1)])
    core_graph = simple.subgraph(core_nodes).copy()
    components = sorted(nx.connected_components(core_graph), key=lambda c: (-len(c), min(rank[n] for n in c)))
    blocks = [
        _component_layout(core_graph.subgraph(c).copy(), seed + i, edge_length)
        for i, c in enumerate(components)
        if len(c) > 1
    ]
    pos = _pack(blocks, margin=edge_length) if blocks else {}

    # Satellites: nodes outside the core, around their best-connected placed neighbour.
    rest = [n for n in ranked if n not in core_nodes]
    ring: dict[str, int] = {}
    for _ in range(3):
        left = []
        for n in rest:
            placed = [m for m in simple.neighbors(n) if m in pos]
            if not placed:
                left.append(n)
                continue
            anchor = min(placed, key=lambda m: rank[m])
            i = ring.get(anchor, 0)
            ring[anchor] = i + 1
            radius = edge_length * (0.45 + 0.12 * math.sqrt(i))
            angle = i * 2.399963  # the golden angle spreads the ring evenly
            ax, ay = pos[anchor]
            pos[n] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
        rest = left
        if not rest:
            break
    satellites = [n for n in ranked if n not in core_nodes and n in pos]
    if satellites:
        _declutter(pos, satellites, edge_length * 0.2)

    # The unconnected and the unplaced: a grid beside the rest, grouped by class then label.
    loose = [n for c in components if len(c) == 1 for n in c] + rest
    if loose:
        def by_class(n: str) -> tuple[int, str, str]:
            cls = str(g.nodes[n].get("cls", ""))
            place = _CLASSES.index(cls) if cls in _CLASSES else len(_CLASSES)
            return (place, str(g.nodes[n].get("label", "")), n)

        loose.sort(key=by_class)
        cell = (edge_length * 1.6, edge_length * 0.4)
        if pos:
            height = max(p[1] for p in pos.values()) - min(p[1] for p in pos.values())
            rows = max(4, int(height // cell[1]) + 1)
        else:
            rows = max(1, int(math.sqrt(len(loose) * cell[0] / cell[1] / 1.6)))
        grid = _grid(loose, rows, cell)
        pos = _pack([pos, grid], margin=edge_length) if pos else _pack([grid], margin=0.0)
    return pos
