"""``clkg build``: documents -> extraction records (cached per document) -> resolution -> store and files.

Incremental: a document whose path, size and modification time match the manifest is not read
again, and a document whose content hash matches a cached extraction is not extracted again.
The graph is always assembled from all current extractions, so an incremental build yields
exactly the graph a full rebuild yields, and a removed document takes its facts with it.
Outputs are written beside the old ones and swapped in at the end: an interrupted build leaves
the previous outputs intact.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from multiprocessing.connection import Connection
from pathlib import Path

from . import __version__, documents
from .decisions import ACTIVE, load_decisions
from .errors import ClkgError, DocumentError
from .export import TIMESTAMP_PREDICATES
from .extractors.registry import extractors
from .files import write_atomic
from .gazetteer import load_gazetteer
from .pipeline import extract
from .records import Document, Extraction
from .resolution import resolve
from .store import GraphStore, nquads, sorted_turtle
from .triples import quads

MANIFEST = "manifest.json"
CACHE_DIR = "cache"


@dataclass
class BuildReport:
    output: Path
    documents: int = 0
    extracted: int = 0
    reused: int = 0
    read: list[str] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)
    entities_by_class: Counter[str] = field(default_factory=Counter)
    relations: int = 0
    triples: int = 0
    seconds: float = 0.0
    # wall-clock seconds of each stage: reading (and extracting), resolution, outputs
    stages: dict[str, float] = field(default_factory=dict)


def fingerprint() -> str:
    """Changes whenever extraction could give a different result: clkg, extractors, gazetteer."""
    h = hashlib.sha256(__version__.encode())
    for spec in extractors():
        h.update(f"{spec.name}={spec.version};".encode())
    here = Path(__file__).parent
    # The extraction code itself: a changed rule must not be hidden by a cached result.
    for p in [*sorted((here / "extractors").glob("*.py")), here / "pipeline.py", here / "documents.py",
              *sorted((here / "data" / "gazetteer").glob("*.csv"))]:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _load_manifest(out: Path) -> dict:
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _cache_path(out: Path, doc_id: str) -> Path:
    return out / CACHE_DIR / f"{doc_id}.jsonl"


def _cached_json(out: Path, doc_id: str, fp: str) -> tuple[bytes, str] | None:
    """A cached extraction as (JSON bytes, extraction time): a JSON-lines file, a header line then
    the ``Extraction`` record."""
    try:
        header, body = _cache_path(out, doc_id).read_bytes().split(b"\n", 1)
        meta = json.loads(header)
        if meta.get("fingerprint") != fp:
            return None
        return body, meta["extracted_at"]
    except (OSError, ValueError, KeyError):
        return None


def _cached(out: Path, doc_id: str, fp: str) -> tuple[Extraction, str] | None:
    """A cached extraction and its extraction time."""
    hit = _cached_json(out, doc_id, fp)
    if hit is None:
        return None
    try:
        return Extraction.model_validate_json(hit[0]), hit[1]
    except ValueError:
        return None


def _save_cache(out: Path, ex: Extraction, data: bytes, fp: str, extracted_at: str) -> None:
    header = json.dumps({"fingerprint": fp, "extracted_at": extracted_at, "document": ex.document.name})
    write_atomic(_cache_path(out, ex.document.id), header.encode("utf-8") + b"\n" + data + b"\n")


# An extraction, or its JSON (what a worker process sends back: cheaper to send and to validate
# than a pickled model); the extraction time; whether it was extracted now.
Outcome = tuple[Extraction | bytes, str, bool] | DocumentError
# Below this many documents to read, a worker pool costs more than it saves.
PARALLEL_FROM = 8


def _read_one(path: Path, out: Path, fp: str, as_json: bool = False) -> Outcome:
    """Read, normalize and extract one document, or reuse the cached extraction of the same text."""
    try:
        doc = documents.load_document(path)
    except DocumentError as e:
        return e
    hit = _cached_json(out, doc.id, fp)
    if hit is not None:
        try:
            cached = Extraction.model_validate_json(hit[0])
        except ValueError:
            pass
        else:
            return (hit[0] if as_json else cached), hit[1], False
    ex = extract(doc, load_gazetteer())
    data = ex.model_dump_json().encode("utf-8")
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    _save_cache(out, ex, data, fp, stamp)
    return (data if as_json else ex), stamp, True


def _read_all(todo: list[Path], out: Path, fp: str) -> Iterator[tuple[Path, Outcome]]:
    """Documents in input order; on several cores, extracted by a pool of worker processes."""
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) < PARALLEL_FROM or workers < 2:
        for path in todo:
            yield path, _read_one(path, out, fp)
        return
    load_gazetteer()  # loaded once, shared by forked workers
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        outcomes = pool.map(_read_one, todo, repeat(out), repeat(fp), repeat(True), chunksize=1)
        yield from zip(todo, outcomes, strict=True)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A build makes millions of small objects without reference cycles; the cyclic garbage collector's
    passes over them cost ~40 % of resolution and ~13 % of extraction and free nothing. Paused for the
    build (forked workers inherit the pause), then run once."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect()


def build(
    inputs: Sequence[Path],
    output: Path,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    render: bool = True,
    decisions: Path | None = None,
) -> BuildReport:
    """Build (or update) the graph in ``output`` from the documents under ``inputs``."""
    with _collector_paused():
        return _build(inputs, output, progress=progress, render=render, decisions=decisions)


def _build(
    inputs: Sequence[Path],
    output: Path,
    *,
    progress: Callable[[int, int, str], None] | None,
    render: bool,
    decisions: Path | None,
) -> BuildReport:
    t0 = time.perf_counter()
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    report = BuildReport(output=out)
    paths, errors = documents.discover(list(inputs))
    report.errors += errors
    fp = fingerprint()
    manifest = _load_manifest(out)
    known = manifest.get("documents", {}) if manifest.get("fingerprint") == fp else {}
    gaz = load_gazetteer()

    extractions: dict[str, Extraction] = {}
    extracted_at: dict[str, str] = {}
    new_manifest: dict[str, dict] = {}
    stats: dict[Path, os.stat_result] = {}
    results: dict[Path, tuple[Extraction, str]] = {}
    todo: list[Path] = []
    for path in paths:
        try:
            st = stats[path] = path.stat()
        except OSError as e:
            report.errors.append(DocumentError(str(path), f"cannot read ({e.strerror})", "check the path"))
            continue
        entry = known.get(str(path.resolve()))
        hit = None
        if entry and entry.get("size") == st.st_size and entry.get("mtime_ns") == st.st_mtime_ns:
            hit = _cached(out, entry["id"], fp)
        if hit is None:
            todo.append(path)
        else:
            results[path] = hit
            report.reused += 1
    for n, (path, outcome) in enumerate(_read_all(todo, out, fp)):
        if progress:
            progress(n, len(todo), path.name)
        if isinstance(outcome, DocumentError):
            report.errors.append(outcome)
            continue
        got, stamp, fresh = outcome
        ex = Extraction.model_validate_json(got) if isinstance(got, bytes) else got
        report.read.append(str(path))
        if fresh:
            report.extracted += 1
        else:
            report.reused += 1
        results[path] = (ex, stamp)
    for path in paths:
        if path not in results:
            continue
        ex, stamp = results[path]
        if ex.document.id in extractions:
            continue  # the same text under another name
        extractions[ex.document.id] = ex
        extracted_at[ex.document.id] = stamp
        st = stats[path]
        new_manifest[str(path.resolve())] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "id": ex.document.id}
    if progress:
        progress(len(todo), len(todo), "")

    report.documents = len(extractions)
    t1 = time.perf_counter()
    report.stages["read"] = t1 - t0
    resolution = resolve(extractions.values(), gaz, load_decisions(decisions or ACTIVE.get()))
    docs: dict[str, Document] = {i: ex.document for i, ex in extractions.items()}
    all_quads = list(quads(resolution, docs, extracted_at, gaz))
    report.triples = len(all_quads)
    for node in resolution.entities.values():
        report.entities_by_class[node.cls.value] += 1
    report.relations = len({(r.subject, r.predicate, r.object) for r in resolution.relations})
    t2 = time.perf_counter()
    report.stages["resolve"] = t2 - t1

    # graph.ttl is written by a forked process on the other core (forked before any thread starts).
    # Oxigraph loads N-Quads without the GIL: first an in-memory copy for the HTML view (its queries run
    # several times faster), then the store on disk, in the background while the page renders; three
    # loads at once on two cores only slowed each other.
    turtle_written = _write_elsewhere(
        out / "graph.ttl", lambda: sorted_turtle(all_quads, exclude=TIMESTAMP_PREDICATES)
    )
    try:
        data = nquads(all_quads)
        view = GraphStore.from_nquads(data) if render else None
        with ThreadPoolExecutor(max_workers=1) as background:
            stored = background.submit(GraphStore.write, out, data)
            if view is not None:
                from .render import render_html

                write_atomic(out / "graph.html", render_html(view).encode("utf-8"))
                del view
            stored.result()
    finally:
        turtle_written()  # the child is waited for even when the build fails here
    write_atomic(
        out / MANIFEST,
        json.dumps({"fingerprint": fp, "documents": new_manifest}, indent=1, sort_keys=True).encode(),
    )
    _collect_garbage(out, set(extractions))
    report.seconds = time.perf_counter() - t0
    report.stages["write"] = t0 + report.seconds - t2
    return report


def _write_elsewhere(path: Path, make: Callable[[], bytes]) -> Callable[[], None]:
    """Write ``make()`` to ``path`` in a forked child process, beside this one; return a function that
    waits for the child and raises what went wrong there. Where there is no fork, write it now."""
    if "fork" not in multiprocessing.get_all_start_methods():
        write_atomic(path, make())
        return lambda: None
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_write_in_child, args=(path, make, send), daemon=True)
    child.start()
    send.close()

    def wait() -> None:
        try:
            problem = receive.recv()
        except EOFError:
            problem = f"the writing process ended with exit code {child.exitcode}"
        finally:
            receive.close()
            child.join()
        if problem:
            raise ClkgError(f"cannot write {path}: {problem} — check free disk space and permissions")

    return wait


def _write_in_child(path: Path, make: Callable[[], bytes], send: Connection) -> None:
    try:
        write_atomic(path, make())
        send.send(None)
    except BaseException as e:  # reported by the parent, which decides the exit code
        send.send(f"{type(e).__name__}: {e}")
    finally:
        send.close()


def _collect_garbage(out: Path, keep: set[str]) -> None:
    for p in (out / CACHE_DIR).glob("*.json*"):
        if p.stem not in keep or p.suffix != ".jsonl":
            p.unlink(missing_ok=True)


def load_extractions(output: Path) -> list[Extraction]:
    """The cached extraction records of a built graph (for explain, evaluate and review)."""
    manifest = _load_manifest(Path(output))
    if not manifest:
        raise ClkgError(f"no build manifest in {output} — run `clkg build` first")
    out = []
    for entry in manifest.get("documents", {}).values():
        hit = _cached(Path(output), entry["id"], manifest["fingerprint"])
        if hit:
            out.append(hit[0])
    return out
