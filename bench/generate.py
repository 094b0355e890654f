"""A seeded generator of realistic releases, shared by the benchmarks.

    .venv/bin/python bench/generate.py 1000 /tmp/releases      # 1000 front-matter .txt files
    .venv/bin/python bench/generate.py 3 --show                # print three releases

Releases are made, deterministically from the seed, by recombining the kinds of sentences
official releases are made of (French and English): a speaker named with an office and
reporting verbs, quotations with an incise, pronoun follow-ups, statements in a body's own
voice, captions and dateline lines that are not prose, and sentences of background, context
and logistics that take no stance (a visit, a meeting's attendance, a question, "For
information media"), about 30% of the prose sentences as in the dev corpus (see
``CONTEXT_PER_STANCE_SENTENCE``). Speakers, offices, targets and topics are drawn from the
vocabulary (``ontology/``), dates from 2014-2024.

:func:`generate` returns :class:`~statgraph.domain.Release` objects (what
``bench_extraction.py`` times the extractor on); :func:`write_files` writes the same
releases as text files with YAML front matter (what ``bench_pipeline.py`` loads), each with
its own ``url`` so that two generated releases with the same title and date stay two
releases rather than one revised.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from statgraph.config import data_dir
from statgraph.domain import Release, ReleaseMeta
from statgraph.extraction import _sentences, tokenize
from statgraph.vocabulary import Vocabulary, load_vocabulary

# Sentence patterns, per language. {speaker} a person's name, {office} an office title,
# {target} an actor, {thing} a topic, {audience} an occasion; {Target}/{Thing} capitalised.
PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "lead": [
            "{office} {speaker} called on {target} to respect {thing} during a meeting with {audience}.",
            "Speaking to {audience}, {speaker} condemned the actions of {target} "
            "and voiced support for {thing}.",
            "{speaker} welcomed {thing} at a press conference in Brussels on {day}.",
            "The {office} said that {target} continues to destabilise the region.",
        ],
        "quote": [
            "“We stand with {target} and we will continue to support {thing},” said {speaker}.",
            "“I call on {target} to de-escalate and to engage in dialogue,” the {office} told {audience}.",
            "“We are deeply concerned by the situation and we urge {target} to act,” {speaker} added.",
            "“{Thing} must be respected by all sides,” said the {office}.",
        ],
        "follow": [
            "He also welcomed the contribution of {target} to {thing}.",
            "She stressed that {thing} remains the only path to peace.",
            "He warned that any further aggression would have serious consequences for {target}.",
            "The {office} reaffirmed strong support for {thing}.",
        ],
        "voice": [
            "We condemn in the strongest terms the attacks carried out by {target}.",
            "We reiterate our support for {thing}.",
            "We will not recognise the so-called elections organised by {target}.",
            "{Thing} is indispensable and we remain committed to it.",
            "We call on {target} to abide by its international commitments.",
        ],
        "context": [
            "{office} {speaker} arrived in {city} on {day} for a two-day visit.",
            "During the visit, {speaker} held bilateral meetings with senior officials "
            "and members of parliament.",
            "The following statement was issued today by the spokesperson of the {office}:",
            "The meeting was attended by representatives of {target} and of the {office}.",
            "Question: What is the state of the talks on {thing} since the last meeting?",
            "The ministers also discussed the budget, the next summit in {city} "
            "and the schedule of future meetings.",
            "More than {count} delegations took part in the conference, which was held in {city}.",
            "For information media. Not an official record.",
        ],
        "noise": [
            "The meeting took place in {city} on {day}.",
            "{speaker} and {speaker2} at the press conference",
            "Updated: {day}",
        ],
    },
    "fr": {
        "lead": [
            "Le {office}, M. {speaker}, a appelé {target} à respecter {thing} lors "
            "d'une réunion avec {audience}.",
            "Devant {audience}, {speaker} a condamné les agissements de {target} "
            "et exprimé son soutien à {thing}.",
            "{speaker} a salué {thing} lors d'une conférence de presse à Bruxelles le {day}.",
            "Le {office} a indiqué que {target} continue de déstabiliser la région.",
        ],
        "quote": [
            "« Nous sommes aux côtés de {target} et nous continuerons de soutenir "
            "{thing} », a déclaré {speaker}.",
            "« J'appelle {target} à la désescalade et au dialogue », a indiqué "
            "le {office} devant {audience}.",
            "« Nous sommes profondément préoccupés par la situation et nous exhortons {target} à agir », "
            "a ajouté {speaker}.",
            "« {Thing} doit être respecté par toutes les parties », a souligné le {office}.",
        ],
        "follow": [
            "Il a également salué la contribution de {target} à {thing}.",
            "Elle a souligné que {thing} reste la seule voie vers la paix.",
            "Il a mis en garde {target} contre toute nouvelle agression.",
            "Le {office} a réaffirmé son soutien à {thing}.",
        ],
        "voice": [
            "Nous condamnons avec la plus grande fermeté les attaques menées par {target}.",
            "Nous réitérons notre soutien à {thing}.",
            "Nous ne reconnaîtrons pas les prétendues élections organisées par {target}.",
            "{Thing} est indispensable et nous y sommes attachés.",
            "Nous appelons {target} à respecter ses engagements internationaux.",
        ],
        "context": [
            "Le {office}, M. {speaker}, s'est rendu à {city} le {day} pour une visite de deux jours.",
            "Au cours de sa visite, {speaker} a eu des entretiens bilatéraux avec de hauts responsables "
            "et des parlementaires.",
            "La déclaration suivante a été communiquée aujourd'hui par le porte-parole du {office} :",
            "Des représentants de {target} et du {office} ont participé à la réunion.",
            "Q – Où en sont les discussions sur {thing} depuis la dernière réunion ?",
            "Les ministres ont également évoqué le budget, le prochain sommet à {city} et le calendrier "
            "des prochaines réunions.",
            "Plus de {count} délégations ont pris part à la conférence, qui s'est tenue à {city}.",
            "Pour information des médias. Document non officiel.",
        ],
        "noise": [
            "La réunion s'est tenue à {city} le {day}.",
            "{speaker} et {speaker2} lors de la conférence de presse",
            "Mis à jour le : {day}",
        ],
    },
}
# Context sentences drawn per stance-bearing sentence (each with this probability): tuned so
# that about 30% of the generated prose sentences take no stance, as in the dev corpus, where
# 30% of the sentences hold no gold statement's evidence (148 sentences, 16 releases).
CONTEXT_PER_STANCE_SENTENCE = 0.3
CITIES = ["Brussels", "Kyiv", "Vienna", "New York", "Geneva", "Warsaw", "Paris", "Moscow", "Minsk"]
AUDIENCE_WORDS = {
    "en": ["reporters", "EU defence ministers", "the NATO-Ukraine Commission", "the Security Council"],
    "fr": [
        "la presse",
        "les ministres de la Défense de l'UE",
        "la Commission OTAN-Ukraine",
        "le Conseil de sécurité",
    ],
}


@dataclass(frozen=True)
class Pools:
    people: list[str]
    offices: dict[str, list[str]]
    actors: dict[str, list[str]]
    topics: dict[str, list[str]]


def pools(vocab: Vocabulary) -> Pools:
    """Names from the vocabulary, per language: who speaks, their offices, targets and topics."""
    people: list[str] = []
    offices: dict[str, list[str]] = {"en": [], "fr": []}
    actors: dict[str, list[str]] = {"en": [], "fr": []}
    topics: dict[str, list[str]] = {"en": [], "fr": []}
    holders = {t.holder for t in vocab.tenures}
    for e in sorted(vocab.entries.values(), key=lambda e: e.iri):
        for lang in ("en", "fr"):
            label = e.labels.get(lang, (None,))[0]
            if not label:
                continue
            if e.kind == "office":
                offices[lang].append(label)
            elif e.kind in {"state", "organisation", "group"}:
                actors[lang].append(label)
            elif e.kind == "topic":
                topics[lang].append(label)
        if e.kind == "person" and e.iri in holders:
            people.append(e.label("en"))
    return Pools(people, offices, actors, topics)


def _fill(template: str, rng: random.Random, p: Pools, lang: str, day: dt.date) -> str:
    thing = rng.choice(p.topics[lang])
    values = {
        "speaker": rng.choice(p.people),
        "speaker2": rng.choice(p.people),
        "office": rng.choice(p.offices[lang]),
        "target": rng.choice(p.actors[lang]),
        "thing": thing,
        "Thing": thing[:1].upper() + thing[1:],
        "audience": rng.choice(AUDIENCE_WORDS[lang]),
        "city": rng.choice(CITIES),
        "day": day.isoformat(),
        "count": str(rng.randint(12, 60)),
    }
    values["Target"] = values["target"][:1].upper() + values["target"][1:]
    return template.format(**values)


def generate(n: int, seed: int, vocab: Vocabulary) -> list[Release]:
    """``n`` releases, the same ones for the same seed and vocabulary."""
    rng = random.Random(seed)
    p = pools(vocab)
    start, span = dt.date(2014, 1, 1), (dt.date(2024, 12, 31) - dt.date(2014, 1, 1)).days
    out = []
    for i in range(n):
        lang = "fr" if rng.random() < 0.4 else "en"
        day = start + dt.timedelta(days=rng.randrange(span + 1))
        pat = PATTERNS[lang]
        own_voice = rng.random() < 0.3
        paragraphs = []
        if own_voice:
            title = (
                "Déclaration du Conseil de l'Atlantique Nord"
                if lang == "fr"
                else "Statement by the North Atlantic Council"
            )
            kinds = ["voice"] * rng.randint(3, 8)
        else:
            title = (
                f"{rng.choice(p.people)}: "
                + ("réunion à " if lang == "fr" else "meeting in ")
                + rng.choice(CITIES)
            )
            kinds = ["lead"] + [
                rng.choice(["quote", "follow", "quote", "follow", "noise"]) for _ in range(rng.randint(2, 9))
            ]
        stance_sentences = 0
        for kind in kinds:
            sentences = [
                _fill(rng.choice(pat[kind]), rng, p, lang, day)
                for _ in range(1 if kind == "noise" else rng.randint(1, 3))
            ]
            stance_sentences += 0 if kind == "noise" else len(sentences)
            paragraphs.append(" ".join(sentences))
        # Background, context and logistics: sentences that take no stance, in paragraphs of one or
        # two placed anywhere after the first.
        context = sum(rng.random() < CONTEXT_PER_STANCE_SENTENCE for _ in range(stance_sentences))
        while context > 0:
            size = min(context, rng.randint(1, 2))
            context -= size
            sentences = [_fill(rng.choice(pat["context"]), rng, p, lang, day) for _ in range(size)]
            paragraphs.insert(rng.randint(1, len(paragraphs)), " ".join(sentences))
        text = f"{title}\n\n{day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
        meta = ReleaseMeta(title=title, date=day, lang=lang, publisher="NATO" if rng.random() < 0.6 else None)
        out.append(Release(source=f"gen-{seed}-{i:06d}.txt", raw=text, text=text, meta=meta, format="text"))
    return out


def count_sentences(releases: list[Release]) -> int:
    """Prose sentences as the extractor splits them (captions and datelines are not counted)."""
    return sum(len(_sentences(r.text, tokenize(r.text), r.meta.title)) for r in releases)


def front_matter(release: Release, index: int, seed: int) -> str:
    """One generated release as a text file with YAML front matter (the reader's text format)."""
    meta = release.meta
    lines = [
        "---",
        f"title: {json.dumps(meta.title, ensure_ascii=False)}",
        f"date: {meta.date.isoformat()}",
        f"lang: {meta.lang}",
    ]
    if meta.publisher:
        lines.append(f"publisher: {json.dumps(meta.publisher, ensure_ascii=False)}")
    lines.append(f"url: https://example.org/statgraph-bench/{seed}/{index:06d}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + release.text


def write_files(n: int, seed: int, vocab: Vocabulary, folder: Path) -> list[Release]:
    """Write ``n`` generated releases to ``folder`` (``gen-SEED-NNNNNN.txt``); returns them."""
    folder.mkdir(parents=True, exist_ok=True)
    releases = generate(n, seed, vocab)
    for i, r in enumerate(releases):
        (folder / r.source).write_text(front_matter(r, i, seed), encoding="utf-8")
    return releases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="how many releases")
    ap.add_argument("folder", nargs="?", type=Path, help="where to write them")
    ap.add_argument("--seed", type=int, default=2014)
    ap.add_argument("--show", action="store_true", help="print the files instead of writing them")
    args = ap.parse_args(argv)
    vocab = load_vocabulary(data_dir("ontology"))
    if args.show or args.folder is None:
        for i, r in enumerate(generate(args.n, args.seed, vocab)):
            print(f"=== {r.source}\n{front_matter(r, i, args.seed)}")
        return 0
    releases = write_files(args.n, args.seed, vocab, args.folder)
    print(f"{len(releases)} releases, {count_sentences(releases)} sentences, in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
