"""The ``clkg`` command line. The only module that prints or exits.

Exit codes: 0 success; 1 unexpected error; 2 usage error or unknown format; 3 built, but some
documents were skipped; 4 malformed or failing SPARQL; 5 no built graph; 6 broken schema or data;
7 validation found violations; 8 no document could be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import ClkgError, FormatError

DEFAULT_INPUT = Path("seeds")
DEFAULT_OUTPUT = Path("out")
EXIT_SKIPPED, EXIT_NOTHING = 3, 8


class Failure(click.ClickException):
    """A ClkgError at the edge: one line on stderr and its exit code."""

    def __init__(self, error: ClkgError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]  # click reads the instance's code

    def show(self, file=None) -> None:
        click.echo(f"clkg: error: {self.format_message()}", err=True)


@contextmanager
def edge() -> Iterator[None]:
    try:
        yield
    except ClkgError as e:
        raise Failure(e) from e


def _output_option(f):
    return click.option(
        "--output", "-o", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
        show_default=True, help="Folder holding the built graph.",
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clkg")
def main() -> None:
    """China–Latin America Knowledge Graph: documents in, an RDF graph with evidence out."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@_output_option
@click.option("--no-html", is_flag=True, help="Skip writing graph.html.")
def build(inputs: tuple[Path, ...], output: Path, no_html: bool) -> None:
    """Build the graph from documents (folders or .txt/.md/.html files; default: seeds/).

    Writes OUTPUT/graph.ttl, OUTPUT/graph.html and the store in OUTPUT/store. Only new or changed
    documents are read again.
    """
    from .build import build as run_build

    paths = list(inputs) or [DEFAULT_INPUT]
    show = sys.stderr.isatty()
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if not show or total < 5:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="reading documents", file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    with edge():
        report = run_build(paths, output, progress=progress, render=not no_html)
    for err in report.errors:
        click.echo(f"clkg: skipped {err}", err=True)
    classes = ", ".join(f"{n} {c}" for c, n in sorted(report.entities_by_class.items()))
    click.echo(
        f"documents: {report.documents} in graph ({report.extracted} extracted, {report.reused} unchanged), "
        f"{len(report.errors)} skipped"
    )
    click.echo(f"entities: {sum(report.entities_by_class.values())} ({classes or 'none'})")
    click.echo(f"relations: {report.relations}; triples: {report.triples}")
    click.echo(f"wrote {output / 'graph.ttl'}" + ("" if no_html else f" and {output / 'graph.html'}"))
    click.echo(f"seconds: {report.seconds:.2f}")
    if report.documents == 0:
        sys.exit(EXIT_NOTHING)
    if report.errors:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("sparql", required=False)
@click.option("--file", "-f", "file_", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True
)
@_output_option
def query(sparql: str | None, file_, fmt: str, output: Path) -> None:
    """Run a SPARQL query against the built graph (prefixes clkg:, clkr:, rdfs:, skos: ... are predefined)."""
    from .store import GraphStore
    from .tables import format_result

    if file_ is not None:
        sparql = file_.read()
    if not sparql:
        raise click.UsageError("give a query as an argument or with --file")
    with edge():
        store = GraphStore.open(output)
        result = store.query(sparql)
        click.echo(format_result(result, fmt), nl=False)


@main.command()
@click.option("--format", "fmt", default="turtle", show_default=True, help="turtle, nt, nquads, trig, jsonld, "
              "rdfxml, graphml or csv.")
@click.option("--to", "dest", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@_output_option
def export(fmt: str, dest: Path | None, output: Path) -> None:
    """Export the built graph in a standard format."""
    from .export import get
    from .files import write_atomic
    from .store import GraphStore

    with edge():
        exporter = get(fmt)
        store = GraphStore.open(output)
        data = exporter.func(store)
    if dest is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomic(dest, data)
        click.echo(f"wrote {dest} ({exporter.name}, {len(data)} bytes)", err=True)


@main.command()
@_output_option
def stats(output: Path) -> None:
    """Counts of the built graph: entities by class, facts by relation, documents."""
    from .stats import graph_stats
    from .store import GraphStore

    with edge():
        s = graph_stats(GraphStore.open(output))
    for section, counts in s.items():
        click.echo(f"{section}:")
        for k, v in counts.items():
            click.echo(f"  {k:<28} {v}")


@main.command()
@_output_option
def validate(output: Path) -> None:
    """Check the built graph against the SHACL shapes in schema/."""
    import rdflib

    from .validate import format_violations
    from .validate import validate as run_validate

    ttl = output / "graph.ttl"
    if not ttl.exists():
        raise Failure(ClkgError(f"no graph.ttl in {output} — run `clkg build` first"))
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    with edge():
        report = run_validate(g)
    errors = [v for v in report.violations if v.severity.endswith("Violation")]
    if report.violations:
        click.echo(format_violations(report))
    if errors:
        click.echo(f"{len(errors)} violation(s) in {ttl}", err=True)
        sys.exit(7)
    click.echo(f"{ttl} conforms to the clkg shapes ({len(g)} triples)")


@main.command()
@_output_option
@click.option("--to", "dest", type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (default: OUTPUT/graph.html).")
@click.option("--focus", help="Show only the neighbourhood of this entity (label or IRI).")
@click.option("--depth", type=click.IntRange(0, 6), default=2, show_default=True, help="Hops around --focus.")
@click.option("--types", "types_", multiple=True, help="Keep only these classes (repeatable), e.g. Person.")
@click.option("--country", "countries", multiple=True, help="Keep entities linked to this country (repeatable).")
@click.option("--max-nodes", type=click.IntRange(1, None), default=None,
              help="Draw at most this many entities (the best-connected); the rest stay searchable.")
def render(output: Path, dest: Path | None, focus: str | None, depth: int, types_: tuple[str, ...],
           countries: tuple[str, ...], max_nodes: int | None) -> None:
    """Write the interactive HTML view of the built graph (self-contained, works offline)."""
    from .files import write_atomic
    from .render import MAX_NODES, render_html
    from .store import GraphStore

    with edge():
        store = GraphStore.open(output)
        html = render_html(store, focus=focus, depth=depth, types=list(types_) or None,
                           countries=list(countries) or None, max_nodes=max_nodes or MAX_NODES)
    target = dest or output / "graph.html"
    write_atomic(target, html.encode("utf-8"))
    click.echo(f"wrote {target}")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the extraction records as JSON.")
def extract(file: Path, as_json: bool) -> None:
    """Show what the extractors find in one document, sentence by sentence, and why."""
    from .documents import load_document
    from .pipeline import extract as run_extract

    with edge():
        doc = load_document(file)
        ex = run_extract(doc)
    if as_json:
        click.echo(ex.model_dump_json(indent=2, exclude={"document": {"text", "sentences"}}))
        return
    names = {e.id: e for e in ex.entities}
    click.echo(f"{doc.name}: language {doc.language}, {len(doc.sentences)} sentences, "
               f"title {doc.title!r}, date {doc.date}")
    by_sentence: dict[int, list[str]] = {}
    for e in ex.entities:
        for m in e.mentions:
            line = f"  [{e.cls.value}] {m.text!r} -> {e.name!r} ({m.extractor}, {m.confidence:.2f})"
            if m.role:
                line += f" role={m.role!r}"
            by_sentence.setdefault(m.sentence, []).append(line)
    starts = [x.start for x in doc.sentences]
    for r in ex.relations:
        at = doc.sentences[starts.index(r.evidence.start)].index
        by_sentence.setdefault(at, []).append(
            f"  {names[r.subject].name} --{r.predicate.value}--> {names[r.object].name} "
            f"({r.extractor}, {r.confidence:.2f})"
        )
    for s in doc.sentences:
        if s.index in by_sentence:
            click.echo(f"\n#{s.index} [{s.start}:{s.end}] {s.text[:200]}{'…' if len(s.text) > 200 else ''}")
            for line in by_sentence[s.index]:
                click.echo(line)


@main.command()
@click.option("--gold", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder of gold JSON files (see eval/GOLD_FORMAT.md).")
@click.option("--docs", type=click.Path(exists=True, file_okay=False, path_type=Path), default=DEFAULT_INPUT,
              show_default=True, help="Folder holding the documents the gold files are named after.")
@click.option("--only", default="*", show_default=True, help="Score only gold files whose stem matches this glob.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="Write the full report.")
def evaluate(gold: Path, docs: Path, only: str, json_out: Path | None) -> None:
    """Score extraction against gold annotations: precision, recall, F1 of entities and relations."""
    from .evaluate import evaluate as run_eval
    from .evaluate import format_report

    with edge():
        report = run_eval(gold, docs, only=only)
    click.echo(format_report(report))
    if json_out:
        json_out.write_text(json.dumps(report, indent=2), encoding="utf-8")


@main.command()
@click.argument("entity")
@click.option("--predicate", "-p", help="Only facts with this relation, e.g. affiliatedWith.")
@_output_option
def explain(entity: str, predicate: str | None, output: Path) -> None:
    """Every fact about ENTITY (a label, alias or IRI) with each supporting sentence and document."""
    from .explain import explain as run_explain
    from .store import GraphStore

    with edge():
        report = run_explain(GraphStore.open(output), entity, predicate)
    click.echo(click.style(f"{report.label}", bold=True) + f"  [{report.cls}]  {report.iri}")
    others = sorted({f"{t}@{lang}" if lang else t for t, lang in report.labels if t != report.label})
    if others:
        click.echo("  also: " + "; ".join(others))
    if not report.facts:
        click.echo("  no facts" + (f" with predicate {predicate}" if predicate else ""))
    names = [t for t, _ in report.labels] + [report.label]
    for f in report.facts:
        docs = "document" if f.support == 1 else "documents"
        click.echo(f"\n{f.subject_label} --{f.predicate}--> {f.object_label}   ({f.support} {docs})")
        for ev in f.evidence:
            click.echo(f"  {ev.document_label} [{ev.start}:{ev.end}] conf {ev.confidence:.2f} ({ev.extractor})")
            click.echo("    " + _highlight(ev.sentence, [*names, f.subject_label, f.object_label]))
            if ev.context:
                click.echo("    in: " + _highlight(ev.context, [*names, f.subject_label, f.object_label]))


def _highlight(sentence: str, names: list[str]) -> str:
    """The sentence with the names of both ends in bold (plain text when not a terminal)."""
    import re

    text = " ".join(sentence.split())
    if len(text) > 600:
        text = text[:600] + "…"
    names = sorted({n for n in names if len(n) >= 2}, key=len, reverse=True)
    if not names:
        return text
    rx = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    return rx.sub(lambda m: click.style(m.group(0), bold=True, fg="yellow"), text)


@main.command()
@_output_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True)
def serve(output: Path, host: str, port: int) -> None:
    """Serve the graph: a SPARQL endpoint at /sparql and the HTML view at /."""
    from .server import make_server

    with edge():
        server = make_server(output, host, port)
    h, p = str(server.server_address[0]), server.server_address[1]
    click.echo(f"SPARQL endpoint: http://{h}:{p}/sparql   graph view: http://{h}:{p}/   (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


# --- entity resolution: decisions file, review, merge, split ---------------------------------
# `clkg build` gets its --decisions option here, so that this block (with the imports it needs)
# is the only change to the module. review, merge, split and decisions read the built output's
# extraction cache and resolve it again with the decisions: well under a second for a few
# hundred documents.
from typing import TYPE_CHECKING, Any  # noqa: E402

DEFAULT_DECISIONS = Path("decisions.tsv")

if TYPE_CHECKING:
    from .decisions import Side
    from .resolution import Resolution


def _decisions_option(f: Any) -> Any:
    return click.option(
        "--decisions", "decisions_file", type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DECISIONS, show_default=True,
        help="File of merge/split decisions every build honours (missing: none).",
    )(f)


def _give_build_decisions() -> None:
    """Add --decisions to `clkg build`: the file is handed to graph.build through graph.decisions.ACTIVE."""
    import functools

    from .decisions import ACTIVE

    cmd = main.commands["build"]
    if any(p.name == "decisions_file" for p in cmd.params) or cmd.callback is None:
        return
    inner = cmd.callback
    _decisions_option(cmd)  # registers the option on the command's params

    @functools.wraps(inner)
    def callback(*args: Any, decisions_file: Path, **kwargs: Any) -> Any:
        token = ACTIVE.set(decisions_file)
        try:
            return inner(*args, **kwargs)
        finally:
            ACTIVE.reset(token)

    cmd.callback = callback


_give_build_decisions()


def _resolve_built(output: Path, decisions_file: Path) -> tuple[Resolution, dict[str, str], dict[str, str]]:
    """(resolution, {document id: file name}, {identity: IRI}) of the built output, re-resolved."""
    from .build import MANIFEST, load_extractions
    from .decisions import load_decisions
    from .errors import StoreError
    from .resolution import resolve
    from .triples import entity_iri

    if not (output / MANIFEST).exists():
        raise StoreError(f"no built graph in {output} — run `clkg build` first")
    extractions = load_extractions(output)
    res = resolve(extractions, decisions=load_decisions(decisions_file))
    names = {x.document.id: x.document.name for x in extractions}
    iris = {i: str(entity_iri(e)) for i, e in res.entities.items()}
    return res, names, iris


def _side(res: Resolution, identity: str, name: str | None = None) -> Side:
    """How a decision names one node: its gazetteer key, or a name key, limited to the node's
    documents when the name alone would also match other nodes."""
    from .decisions import Side, family_label, name_key

    node = res.entities[identity]
    if node.key and name is None:
        return Side(node.key)
    key = name_key(name or node.name)
    fam = family_label(node.cls)
    carriers = [u for u in res.units.values() if key in u.name_keys and family_label(u.cls) == fam]
    mine = [u for u in carriers if res.cluster_of[u.ref] == identity]
    if not mine:
        return Side(node.key) if node.key else Side(key)
    if any(res.cluster_of[u.ref] != identity for u in carriers):
        return Side(key, tuple(sorted({u.doc for u in mine})))
    return Side(key)


def _evidence(res: Resolution, names: dict[str, str], iris: dict[str, str], identity: str, unit_ref: str) -> dict:
    node = res.entities[identity]
    unit = res.units[unit_ref]
    return {
        "identity": identity,
        "iri": iris[identity],
        "label": node.name,
        "class": node.cls.value,
        "names": sorted({t for t, _ in node.labels} | {node.name}),
        "documents": sorted(names.get(d, d) for d in node.documents),
        "name": unit.name,
        "document": names.get(unit.doc, unit.doc),
        "sentence": " ".join(unit.sentence.split()),
    }


def _show_side(tag: str, ev: dict) -> None:
    click.echo(f"  {tag}  " + click.style(ev["label"], bold=True) + f"  [{ev['class']}]  {ev['iri']}")
    others = [n for n in ev["names"] if n != ev["label"]]
    if others:
        shown = "; ".join(others[:6]) + (f"; … ({len(others) - 6} more)" if len(others) > 6 else "")
        click.echo(f"     also: {shown}")
    click.echo(f"     documents: {', '.join(ev['documents'])}")
    sentence = ev["sentence"] if len(ev["sentence"]) <= 300 else ev["sentence"][:300] + "…"
    if sentence:
        click.echo(f"     {ev['document']}: \"{sentence}\"")


def _record(decisions_file: Path, judgement: str, res: Resolution, left: str, right: str,
            left_name: str | None, right_name: str | None, by: str, note: str) -> str:
    from .decisions import Decision, family_label, now, record

    node_l, node_r = res.entities[left], res.entities[right]
    fam_l, fam_r = family_label(node_l.cls), family_label(node_r.cls)
    if fam_l != fam_r:
        raise click.UsageError(f"{node_l.name!r} is a {fam_l} and {node_r.name!r} a {fam_r}: "
                               "only things of one class family can be one node")
    d = Decision(judgement, fam_l, _side(res, left, left_name), _side(res, right, right_name), now(), by,
                 note or f"{left_name or node_l.name} | {right_name or node_r.name}")
    if d.left == d.right:
        raise click.UsageError(f"both sides are {d.left.text()!r}: give two different names")
    record(decisions_file, d)
    return f"{d.judgement}\t{d.family}\t{d.left.text()}\t{d.right.text()}"


def _pick(output: Path, res: Resolution, iris: dict[str, str], ref: str) -> tuple[str, str | None]:
    """(identity, the name the person gave or None for an IRI) of the node a label or IRI names."""
    from .errors import ClkgError
    from .explain import find_entity
    from .store import GraphStore

    iri, _label = find_entity(GraphStore.open(output), ref)
    by_iri = {v: k for k, v in iris.items()}
    if iri not in by_iri:
        raise ClkgError(f"{ref!r} is {iri} in the stored graph, which is older than the decisions — "
                        f"run `clkg build` and try again")
    is_iri = ref.startswith(("http://", "https://", "clkr:"))
    return by_iri[iri], None if is_iri else ref


def _judge(judgement: str, a: str, b: str, output: Path, decisions_file: Path, note: str) -> None:
    with edge():
        res, _names, iris = _resolve_built(output, decisions_file)
        left, left_name = _pick(output, res, iris, a)
        right, right_name = _pick(output, res, iris, b)
        if judgement == "merge" and left == right:
            click.echo(f"{a!r} and {b!r} are already one node ({iris[left]}); recording it keeps them so")
        if judgement == "split" and left == right and (left_name is None or right_name is None):
            raise click.UsageError("to split one node, give the two names (labels) to keep apart, not its IRI")
        line = _record(decisions_file, judgement, res, left, right, left_name, right_name, judgement, note)
    click.echo(f"recorded in {decisions_file}: {line}")
    click.echo("run `clkg build` to apply it (extractions are reused; only resolution runs again)")


@main.command()
@click.argument("a")
@click.argument("b")
@_output_option
@_decisions_option
@click.option("--note", default="", help="Why (kept in the decisions file).")
def merge(a: str, b: str, output: Path, decisions_file: Path, note: str) -> None:
    """Record that A and B (labels, aliases or IRIs) are one thing; every build then merges them."""
    _judge("merge", a, b, output, decisions_file, note)


@main.command()
@click.argument("a")
@click.argument("b")
@_output_option
@_decisions_option
@click.option("--note", default="", help="Why (kept in the decisions file).")
def split(a: str, b: str, output: Path, decisions_file: Path, note: str) -> None:
    """Record that A and B are two things; every build then keeps them apart (also when one node
    carries both names: give the two names)."""
    _judge("split", a, b, output, decisions_file, note)


@main.command()
@_output_option
@_decisions_option
@click.option("--list", "list_only", is_flag=True, help="Only list the uncertain pairs, ask nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the uncertain pairs with their evidence as JSON.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many pairs.")
def review(output: Path, decisions_file: Path, list_only: bool, as_json: bool, limit: int | None) -> None:
    """Go through the pairs resolution was unsure about (scored between the review and merge
    thresholds), with their names, classes, documents and a sentence each, and record a judgement:
    y (same thing: merge), n (different: keep apart), s (skip), q (quit)."""
    from .resolution import MERGE_AT, REVIEW_AT

    with edge():
        res, names, iris = _resolve_built(output, decisions_file)
    pairs = res.uncertain[:limit] if limit else res.uncertain
    items: list[dict[str, Any]] = [
        {"score": c.score, "reason": c.reason,
         "left": _evidence(res, names, iris, c.left, c.left_unit),
         "right": _evidence(res, names, iris, c.right, c.right_unit)}
        for c in pairs
    ]
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo(f"nothing to review: no pair scored between {REVIEW_AT:.2f} and {MERGE_AT:.2f}")
        return
    recorded = 0
    for n, (c, item) in enumerate(zip(pairs, items, strict=True), 1):
        click.echo(f"\n[{n}/{len(items)}] score {c.score:.2f} — {c.reason}")
        _show_side("A", item["left"])
        _show_side("B", item["right"])
        if list_only:
            continue
        answer = click.prompt("Same thing? [y]es merge / [n]o keep apart / [s]kip / [q]uit",
                              type=click.Choice(["y", "n", "s", "q"]), show_choices=False, default="s")
        if answer == "q":
            break
        if answer == "s":
            continue
        judgement = "merge" if answer == "y" else "split"
        left_name, right_name = res.units[c.left_unit].name, res.units[c.right_unit].name
        with edge():
            line = _record(decisions_file, judgement, res, c.left, c.right,
                           None if res.entities[c.left].key else left_name,
                           None if res.entities[c.right].key else right_name, "review", "")
        recorded += 1
        click.echo(f"  recorded: {line}")
    if not list_only:
        click.echo(f"\n{recorded} decision(s) recorded in {decisions_file}"
                   + ("; run `clkg build` to apply them" if recorded else ""))


@main.command()
@_output_option
@_decisions_option
def decisions(output: Path, decisions_file: Path) -> None:
    """List the recorded decisions and whether each still names something in the built corpus."""
    from .decisions import load_decisions

    with edge():
        recorded = load_decisions(decisions_file)
        if not recorded:
            click.echo(f"no decisions in {decisions_file}")
            return
        idle: set[tuple[str, str, str]] = set()
        if (output / "manifest.json").exists():
            res, _names, _iris = _resolve_built(output, decisions_file)
            idle = {d.pair for d in res.decisions_idle}
            for w in res.warnings:
                click.echo(f"clkg: warning: {w}", err=True)
    for d in recorded:
        state = "idle (names nothing in this corpus)" if d.pair in idle else "applies"
        click.echo(f"{d.judgement:<5} {d.family:<12} {d.left.text()}  ~  {d.right.text()}   [{state}]")


def run() -> None:  # pragma: no cover
    main()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["FormatError", "main"]
