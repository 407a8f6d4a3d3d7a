"""Score extraction against gold annotations (format: eval/GOLD_FORMAT.md).

Each gold file's document is built alone, the resulting graph.ttl is read back, and entities and
relations are matched to the gold ones:

* an entity matches when the classes agree (strictly, or leniently with the four organization
  classes as one) and a normalized label equals a gold name or alias, or is within a small edit
  distance of one; countries also match on ISO code; people also match when all words of one
  name appear in the other and the shorter has two words at least;
* the matching is one-to-one (maximum bipartite matching);
* a relation matches when the predicate is the same and both ends match gold entities.

Precision, recall and F1 are micro-averaged over documents.
"""

from __future__ import annotations

import difflib
import json
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import ClkgError
from .records import ORGANIZATION_CLASSES, EntityClass, Predicate
from .vocab import CLKG

FUZZY = 0.92
CLASSES = [c.value for c in EntityClass]
ORG_FAMILY = {c.value for c in ORGANIZATION_CLASSES}
RELATIONS = [p.value for p in Predicate if p is not Predicate.PART_OF]


def normalize(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = "".join(c if c.isalnum() else " " for c in t)
    words = t.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def family(cls: str) -> str:
    return "Org" if cls in ORG_FAMILY else cls


@dataclass
class Item:
    key: Any
    types: set[str]
    names: set[str] = field(default_factory=set)
    iso: str | None = None

    @classmethod
    def of(cls, key: Any, types: Iterable[str], names: Iterable[str], iso: str | None = None) -> Item:
        return cls(key, set(types), {n for n in (normalize(x) for x in names) if n}, iso.upper() if iso else None)

    def same_name(self, other: Item) -> bool:
        if self.iso and other.iso:
            return self.iso == other.iso
        if self.names & other.names:
            return True
        if "Person" in self.types and "Person" in other.types:
            for a in self.names:
                for b in other.names:
                    sa, sb = set(a.split()), set(b.split())
                    if min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa):
                        return True
        return any(
            difflib.SequenceMatcher(None, a, b).ratio() >= FUZZY
            for a in self.names
            for b in other.names
            if abs(len(a) - len(b)) <= max(3, len(a) // 8)
        )


def read_gold(path: Path) -> tuple[dict[str, Item], set[tuple[str, str, str]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        ents = {
            e["id"]: Item.of(e["id"], [e["type"]], [e["name"], *e.get("aliases", [])], e.get("iso"))
            for e in data["entities"]
        }
        rels = {(s, p, o) for s, p, o in data["relations"]}
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ClkgError(f"{path}: not a gold file ({e}) — see eval/GOLD_FORMAT.md") from e
    return ents, rels


def read_graph(ttl: Path) -> tuple[dict[Any, Item], set[tuple[Any, str, Any]]]:
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    ents: dict[Any, Item] = {}
    for cls in CLASSES:
        for node in g.subjects(RDF.type, CLKG[cls]):
            if node in ents:
                ents[node].types.add(cls)
                continue
            names = [str(x) for p in (RDFS.label, SKOS.prefLabel, SKOS.altLabel) for x in g.objects(node, p)]
            iso = next((str(x) for x in g.objects(node, CLKG.isoCode)), None)
            ents[node] = Item.of(node, [cls], names, iso)
    rels = {(s, p, o) for p in RELATIONS for s, o in g.subject_objects(CLKG[p])}
    return ents, rels


def _candidates(system: dict[Any, Item], gold: dict[str, Item], strict: bool) -> dict[Any, list[str]]:
    def types(i: Item) -> set[str]:
        return i.types if strict else {family(t) for t in i.types}

    return {
        k: [gk for gk, ge in gold.items() if types(ge) & types(se) and se.same_name(ge)] for k, se in system.items()
    }


def _matching(cand: dict[Any, list[str]]) -> dict[str, Any]:
    owner: dict[str, Any] = {}

    def augment(k: Any, seen: set[str]) -> bool:
        for g in cand[k]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = k
                return True
        return False

    for k in cand:
        augment(k, set())
    return owner


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def score_graph(gold_path: Path, ttl: Path) -> dict[str, Any]:
    """Counts (tp, fp, fn) for one document's graph, with recall by type and relations by predicate."""
    gold, gold_rels = read_gold(gold_path)
    system, sys_rels = read_graph(ttl)
    out: dict[str, Any] = {}
    to_gold: dict[Any, str] = {}
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for mode in ("strict", "lenient"):
        cand = _candidates(system, gold, strict=mode == "strict")
        owner = _matching(cand)
        out[f"entities_{mode}"] = (len(owner), len(system) - len(owner), len(gold) - len(owner))
        if mode == "lenient":
            for gk, ge in gold.items():
                t = next(iter(ge.types))
                by_type[t]["gold"] += 1
                by_type[t]["found"] += gk in owner
            to_gold = {k: v[0] for k, v in cand.items() if v}
    mapped, unmapped = set(), 0
    for s, p, o in sys_rels:
        if s in to_gold and o in to_gold:
            mapped.add((to_gold[s], p, to_gold[o]))
        else:
            unmapped += 1
    tp = len(mapped & gold_rels)
    out["relations"] = (tp, len(mapped - gold_rels) + unmapped, len(gold_rels - mapped))
    by_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for s, p, o in gold_rels:
        by_pred[p]["gold"] += 1
        by_pred[p]["found"] += (s, p, o) in mapped
    for _, p, _ in mapped - gold_rels:
        by_pred[p]["wrong"] += 1
    out["by_type"], out["by_pred"] = by_type, by_pred
    return out


def evaluate(gold_dir: Path, docs_dir: Path, only: str = "*") -> dict[str, Any]:
    """Build each gold document alone and score it; the report mirrors eval/score.py's."""
    from .build import build

    gold_paths = sorted(Path(gold_dir).glob(only + ".json"))
    if not gold_paths:
        raise ClkgError(f"no gold files matching {only}.json in {gold_dir}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    types: dict[str, Counter[str]] = defaultdict(Counter)
    preds: dict[str, Counter[str]] = defaultdict(Counter)
    per_doc = {}
    for gold_path in gold_paths:
        doc = _find_doc(Path(docs_dir), gold_path.stem)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            build([doc], out, render=False)
            res = score_graph(gold_path, out / "graph.ttl")
        for k in ("entities_strict", "entities_lenient", "relations"):
            totals[k] = [a + b for a, b in zip(totals[k], res[k], strict=True)]
        for t, c in res["by_type"].items():
            types[t].update(c)
        for p, c in res["by_pred"].items():
            preds[p].update(c)
        per_doc[doc.name] = {k: prf(*res[k]) for k in ("entities_strict", "entities_lenient", "relations")}
    return {
        "micro": {k: prf(*v) for k, v in totals.items()},
        "recall_by_type": {t: f"{c['found']}/{c['gold']}" for t, c in sorted(types.items())},
        "relations_by_predicate": {p: dict(c) for p, c in sorted(preds.items())},
        "per_doc": per_doc,
    }


def _find_doc(docs_dir: Path, stem: str) -> Path:
    for ext in (".txt", ".md", ".html", ".htm"):
        p = docs_dir / f"{stem}{ext}"
        if p.exists():
            return p
    raise ClkgError(f"no document named {stem}.txt (or .md/.html) in {docs_dir} — pass --docs")


def format_report(report: dict[str, Any]) -> str:
    lines = []
    for name, res in report["per_doc"].items():
        lines.append(f"{name}: " + "  ".join(f"{k} F1 {v['f1']:.3f}" for k, v in res.items()))
    for k, v in report["micro"].items():
        lines.append(f"micro {k}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
    lines.append("recall by type: " + ", ".join(f"{t} {v}" for t, v in report["recall_by_type"].items()))
    return "\n".join(lines)
