"""The one exception tree of statgraph.

Every error the library raises on purpose derives from :class:`StatgraphError`;
errors of the libraries underneath (rdflib, pyoxigraph, pyshacl, SPARQLWrapper,
the file system) are caught at the edge of the module that calls them and
re-raised as one of these with ``raise ... from``, so a caller needs one
``except`` clause and the CLI maps each class to a documented exit code.

    StatgraphError                     exit 2 unless a subclass says otherwise
    ├── InputError                     bad input or usage (exit 2)
    │   ├── ReleaseError               one input file cannot become a release
    │   ├── QueryError                 a saved query or its parameters are wrong
    │   │   └── ForbiddenQueryError    an update, LOAD or SERVICE in a read-only run
    │   └── NotFoundError              a release, statement or query that does not exist
    ├── ValidationError                SHACL shapes not met (exit 1)
    ├── StoreError                     the store or endpoint failed (exit 3)
    │   ├── StoreUnavailableError      locked, unreachable or missing
    │   └── LogCorruptError            the event log cannot be read back
    └── QueryTimeoutError              a query ran past its time limit (exit 3)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

EXIT_OK = 0
EXIT_VALIDATION = 1
EXIT_INPUT = 2
EXIT_STORE = 3


class StatgraphError(Exception):
    """Root of every error statgraph raises on purpose."""

    exit_code = EXIT_INPUT


class InputError(StatgraphError):
    """The user gave something statgraph cannot use."""

    exit_code = EXIT_INPUT


class ReleaseError(InputError):
    """One input file cannot become a release; ``path`` names the file."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type[ReleaseError], tuple[str, str]]:
        # A worker of 'load --jobs N' sends it back pickled: made again from its own arguments.
        return type(self), (self.path, self.problem)


class QueryError(InputError):
    """A saved query, its header or its parameters are wrong."""


class ForbiddenQueryError(QueryError):
    """The query would change data or reach outside, in a read-only run."""


class NotFoundError(InputError):
    """A release, statement or saved query that does not exist."""


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path and what is wrong."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        return f"{where}: {self.message}"


class ValidationError(StatgraphError):
    """A release's graph does not conform to the SHACL shapes."""

    exit_code = EXIT_VALIDATION

    def __init__(self, source: str, violations: list[Violation]) -> None:
        self.source = source
        self.violations = violations
        first = violations[0] if violations else None
        more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
        super().__init__(f"{source}: does not conform to the shapes: {first}{more}")

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, list[Violation]]]:
        return type(self), (self.source, self.violations)


class StoreError(StatgraphError):
    """The store (embedded or remote) failed."""

    exit_code = EXIT_STORE


class StoreUnavailableError(StoreError):
    """The store is locked, unreachable, missing or cannot be opened."""


class LogCorruptError(StoreError):
    """The event log holds a record that cannot be read back."""


class QueryTimeoutError(StatgraphError):
    """A query ran past its time limit."""

    exit_code = EXIT_STORE
