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
    from .build import write_atomic
    from .export import get
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
    from .build import write_atomic
    from .render import render_html
    from .store import GraphStore

    with edge():
        store = GraphStore.open(output)
        extra = {"max_nodes": max_nodes} if max_nodes else {}
        html = render_html(store, focus=focus, depth=depth, types=list(types_) or None,
                           countries=list(countries) or None, **extra)
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


def run() -> None:  # pragma: no cover
    main()


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["FormatError", "main"]
