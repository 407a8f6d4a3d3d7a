"""Throughput of the whole build (documents -> graph.ttl), in MB of text per second.

Generates a corpus from the seed documents recombined: paragraphs shuffled, and every sentence
made unique (a reference number and shuffled country names), so no cache can answer for it.
Target: >= 1 MB/s on the 2-core machine. The baseline measured in the same run is the regex
sentence splitter alone over the same text (the floor any extraction pays).

    python bench/bench_build.py [--mb 50] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.build import build  # noqa: E402
from graph.documents import split_sentences  # noqa: E402

COUNTRIES = ["Brazil", "Peru", "Chile", "Mexico", "Colombia", "Argentina", "Ecuador", "Bolivia", "Uruguay",
             "Panama", "Cuba", "Venezuela", "Costa Rica", "Paraguay", "Jamaica", "Guyana"]
_COUNTRY = re.compile("|".join(COUNTRIES))


def make_corpus(dest: Path, megabytes: float, seed: int = 7) -> int:
    """Write ~``megabytes`` MB of seed-like English documents of ~40 KB each; return the byte count."""
    rnd = random.Random(seed)
    paragraphs = [
        p for f in sorted((ROOT / "seeds").glob("00[0-3]*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40
    ]
    dest.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    target = int(megabytes * 1_000_000)
    while total < target:
        rnd.shuffle(paragraphs)
        parts, size = [], 0
        for p in paragraphs:
            p = _COUNTRY.sub(lambda _: rnd.choice(COUNTRIES), p)
            p = re.sub(r"(?<=[.。])(\s)", lambda m: f" (ref. {rnd.randint(1000, 999999)}){m.group(1)}", p)
            parts.append(p)
            size += len(p.encode())
            if size > 40_000:
                break
        text = "\n\n".join(parts) + "\n"
        (dest / f"doc{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
        n += 1
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--keep", type=Path, help="keep the corpus and output here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="clkg-bench-"))
    try:
        corpus, out = work / "corpus", work / "out"
        if out.exists():
            shutil.rmtree(out)
        size = make_corpus(corpus, args.mb)
        mb = size / 1e6
        t0 = time.perf_counter()
        for p in sorted(corpus.glob("*.txt")):
            split_sentences(p.read_text(encoding="utf-8"), "en")
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = build([corpus], out)  # what `clkg build` does: graph.ttl, the store and graph.html
        secs = time.perf_counter() - t0
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in report.stages.items())
        print(f"corpus: {mb:.1f} MB in {len(list(corpus.glob('*.txt')))} documents")
        print(f"baseline (sentence splitting only): {mb / base:.1f} MB/s")
        print(f"clkg build: {secs:.1f} s ({stages}), {report.triples} triples, "
              f"{sum(report.entities_by_class.values())} entities")
        print(f"throughput: {mb / secs:.2f} MB/s; ratio build/baseline: {base / secs:.3f}; "
              f"target >= 1 MB/s: {'met' if mb / secs >= 1 else 'NOT met'}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
