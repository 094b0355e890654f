"""statgraph: official press releases in, stances as RDF out.

The library API a notebook user calls is :class:`statgraph.api.Statgraph`;
the ``statgraph`` command is a thin shell over it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
