"""A read-only SPARQL 1.1 Protocol endpoint over the built graph, and the HTML view.

``GET /sparql?query=...`` or ``POST /sparql`` (``application/sparql-query`` or form-encoded
``query=``) answers SELECT/ASK in SPARQL JSON, XML, CSV or TSV (by ``Accept`` or ``format=``)
and CONSTRUCT/DESCRIBE in Turtle or N-Triples. ``GET /`` serves ``graph.html``. Updates are refused.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .errors import QueryError
from .store import GraphStore
from .vocab import PREFIXES

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
SHORT = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_FORMATS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
MAX_QUERY = 100_000


def _pick(accept: str, options: Mapping[str, object], default: str) -> str:
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in options:
            return media
    return default


class Endpoint(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], output: Path) -> None:
        self.output = Path(output)
        self.store = GraphStore.open(self.output)
        self.lock = threading.Lock()
        super().__init__(address, _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: Endpoint
    server_version = "clkg"

    def log_message(self, format: str, *args: object) -> None:  # quiet by default
        pass

    def do_GET(self) -> None:
        url = urlparse(self.path)
        params = parse_qs(url.query)
        if url.path in ("/", "/graph.html"):
            page = self.server.output / "graph.html"
            if page.exists():
                self._send(HTTPStatus.OK, "text/html; charset=utf-8", page.read_bytes())
            else:
                self._send(HTTPStatus.NOT_FOUND, "text/plain", b"no graph.html: run clkg build or clkg render\n")
            return
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found: use /sparql?query=... or /\n")
            return
        if "query" not in params:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"missing query parameter\n")
            return
        self._answer(params["query"][0], params.get("format", [""])[0])

    def do_POST(self) -> None:
        url = urlparse(self.path)
        if url.path != "/sparql":
            self._send(HTTPStatus.NOT_FOUND, "text/plain", b"not found\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"query too large\n")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if ctype == "application/sparql-update" or "update" in parse_qs(body):
            self._send(HTTPStatus.FORBIDDEN, "text/plain", b"this endpoint is read-only\n")
            return
        query = body if ctype == "application/sparql-query" else parse_qs(body).get("query", [""])[0]
        self._answer(query, parse_qs(urlparse(self.path).query).get("format", [""])[0])

    def _answer(self, query: str, fmt: str) -> None:
        accept = SHORT.get(fmt, "") or self.headers.get("Accept", "")
        try:
            with self.server.lock:
                result = self.server.store._store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
                if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
                    media = _pick(accept, RESULT_FORMATS, "application/sparql-results+json")
                    data = result.serialize(format=RESULT_FORMATS[media])
                else:
                    media = _pick(accept, GRAPH_FORMATS, "text/turtle")
                    data = ox.serialize(list(result), format=GRAPH_FORMATS[media], prefixes=None)
        except SyntaxError as e:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"malformed SPARQL: {e}\n".encode())
            return
        except (OSError, ValueError, RuntimeError, QueryError) as e:
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain", f"query failed: {e}\n".encode())
            return
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", data or b"")

    def _send(self, status: HTTPStatus, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)


def make_server(output: Path, host: str = "127.0.0.1", port: int = 7878) -> Endpoint:
    return Endpoint((host, port), output)
