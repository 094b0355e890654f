"""A release graph built by the real mapping, for tests that need one."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph

from statgraph.domain import Release, ReleaseMeta, Statement
from statgraph.events import ReleaseRecorded, StatementsExtracted
from statgraph.projection import build_graph

TEXT = "Le secrétaire général a condamné la Russie. Il soutient les accords de Minsk."


def sample_graph() -> Graph:
    meta = ReleaseMeta(
        title="Titre",
        date=dt.date(2015, 3, 2),
        lang="fr",
        publisher="OTAN",
        url="https://example.org/r/1",
        updated="2015-03-02T10:00",
    )
    release = Release(source="r.txt", raw=TEXT, text=TEXT, meta=meta, format="front-matter")
    start = TEXT.index("a condamné")
    statement = Statement(
        release_id=release.release_id,
        speaker="https://w3id.org/statgraph/id/actor/jens-stoltenberg",
        stance="condemns",
        target="https://w3id.org/statgraph/id/actor/russia",
        kind="indirect",
        quote=TEXT[start : start + 20],
        start=start,
        end=start + 20,
        date=meta.date,
        lang="fr",
        speaker_role="https://w3id.org/statgraph/id/office/nato-secretary-general",
        audience="https://w3id.org/statgraph/id/audience/reporters",
        topics=("https://w3id.org/statgraph/id/actor/russia",),
        confidence=0.7,
        rule="fr.pronoun.verb",
        cue="condemns:verb:condamner@fr",
    )
    recorded = ReleaseRecorded.from_release(release).with_seq(1)
    extracted = StatementsExtracted(
        release_id=release.release_id,
        sha256=release.sha256,
        extractor="x",
        extractor_version="1",
        lexicon_hash="h",
        statements=(statement,),
    ).with_seq(2)
    assert isinstance(recorded, ReleaseRecorded) and isinstance(extracted, StatementsExtracted)
    return build_graph(recorded, extracted)
