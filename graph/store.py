"""The graph store: an embedded Oxigraph database on disk, behind a small interface.

Queries see the union of the default graph and every document's named graph, so a plain
``SELECT`` finds entities, facts and their evidence together; ``GRAPH ?doc { ... }`` still
selects one document's records.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .errors import QueryError, StoreError
from .triples import Quad
from .vocab import PREFIXES

STORE_DIRNAME = "store"


_NAMED: dict[str, ox.NamedNode] = {}


def to_ox_term(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        node = _NAMED.get(term)
        if node is None:
            if len(_NAMED) > 200_000:
                _NAMED.clear()
            node = _NAMED[term] = ox.NamedNode(str(term))
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def to_ox_quad(q: Quad | ox.Quad) -> ox.Quad:
    if isinstance(q, ox.Quad):
        return q
    g, s, p, o = q
    graph = ox.NamedNode(str(g)) if g is not None else ox.DefaultGraph()
    return ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), graph)  # type: ignore[arg-type]


def nquads(quads: Iterable[Quad | ox.Quad]) -> bytes:
    """The quads as N-Quads (in their order), the form both kinds of store load fastest."""
    return ox.serialize((to_ox_quad(q) for q in quads), format=ox.RdfFormat.N_QUADS) or b""


def sorted_turtle(quads: Iterable[ox.Quad], exclude: set[str] | None = None,
                  prefixes: dict[str, str] | None = None) -> bytes:
    """Every triple of every graph, once, sorted, as Turtle: canonical N-Triples lines written by
    Oxigraph are sorted, then Oxigraph turns them into Turtle. Deterministic and fast."""
    skip = {ox.NamedNode(iri) for iri in exclude or ()}
    nt = ox.serialize((q.triple for q in quads if q.predicate not in skip), format=ox.RdfFormat.N_TRIPLES) or b""
    lines = sorted(set(nt.splitlines()))
    data = b"\n".join(lines) + b"\n" if lines else b""
    triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes or PREFIXES) or b""


@dataclass
class QueryResult:
    """A SELECT result (``variables`` and ``rows``), an ASK answer, or CONSTRUCT triples."""

    variables: list[str]
    rows: list[list[ox.NamedNode | ox.Literal | ox.BlankNode | None]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


class GraphStore:
    """An Oxigraph store in ``<output>/store``."""

    def __init__(self, store: ox.Store, path: Path | None = None) -> None:
        self._store = store
        self.path = path

    @classmethod
    def open(cls, output_dir: Path, read_only: bool = True) -> GraphStore:
        path = Path(output_dir) / STORE_DIRNAME
        if not path.is_dir():
            raise StoreError(
                f"no built graph in {output_dir} — run `clkg build` first (or pass --output to the folder you built)"
            )
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as e:
            raise StoreError(f"cannot open the graph store in {path}: {e} — rebuild it with `clkg build`") from e
        return cls(store, path)

    @classmethod
    def in_memory(cls, quads: Iterable[Quad] = ()) -> GraphStore:
        store = ox.Store()
        store.bulk_extend(to_ox_quad(q) for q in quads)
        return cls(store)

    @classmethod
    def from_nquads(cls, data: bytes) -> GraphStore:
        """An in-memory store loaded from N-Quads (without the GIL: another thread can work meanwhile).
        Its queries run several times faster than the on-disk store's."""
        store = ox.Store()
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        return cls(store)

    @classmethod
    def write(cls, output_dir: Path, quads: Iterable[Quad | ox.Quad] | bytes) -> GraphStore:
        """Build a new store beside the old one, then swap it in: an interrupted build keeps the old one.
        ``quads`` may be given as N-Quads (see :func:`nquads`)."""
        output_dir = Path(output_dir)
        output_dir.mkdir(parents=True, exist_ok=True)
        final = output_dir / STORE_DIRNAME
        tmp = output_dir / f".{STORE_DIRNAME}.new"
        old = output_dir / f".{STORE_DIRNAME}.old"
        for leftover in (tmp, old):
            if leftover.exists():
                shutil.rmtree(leftover)
        # Loading serialized N-Quads runs without the GIL (unlike bulk_extend over Python objects),
        # so a build can write graph.ttl meanwhile.
        data = quads if isinstance(quads, bytes) else nquads(quads)
        store = ox.Store(str(tmp))
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        if old.exists():
            shutil.rmtree(old)
        return cls.open(output_dir, read_only=True)

    def __len__(self) -> int:
        return len(self._store)

    def quads(self) -> Iterator[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def named_graphs(self) -> list[str]:
        return sorted(str(g.value) for g in self._store.named_graphs())

    def query(
        self, sparql: str, bindings: dict[str, URIRef | Literal | str] | None = None
    ) -> QueryResult:
        """Run SPARQL over the union of all graphs. ``bindings`` substitute variables safely
        (values are never pasted into the query text)."""
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None = None
        if bindings:
            subs = {
                ox.Variable(k): to_ox_term(v if not isinstance(v, str) or isinstance(v, URIRef | Literal)
                                           else Literal(v))
                for k, v in bindings.items()
            }
        try:
            result = self._store.query(
                sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs
            )
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL: {_position(str(e))} — check the query syntax") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {e}") from e
        if isinstance(result, ox.QueryBoolean):
            return QueryResult([], [], boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [list(sol) for sol in result]  # in variable order, None when unbound; ~5x faster than sol[v]
            return QueryResult(variables, rows)
        return QueryResult([], [], triples=list(result))

    def serialize(self, fmt: ox.RdfFormat, *, default_graph_only: bool = False, exclude: set[str] | None = None,
                  prefixes: dict[str, str] | None = None) -> bytes:
        """Sorted, deterministic serialization of the store: triple formats get every graph's triples
        merged (as ``graph.ttl``), dataset formats keep one named graph per document."""
        prefixes = prefixes if prefixes is not None else PREFIXES
        quads = (
            self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()) if default_graph_only else self.quads()
        )
        if fmt is ox.RdfFormat.TURTLE:
            return sorted_turtle(quads, exclude, prefixes)
        skip = {ox.NamedNode(iri) for iri in exclude or ()}
        if not fmt.supports_datasets:
            nt = ox.serialize((q.triple for q in quads if q.predicate not in skip), format=ox.RdfFormat.N_TRIPLES)
            data = b"\n".join(sorted(set((nt or b"").splitlines()))) + b"\n"
            if fmt is ox.RdfFormat.N_TRIPLES:
                return data
            triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
            with_prefixes = fmt in (ox.RdfFormat.N3, ox.RdfFormat.RDF_XML)
            out = ox.serialize(triples, None, fmt, prefixes=prefixes) if with_prefixes else ox.serialize(
                triples, None, fmt
            )
            return out or b""
        by_graph: dict[str, list[ox.Triple]] = {}
        for q in quads:
            if q.predicate not in skip:
                name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
                by_graph.setdefault(name, []).append(q.triple)
        lines: list[bytes] = []
        for name in sorted(by_graph):
            nt = ox.serialize(by_graph[name], format=ox.RdfFormat.N_TRIPLES) or b""
            tail = f" <{name}> .".encode() if name else b" ."
            lines += [line[:-2] + tail for line in sorted(set(nt.splitlines()))]
        nquads = b"\n".join(lines) + b"\n" if lines else b""
        if fmt is ox.RdfFormat.N_QUADS:
            return nquads
        return ox.serialize(ox.parse(nquads, format=ox.RdfFormat.N_QUADS), format=fmt, prefixes=prefixes) or b""


def _position(message: str) -> str:
    m = re.search(r"(\d+):(\d+)", message)
    first = message.strip().splitlines()[0] if message.strip() else "syntax error"
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: {first}"
    return first
