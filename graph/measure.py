"""Duplicate nodes and false merges of a built graph, measured against gold annotations.

The definitions are those of the evaluators' corpus mode (``score.py --corpus``), implemented
here independently:

* **gold identities**: the gold entities of all documents are grouped into real-world
  identities: same class family (the four organization classes count as one) and the same ISO
  code, or (without ISO code) one shared normalized name;
* a system **node matches** an identity when their class families meet and their names agree:
  same ISO code when both have one; else a shared normalized name; for two people, all words
  of one name in the other (two words at least); else a near-identical spelling (similarity
  ≥ 0.92, lengths within ``max(3, len/8)``);
* a node matching **two or more identities** is a *false merge*;
* an identity matched (as first match) by **several nodes** counts ``nodes - 1`` *duplicate
  nodes*, booked to the class of its first node.

Run it on a built graph (``python -m graph.measure --graph out --gold eval/gold``) or on the
seed corpus, built fresh (``python -m graph.measure --build seeds``). The targets of the
resolution stage: no duplicate and no false merge for Country and InternationalOrganization,
duplicates under 3 % of nodes for every other class, no false merge anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

CLASS_ORDER = (
    "Country", "Person", "GovernmentBody", "Company", "InternationalOrganization",
    "Organization", "Agreement", "Project", "Event", "Initiative",
)
_ORGS = frozenset({"GovernmentBody", "Company", "InternationalOrganization", "Organization"})
NEAR = 0.92
STRICT_CLASSES = frozenset({"Country", "InternationalOrganization"})
MAX_DUPLICATE_SHARE = 0.03


def normalized(text: str) -> str:
    """Accents and case folded, anything but letters and digits a space, a leading "the" dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def family(cls: str) -> str:
    return "Org" if cls in _ORGS else cls


@dataclass
class Named:
    """A gold identity or a system node: classes, normalized names, ISO code."""

    ref: str
    classes: set[str]
    names: set[str]
    iso: str | None = None
    shown: str = ""
    members: list[str] = field(default_factory=list)  # gold: "doc#id"; system: unused
    scripts: frozenset[str] = frozenset()

    @property
    def families(self) -> set[str]:
        return {family(c) for c in self.classes}


def exact_agree(a: Named, b: Named) -> bool:
    """Same ISO code, a shared name, or (people) all words of one name in the other."""
    if a.iso and b.iso:
        return a.iso == b.iso
    if a.names & b.names:
        return True
    if "Person" in a.classes and "Person" in b.classes:
        for x in a.names:
            wx = set(x.split())
            for y in b.names:
                wy = set(y.split())
                if min(len(wx), len(wy)) >= 2 and (wx <= wy or wy <= wx):
                    return True
    return False


def near_agree(a: Named, b: Named) -> bool:
    """A near-identical spelling (the evaluators' fuzzy rule); never for two ISO codes."""
    if a.iso and b.iso:
        return False
    for x in a.names:
        for y in b.names:
            if abs(len(x) - len(y)) <= max(3, len(x) // 8) and SequenceMatcher(None, x, y).ratio() >= NEAR:
                return True
    return False


def names_agree(a: Named, b: Named) -> bool:
    return exact_agree(a, b) or near_agree(a, b)


def scripts(labels: Iterable[str]) -> frozenset[str]:
    """The writing systems of a node's labels: latin, arabic, cjk."""
    out = set()
    for t in labels:
        for ch in t:
            if "\u0600" <= ch <= "\u06ff":
                out.add("arabic")
            elif "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff":
                out.add("cjk")
            elif (ch.isascii() and ch.isalpha()) or "\u00c0" <= ch <= "\u024f":
                out.add("latin")
    return frozenset(out)


def gold_identities(gold_dir: Path, pattern: str = "*") -> list[Named]:
    """The gold entities of every file in ``gold_dir``, grouped into identities (file order)."""
    entities: list[Named] = []
    for path in sorted(Path(gold_dir).glob(f"{pattern}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for e in data["entities"]:
            names = {n for n in (normalized(x) for x in [e["name"], *e.get("aliases", [])]) if n}
            iso = e.get("iso")
            entities.append(
                Named(f"{path.stem}#{e['id']}", {e["type"]}, names, iso.upper() if iso else None, e["name"],
                      [f"{path.stem}#{e['id']}"])
            )
    root = list(range(len(entities)))

    def top(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    first: dict[tuple[str, str, str], int] = {}
    for i, e in enumerate(entities):
        fam = family(next(iter(e.classes)))
        keys = [("iso", e.iso)] if e.iso else [("name", n) for n in sorted(e.names)]
        for kind, value in keys:
            j = first.setdefault((fam, kind, value), i)
            root[top(i)] = top(j)
    groups: dict[int, list[Named]] = defaultdict(list)
    for i, e in enumerate(entities):
        groups[top(i)].append(e)
    out = []
    for n, (_, members) in enumerate(sorted(groups.items(), key=lambda kv: min(entities.index(m) for m in kv[1]))):
        out.append(
            Named(
                str(n), set().union(*(m.classes for m in members)), set().union(*(m.names for m in members)),
                next((m.iso for m in members if m.iso), None), members[0].shown,
                [r for m in members for r in m.members],
            )
        )
    return out


def system_nodes(ttl: Path) -> list[Named]:
    """The entity nodes of a graph.ttl: classes, labels (rdfs:label, skos:prefLabel/altLabel), ISO code."""
    import rdflib
    from rdflib.namespace import RDF, RDFS, SKOS

    clkg = rdflib.Namespace("https://w3id.org/clkg/ontology#")
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    nodes: dict[str, Named] = {}
    for cls in CLASS_ORDER:
        for node in sorted(g.subjects(RDF.type, clkg[cls]), key=str):
            key = str(node)
            if key in nodes:
                nodes[key].classes.add(cls)
                continue
            labels = [str(x) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for x in g.objects(node, p)]
            iso = next((str(x) for x in g.objects(node, clkg.isoCode)), None)
            shown = next((str(x) for x in g.objects(node, RDFS.label)), key)
            nodes[key] = Named(key, {cls}, {n for n in map(normalized, labels) if n}, iso, shown,
                               scripts=scripts(labels))
    return list(nodes.values())


@dataclass
class ClassRow:
    nodes: int = 0
    duplicate_nodes: int = 0
    false_merges: int = 0
    identities_found: int = 0
    cross_script_duplicates: int = 0  # refined view only: the same thing named in two scripts
    lookalikes: int = 0  # refined view only: one exact identity, others only alike in spelling

    @property
    def duplicate_share(self) -> float:
        return self.duplicate_nodes / self.nodes if self.nodes else 0.0


@dataclass
class Measurement:
    """Two views of the same counts.

    ``scorer``: exactly the evaluators' definitions (``score.py --corpus``).
    ``rows`` (refined, the targets): a node's identities are those it matches *exactly* (ISO code,
    a shared name, a person's name parts) when there are any, else those it matches by spelling.
    So "China–Chile Comprehensive Strategic Partnership", which is one identity by name and only
    looks like "China–Peru …" (similarity 0.93), is no false merge but a *lookalike*; and the
    nodes of one identity in different scripts (an Arabic-only name and an English-only name,
    which need a translation to be joined) are counted apart as *cross-script duplicates*.
    """

    rows: dict[str, ClassRow]
    scorer: dict[str, ClassRow]
    false_merges: list[tuple[str, str, list[str]]]  # refined: (node IRI, label, gold identities' names)
    duplicates: list[tuple[str, list[str]]]  # refined, same script: (gold identity name, node IRIs)
    cross_script: list[tuple[str, list[str]]]
    lookalikes: list[tuple[str, str, list[str]]]
    # the gold itself read as a graph (one node per identity), counted as the evaluators count: the
    # score of a perfect graph, not 0 where lookalike identities match each other's nodes
    floor: dict[str, ClassRow] = field(default_factory=dict)

    @staticmethod
    def _sum(rows: dict[str, ClassRow]) -> ClassRow:
        t = ClassRow()
        for r in rows.values():
            for k, v in vars(r).items():
                setattr(t, k, getattr(t, k) + v)
        return t

    @property
    def total(self) -> ClassRow:
        return self._sum(self.rows)

    @property
    def scorer_total(self) -> ClassRow:
        return self._sum(self.scorer)

    @property
    def floor_total(self) -> ClassRow:
        return self._sum(self.floor)

    def failures(self) -> list[str]:
        """The targets missed (refined view), as sentences; empty when all are met."""
        out = []
        for cls, r in self.rows.items():
            if r.false_merges:
                out.append(f"{cls}: {r.false_merges} false merge(s)")
            if cls in STRICT_CLASSES and (r.duplicate_nodes or r.cross_script_duplicates):
                out.append(f"{cls}: {r.duplicate_nodes + r.cross_script_duplicates} duplicate node(s), target 0")
            elif r.duplicate_share >= MAX_DUPLICATE_SHARE:
                out.append(f"{cls}: duplicates {r.duplicate_nodes}/{r.nodes} = {r.duplicate_share:.1%}, target < 3%")
        return out

    def to_json(self) -> dict:
        def table(rows: dict[str, ClassRow]) -> dict:
            return {c: {**vars(r), "duplicate_share": round(r.duplicate_share, 4)} for c, r in rows.items()}

        return {
            "classes": table(self.rows),
            "total": vars(self.total),
            "scorer_classes": table(self.scorer),
            "scorer_total": vars(self.scorer_total),
            "floor_classes": table(self.floor),
            "floor_total": vars(self.floor_total),
            "false_merges": [{"node": n, "label": lab, "gold": g} for n, lab, g in self.false_merges],
            "duplicates": [{"gold": g, "nodes": ns} for g, ns in self.duplicates],
            "cross_script_duplicates": [{"gold": g, "nodes": ns} for g, ns in self.cross_script],
            "lookalikes": [{"node": n, "label": lab, "gold": g} for n, lab, g in self.lookalikes],
            "failures": self.failures(),
        }

    def format(self) -> str:
        lines = ["as the evaluators count (score.py --corpus):"]
        for cls, r in self.scorer.items():
            lines.append(f"  {cls}: nodes {r.nodes}, duplicate nodes {r.duplicate_nodes}, "
                         f"false merges {r.false_merges}")
        t = self.scorer_total
        lines.append(f"  corpus: nodes {t.nodes}, duplicate nodes {t.duplicate_nodes}, false merges {t.false_merges}")
        if self.floor:
            f = self.floor_total
            lines.append(f"  the gold itself as a graph scores there: duplicate nodes {f.duplicate_nodes}, "
                         f"false merges {f.false_merges} (a perfect graph: lookalike names match each other)")
        lines.append("refined (exact matches first; lookalikes and cross-script duplicates apart):")
        for cls, r in self.rows.items():
            lines.append(f"  {cls}: nodes {r.nodes}, duplicate nodes {r.duplicate_nodes} ({r.duplicate_share:.1%}), "
                         f"false merges {r.false_merges}, cross-script duplicates {r.cross_script_duplicates}, "
                         f"lookalikes {r.lookalikes}")
        t = self.total
        lines.append(f"  corpus: nodes {t.nodes}, duplicate nodes {t.duplicate_nodes}, false merges {t.false_merges}, "
                     f"cross-script duplicates {t.cross_script_duplicates}, lookalikes {t.lookalikes}")
        for node, label, golds in self.false_merges:
            lines.append(f"  false merge: {label!r} <{node}> is {' | '.join(golds)}")
        for gold, nodes in self.duplicates:
            lines.append(f"  duplicate: {gold!r} is {len(nodes)} nodes: {' '.join(nodes)}")
        for gold, nodes in self.cross_script:
            lines.append(f"  cross-script duplicate: {gold!r} is {len(nodes)} nodes: {' '.join(nodes)}")
        for _node, label, golds in self.lookalikes:
            lines.append(f"  lookalike: {label!r} is {golds[0]!r}, only spelt like {' | '.join(golds[1:])}")
        fails = self.failures()
        lines.append("targets: met" if not fails else "targets missed: " + "; ".join(fails))
        return "\n".join(lines)


def _components(nodes: list[Named]) -> list[list[Named]]:
    """Nodes grouped by shared script (a node in two scripts joins both groups)."""
    groups: list[list[Named]] = []
    for n in nodes:
        joined = [g for g in groups if any(n.scripts & m.scripts for m in g)]
        merged = [n, *(m for g in joined for m in g)]
        groups = [g for g in groups if g not in joined] + [merged]
    return groups


def measure_nodes(nodes: Iterable[Named], identities: Sequence[Named]) -> Measurement:
    by_family: dict[str, list[Named]] = defaultdict(list)
    for ident in identities:
        for fam in ident.families:
            by_family[fam].append(ident)
    order = {ident.ref: n for n, ident in enumerate(identities)}
    shown = {i.ref: i.shown for i in identities}
    scorer: dict[str, ClassRow] = defaultdict(ClassRow)
    rows: dict[str, ClassRow] = defaultdict(ClassRow)
    first_scorer: dict[str, list[str]] = defaultdict(list)  # identity -> classes of its nodes
    first_refined: dict[str, list[Named]] = defaultdict(list)
    node_class: dict[str, str] = {}
    false_merges, lookalikes = [], []
    for node in nodes:
        cls = sorted(node.classes)[0]
        node_class[node.ref] = cls
        scorer[cls].nodes += 1
        rows[cls].nodes += 1
        pool = sorted({i.ref: i for fam in node.families for i in by_family[fam]}.values(), key=lambda i: order[i.ref])
        exact = [i for i in pool if exact_agree(node, i)]
        near = [i for i in pool if i not in exact and near_agree(node, i)]
        hits = sorted(exact + near, key=lambda i: order[i.ref])
        if len(hits) > 1:
            scorer[cls].false_merges += 1
        if hits:
            first_scorer[hits[0].ref].append(cls)
        refined = exact or near
        if len(refined) > 1:
            rows[cls].false_merges += 1
            false_merges.append((node.ref, node.shown, [h.shown for h in refined]))
        elif len(hits) > 1:
            rows[cls].lookalikes += 1
            lookalikes.append((node.ref, node.shown, [h.shown for h in refined + near]))
        if refined:
            first_refined[refined[0].ref].append(node)
    for found in first_scorer.values():
        scorer[found[0]].identities_found += 1
        scorer[found[0]].duplicate_nodes += len(found) - 1
    duplicates, cross = [], []
    for ref, matched in first_refined.items():
        cls = node_class[matched[0].ref]
        rows[cls].identities_found += 1
        groups = _components(matched)
        same = sum(len(g) - 1 for g in groups)
        rows[cls].duplicate_nodes += same
        rows[cls].cross_script_duplicates += len(groups) - 1
        if same:
            duplicates.append((shown[ref], [n.ref for g in groups if len(g) > 1 for n in g]))
        if len(groups) > 1:
            cross.append((shown[ref], [g[0].ref for g in groups]))
    return Measurement({c: rows[c] for c in sorted(rows)}, {c: scorer[c] for c in sorted(scorer)},
                       false_merges, sorted(duplicates), sorted(cross), lookalikes)


def floor(identities: Sequence[Named]) -> dict[str, ClassRow]:
    """The evaluators' counts for a perfect graph: each gold identity as one node."""
    nodes = [Named(f"gold:{i.ref}", set(i.classes), set(i.names), i.iso, i.shown, scripts=scripts(i.names))
             for i in identities]
    return measure_nodes(nodes, identities).scorer


def measure(graph_ttl: Path, gold_dir: Path, pattern: str = "*") -> Measurement:
    """Duplicates and false merges of the graph in ``graph_ttl`` against the gold in ``gold_dir``."""
    identities = gold_identities(Path(gold_dir), pattern)
    m = measure_nodes(system_nodes(Path(graph_ttl)), identities)
    m.floor = floor(identities)
    return m


def measure_corpus(docs: Path, gold_dir: Path, pattern: str = "*", decisions: Path | None = None) -> Measurement:
    """Build the documents the gold files name, all together, in a fresh folder, and measure."""
    import shutil

    from .build import build

    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp, "in"), Path(tmp, "out")
        inp.mkdir()
        for g in sorted(Path(gold_dir).glob(f"{pattern}.json")):
            shutil.copy(Path(docs) / f"{g.stem}.txt", inp / f"{g.stem}.txt")
        build([inp], out, render=False, decisions=decisions)
        return measure(out / "graph.ttl", gold_dir, pattern)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m graph.measure", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("eval/gold"))
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--graph", type=Path, help="a built output folder (holding graph.ttl)")
    src.add_argument("--build", type=Path, metavar="DOCS", help="build these documents together first")
    ap.add_argument("--decisions", type=Path, help="decisions file for --build (default: none)")
    ap.add_argument("--only", default="*", help="gold files whose stem matches this glob")
    ap.add_argument("--json", action="store_true", help="print the measurement as JSON")
    args = ap.parse_args(argv)
    if args.graph:
        m = measure(args.graph / "graph.ttl", args.gold, args.only)
    else:
        m = measure_corpus(args.build or Path("seeds"), args.gold, args.only, args.decisions)
    print(json.dumps(m.to_json(), indent=1, ensure_ascii=False) if args.json else m.format())
    return 1 if m.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
