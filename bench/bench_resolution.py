"""Benchmark of cross-document resolution: time at N and 10N documents, and the ratio (not a test).

Generates a synthetic corpus of extraction records shaped like the pipeline's: per document some
30 entities — gazetteer countries and firms (keyed), people from a pool of Chinese and Spanish
names with posts and affiliations (a few of them famous and everywhere, many sharing a common
name), ministries "of" a country and their bare short forms, firms with legal forms and
subsidiaries, numbered forums and dated agreements, machine-translation variants (reordered
words, "Latin America and the Caribbean", plurals) — and relations between them. The pools
grow with the corpus, so 10N documents bring new names as well as repeats, as a real corpus does.

    python bench/bench_resolution.py [--docs 200] [--runs 3] [--seed 1]

Target: resolving 10N documents costs at most ~12x resolving N (near-linear).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.gazetteer import load_gazetteer  # noqa: E402
from graph.records import (  # noqa: E402
    Document,
    Entity,
    EntityClass,
    Evidence,
    Extraction,
    Predicate,
    Relation,
    Sentence,
)
from graph.resolution import clear_caches, resolve  # noqa: E402

C = EntityClass
TARGET = 12.0
SURNAMES = "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo".split()
GIVEN = "Wei Jie Min Jing Lei Yan Hui Fang Qiang Lin Jun Ping Hong Xin Bo Tao Ying Hao Yun Chao".split()
SPANISH_FIRST = "Ana Carlos María José Luis Sofía Diego Lucía Andrés Camila Jorge Valentina".split()
SPANISH_LAST = "García Rodríguez Martínez López González Pérez Sánchez Ramírez Torres Flores Rivera Vargas".split()
TOPICS = ("Infrastructure", "Think Tank", "Energy", "Agriculture", "Digital Economy", "Media", "Poverty Reduction",
          "Science and Technology", "Local Government", "Youth", "Culture", "Health", "Finance", "Trade")
MINISTRIES = ("Transport", "Commerce", "Foreign Affairs", "Agriculture", "Energy and Mines", "Public Works",
              "Economy", "Finance", "Health", "Education")
ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "7th", "8th", "9th", "10th", "11th", "12th")
LEGAL = ("Co., Ltd.", "Corporation", "Group", "S.A.", "Limited", "")


class Corpus:
    def __init__(self, docs: int, seed: int) -> None:
        self.rng = random.Random(seed)
        gaz = load_gazetteer()
        self.countries = [e for e in gaz.entries.values() if e.cls is C.COUNTRY and e.iso_code][:60]
        self.firms = [e for e in gaz.entries.values() if e.cls is C.COMPANY]
        scale = max(docs, 10)
        r = self.rng
        self.people = [self._person() for _ in range(scale * 4)]
        self.famous = [("Xi Jinping", "President", "CN"), ("Luiz Inácio Lula da Silva", "President", "BR"),
                       ("Wang Yi", "Foreign Minister", "CN")]
        self.companies = [f"{r.choice(['China', 'Sino', 'Andes', 'Pacific', 'Atlantic', 'Hua'])} "
                          f"{r.choice(['Rail', 'Power', 'Copper', 'Lithium', 'Port', 'Telecom', 'Bank', 'Solar'])} "
                          f"{r.choice(['Engineering', 'Industries', 'Holdings', 'Construction', 'Trading'])} {n}"
                          for n in range(scale * 2)]
        self.docs = [self._doc(n) for n in range(docs)]

    def _person(self) -> tuple[str, str, str]:
        r = self.rng
        if r.random() < 0.6:
            name = f"{r.choice(SURNAMES)} {r.choice(GIVEN)}{r.choice(['', r.choice(GIVEN).lower()])}"
            iso = "CN"
        else:
            name = f"{r.choice(SPANISH_FIRST)} {r.choice(SPANISH_LAST)} {r.choice(SPANISH_LAST)}"
            iso = r.choice(["AR", "BR", "CL", "PE", "MX", "CO", "EC", "VE", "UY", "BO"])
        return name, r.choice(["Minister", "Vice Minister", "Director", "President", "Researcher", "Ambassador"]), iso

    def _doc(self, n: int) -> Extraction:
        r = self.rng
        text = f"Synthetic document {n}. " + " ".join(r.choice(TOPICS) for _ in range(40))
        digest = hashlib.sha256(text.encode()).hexdigest()
        doc = Document(id=digest[:16], path=f"/bench/{n}.txt", name=f"{n}.txt", text=text, sha256=digest,
                       language="en", encoding="utf-8",
                       sentences=(Sentence(index=0, start=0, end=len(text), text=text, language="en"),))
        ents: list[Entity] = []
        rels: list[Relation] = []

        def add(cls: EntityClass, name: str, *aliases: str, **kw: object) -> str:
            eid = f"e{len(ents) + 1}"
            ents.append(Entity(id=eid, cls=cls, name=name, language="en", aliases=tuple(aliases), **kw))  # type: ignore[arg-type]
            return eid

        def rel(s: str, p: Predicate, o: str) -> None:
            ev = Evidence(document=doc.id, sentence=text[:200], start=0, end=len(text))
            rels.append(Relation(subject=s, predicate=p, object=o, evidence=ev, extractor="bench", confidence=0.8))

        countries = {}
        for c in r.sample(self.countries, 5) + [e for e in self.countries if e.iso_code == "CN"]:
            countries[c.iso_code] = add(C.COUNTRY, c.name, key=c.key, iso_code=c.iso_code)
        for f in r.sample(self.firms, 3):
            add(C.COMPANY, f.name, key=f.key)
        firms = []
        for _ in range(3):
            base = r.choice(self.companies)
            name = f"{base} {r.choice(LEGAL)}".strip()
            if r.random() < 0.2:
                name = f"{base} ({r.choice(['Hong Kong', 'Peru', 'Chile'])}) Co., Ltd."
            firms.append(add(C.COMPANY, name))
        iso = r.choice([c for c in countries if c != "CN"])
        country = next(c for c in self.countries if c.iso_code == iso)
        ministry = f"Ministry of {r.choice(MINISTRIES)}"
        gov = add(C.GOVERNMENT_BODY, f"{ministry} of {country.name}", ministry)
        rel(gov, Predicate.BASED_IN, countries[iso])
        for _ in range(8):
            name, role, piso = r.choice(self.people)
            if r.random() < 0.15:
                name = name.replace(" ", "·", 1)
            p = add(C.PERSON, name, role=role)
            if piso in countries:
                rel(p, Predicate.REPRESENTS, countries[piso])
            rel(p, Predicate.AFFILIATED_WITH, r.choice([gov, *firms]))
        for name, role, piso in r.sample(self.famous, 2):
            p = add(C.PERSON, name, role=role)
            if piso in countries:
                rel(p, Predicate.REPRESENTS, countries[piso])
        for _ in range(4):
            topic = r.choice(TOPICS)
            region = r.choice(["Latin America", "Latin America and the Caribbean", country.name])
            base = f"China-{region} {topic} {r.choice(['Forum', 'Cooperation Forum', 'Forums'])}"
            add(C.EVENT, f"{r.choice(ORDINALS)} {base}" if r.random() < 0.6 else base)
        for _ in range(3):
            start = r.randrange(2010, 2024)
            words = ["Joint Action Plan for Cooperation", f"between China and {country.name}", "in Key Areas"]
            if r.random() < 0.3:
                words = [words[0], words[2], words[1]]
            add(C.AGREEMENT, f"{' '.join(words)} ({start}-{start + 3})")
        add(C.INITIATIVE, r.choice(["Belt and Road Initiative", "Global Development Initiatives",
                                    "Global Security Initiative"]))
        return Extraction(document=doc, entities=tuple(ents), relations=tuple(rels))


def timed(exs: list[Extraction], runs: int) -> tuple[float, int]:
    times, nodes = [], 0
    for _ in range(runs):
        clear_caches()  # each run starts cold, as a build does
        t0 = time.perf_counter()
        res = resolve(exs)
        times.append(time.perf_counter() - t0)
        nodes = len(res.entities)
    return statistics.median(times), nodes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="N: documents of the small corpus (the large one has 10N)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    small = Corpus(args.docs, args.seed).docs
    large = Corpus(args.docs * 10, args.seed).docs
    resolve(small[:5])  # warm the gazetteer and the caches of comparison forms
    t_small, n_small = timed(small, args.runs)
    t_large, n_large = timed(large, max(1, args.runs - 1))
    ents_small = sum(len(x.entities) for x in small)
    ents_large = sum(len(x.entities) for x in large)
    ratio = t_large / t_small
    print(f"N   = {len(small):>6} documents, {ents_small:>7} entities -> {n_small:>6} nodes: {t_small:7.2f} s")
    print(f"10N = {len(large):>6} documents, {ents_large:>7} entities -> {n_large:>6} nodes: {t_large:7.2f} s")
    print(f"ratio 10N/N: {ratio:.1f}x (target at most ~{TARGET:.0f}x) — {'ok' if ratio <= TARGET else 'TOO SLOW'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
