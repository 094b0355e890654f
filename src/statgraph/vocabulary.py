"""The vocabularies of ``ontology/`` read into plain lookup tables.

Actors, offices and their tenures, topics, audiences, stance types with their
cue words, and the extractor's function words are all Turtle files an analyst
edits; this module is the only place that knows their shape. Nothing here
knows how text is matched: see :mod:`statgraph.extraction`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from .errors import InputError
from .namespaces import COMPOSED_ACTOR, COMPOSED_TOPIC, SG

ACTOR_CLASSES = {
    SG.Person: "person",
    SG.Organisation: "organisation",
    SG.CollectiveBody: "body",
    SG.State: "state",
    SG.Group: "group",
}


@dataclass(frozen=True)
class Entry:
    """One named thing of the vocabulary: an actor, office, topic or audience."""

    iri: str
    kind: str  # person | organisation | body | state | group | office | topic | audience
    labels: dict[str, tuple[str, ...]]  # lang -> prefLabel first, then altLabels
    family_name: str | None = None
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    organisation: str | None = None  # for offices: whose office; for actors: partOf/memberOf
    about: tuple[str, ...] = ()  # topics: the actors they concern
    headwords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # audiences: phrases revealing them
    broader: tuple[str, ...] = ()  # skos:broader
    specific_words: tuple[str, ...] = ()  # topics: words that narrow the broader topic to this one

    def label(self, lang: str = "en") -> str:
        for code in (lang, "en"):
            if self.labels.get(code):
                return self.labels[code][0]
        for values in self.labels.values():
            if values:
                return values[0]
        return self.iri.rsplit("/", 1)[-1]

    @property
    def is_actor(self) -> bool:
        return self.kind in {"person", "organisation", "body", "state", "group"}


@dataclass(frozen=True)
class Tenure:
    holder: str
    office: str
    start: dt.date
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class StanceType:
    slug: str
    iri: str
    target_role: str  # actor | thing
    labels: dict[str, str]
    verbs: dict[str, tuple[str, ...]]
    nouns: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    phrases: dict[str, tuple[str, ...]]
    negated: dict[str, tuple[str, ...]]
    agent_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    agent_phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Composable:
    """An act type or an addressee type (ontology/acts.ttl): a head the extractor names a target with,
    beside a place, a victim or a nationality ("coup in Niger", "Malian stakeholders")."""

    slug: str  # the local name of its IRI
    kind: str  # act | addressee
    name: str  # the English name, singular
    plural_name: str  # the English name of several ("" when it is named in the singular only)
    forms: dict[str, tuple[str, ...]]  # lang -> how releases write it, singular
    plural_forms: dict[str, tuple[str, ...]]  # lang -> how releases write it, plural
    victim_preposition: str = ""  # English: "attack on X"; "" when it is named after its place only
    place_preposition: str = ""  # English: "journalists in X"; "" for those only addressed ("stakeholders")


@dataclass(frozen=True)
class Vocabulary:
    entries: dict[str, Entry]
    tenures: tuple[Tenure, ...]
    stances: dict[str, StanceType]  # slug -> type
    wordlists: dict[str, dict[str, tuple[str, ...]]]  # list name -> lang -> words (verbs for reporting)
    graph: Graph
    digest: str  # sha256 of the files read: the lexicon's version
    composables: tuple[Composable, ...] = ()

    @property
    def languages(self) -> set[str]:
        langs: set[str] = set()
        for st in self.stances.values():
            for table in (st.verbs, st.nouns, st.adjectives, st.phrases):
                langs.update(k for k, v in table.items() if v)
        return langs

    def label(self, iri: str | None, lang: str = "en") -> str:
        if not iri:
            return ""
        entry = self.entries.get(iri)
        if entry is not None:
            return entry.label(lang)
        for st in self.stances.values():
            if st.iri == iri:
                return st.labels.get(lang) or st.slug
        if iri.startswith((COMPOSED_TOPIC, COMPOSED_ACTOR)):
            # A target the extractor composed ("coup in Niger") is named by its IRI, in English.
            return unquote(iri.rsplit("/", 1)[-1]).replace("_", " ")
        return iri.rsplit("/", 1)[-1]

    def office_of(self, actor: str, day: dt.date) -> str | None:
        """The office ``actor`` held on ``day`` (the first listed, if several)."""
        for t in self._tenures_by("holder").get(actor, ()):
            if t.covers(day):
                return t.office
        return None

    def holder_of(self, office: str, day: dt.date) -> str | None:
        for t in self._tenures_by("office").get(office, ()):
            if t.covers(day):
                return t.holder
        return None

    def _tenures_by(self, role: str) -> dict[str, list[Tenure]]:
        """The tenures by holder or by office, each list in the order of ``tenures`` (made once)."""
        index: dict[str, list[Tenure]] | None = self.__dict__.get(f"_tenures_by_{role}")
        if index is None:
            index = {}
            for t in self.tenures:
                index.setdefault(getattr(t, role), []).append(t)
            self.__dict__[f"_tenures_by_{role}"] = index  # a cache, not a field: frozen stays frozen
        return index

    def offices(self) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == "office"]


def _by_lang(graph: Graph, subject: URIRef, *predicates: URIRef) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for pred in predicates:
        values = sorted(
            (o for o in graph.objects(subject, pred) if isinstance(o, Literal)), key=lambda lit: str(lit)
        )
        for lit in values:
            lang = lit.language or ""
            if str(lit) not in out[lang]:
                out[lang].append(str(lit))
    return {k: tuple(v) for k, v in out.items()}


def _first(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    for o in sorted(graph.objects(subject, predicate), key=str):
        return str(o)
    return None


def _date(value: object, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _vocabulary_files(folder: Path) -> list[tuple[Path, bytes]]:
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise InputError(f"{folder}: no vocabulary (*.ttl) found")
    return [(path, path.read_bytes()) for path in files]


def _files_digest(files: list[tuple[Path, bytes]]) -> str:
    digest = hashlib.sha256()
    for path, data in files:
        digest.update(path.name.encode() + b"\0" + data)
    return digest.hexdigest()


def vocabulary_files_digest(folder: Path) -> str:
    """The ``digest`` that :func:`load_vocabulary` gives ``folder``, without parsing the files.

    A reader checks it against the store's before deciding it must parse the vocabulary at all
    (a third of a second of Turtle parsing that a query does not otherwise need).
    """
    return _files_digest(_vocabulary_files(folder))


def load_vocabulary(folder: Path) -> Vocabulary:
    """Read every ``*.ttl`` of ``folder`` (the ontology directory)."""
    files = _vocabulary_files(folder)
    graph = Graph()
    for path, data in files:
        try:
            graph.parse(data=data, format="turtle", publicID=path.resolve().as_uri())
        except Exception as exc:  # rdflib raises many parser types; one message for the analyst
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise InputError(f"{path}: not valid Turtle: {first}") from exc
    return build_vocabulary(graph, _files_digest(files))


def build_vocabulary(graph: Graph, digest: str = "") -> Vocabulary:
    entries: dict[str, Entry] = {}

    def add(subject: URIRef, kind: str) -> None:
        iri = str(subject)
        if iri in entries:
            return
        labels: dict[str, list[str]] = defaultdict(list)
        for lang, values in _by_lang(graph, subject, SKOS.prefLabel).items():
            labels[lang].extend(values)
        for lang, values in _by_lang(graph, subject, SKOS.altLabel, SKOS.hiddenLabel).items():
            labels[lang].extend(v for v in values if v not in labels[lang])
        entries[iri] = Entry(
            iri=iri,
            kind=kind,
            labels={k: tuple(v) for k, v in labels.items()},
            family_name=_first(graph, subject, FOAF.familyName),
            demonyms=_by_lang(graph, subject, SG.demonym),
            organisation=_first(graph, subject, SG.ofOrganisation)
            or _first(graph, subject, SG.partOf)
            or _first(graph, subject, SG.memberOf),
            about=tuple(sorted(str(o) for o in graph.objects(subject, SG.about))),
            headwords=_by_lang(graph, subject, SG.headword),
            cues=_by_lang(graph, subject, SG.cue),
            broader=tuple(sorted(str(o) for o in graph.objects(subject, SKOS.broader))),
            specific_words=tuple(sorted(str(o) for o in graph.objects(subject, SG.specificWord))),
        )

    # The most specific class wins: a CollectiveBody is also an Organisation.
    for cls in (SG.CollectiveBody, SG.State, SG.Group, SG.Person, SG.Organisation):
        for s in sorted(graph.subjects(RDF.type, cls), key=str):
            if isinstance(s, URIRef):
                add(s, ACTOR_CLASSES[cls])
    for cls, kind in ((SG.Office, "office"), (SG.Topic, "topic"), (SG.Audience, "audience")):
        for s in sorted(graph.subjects(RDF.type, cls), key=str):
            if isinstance(s, URIRef):
                add(s, kind)

    tenures: list[Tenure] = []
    for t in sorted(graph.subjects(RDF.type, SG.Tenure), key=str):
        holder, office = _first(graph, t, SG.holder), _first(graph, t, SG.office)  # type: ignore[arg-type]
        start = graph.value(t, SG.startDate)
        end = graph.value(t, SG.endDate)
        if not holder or not office or start is None:
            raise InputError(f"tenure {t}: needs sg:holder, sg:office and sg:startDate")
        tenures.append(
            Tenure(holder, office, _date(start, str(t)), _date(end, str(t)) if end is not None else None)
        )
    # Latest tenures first, so an office held twice resolves to the current holder at each date.
    tenures.sort(key=lambda t: (t.office, t.start), reverse=True)

    stances: dict[str, StanceType] = {}
    for s in sorted(graph.subjects(RDF.type, SG.StanceType), key=str):
        if not isinstance(s, URIRef):
            continue
        slug = str(graph.value(s, SKOS.notation) or str(s).rsplit("/", 1)[-1])
        stances[slug] = StanceType(
            slug=slug,
            iri=str(s),
            target_role=str(graph.value(s, SG.targetRole) or "thing"),
            labels={lang: v[0] for lang, v in _by_lang(graph, s, SKOS.prefLabel).items() if v},
            verbs=_by_lang(graph, s, SG.verbCue),
            nouns=_by_lang(graph, s, SG.nounCue),
            adjectives=_by_lang(graph, s, SG.adjectiveCue),
            phrases=_by_lang(graph, s, SG.phraseCue),
            negated=_by_lang(graph, s, SG.negatedCue),
            agent_verbs=_by_lang(graph, s, SG.agentVerbCue),
            agent_phrases=_by_lang(graph, s, SG.agentPhraseCue),
        )

    wordlists: dict[str, dict[str, tuple[str, ...]]] = {}
    for s in sorted(graph.subjects(RDF.type, SG.WordList), key=str):
        if not isinstance(s, URIRef):
            continue
        name = str(s).rsplit("/", 1)[-1]
        wordlists[name] = _by_lang(graph, s, SG.word, SG.verbCue)

    composables: list[Composable] = []
    for cls, kind in ((SG.ActType, "act"), (SG.AddresseeType, "addressee")):
        for s in sorted(graph.subjects(RDF.type, cls), key=str):
            if not isinstance(s, URIRef):
                continue
            names = _by_lang(graph, s, SKOS.prefLabel)
            if not names.get("en"):
                raise InputError(f"{s}: an act or addressee type needs an English skos:prefLabel, its name")
            composables.append(
                Composable(
                    slug=str(s).rsplit("/", 1)[-1],
                    kind=kind,
                    name=names["en"][0],
                    plural_name=(_by_lang(graph, s, SG.pluralName).get("en") or ("",))[0],
                    forms=_by_lang(graph, s, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel),
                    plural_forms=_by_lang(graph, s, SG.pluralLabel),
                    victim_preposition=_first(graph, s, SG.victimPreposition) or "",
                    place_preposition=_first(graph, s, SG.placePreposition) or "",
                )
            )

    return Vocabulary(
        entries=entries,
        tenures=tuple(tenures),
        stances=stances,
        wordlists=wordlists,
        graph=graph,
        digest=digest,
        composables=tuple(composables),
    )


def name_key(text: str) -> str:
    """A name as saved queries match it: NFC, then lower case (SPARQL's LCASE).

    A parameter of type ``name`` is bound as this key and looked up through the ``sg:nameKey``
    triples of :func:`name_keys`, an index lookup where ``FILTER(LCASE(...) = LCASE(...))`` over
    every label made Oxigraph join the whole corpus before filtering."""
    return unicodedata.normalize("NFC", text).lower()


def name_keys(graph: Graph) -> Graph:
    """``sg:nameKey`` triples for each skos:prefLabel and skos:altLabel of the vocabulary."""
    keys = Graph()
    for predicate in (SKOS.prefLabel, SKOS.altLabel):
        for subject, _p, label in graph.triples((None, predicate, None)):
            if isinstance(subject, URIRef) and isinstance(label, Literal):
                keys.add((subject, SG.nameKey, Literal(name_key(str(label)))))
    return keys


def label_order(graph: Graph) -> Graph:
    """``sg:labelOrder`` of each labelled entry of the vocabulary: the place of its English
    prefLabel (its IRI when it has none, as the saved queries show it then) among all of them in
    SPARQL's order of strings, entries of the same label at the same place.

    A listing that sorts rows by labels (``topic-pairs``) sorts by these numbers instead: Oxigraph
    reads a stored string from disk at each comparison, an integer it compares in place (at 100k
    releases the labels' part of topic-pairs' sort was about 1 s)."""
    english: dict[URIRef, list[str]] = defaultdict(list)
    for subject, _p, label in graph.triples((None, SKOS.prefLabel, None)):
        if isinstance(subject, URIRef) and isinstance(label, Literal):
            language = (label.language or "").lower()
            known = english[subject]
            if language == "en" or language.startswith("en-"):
                known.append(str(label))
    # (an entry has one English prefLabel; were there two, the first in string order)
    labels = {subject: min(known) if known else str(subject) for subject, known in english.items()}
    # SPARQL compares strings by code point, as Python does.
    places = {text: place for place, text in enumerate(sorted(set(labels.values())))}
    order = Graph()
    for subject, text in labels.items():
        order.add((subject, SG.labelOrder, Literal(places[text])))
    return order
