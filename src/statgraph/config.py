"""Settings: the one module that reads the environment.

``STATGRAPH_STORE``      the store folder (default ``./.statgraph``)
``STATGRAPH_MAX_BYTES``  the largest input file accepted (default 50 MB)
``STATGRAPH_ONTOLOGY``   a folder of vocabulary files to use instead of the bundled ``ontology/``
``STATGRAPH_QUERIES``    extra folders of saved queries, separated by ``os.pathsep``
``STATGRAPH_USER``       who records corrections (default: the login name)
``STATGRAPH_SHACL_ENGINE``  ``auto`` (default: pyshacl-turbo when the ``fast`` extra's pinned
                         version is installed, else pyshacl), ``pyshacl`` or ``turbo``
``STATGRAPH_SPARQL_USER``, ``STATGRAPH_SPARQL_PASSWORD``  credentials for a shared SPARQL server
                         (else ``~/.netrc``); never printed
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_STORE = Path(".statgraph")
DEFAULT_MAX_BYTES = 50_000_000
SHACL_ENGINES = ("auto", "pyshacl", "turbo")  # statgraph.validation.ENGINES, without importing it
_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """A bundled data folder (ontology, shapes, queries): inside an installed wheel, or the checkout."""
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent.parent / name


@dataclass(frozen=True)
class Settings:
    store: Path = DEFAULT_STORE
    max_bytes: int = DEFAULT_MAX_BYTES
    ontology: Path = field(default_factory=lambda: data_dir("ontology"))
    shapes: Path = field(default_factory=lambda: data_dir("shapes"))
    queries: tuple[Path, ...] = field(default_factory=lambda: (data_dir("queries"),))
    user: str = "analyst"
    shacl_engine: str = "auto"
    sparql_user: str | None = field(default=None, repr=False)
    sparql_password: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, store: Path | None = None) -> Settings:
        env = os.environ if environ is None else environ
        max_bytes = DEFAULT_MAX_BYTES
        if env.get("STATGRAPH_MAX_BYTES"):
            try:
                max_bytes = int(env["STATGRAPH_MAX_BYTES"])
            except ValueError as exc:
                raise InputError(
                    f"STATGRAPH_MAX_BYTES={env['STATGRAPH_MAX_BYTES']!r} is not a number of bytes"
                ) from exc
        queries = [data_dir("queries")]
        queries += [Path(p) for p in env.get("STATGRAPH_QUERIES", "").split(os.pathsep) if p]
        try:
            user = env.get("STATGRAPH_USER") or getpass.getuser()
        except (KeyError, OSError):
            user = "analyst"
        engine = env.get("STATGRAPH_SHACL_ENGINE") or "auto"
        if engine not in SHACL_ENGINES:
            raise InputError(
                f"STATGRAPH_SHACL_ENGINE={engine!r} is not a SHACL engine: one of {', '.join(SHACL_ENGINES)}"
            )
        return cls(
            store=store or Path(env.get("STATGRAPH_STORE") or DEFAULT_STORE),
            max_bytes=max_bytes,
            ontology=Path(env["STATGRAPH_ONTOLOGY"])
            if env.get("STATGRAPH_ONTOLOGY")
            else data_dir("ontology"),
            queries=tuple(queries),
            user=user,
            shacl_engine=engine,
            sparql_user=env.get("STATGRAPH_SPARQL_USER") or None,
            sparql_password=env.get("STATGRAPH_SPARQL_PASSWORD") or None,
        )
