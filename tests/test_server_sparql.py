"""The SPARQL 1.1 Protocol endpoint, on a real socket on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from graph.server import make_server


@pytest.fixture(scope="module")
def endpoint(seed_build):
    server = make_server(seed_build[0], "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def _get(url: str, accept: str = "") -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def test_server_sparql_get_json(endpoint: str) -> None:
    q = urllib.parse.quote("SELECT ?c WHERE { ?c a clkg:Country } LIMIT 2")
    status, ctype, body = _get(f"{endpoint}/sparql?query={q}", "application/sparql-results+json")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 2


def test_server_sparql_post_query_csv(endpoint: str) -> None:
    req = urllib.request.Request(
        f"{endpoint}/sparql", data=b"ASK { ?p a clkg:Person }",
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}, method="POST",
    )
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status == 200 and r.read().strip().lower() == b"true"


def test_server_sparql_construct_turtle(endpoint: str) -> None:
    q = urllib.parse.quote("CONSTRUCT { ?c a clkg:Country } WHERE { ?c a clkg:Country } LIMIT 1")
    status, ctype, body = _get(f"{endpoint}/sparql?query={q}")
    assert status == 200 and ctype.startswith("text/turtle") and b"Country" in body


def test_server_sparql_malformed_is_400(endpoint: str) -> None:
    status, _, body = _get(f"{endpoint}/sparql?query=" + urllib.parse.quote("SELECT WHERE {"))
    assert status == 400 and b"malformed SPARQL" in body


def test_server_sparql_update_is_refused(endpoint: str) -> None:
    req = urllib.request.Request(
        f"{endpoint}/sparql", data=b"INSERT DATA { <a:b> <a:c> <a:d> }",
        headers={"Content-Type": "application/sparql-update"}, method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=10)
    assert e.value.code == 403


def test_server_serves_the_html_view(endpoint: str) -> None:
    status, ctype, body = _get(f"{endpoint}/")
    assert status == 200 and ctype.startswith("text/html") and b"<html" in body.lower()
