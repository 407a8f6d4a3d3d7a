"""The exceptions clkg raises. Only ``cli.py`` turns them into messages and exit codes."""

from __future__ import annotations


class ClkgError(Exception):
    """Base class: ``str(error)`` is one line naming what, where, and how to fix it."""

    exit_code = 1


class DocumentError(ClkgError):
    """A document could not be read (missing, binary, empty, undecodable, too large)."""

    exit_code = 3

    def __init__(self, path: str, problem: str, fix: str) -> None:
        self.path = path
        self.problem = problem
        self.fix = fix
        super().__init__(f"{path}: {problem} — {fix}")


class QueryError(ClkgError):
    """A SPARQL query is malformed or failed."""

    exit_code = 4


class StoreError(ClkgError):
    """No built graph where one was expected, or the store cannot be opened."""

    exit_code = 5


class FormatError(ClkgError):
    """An unknown export, query-result or input format."""

    exit_code = 2


class SchemaError(ClkgError):
    """The schema or a gazetteer data file is malformed (a bug in clkg or in its data)."""

    exit_code = 6


class ValidationFailed(ClkgError):
    """SHACL validation found violations."""

    exit_code = 7
