"""A transparent, rule-based statement extractor for French and English releases.

Everything it knows of words comes from the vocabulary (``ontology/``): names of
actors, offices, topics and audiences, stance cue words, reporting verbs,
negation and pronouns. The rules below are about *structure*: where quotes
start and end, which mention is the subject of a verb, which mention a cue
governs. Every statement carries the id of the rule and the lexicon entry that
produced it.

The pipeline for one release:

1. tokens and sentences with character offsets into ``release.text``;
   lines that are not prose (captions, bullets, the repeated headline) are skipped;
2. speech quotes (« », “ ”, " ") of five words or more, and who said each;
3. the document's own voice, when the title (or a byline opening the body) says it
   is a statement, declaration, reply or communiqué by someone (or the publisher
   speaks in the first person);
4. for each stance cue: negation, the speaker (quote, subject, inverted
   reporting verb, pronoun, own voice), the target the cue governs, topics and
   the audience in scope.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, pairwise, repeat
from operator import attrgetter
from types import FunctionType
from typing import Any, ClassVar, Final, NamedTuple, cast, final
from urllib.parse import quote

from . import __version__
from .domain import Release, Statement
from .morphology import adjective_forms, noun_forms, verb_forms
from .namespaces import AUDIENCE, COMPOSED_ACTOR, COMPOSED_TOPIC, UNLISTED_ACTOR
from .vocabulary import Composable, Entry, Vocabulary

# Where the persons a release names whom the vocabulary does not list get their IRIs, from their
# names: one name, one IRI (one label), in French and English releases alike.
UNLISTED_ACTORS: Final = UNLISTED_ACTOR
# Lower-case words inside a person's name: "Ursula von der Leyen", "Jean-Yves Le Drian" (capitalised).
_NAME_PARTICLES: Final = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "bin", "ibn", "al", "el", "y"}
)


# Words that make another office of a title ("Prime Minister" is not "the Minister").
_TITLE_MODIFIERS: Final = frozenset(
    {"prime", "premier", "premiere", "deputy", "vice", "under", "assistant", "adjoint", "vice-"}
)
# How many words a title may say of its office before its holder's name set off by a comma: a
# ministry's full name may run long ("la ministre des Affaires étrangères, des Affaires européennes et
# du Commerce extérieur, X").
_TITLE_SPAN: Final = 16
# The words that open what a title says of its office ("le Président de la Commission").
_COMPLEMENT_OF: Final = frozenset({"of", "de", "du", "des", "d'"})
_NO_WORDS: Final[frozenset[str]] = frozenset()
# What may stand between a title and its holder's name, besides the capitalised words of the office.
_OFFICE_LINKS: Final = frozenset(
    {"of", "for", "and", "the", "de", "des", "du", "d'", "l'", "la", "le", "et", "a.i", "-", "–", ","}
)
# What may stand between a meeting word and the person met besides titles ("met with the President of
# Ukraine, X", "Ukraine's Foreign Minister X", "M. X"); not "and": "met with the Allies and X said".
_MET_LINKS: Final = frozenset({"of", "for", "de", "des", "du", "d'", ",", ".", "'s"})
# Words after which a capitalised word opens no person's name.
_NOT_BEFORE_A_NAME: Final = frozenset(
    {"the", "of", "le", "la", "les", "l'", "de", "des", "du", "d'", "a", "an", "un", "une"}
)


def _name_text(tokens: list[Token], start: int, end: int) -> str:
    """A name as written, its words joined by one space."""
    return " ".join(tokens[k].text for k in range(start, end))

# Module constants are Final: compiled with mypyc, a Final name is a C static, not a lookup in the
# module's dict each time it is read (they are read in loops over tokens). Interpreted, nothing changes.
EXTRACTOR_NAME: Final = "statgraph-rules"

_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})
_TOKEN_RE: Final = re.compile(
    # French elision: l'Ukraine; then English "n't" and "'s". The look-aheads before the first two
    # alternatives add no condition (an elision opens on one of these letters and has its apostrophe
    # within six; a word before "n't" runs up to its "n") but spare trying them at most positions.
    r"(?i:(?=[cdjlmnpqst]\w{0,5}+')\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)')(?=\w)"
    r"|(?=\w*+(?<=n)'t\b)\w+(?=n't\b)|n't\b|'s\b"
    r"|\w+(?:[-&/]\w+)*"
    r"|[^\w\s]",
    re.UNICODE,
)
# The same tokens, found by splitting the text: re.split hands back the runs between tokens and
# the tokens as strings, in C, without a match object per token. Two additions make it faster and
# change no token: "(?=\S)" fails at a space at once (every alternative opens on a non-space), and
# a plain word (a possessive run of word characters followed by none of "-&/'") is taken by the
# first alternative; the others can match at a word's start only when its run is followed by one
# of these (an elision, "n't", a compound), and then the run goes to them as before.
_SPLIT_RE: Final = re.compile(r"(?=\S)(\w++(?![-&/'])|" + _TOKEN_RE.pattern + ")", re.UNICODE)
_REFLEXIVE: Final = {"se", "s'", "nous", "vous", "me", "m'", "te", "t'"}
_SPEECH_QUOTES: Final = {"«": "»", "“": "”", '"': '"'}
_ABBREVIATIONS: Final = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "jan",
    "janv",
    "feb",
    "fev",
    "fevr",
    "mar",
    "apr",
    "avr",
    "jun",
    "jul",
    "juil",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "p",
    "art",
    "vol",
    "gen",
    "lt",
    "col",
    "amb",
    "prof",
    "e",
    "i",
    "u",
    "etc",
}
_BY_PHRASE_END: Final = {
    "on",
    "to",
    "regarding",
    "concerning",
    "about",
    "sur",
    "concernant",
    "relative",
    "relatif",
    "following",
    "after",
    "suite",
    "at",
    "in",
    "en",
    "lors",
}
_LINKING: Final = {"by", "of", "the", "from", "du", "de", "des", "la", "le", "l'", "par", "les", "d'", "/"}
_SPOKESPERSON: Final = {"spokesperson", "spokesman", "spokeswoman", "porte-parole"}
# "Statement attributable to the Spokesman for …", "Déclaration attribuable au Porte-parole du …".
_ATTRIBUTABLE: Final = {"attributable", "attribuable"}
_TO: Final = {"to", "au", "aux", "a", "à"}
_OF_PRINCIPAL: Final = {"for", "of", "du", "de", "des", "d'"}
# Words that open a subordinate clause with its own subject.
_CLAUSE_OPENERS: Final = {
    "that",
    "que",
    "qu'",
    "which",
    "who",
    "qui",
    "lesquels",
    "lesquelles",
    "whereas",
    "while",
}
# "the contact line in Nagorno-Karabakh", "la ligne de contact au Haut-Karabakh": a place within another.
_LOCATED_IN: Final = frozenset({"in", "au", "aux", "en", "dans", "a"})
# Before the one who did an act: "the shelling by Russia", "les bombardements du régime syrien".
_AUTHOR_LINKS: Final = frozenset({"by", "of", "par", "du", "des", "de", "d'"})
# "the situation at the plant", "la situation à la centrale": what links a situation to its place.
_SITUATED: Final = frozenset({"at", "in", "on", "around", "a", "dans", "en", "sur"})
# Before "que", these make a concessive aside, not a clause: "où que ce soit", "quelles qu'elles soient".
_CONCESSIVE: Final = frozenset({"ou", "quel", "quels", "quelle", "quelles", "quoi", "qui"})
# Prepositions that open a sentence-initial adverbial ending at the first comma.
_ADVERBIAL_OPENERS: Final = {
    "in",
    "at",
    "on",
    "after",
    "following",
    "given",
    "dans",
    "en",
    "a",
    "au",
    "lors",
    "apres",
    # A partner named beside the subject is not the subject: "Together with Germany, France …",
    # "Avec l'Allemagne, la France …", "Comme l'UE, l'OTAN …", "Aux côtés de ses Alliés, …".
    "with",
    "together",
    "alongside",
    "like",
    "avec",
    "comme",
    "aux",
}
# A clause opening on these refers back to what the previous sentences were about.
_ANAPHORS: Final = {
    "they",
    "these",
    "this",
    "those",
    "it",
    "ils",
    "elles",
    "ces",
    "cela",
    "ceci",
    "celles-ci",
    "ceux-ci",
    "c'",
}
# "Those responsible for the attack", "those who …": people the words after describe, not an
# actor the text was about.
_DESCRIBING_NEXT: Final = {"responsible", "who", "whom", "whose"}
# English verb cues that are also particles ("pull back"): a verb only after these words.
_PARTICLE_HOMOGRAPHS: Final = {"back"}
# No conjugated French verb follows these (folded keys): a verb cue's form right after one is a
# noun ("conférence de presse", "point de presse" are not "presser"); an infinitive may ("décidé de
# soutenir"). "à" folds to "a", the auxiliary: it is not one of them. Possessives and
# demonstratives neither ("sa demande", "cette demande"); "leur" may be the verb's object ("il leur
# demande de …").
_FR_NOUN_MARKERS: Final = {
    "de",
    "d'",
    "du",
    "des",
    "un",
    "une",
    "au",
    "aux",
    "son",
    "sa",
    "ses",
    "leurs",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "ce",
    "cet",
    "cette",
    "ces",
}
# "la", "le", "les" before a verb are its object ("il la presse de …"), unless a preposition or a
# stop comes before them: then they are articles ("devant la presse", "à la presse").
_FR_ARTICLES: Final = {"la", "le", "les", "l'"}
# "Asked about …", "When asked whether …".
_PASSIVE_OPENERS: Final = {"", "when", "if", "once", "as"}
_AFTER_PASSIVE_OPENER: Final = {"about", "whether", "if", "on", "by", "to", "for", "how", "what", "why"}
# What may come before a participle that opens a sentence: "S'exprimant", "En saluant".
_PARTICIPLE_OPENERS: Final = {"s'", "se", "en", "while", "when", "after", "«", "“", '"'}
_FR_BEFORE_ARTICLE: Final = {
    "a",
    "de",
    "devant",
    "pour",
    "par",
    "avec",
    "sur",
    "dans",
    "vers",
    "contre",
    "selon",
    "apres",
    "avant",
    "entre",
    "sans",
    "sous",
    "chez",
    "pendant",
    "durant",
    ",",
    ".",
    ":",
    ";",
    "(",
    "«",
    '"',
}
_VERB_OPENERS: Final = {
    "to",
    "will",
    "would",
    "must",
    "can",
    "could",
    "should",
    "shall",
    "we",
    "i",
    "they",
    "you",
    "not",
    "also",
    "fully",
    "strongly",
    "firmly",
    "continue",
    "and",
}
_OUR: Final = {"our", "notre", "nos"}
_CONVERSATION_NEXT: Final = frozenset({"with", "avec", "téléphonique", "telephonique"})
_PHONE: Final = frozenset({"phone", "telephone", "video", "conference"})
# A name right after one of these is an object, not the subject ("In her call with X, she …").
_HEAD_PREPOSITIONS: Final = frozenset(
    {"with", "avec", "to", "by", "par", "for", "pour", "from", "between", "entre"}
    | {"of", "de", "d'", "du", "des"}
)
_DEFINITE: Final = {"the", "le", "la", "les", "l'", "such", "ce", "cet", "cette"}
_OBJECT_RELATIVES: Final = {"qu'", "que", "which"}
# Words after which a pronoun opens a clause of its own ("and he said", "that she announced").
_CLAUSE_LINKS: Final = {"and", "but", "that", "when", "as", "while", "because", "so", "then", "later", "also"}
_DEMONSTRATIVES: Final = {"this", "these", "those", "ce", "cet", "cette", "ces"}
_DESCRIPTION_PREPOSITIONS: Final = {"by", "at", "about", "over", "par", "de", "face", "à", "a"}
_QUOTE_MARKS: Final = {"«", "»", "“", "”", '"', "'", "‘", "’"}
# French prepositions fuse with the article: "attachés au droit", "appelle aux", "se félicite du"; "que"
# elides before a vowel: "il est essentiel qu'une enquête".
_CONTRACTIONS: Final = {"à": ("au", "aux"), "a": ("au", "aux"), "de": ("du", "des", "d'"), "que": ("qu'",)}
_FR_OBJECT_CLITICS: Final = {"l'", "le", "la", "les", "lui", "leur"}
_FR_PLURAL_CLITICS: Final = {"les", "leur"}
# "and its backer Russia", "et son allié la Russie" (see Extractor._coordinated_actors).
_JOINED_POSSESSIVES: Final = {"its", "their", "son", "sa", "ses", "leur", "leurs"}
_FR_AUXILIARIES: Final = {
    "a",
    "ont",
    "avait",
    "avaient",
    "avons",
    "avez",
    "aura",
    "auront",
    "aurait",
    "va",
    "vont",
}
# Between a comma and an inverted reporting verb (", a déclaré M. Stoltenberg"), or a speaker
# and the verb that closes the reported words ("…, Mr Stoltenberg has said").
_COMMA_AUXILIARIES: Final = {*_FR_AUXILIARIES, "has", "have", "had"}
# Between "and"/"et" and a verb that shares the subject of the verb before it ("… and has called on",
# "… et a condamné").
# How far after its verb an inverted reporting clause may name its speaker at its end.
_INCISE_REACH: Final = 40
# How many prose lines of a body's opening may announce the text that follows.
_ANNOUNCING_LINES: Final = 2
_COORDINATED_AUXILIARIES: Final = {*_COMMA_AUXILIARIES, "will", "would", "is", "was", "est"}
# What may stand between such a verb and its speaker's name: "said the Secretary General", "a dit
# M. Stoltenberg", "…, Mrs Mogherini said".
_ARTICLES: Final = {"the", "le", "la", "les", "l'"}
# A title's subject line ("Ukraine – Le ministre condamne …"): ended by one of these, within so many tokens.
_TITLE_SEPARATORS: Final = {":", "–", "-", "—"}
_TITLE_SUBJECT_LINE: Final = 8
_AND: Final = {"and", "et"}
# What may stand right before a name that opens a line or a caption ("Photo: Jane Doe, Minister …").
_NAME_OPENERS: Final = frozenset({".", "!", "?", "\n", ":", "(", "–", "-", "—", "|", "•"})
_BEFORE_NAME: Final = {*_ARTICLES, "m", "mm", "mme", "mr", "mrs", "ms", "dr", "."}
_PEOPLE: Final = {"office", "person"}
_ADVERB_SUFFIXES: Final = {"en": "ly", "fr": "ment"}  # "-ly" and "-ment" adverbs, beside the listed ones
_QUE: Final = {"que", "qu'"}
_EXPLETIVES: Final = {"it", "il", "ce", "c'"}
_INFINITIVE_MARKS: Final = {"to", "a", "de", "d'"}
_TOPIC_KINDS: Final = {"topic", "state", "organisation", "group"}
_NE_PARTNERS: Final = {"pas", "plus", "jamais"}
# Stances whose target may be the state a situation is in, when the vocabulary names nothing else.
_SITUATION_STANCES: Final = {"condemns", "concerned"}
# Stances whose object may be an act named with its place or victim (see Extractor._act_target).
_ACT_STANCES: Final = {"condemns", "concerned", "rejects", "calls-for"}
# Stances whose object may be an addressee named with its nationality (see Extractor._addressee_target).
_ADDRESSEE_STANCES: Final = {"calls-for", "warns"}
# What may open the object of a worry before a noun of what is at stake ("about the", "par les"), and the
# prepositions that name for whom it is at stake (see Extractor._stake_target).
_STAKE_OPENERS: Final = {
    "about", "over", "by", "at", "with", "of", "par", "de", "des", "du", "face", "a", "aux",
    "the", "le", "la", "les", "l'", "these", "this", "its", "their", "ses", "leurs",
}
_STAKE_LINKS: Final = {"for", "on", "upon", "pour", "sur"}
# Stances that may be about people of a group (see Extractor._group_target), and the words that may stand
# before their name ("all the", "des").
_GROUP_STANCES: Final = {"concerned", "supports", "commits", "welcomes"}
_GROUP_OPENERS: Final = {
    "the", "all", "these", "a", "les", "des", "tous", "toutes", "l'ensemble", "de", "d'", "aux", "ces",
}
# Stances on values a list may name together (see Extractor._shared_complement), and the words of such a list.
_VALUE_STANCES: Final = {"supports", "commits", "welcomes"}
# What may stand between a support and the actor it is for ("solidarity with the", "soutien au").
_SUPPORT_LINKS: Final = {"with", "avec", "to", "for", "a", "au", "aux", "the", "le", "la", "l'", "les"}
_LIST_WORDS: Final = {"and", "et", "a", "to", "the", "la", "le", "l'", "les", "its", "sa", "son", "ses"}
# "le soutien de l'Union au Président X", "support of the EU for X": what links a support to whom it is for.
_SUPPORT_RECIPIENT_LINKS: Final = {"to", "for", "a", "au", "aux"}
_AGAINST: Final = {"against", "contre"}
_SUBJECT_PRONOUNS: Final = {"it", "they", "this", "il", "elle", "ils", "elles", "cela", "ceci", "c'"}
_ANY_ARTICLE: Final = {"the", "a", "an", "le", "la", "les", "l'", "un", "une"}
_INDEFINITES: Final = {"a", "an", "un", "une", "des", "de", "d'"}
_PASSIVE_MODALS: Final = {"must", "should", "doit", "doivent", "devrait", "devraient"}
_CORRELATIVE_NEGATION: Final = {"ni", "neither", "nor"}  # "ne … ni … ni", "neither … nor"
_FR_SUBJECT_PRONOUNS: Final = {"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "qui"}


# Folded keys and tokenised short texts (titles, publishers, lexicon phrases) are looked up
# again and again: both are pure functions of their text, kept in bounded caches. Of long texts
# (a release's body, tokenised again by the first-person check) only the last one is kept.
_FOLDED: Final[dict[str, str]] = {}
# The last few lines folded (a release's title is folded by the sentence splitter and the byline search,
# and the body's repeated headline with it): a handful, not kept from one release to the next.
_LONG_FOLDED: Final[dict[str, str]] = {}
_TOKENIZED: Final[dict[str, tuple[Token, ...]]] = {}
_LAST_TOKENIZED: tuple[str, tuple[Token, ...]] = ("", ())
_CACHE_LIMIT: Final = 50_000
_SHORT_TEXT: Final = 300  # titles, publishers, lexicon phrases; not a release's body


def _flatten_apostrophes(text: str) -> str:
    """``text.translate(_APOSTROPHES)``, faster: translate looks every character up in a dict."""
    if text.isascii():
        return text
    return text.replace("\u2019", "'").replace("\u02bc", "'").replace("\u2018", "'")


# Compiled with mypyc (a function is then not a Python function): a few loops are written out for it.
_COMPILED: Final = not isinstance(_flatten_apostrophes, FunctionType)


def fold(text: str) -> str:
    """The comparison key of a token: lower case, no accents, one kind of apostrophe."""
    key = _FOLDED.get(text)
    if key is None:
        if text.isascii():  # no apostrophe to unify, nothing to decompose
            key = text.lower()
        elif len(text) > 64:  # a line (a title): folded again for the same release, not after
            key = _LONG_FOLDED.get(text)
            if key is None:
                key = _fold_text(text)
                if len(_LONG_FOLDED) >= 8:
                    _LONG_FOLDED.clear()
                _LONG_FOLDED[text] = key
        else:
            key = _fold_text(text)
        if len(text) <= 64:  # a word or a name, not a line
            if len(_FOLDED) >= _CACHE_LIMIT:
                _FOLDED.clear()
            _FOLDED[text] = key
    return key


def _fold_text(text: str) -> str:
    """:func:`fold` of a text that is not ASCII."""
    decomposed = unicodedata.normalize("NFKD", _flatten_apostrophes(text).lower())
    if decomposed.isascii():
        return decomposed
    # The combining marks left out: each distinct one is found (a set of the characters, in C) and replaced,
    # rather than every character asked whether it is one. None is below U+0300.
    combining = unicodedata.combining
    for c in set(decomposed):
        if c >= "\u0300" and combining(c):
            decomposed = decomposed.replace(c, "")
    return decomposed


_NO_ORGS: Final[frozenset[str]] = frozenset()
_QUOTE_MARK_KEYS: Final = frozenset(fold(mark) for mark in _QUOTE_MARKS)


class Token(NamedTuple):
    # A named tuple, not a dataclass: a release makes hundreds of them, and a tuple is made fast.
    key: str
    text: str
    start: int
    end: int

    @property
    def is_upper_initial(self) -> bool:
        # Not used inside this module, which reads only the four fields (see _PLAIN_TUPLES).
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    global _LAST_TOKENIZED
    short = len(text) <= _SHORT_TEXT
    if short:
        cached = _TOKENIZED.get(text)
    else:
        last = _LAST_TOKENIZED
        cached = last[1] if last[0] == text else None
    if cached is None:
        cached = _tokenize(text)
        if not short:
            _LAST_TOKENIZED = (text, cached)
        else:
            if len(_TOKENIZED) >= 4096:
                _TOKENIZED.clear()
            _TOKENIZED[text] = cached
    return list(cached)


def _tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``; a release's body has hundreds of them."""
    flat = _flatten_apostrophes(text)  # the same length: one apostrophe for another
    keys, words, starts, ends = _token_fields(text, flat)
    return tuple(map(tuple.__new__, repeat(Token), zip(keys, words, starts, ends, strict=True)))


# Punctuation that ends or opens a word of a run of non-spaces ("Ukraine," "«Nous") without joining it:
# none of "'", "-", "&", "/" (elisions, contractions, compounds) nor a word character.
_TRAILING_MARKS: Final = frozenset(',.;:!?)»”"')
_OPENING_MARKS: Final = frozenset('(«“"')


@final
class _Fields:
    """The keys, texts, starts and ends of a text's tokens, as :func:`_token_fields` makes them."""

    __slots__ = ("ascii_text", "copies", "ends", "keys", "lowered", "starts", "text", "words")

    def __init__(self, text: str, flat: str) -> None:
        self.text = text
        self.ascii_text = flat.isascii()
        self.lowered = flat.lower() if self.ascii_text else ""
        self.copies = flat is not text  # the tokens' texts keep the text's own apostrophes
        self.keys: list[str] = []
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, word: str, start: int, end: int) -> None:
        """The token ``word`` (of the text made flat) from ``start`` to ``end``."""
        if self.ascii_text:
            self.keys.append(self.lowered[start:end])  # an ASCII word folds to its lower case
        else:
            key = _FOLDED.get(word)  # most words are folded already
            self.keys.append(fold(word) if key is None else key)
        self.words.append(self.text[start:end] if self.copies else word)
        self.starts.append(start)
        self.ends.append(end)


_ELIDED: Final = frozenset("cdjlmnstCDJLMNST")  # the one-letter elisions: l'Ukraine, d'accord, n'est


def _run_pieces(run: str) -> list[str] | None:
    """The tokens of a run of non-spaces that is not one plain word, when it has a common shape: an
    opening mark, then a plain word, a compound of plain words and hyphens, or a one-letter or "qu"
    elision and a plain word, then closing marks (each a token), or marks alone. None for any other run,
    which the expression splits. (The expression takes a plain word followed by none of "-&/'" whole, an
    elision before a word character, a hyphenated compound whole, and any other character alone.)"""
    end = len(run)
    while end > 0 and run[end - 1] in _TRAILING_MARKS:
        end -= 1
    begin = 1 if end > 0 and run[0] in _OPENING_MARKS else 0
    core = run[begin:end]
    pieces = [run[0]] if begin else []
    if not core:
        pass
    elif core.isalnum():
        pieces.append(core)
    elif len(core) > 2 and core[1] == "'" and core[0] in _ELIDED and core[2:].isalnum():
        pieces.append(core[:2])
        pieces.append(core[2:])
    elif len(core) > 3 and core[2] == "'" and core[0] in "qQ" and core[1] in "uU" and core[3:].isalnum():
        pieces.append(core[:3])
        pieces.append(core[3:])
    elif "-" in core and all(part.isalnum() for part in core.split("-")):
        pieces.append(core)
    else:
        return None
    for k in range(end, len(run)):
        pieces.append(run[k])
    return pieces


def _token_fields(text: str, flat: str) -> tuple[list[str], list[str], list[int], list[int]]:
    """The keys, texts, starts and ends of the tokens of ``text`` (``flat``: its apostrophes made one),
    as ``_SPLIT_RE`` finds them in ``flat``, by one loop over its runs of non-spaces. No token holds a
    space, and the expression's look-arounds see a run's ends as they see the spaces around it, so a
    run is tokenised alone: a plain word is one token, a run of a common shape is cut by
    :func:`_run_pieces`, and any other run is split by the expression. Compiled with mypyc this costs
    less than half of splitting the whole text with the expression (which calls its matcher at every
    token and makes a string of every space between) and building the lists from its parts;
    interpreted, the name is :func:`_token_fields_mapped` (below)."""
    fields = _Fields(text, flat)
    last = len(flat) - 1
    pos = 0
    for run in flat.split():  # the runs of non-spaces (str.split's spaces are the expression's)
        # Most runs follow one space, and start right after it (the first character that is not a
        # space); else the run is looked for.
        if pos < last and flat[pos] == " " and flat[pos + 1] == run[0]:
            start = pos + 1
        else:
            start = flat.find(run, pos)
        size = len(run)
        pos = start + size
        if run.isalnum():
            fields.add(run, start, pos)
            continue
        pieces = _run_pieces(run)
        if pieces is None:
            pieces = _SPLIT_RE.split(run)[1::2]  # between, token, ..., between: all "" in a run
        for word in pieces:
            end = start + len(word)
            fields.add(word, start, end)
            start = end
    return fields.keys, fields.words, fields.starts, fields.ends


def _token_fields_mapped(text: str, flat: str) -> tuple[list[str], list[str], list[int], list[int]]:
    """:func:`_token_fields` by splitting the whole text with ``_SPLIT_RE``, without a Python-level step
    per token (map, accumulate): interpreted, it costs less than the loop."""
    parts = _SPLIT_RE.split(flat)  # the text between tokens, a token, ..., the text after the last
    offsets = list(accumulate(map(len, parts)))  # where each part ends
    words = parts[1::2]
    starts = offsets[0::2]  # the end of the text before each token, and of the text after the last
    starts.pop()
    ends = offsets[1::2]
    keys: list[str]
    if flat.isascii():
        # An ASCII word folds to its lower case: slice the keys from the text lowered once.
        key_of: Callable[[slice], str] = flat.lower().__getitem__
        keys = list(map(key_of, map(slice, starts, ends)))
    else:
        known: list[str | None] = list(map(_FOLDED.get, words))  # most words are folded already
        if None in known:
            for k, key in enumerate(known):
                if key is None:
                    known[k] = fold(words[k])
        keys = cast(list[str], known)
    if flat is not text:  # the tokens' texts keep the text's own apostrophes
        text_of: Callable[[slice], str] = text.__getitem__
        words = list(map(text_of, map(slice, starts, ends)))
    return keys, words, starts, ends


if isinstance(_token_fields, FunctionType):  # interpreted
    _token_fields = _token_fields_mapped


@dataclass(frozen=True)
class Pattern:
    """A label or cue turned into token keys, with the case it requires."""

    keys: tuple[str, ...]
    caps: tuple[str, ...]  # per token: "" any case, "I" upper initial, "A" all capitals

    @classmethod
    def of(cls, phrase: str, *, proper: bool = True) -> Pattern:
        toks = tokenize(phrase)
        caps = []
        for t in toks:
            letters = [c for c in t.text if c.isalpha()]
            if proper and len(letters) >= 2 and all(c.isupper() for c in letters):
                caps.append("A")
            elif proper and t.text[:1].isupper():
                caps.append("I")
            else:
                caps.append("")
        return cls(tuple(t.key for t in toks), tuple(caps))

    def matches(self, tokens: list[Token], i: int) -> bool:
        keys = self.keys
        n = len(keys)
        if i + n > len(tokens):
            return False
        caps = self.caps
        for k in range(n):
            tok = tokens[i + k]
            if tok.key != keys[k]:
                return False
            cap = caps[k]
            if not cap:
                continue
            if cap == "A" and not all(c.isupper() for c in tok.text if c.isalpha()):
                return False
            if cap == "I" and not tok.text[:1].isupper():
                return False
        return True


class Mention(NamedTuple):
    # A named tuple, as Token: a release makes hundreds of mentions, and a tuple is made fast.
    entry: Entry
    start: int  # token index
    end: int  # token index, exclusive
    how: str  # label | family | demonym | headword
    alternatives: tuple[Entry, ...] = ()  # other entries with the same name ("Secretary General")


@dataclass(frozen=True)
class Cue:
    stance: str
    kind: str  # verb | noun | adjective | phrase | negated | agent-verb | agent-phrase
    lemma: str
    lang: str
    tail: tuple[str, ...] = ()  # particle or rest of the phrase
    tail_gap: int = 0  # tokens allowed between the head and the tail
    reflexive: bool = False

    @property
    def agentive(self) -> bool:
        return self.kind.startswith("agent")

    @property
    def entry_id(self) -> str:
        return f"{self.stance}:{self.kind}:{self.lemma}@{self.lang}"


class CueHit(NamedTuple):
    # A named tuple, as Mention: one is made for every cue looked at.
    cue: Cue
    start: int
    end: int
    negated: bool


# A pattern, its payload, and its case checks: (offset, "I" or "A") for the tokens that ask for one.
_Entry = tuple[Pattern, Any, tuple[tuple[int, str], ...]]
_Group = tuple[int, dict[tuple[str, ...], list[_Entry]]]  # patterns of one length, by their keys


class _Index:
    """Token-sequence lookup: first key -> patterns with their payloads, longest first."""

    def __init__(self, *, memo: bool = True, dense: bool = False) -> None:
        # Dense: the patterns' first keys are at a large share of a text's positions (names open on
        # articles and capitalised words: about a third of the tokens). Testing each key then costs less
        # than merging the positions of every first key present.
        self._dense = dense
        self._by_first: dict[str, list[tuple[Pattern, Any]]] = {}
        # The same buckets compiled for lookup (rebuilt after an add): per first key, per length
        # (longest first), the patterns by all their keys, so that a position costs one dict
        # lookup per length rather than one comparison per pattern.
        # The longer patterns are found by their second key first: it rules most positions out.
        self._compiled: dict[str, tuple[dict[str, list[_Group]], list[_Entry]]] = {}
        self._longest = 0  # the most keys of a pattern
        self._stale = False
        # The hits at every position of the last token list looked at (a release's tokens are
        # looked at many times, sentence by sentence): that list, and its positions with a hit.
        self._memo_on = memo
        self._memo: tuple[list[Token] | None, dict[int, list[tuple[Pattern, Any]]]] = (None, {})
        self._sorted_memo: tuple[dict[int, list[tuple[Pattern, Any]]] | None, list[int]] = (None, [])

    def add(self, pattern: Pattern, payload: Any) -> None:
        if not pattern.keys:
            return
        bucket = self._by_first.setdefault(pattern.keys[0], [])
        if (pattern, payload) not in bucket:
            bucket.append((pattern, payload))
            bucket.sort(key=lambda pp: -len(pp[0].keys))
            self._stale = True
            self._memo = (None, {})

    def _compile(self) -> None:
        compiled: dict[str, tuple[dict[str, list[_Group]], list[_Entry]]] = {}
        for first, bucket in self._by_first.items():
            by_second: dict[str, dict[int, dict[tuple[str, ...], list[_Entry]]]] = {}
            single: list[_Entry] = []
            for p, v in bucket:  # longest first, then in the order added
                entry = (p, v, tuple((k, cap) for k, cap in enumerate(p.caps) if cap))
                if len(p.keys) == 1:
                    single.append(entry)
                else:
                    by_length = by_second.setdefault(p.keys[1], {})
                    by_length.setdefault(len(p.keys), {}).setdefault(p.keys, []).append(entry)
            groups = {
                second: sorted(by_length.items(), key=lambda group: -group[0])
                for second, by_length in by_second.items()
            }
            compiled[first] = (groups, single)
        self._compiled = compiled
        self._longest = max([len(p.keys) for bucket in self._by_first.values() for p, _ in bucket], default=0)
        self._stale = False

    def compiled(self) -> tuple[dict[str, tuple[dict[str, list[_Group]], list[_Entry]]], int]:
        """The compiled buckets by first key, and the most keys of a pattern."""
        if self._stale:
            self._compile()
        return self._compiled, self._longest

    def at(self, tokens: list[Token], i: int) -> list[tuple[Pattern, Any]]:
        """The patterns that match at ``tokens[i]``, with their payloads, longest first."""
        if not self._memo_on:
            return self.match(tokens, _keys_of(tokens), i)
        memo = self._memo
        if memo[0] is not tokens:
            memo = self._scan(tokens)
        return memo[1].get(i) or []

    def first_keys(self) -> Collection[str]:
        """The keys a pattern starts with (where :meth:`at` may find something)."""
        if self._stale:
            self._compile()
        return self._compiled.keys()

    def positions(self, tokens: list[Token]) -> dict[int, list[tuple[Pattern, Any]]]:
        """Every position of ``tokens`` where a pattern matches, with what :meth:`at` gives there
        (the index's own memo: read it, do not change it)."""
        memo = self._memo
        if memo[0] is not tokens or not self._memo_on:
            memo = self._scan(tokens)
        return memo[1]

    def starts_in(self, tokens: list[Token], lo: int, hi: int) -> list[int]:
        """The positions of tokens ``lo`` to ``hi`` (excluded) where a pattern matches, in order."""
        memo = self._memo
        if memo[0] is not tokens or not self._memo_on:
            memo = self._scan(tokens)
        sorted_memo = self._sorted_memo
        if sorted_memo[0] is not memo[1]:
            sorted_memo = self._sorted_memo = (memo[1], list(memo[1]))  # the hits are found in order
        found = sorted_memo[1]
        return found[_bisect(found, lo) : _bisect(found, hi)]

    def _scan(self, tokens: list[Token]) -> tuple[list[Token], dict[int, list[tuple[Pattern, Any]]]]:
        if self._stale:
            self._compile()
        keys = _keys_of(tokens)
        hits = {}
        if self._dense and not (_PLAIN_TUPLES and keys is _DOCUMENT_WHERE[0]):
            for i in self._starts(keys):
                found = self._match(tokens, keys, i)
                if found:
                    hits[i] = found
        else:
            # _starts and _match in one: each position's buckets looked up once.
            compiled = self._compiled
            size = len(keys)
            for i in _where(keys, compiled):
                by_second, single = compiled[keys[i]]
                groups = by_second.get(keys[i + 1]) if i + 1 < size else None
                if groups is None and not single:
                    continue
                found = _hits(tokens, keys, i, groups, single)
                if found:
                    hits[i] = found
        memo = (tokens, hits)
        self._memo = memo
        return memo

    def starts(self, keys: tuple[str, ...]) -> list[int]:
        """The positions of ``keys`` (the tokens' keys, :func:`_keys_of`) where a pattern may match,
        by the first two keys, in order: :meth:`match` finds nothing elsewhere."""
        if self._stale:
            self._compile()
        return self._starts(keys)

    def _starts(self, keys: tuple[str, ...]) -> list[int]:
        compiled = self._compiled
        last = len(keys) - 1
        out = []
        if self._dense and not (_PLAIN_TUPLES and keys is _DOCUMENT_WHERE[0]):  # every key looked up once
            for i, key in enumerate(keys):
                found = compiled.get(key)
                if found is not None and (found[1] or (i < last and keys[i + 1] in found[0])):
                    out.append(i)
            return out
        for i in _where(keys, compiled):
            by_second, single = compiled[keys[i]]
            if single or (i < last and keys[i + 1] in by_second):
                out.append(i)
        return out

    def match(self, tokens: list[Token], keys: tuple[str, ...], i: int) -> list[tuple[Pattern, Any]]:
        """:meth:`at` without the memo; ``keys`` are the tokens' keys (:func:`_keys_of`)."""
        if self._stale:
            self._compile()
        return self._match(tokens, keys, i)

    def _match(self, tokens: list[Token], keys: tuple[str, ...], i: int) -> list[tuple[Pattern, Any]]:
        compiled = self._compiled.get(keys[i])
        if compiled is None:
            return []
        by_second, single = compiled
        return _hits(tokens, keys, i, by_second.get(keys[i + 1]) if i + 1 < len(keys) else None, single)


def _hits(
    tokens: list[Token],
    keys: tuple[str, ...],
    i: int,
    groups: list[_Group] | None,
    single: list[_Entry],
) -> list[tuple[Pattern, Any]]:
    """The patterns that match at ``tokens[i]``: ``groups``, those of the index's bucket of the first key
    by the second key (None: none), and ``single``, the bucket's patterns of one key."""
    size = len(keys)
    out = []
    # The keys are equal when a table finds the entry (a single one is found by its only key):
    # only the case is left to check.
    if groups is not None:
        for n, table in groups:  # longest first
            if i + n <= size:
                entries = table.get(keys[i : i + n])
                if entries:
                    for p, v, checks in entries:
                        if not checks or _case_ok(tokens, i, checks):
                            out.append((p, v))
    for p, v, checks in single:
        if not checks or _case_ok(tokens, i, checks):
            out.append((p, v))
    return out


def _case_ok(tokens: list[Token], i: int, checks: tuple[tuple[int, str], ...]) -> bool:
    """The case checks of :meth:`Pattern.matches` for a pattern whose keys match at ``i``."""
    for k, cap in checks:
        text = tokens[i + k].text
        case = _CASES.get(text)
        if case is None:
            case = _case_of(text)
        if cap == "A":
            if not case & 2:
                return False
        elif cap == "I" and not case & 1:
            return False
    return True


# The case of a token's text, by the text (most are the same strings, from the runs' cache): 1 when its
# first character is upper case ("I"), 2 when all its letters are ("A").
_CASES: Final[dict[str, int]] = {}


def _case_of(text: str) -> int:
    """The case bits of ``text`` (see ``_CASES``), kept there."""
    case = (1 if text[:1].isupper() else 0) | (2 if all(c.isupper() for c in text if c.isalpha()) else 0)
    if len(_CASES) >= _CACHE_LIMIT:
        _CASES.clear()
    _CASES[text] = case
    return case


# The keys of the last token list asked for: the indexes scan a release's tokens one after another.
# The list is held, so no other list can take its id; token lists are not changed once made.
_LAST_KEYS: tuple[list[Token] | None, tuple[str, ...]] = (None, ())


def _keys_of(tokens: list[Token]) -> tuple[str, ...]:
    """The tokens' keys, a tuple: a slice of it is a pattern's lookup key as it stands."""
    global _LAST_KEYS
    document = _DOCUMENT
    if document[0] is tokens:
        return document[1]
    last = _LAST_KEYS
    if last[0] is tokens:
        return last[1]
    keys = tuple([t.key for t in tokens])
    _LAST_KEYS = (tokens, keys)
    return keys


# The release being read: its tokens, their keys, and where each key occurs. Its keys are searched
# for the words of a dozen lexicons and word lists (the indexes' first words, cue phrases, anaphors,
# "according to", privatives, agreement nouns, the first person): one pass over the tokens makes the
# positions of every key, and each search then looks up only those of its words that occur. The
# tokens and keys are held, so no other list or tuple can take their ids.
_DOCUMENT: tuple[list[Token] | None, tuple[str, ...], dict[str, list[int]], list[int]] = (
    None,
    (),
    {},
    [],
)


def _plain_tuples() -> bool:
    """Whether a plain tuple serves as a Token here: compiled with mypyc, a named tuple's fields are read
    by their position (interpreted, by their name: an AttributeError)."""
    try:
        probe = cast(Token, ("k", "t", 0, 1))
        return (probe.key, probe.text, probe.start, probe.end) == ("k", "t", 0, 1)
    except AttributeError:
        return False


# A release's body has hundreds of tokens, and tens of mentions and cue hits: made as plain tuples, they
# cost a tenth of as many named tuples (a tuple subclass, made through tuple.__new__, or through the
# class's own __new__, a Python function). Compiled, this module reads only their fields, by position,
# so the body's tokens, mentions and cue hits are plain tuples; they stay inside the extractor
# (tokenize and the public functions give Tokens).
_PLAIN_TUPLES: Final = _plain_tuples()


def _mention(entry: Entry, start: int, end: int, how: str, alternatives: tuple[Entry, ...] = ()) -> Mention:
    if _PLAIN_TUPLES:
        return cast(Mention, (entry, start, end, how, alternatives))
    return tuple.__new__(Mention, (entry, start, end, how, alternatives))


def _name_pattern(label: str) -> Pattern:
    """A name's pattern without its quotation-mark tokens: names are looked for in a text with those
    left out (see _find_mentions), so "Kata'ib Hezbollah" must match as "Kata ib Hezbollah" does."""
    pattern = Pattern.of(label)
    kept = [n for n, key in enumerate(pattern.keys) if key not in _QUOTE_MARKS]
    if len(kept) == len(pattern.keys) or not kept:
        return pattern
    return Pattern(tuple(pattern.keys[n] for n in kept), tuple(pattern.caps[n] for n in kept))


def _mention_start(m: Mention) -> int:
    # Not attrgetter("start"): compiled, a mention is a plain tuple, whose fields only compiled code reads.
    return m.start


def _hit_start(hit: CueHit) -> int:
    return hit.start


def _sorted_by_start(mentions: list[Mention]) -> list[Mention]:
    """``sorted(mentions, key=start)``, a new list: a copy when they are in that order already (the names
    are found in order), with no key called for each."""
    for j in range(1, len(mentions)):
        if mentions[j].start < mentions[j - 1].start:
            return sorted(mentions, key=lambda m: m.start)
    return list(mentions)


def _partners_found(ctx: _Context) -> tuple[str, tuple[str, ...]] | None:
    """``ctx.found_partners``, read through a call: right after ``ctx.found_partners = None`` and a
    call that sets it, mypy still takes the attribute for None, and the compiled module then checks
    that it is (a TypeError on "said X and Y")."""
    return ctx.found_partners


def _name_word(key: str) -> bool:
    """Whether a token's key is a word of a name: letters, with hyphens or apostrophes inside."""
    return key.replace("-", "").replace("'", "").isalpha()


def _country_of_place(tokens: list[Token], k: int, lo: int) -> bool:
    """Whether the name at ``k`` follows "in"/"à"/"at" and a capitalised place name and a comma: "in
    Pretoria, South Africa", "à Genève, en Suisse"."""
    j = k - 1
    if j > lo and tokens[j].key in {"en", "au", "aux"}:
        j -= 1
    if j <= lo or tokens[j].text != ",":
        return False
    j -= 1
    start = j
    while j > lo and start - j < 4 and tokens[j].text[:1].isupper():
        j -= 1
    return j < start and j >= lo and tokens[j].key in {"in", "at", "à", "a"}


def _sort_spans(mentions: list[Mention]) -> None:
    """``mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))``, in place: by start, the longer
    first; no key made for each when they are in that order already (most often). A topic a headword
    names near its actors ("the peace process" near Ukraine) replaces the broader topic the same words
    name by a label."""
    for j in range(1, len(mentions)):
        a, b = mentions[j - 1], mentions[j]
        if b.start < a.start or (b.start == a.start and b.end > a.end):
            mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
            break
    narrower = [m for m in mentions if m.how == "headword" and m.entry.broader]
    if narrower:
        mentions[:] = [
            m
            for m in mentions
            if not any(
                n.start == m.start and n.end == m.end and m.entry.iri in n.entry.broader for n in narrower
            )
        ]


def _best_name(hits: list[tuple[Pattern, Any]]) -> tuple[Entry, str, int, tuple[Entry, ...]]:
    """The first of a position's name matches: its entry, how it names it, its length in keys, and
    the other entries a name of the same length names ("Secretary General")."""
    pattern, payload = hits[0]
    entry, how = payload
    others = (
        tuple(p[1][0] for p in hits[1:] if len(p[0].keys) == len(pattern.keys) and p[1][0] is not entry)
        if len(hits) > 1
        else ()
    )
    return entry, how, len(pattern.keys), others


def _cue_hit(cue: Cue, start: int, end: int, negated: bool) -> CueHit:
    if _PLAIN_TUPLES:
        return cast(CueHit, (cue, start, end, negated))
    return tuple.__new__(CueHit, (cue, start, end, negated))


# The tokens of a run of non-spaces, by the run (as the text has it, its own apostrophes): (key, text,
# start, end) of each, offsets in the run. A run is tokenised alone (see _token_fields), so its tokens are
# the same wherever it stands; most runs of a release ("the", "Ukraine,", "l'Union") are found here.
_RUNS: Final[dict[str, tuple[tuple[str, str, int, int, tuple[int, ...]], ...]]] = {}


def _run_tokens(run: str) -> tuple[tuple[str, str, int, int, tuple[int, ...]], ...]:
    """The tokens of a run of non-spaces of a text, as :func:`_token_fields` cuts them, each with the
    numbers of the collections holding its key (:func:`_bits_of`); kept in ``_RUNS``."""
    flat = _flatten_apostrophes(run)
    pieces: list[str] | None
    if flat.isalnum():
        pieces = [flat]
    else:
        pieces = _run_pieces(flat)
        if pieces is None:
            pieces = _SPLIT_RE.split(flat)[1::2]
    out: list[tuple[str, str, int, int, tuple[int, ...]]] = []
    start = 0
    for word in pieces:
        end = start + len(word)
        key = fold(word)
        bits = _KEY_BITS.get(key)
        out.append(
            (
                key,
                run[start:end] if flat is not run else word,
                start,
                end,
                _bits_of(key) if bits is None else bits,
            )
        )
        start = end
    found = tuple(out)
    if len(_RUNS) >= _CACHE_LIMIT:
        _RUNS.clear()
    _RUNS[run] = found
    return found


def _read_runs(text: str) -> list[Token]:
    """:func:`_read_document` compiled: one loop over the text's runs of non-spaces, each run's tokens
    from ``_RUNS``, that makes the tokens, their keys, their starts and where the keys of each collection
    :func:`_where` is asked for are, at once."""
    global _DOCUMENT, _DOCUMENT_WHERE
    tokens: list[Token] = []
    keys: list[str] = []
    starts: list[int] = []
    lists: list[list[int] | None] = [None] * len(_BITS)
    runs = _RUNS
    last = len(text) - 1
    pos = 0
    k = 0
    for run in text.split():
        # ord(text[i]) compiles to reading the character's code, no 1-character string made.
        if pos < last and ord(text[pos]) == 32 and ord(text[pos + 1]) == ord(run[0]):
            start = pos + 1
        else:
            start = text.find(run, pos)
        pos = start + len(run)
        pieces = runs.get(run)
        if pieces is None:
            pieces = _run_tokens(run)
        for key, word, a, b, bits in pieces:
            at: Any = start + a  # boxed once, for the token and the starts (an int would be boxed twice)
            tokens.append(cast(Token, (key, word, at, start + b)))
            keys.append(key)
            starts.append(at)
            if bits:
                here: Any = k  # boxed once
                for bit in bits:
                    found = lists[bit]
                    if found is None:
                        lists[bit] = [here]
                    else:
                        found.append(here)
            k += 1
    document_keys = tuple(keys)
    _DOCUMENT = (tokens, document_keys, {}, starts)
    _DOCUMENT_WHERE = (document_keys, lists, _BITS_EPOCH)
    return tokens


# Compiled, the document is searched by where the keys of each collection are, found as it is read rather
# than by a dict of the positions of its keys: each collection of keys that _where is asked for (an
# index's first keys, a word list) takes a number (a bit); each key has the numbers of the collections
# that hold it (_KEY_BITS); reading the document puts each token's position in the list of each of them.
# No dict of positions is made per release, no set of the keys present, no positions sorted. A collection
# is known by its identity and held, so that no other takes its id; the collections asked for are the
# extractor's own, made once (a collection must not change once asked for). A collection first asked for
# is found in the next release read (the keys' numbers are made again); a release read before, or after the
# numbers ran out and were dealt anew (an epoch), is searched key by key, as any other sequence of keys is.
_BITS: Final[dict[int, tuple[object, int]]] = {}  # id(collection) -> (the collection, its number)
_KEY_BITS: Final[dict[str, tuple[int, ...]]] = {}  # key -> the numbers of the collections that hold it
_MAX_BITS: Final = 64
_BITS_EPOCH = 0  # the times the numbers were dealt anew
# The document's keys, the positions of each collection's keys in it (None: none), the epoch read in.
_DOCUMENT_WHERE: tuple[tuple[str, ...], list[list[int] | None], int] = ((), [], 0)


def _bits_of(key: str) -> tuple[int, ...]:
    """The numbers of the collections that hold ``key``, kept in ``_KEY_BITS``."""
    bits = tuple([bit for collection, bit in _BITS.values() if key in cast(Collection[str], collection)])
    _KEY_BITS[key] = bits
    return bits


def _bit_of(wanted: Collection[str]) -> int:
    """The number of a collection, -1 when it was not asked for before (it takes one now)."""
    global _BITS_EPOCH
    found = _BITS.get(id(wanted))
    if found is not None:
        return found[1]
    if len(_BITS) >= _MAX_BITS:
        _BITS.clear()
        _BITS_EPOCH += 1
    _BITS[id(wanted)] = (wanted, len(_BITS))
    _KEY_BITS.clear()
    _RUNS.clear()  # its tokens hold their keys' numbers
    return -1


def _where_masked(keys: Sequence[str], wanted: Collection[str]) -> list[int] | None:
    """:func:`_where` in the document, compiled: the positions found as it was read; None when they do not
    tell (a new list: the caller may change it)."""
    document = _DOCUMENT_WHERE
    if keys is not document[0]:
        return None
    bit = _bit_of(wanted)
    lists = document[1]
    if bit < 0 or bit >= len(lists) or document[2] != _BITS_EPOCH:
        return None
    found = lists[bit]
    return [] if found is None else list(found)


def _read_document(text: str) -> list[Token]:
    """The tokens of ``text`` (a release's body), made the document :func:`_where` searches by the
    positions of its keys. The keys and starts the tokens are made of are kept as they are, rather than
    read back from the tokens."""
    if _PLAIN_TUPLES:
        return _read_runs(text)
    flat = _flatten_apostrophes(text)
    keys, words, starts, ends = _token_fields(text, flat)
    tokens: list[Token]
    if _PLAIN_TUPLES:
        tokens = cast(list[Token], list(zip(keys, words, starts, ends, strict=True)))
    else:
        tokens = list(map(tuple.__new__, repeat(Token), zip(keys, words, starts, ends, strict=True)))
    _document(tokens, tuple(keys), starts)
    return tokens


def _document(tokens: list[Token], keys: tuple[str, ...], starts: list[int]) -> None:
    """Make ``tokens`` the document; ``keys`` and ``starts``: their keys and starts."""
    global _DOCUMENT
    positions: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        at = positions.get(key)
        if at is None:
            positions[key] = [k]
        else:
            at.append(k)
    _DOCUMENT = (tokens, keys, positions, starts)


def _where(keys: Sequence[str], wanted: Collection[str]) -> list[int]:
    """The positions of ``keys`` whose key is in ``wanted`` (a set, or a dict by its keys), in order: by
    the document's positions when ``keys`` are its keys, else by testing every key."""
    if _PLAIN_TUPLES:
        found = _where_masked(keys, wanted)
        return found if found is not None else [k for k, key in enumerate(keys) if key in wanted]
    document = _DOCUMENT
    if keys is not document[1]:
        return [k for k, key in enumerate(keys) if key in wanted]
    positions = document[2]
    # Two dicts' keys: the intersection tests the fewer in the other (a dict itself would be iterated).
    present = positions.keys() & (wanted.keys() if isinstance(wanted, dict) else wanted)
    if not present:
        return []
    if len(present) == 1:
        return list(positions[present.pop()])
    return sorted(chain.from_iterable([positions[key] for key in present]))


def _union(a: Collection[int], b: list[int]) -> list[int]:
    """``sorted(set(a) | set(b))`` of two collections of positions in order, each without repeats (the
    positions of an index's hits, a dict in order, and of _where). Compiled, by merging them."""
    if not _COMPILED:
        return sorted(set(a).union(b))
    out: list[int] = []
    j = 0
    n = len(b)
    for x in a:
        while j < n and b[j] < x:
            out.append(b[j])
            j += 1
        if j < n and b[j] == x:
            j += 1
        out.append(x)
    while j < n:
        out.append(b[j])
        j += 1
    return out


def _bisect(a: list[int], x: int, lo: int = 0) -> int:
    """``bisect_left(a, x, lo)``. A release's sorted token positions are bisected hundreds of times, by
    sentence and span: compiled with mypyc, this loop over native ints costs a tenth of a call to
    bisect_left (its arguments boxed, each comparison a rich comparison of two objects). Interpreted,
    the name is rebound to bisect_left itself below."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


if isinstance(_bisect, FunctionType):  # interpreted: the C function, no Python-level loop
    _bisect = bisect_left

# Punctuation marks, each a token of its own: only the tokeniser's last alternative (any other single
# character) takes one. Each folds to itself (a key that is a mark may still be another character's:
# a full-width "；" folds to ";").
_SEMICOLON: Final = ";"
_STOPS: Final = ".!?"
_OPENING_QUOTES: Final = "".join(_SPEECH_QUOTES)
_MARK_RES: Final = {
    marks: re.compile("[" + re.escape(marks) + "]") for marks in (_SEMICOLON, _STOPS, _OPENING_QUOTES)
}
_START: Final = attrgetter("start")
_MARK_SETS: Final = {marks: frozenset(marks) for marks in (_SEMICOLON, _STOPS, _OPENING_QUOTES)}


def _marks(text: str, tokens: list[Token], marks: str) -> list[int]:
    """The tokens (``tokenize(text)``) that are one of the characters ``marks``, in order. In the document
    they are among the positions of their keys; elsewhere a mark is found in the text and its token by its
    offset among the tokens' starts (the regular expression scans every character: in the document that
    cost more than the rest of the sentence splitting)."""
    document = _DOCUMENT
    if document[0] is not tokens:
        return [bisect_left(tokens, m.start(), key=_START) for m in _MARK_RES[marks].finditer(text)]
    if _PLAIN_TUPLES:
        where = _where(document[1], _MARK_SETS[marks])
        return where if text.isascii() else [k for k in where if tokens[k].text in marks]
    positions = document[2]
    found: list[int] = []
    lists = 0
    for mark in marks:
        at = positions.get(mark)
        if at is not None:
            found += at if text.isascii() else [k for k in at if tokens[k].text == mark]
            lists += 1
    if lists > 1:
        found.sort()
    return found


@final
class _Sentence:
    # A plain class, not a dataclass: compiled, a dataclass's __init__ (made by the dataclasses module)
    # stays interpreted, and a release makes tens of sentences.
    __slots__ = ("end", "paragraph", "start")

    def __init__(self, start: int, end: int, paragraph: int) -> None:
        self.start = start  # token index
        self.end = end
        self.paragraph = paragraph


@final
class _MentionAt:
    """The mention holding each token of a release, by position: ``get`` as a dict's by token. Compiled, a
    list read by a native int, rather than a dict looked up by a boxed one (asked hundreds of times a
    release)."""

    __slots__ = ("_at",)

    def __init__(self, at: list[Mention | None]) -> None:
        self._at = at

    def get(self, k: int) -> Mention | None:
        at = self._at
        return at[k] if 0 <= k < len(at) else None


def _mentions_at(mentions: list[Mention], size: int) -> _MentionAt:
    """The mention at each of ``size`` tokens (a later one over an earlier where they overlap, as a dict
    made in their order); interpreted, the dict itself (its own get costs less than a method's)."""
    if not _COMPILED:
        return cast(_MentionAt, {k: m for m in mentions for k in range(m.start, m.end)})
    at: list[Mention | None] = [None] * size
    for m in mentions:
        for k in range(m.start, m.end):
            at[k] = m
    return _MentionAt(at)


@dataclass
class _Context:
    release: Release
    tokens: list[Token]
    mentions: list[Mention]
    mention_at: _MentionAt  # the mention holding a token (a dict by token, interpreted)
    quotes: list[tuple[int, int]]  # token index spans (inside the marks)
    voice: str | None
    voice_orgs: frozenset[str]
    focus: str | None = None
    body_focus: str | None = None  # the body or organisation last named as a subject ("It" next)
    # The thing or actor the last sentences were about ("The planned elections … They violate …").
    topic: str | None = None
    # The actor the last sentences were about ("… the leaders of X and Y. He praised their efforts").
    actor_topic: str | None = None
    statements: dict[tuple[str, str, str], Statement] = field(default_factory=dict)
    # Derived once per release: the token indexes inside speech quotes; the mentions' starts (when
    # the mentions are in order, for `between`) and the longest mention (for `crossing`).
    release_id: str = field(init=False)
    keys: tuple[str, ...] = field(init=False)  # the tokens' keys
    semicolons: list[int] = field(init=False)  # the tokens that are ";"
    quote_at: dict[int, tuple[int, int]] = field(init=False)  # the quote holding a token
    mention_starts: list[int] | None = field(init=False)
    longest_mention: int = field(init=False)
    # Computed when first needed: the tokens that are cue or reporting verbs, in order; the names
    # before the last sentence's first verb, for its speaker ((start, end, speaker), side, names).
    verbs: list[int] | None = None
    speaking: list[int] | None = None  # reporting verbs, and non-agentive cues unless in own voice
    cue_verbs: list[int] | None = None  # in a text in its own voice: where a non-agentive cue verb is
    speaker_orgs: set[str] | None = None  # the organisations of the title, publisher and voice
    # With no voice of its own: the publisher as a speaker, and what speaks for it (read once).
    publisher_orgs: frozenset[str] | None = None
    publisher: str | None = None
    topic_memo: tuple[tuple[int, int, str | None], frozenset[str], list[Mention]] | None = None
    headword_starts: list[int] | None = None  # where a headword or an agreement noun is
    according_starts: list[int] | None = None  # where "according to", "selon" may be
    privative_starts: list[int] | None = None  # where "free from", "sans" may be
    named_memo: tuple[tuple[int, int], list[str]] | None = None  # a sentence's topics, for _emit
    offices: dict[str, str | None] = field(default_factory=dict)  # the speakers' offices that day
    # Who speaks jointly with a speaker: the others a joint statement's title names with its voice.
    partners: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Speakers named together as one subject ("X and Y condemned", "said X and Y"): the last speaker
    # found with those named with it; the last such group ("they added"); the partners of the
    # speaker of the statements being made.
    found_partners: tuple[str, tuple[str, ...]] | None = None
    joint_focus: tuple[str, tuple[str, ...]] | None = None
    emit_partners: tuple[str, tuple[str, ...]] | None = None
    group_last: bool = False  # whether the last speaker found as a subject was such a group
    orgs: dict[str, frozenset[str]] = field(default_factory=dict)  # _orgs_of the speakers that day

    def __post_init__(self) -> None:
        self.release_id = self.release.release_id
        self.keys = _keys_of(self.tokens)
        self.semicolons = _marks(self.release.text, self.tokens, _SEMICOLON)
        self.quote_at = {k: q for q in self.quotes for k in range(q[0], q[1])}  # quotes do not overlap
        starts = [m.start for m in self.mentions]
        self.mention_starts = starts if starts == sorted(starts) else None
        self.longest_mention = max([m.end - m.start for m in self.mentions], default=0)

    def semicolon(self, lo: int, hi: int) -> int:
        """The first ";" in tokens ``lo`` to ``hi`` (excluded), else ``hi``."""
        semicolons = self.semicolons
        n = _bisect(semicolons, lo)
        return semicolons[n] if n < len(semicolons) and semicolons[n] < hi else hi

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start in tokens ``lo`` to ``hi`` (excluded), in order: a new list."""
        starts = self.mention_starts
        if starts is None:
            return [m for m in self.mentions if lo <= m.start < hi]
        return self.mentions[_bisect(starts, lo) : _bisect(starts, hi)]

    def crossing(self, k: int) -> list[Mention]:
        """The mentions that start before token ``k`` and end after it, in order."""
        return [m for m in self.between(k - self.longest_mention, k) if m.end > k]


def _cue_window(ctx: _Context, s: _Sentence, hit: CueHit, stop: int | None, reach: int) -> int:
    """Where a cue's object may end: ``reach`` tokens after the cue at most, and not past the
    sentence's next ";" or ``stop``."""
    end = min(ctx.semicolon(hit.end, s.end), hit.end + reach)  # min of two: compiled, a comparison
    return min(end, stop if stop is not None else s.end)


class Extractor:
    """Finds statements in releases; build one per vocabulary and reuse it."""

    # ClassVar: compiled by mypyc (the optional compiled build), an unannotated class attribute would
    # become an instance attribute, and Extractor.name a descriptor rather than the string.
    name: ClassVar[str] = EXTRACTOR_NAME
    version: ClassVar[str] = __version__

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocab = vocabulary
        self.lexicon_hash = vocabulary.digest
        self._mentions = _Index(memo=False, dense=True)  # looked up once per text
        self._demonym_keys: set[str] = set()  # "chinois", "ukrainian": what may qualify a title
        self._headwords = _Index()
        self._audiences = _Index()
        self._cues: dict[str, _Index] = {}
        self._reporting: dict[str, _Index] = {}
        self._words: dict[str, set[str]] = {}
        # Phrase cues by language, for matching with an adverb between their words.
        self._phrases: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
        # Compliance verbs ("respect", "mettre en œuvre") by language, as token keys.
        self._compliance: dict[str, list[tuple[str, ...]]] = {}
        # Places that name an agreement ("Minsk" in "Minsk agreements") -> the topic.
        self._places: dict[str, Entry] = {}
        self._described: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._publisher_heads_memo: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
        self._entry_head_memo: dict[tuple[str, str], str | None] = {}
        self._claims: set[str] = set()  # forms of "accuse", "claim", "allégation": what others claim
        self._country_anaphors: list[Pattern] = []
        self._privatives: list[Pattern] = []
        self._according: list[Pattern] = []  # "according to", "selon": who the words are from
        self._victim_phrases: list[Pattern] = []  # "victims of", "those affected by" (see _victims_target)
        # Common-noun topic names of two words or more by first word, for a modifier inside them.
        self._loose_topics: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self._build()
        # The lists above by their first key (in their order), to look only at those that may match.
        self._phrases_by_first: dict[str, dict[str, list[tuple[tuple[str, ...], Cue]]]] = {}
        for lang, phrases in self._phrases.items():
            for keys, cue in phrases:
                self._phrases_by_first.setdefault(lang, {}).setdefault(keys[0], []).append((keys, cue))
        self._country_anaphors_by_first = _by_first_key(self._country_anaphors)
        self._privatives_by_first = _by_first_key(self._privatives)
        self._own_patterns: dict[str, list[Pattern]] | None = None  # made when first needed
        self._briefing_patterns: dict[str, list[Pattern]] | None = None  # made when first needed
        self._ministries: dict[str, str | None] = {}  # _foreign_ministry's answers, by state
        self._behalf_patterns: dict[str, list[Pattern]] | None = None  # made when first needed
        self._joint_minister_patterns: dict[str, list[Pattern]] | None = None  # made when first needed
        self._orgs_memo: dict[tuple[str, dt.date], frozenset[str]] = {}
        self._short_memo: dict[str, tuple[Mention, ...]] = {}
        self._office_memo: dict[tuple[str, dt.date], str | None] = {}
        self._holder_memo: dict[tuple[str, dt.date], str | None] = {}
        self._context_memo: tuple[str, str | None, frozenset[str]] | None = None  # _context_orgs's last
        self._spokespeople_memo: list[tuple[str | None, str]] | None = None  # made when first needed
        self._locatives: set[str] | None = None  # locative prepositions as token keys, made when first needed
        self._channels: set[str] | None = None  # channel phrases as token keys, made when first needed
        # Forms of the future-non-pledges verbs, each with the words that must follow it, by language:
        # made when first needed.
        self._future_stops: dict[str, dict[str, list[tuple[str, ...]]]] | None = None
        # Vocabulary.office_of and holder_of, asked for each new day (interpreted, a method call per tenure):
        # the tenures (start, end, office or holder) by holder and by office, in the vocabulary's order.
        self._tenures_by_holder: dict[str, list[tuple[dt.date, dt.date | None, str]]] | None = None
        self._tenures_by_office: dict[str, list[tuple[dt.date, dt.date | None, str]]] | None = None
        if type(vocabulary) is Vocabulary:  # its own office_of and holder_of, read below
            self._tenures_by_holder, self._tenures_by_office = {}, {}
            for t in vocabulary.tenures:
                self._tenures_by_holder.setdefault(t.holder, []).append((t.start, t.end, t.office))
                self._tenures_by_office.setdefault(t.office, []).append((t.start, t.end, t.holder))
        self._according_firsts = {p.keys[0] for p in self._according if p.keys}
        self._negation = self._words_of("negation")
        self._cessation = self._words_of("cessation-verbs")
        self._understanding = self._words_of("understanding-verbs")
        self._prospective = self._words_of("prospective-modals")
        self._adverbs = self._words_of("adverbs")
        # The word lists asked for in every sentence, or for every cue, looked up once.
        self._first_person_words = self._words_of("first-person")
        self._third_person_words = self._words_of("third-person")
        self._agreement_nouns = self._words_of("agreement-nouns")
        self._question_words = self._words_of("question-words")
        self._own_side_words = self._words_of("own-side-subjects")
        self._honorifics = self._words_of("honorifics")
        self._person_titles = self._words_of("person-titles")
        self._consequences = self._words_of("consequence-words")
        self._exclusive = self._words_of("exclusive-words")
        self._enabling = self._words_of("enabling-verbs")
        # A topic's narrower topics with the words that call for them (sg:specificWord), folded.
        self._narrower: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for entry in vocabulary.entries.values():
            if entry.specific_words:
                for broader in entry.broader:
                    words = frozenset(fold(w) for w in entry.specific_words)
                    self._narrower.setdefault(broader, []).append((entry.iri, words))
        self._meeting_verbs = self._words_of("meeting-verbs")
        self._meeting_nouns = self._words_of("meeting-nouns")
        self._counterpart_words = self._words_of("counterpart-words")
        # What may stand between a meeting word and the person met (see _met_in), besides links.
        self._met_passable = self._counterpart_words | self._person_titles | self._honorifics
        self._plural_words = self._words_of("third-person-plural")
        self._institution_words = self._words_of("institution-words")
        self._state_forms = self._words_of("state-forms")
        self._own_state_nouns = self._words_of("own-state-nouns")
        # Persons releases name whom the vocabulary does not list, by IRI (see _unlisted_people).
        self._unlisted: dict[str, Entry] = {}
        # Act and addressee types by how releases write them, each with whether that form is plural
        # (see _act_target and _addressee_target).
        self._acts = _Index()
        self._addressees = _Index()
        for c in vocabulary.composables:
            index = self._acts if c.kind == "act" else self._addressees
            for table, plural in ((c.forms, False), (c.plural_forms, True)):
                for forms in table.values():
                    for form in forms:
                        index.add(Pattern.of(form, proper=False), (c, plural))
        self._place_prepositions = self._words_of("place-prepositions")
        # By the English preposition an act is named with after its victim ("attack on", "release of").
        self._victim_prepositions = {
            "on": self._words_of("victim-prepositions"),
            "of": self._words_of("genitive-prepositions"),
        }
        self._title_words = self._person_titles | self._honorifics
        # Words that name whom an act hit further on ("arrests targeting journalists", "visant").
        self._targeting = self._victim_prepositions["on"] - self._place_prepositions - _OF
        self._universal: list[tuple[str, ...]] = sorted(
            {
                tuple(t.key for t in tokenize(w))
                for words in vocabulary.wordlists.get("universal-determiners", {}).values()
                for w in words
            },
            key=len,
            reverse=True,
        )

        # A state's military, unnamed, as keys, the longest first; the vocabulary's entry for each state's
        # military (an organisation part of it, named so); the type to compose one with (_military_target).
        self._military_nouns: list[tuple[str, ...]] = sorted(
            {
                tuple(t.key for t in tokenize(w))
                for words in vocabulary.wordlists.get("military-nouns", {}).values()
                for w in words
            },
            key=len,
            reverse=True,
        )
        self._militaries: dict[str, str] = {}
        for entry in vocabulary.entries.values():
            state = self.vocab.entries.get(entry.organisation or "")
            if entry.kind == "organisation" and state is not None and state.kind == "state":
                english = " ".join(entry.labels.get("en", ())).lower()
                if any(w in english for w in ("military", "army", "armed forces")):
                    self._militaries.setdefault(state.iri, entry.iri)
        self._military_type = next((c for c in vocabulary.composables if c.slug == "military"), None)
        # Words that say when, as keys, the longest first, and the nouns of meetings (see _when_named).
        self._time_prepositions: list[tuple[str, ...]] = sorted(
            {
                tuple(t.key for t in tokenize(w))
                for words in vocabulary.wordlists.get("time-prepositions", {}).values()
                for w in words
            },
            key=len,
            reverse=True,
        )
        self._gatherings = self._words_of("gathering-nouns")

    # ------------------------------------------------------------------ compile the lexicon

    def _build(self) -> None:
        v = self.vocab
        for entry in v.entries.values():
            if entry.kind == "audience":
                # A cue names an occasion; a bare name ("the NATO-Russia Council") only with an
                # occasion word before it (see _audience_in).
                cues = {p for phrases in entry.cues.values() for p in phrases}
                for phrase in cues:
                    self._audiences.add(Pattern.of(phrase, proper=False), (entry, False))
                # A bare name is matched with its capitals: "Le Monde" the newspaper, not "le monde".
                for phrases in entry.labels.values():
                    for phrase in phrases:
                        if phrase not in cues:
                            self._audiences.add(Pattern.of(phrase), (entry, True))
                continue
            for labels in entry.labels.values():
                for label in labels:
                    self._mentions.add(_name_pattern(label), (entry, "label"))
            if entry.family_name:
                self._mentions.add(Pattern.of(entry.family_name), (entry, "family"))
            for demonyms in entry.demonyms.values():
                for d in demonyms:
                    for form in adjective_forms(d, "fr") | {d.lower()}:
                        self._mentions.add(Pattern((fold(form),), ("",)), (entry, "demonym"))
                        self._demonym_keys.add(fold(form))
            for lang, words in entry.headwords.items():
                for w in words:
                    for form in noun_forms(w, lang):
                        self._headwords.add(Pattern.of(form, proper=False), entry)
            if entry.kind == "topic":
                for labels in entry.labels.values():
                    for label in labels:
                        pattern = Pattern.of(label)
                        if len(pattern.keys) >= 2 and not any(pattern.caps):
                            self._loose_topics.setdefault(pattern.keys[0], []).append((pattern.keys, entry))
            # English puts a participle after its noun in a reduced relative clause: "prohibited
            # weapons" is also "weapons prohibited by the agreements".
            for label in entry.labels.get("en", ()):
                toks = tokenize(label)
                if len(toks) == 2 and toks[0].key.endswith("ed") and toks[1].key.isalpha():
                    self._mentions.add(Pattern((toks[1].key, toks[0].key), ("", "")), (entry, "label"))

        for st in v.stances.values():
            for kind, table in (("verb", st.verbs), ("negated", st.negated), ("agent-verb", st.agent_verbs)):
                for lang, lemmas in table.items():
                    for lemma in lemmas:
                        self._add_verb_cue(st.slug, kind, lemma, lang)
            for lang, words in st.nouns.items():
                for w in words:
                    head, *rest = tokenize(w)
                    for form in noun_forms(head.text, lang):
                        self._cue_index(lang).add(
                            Pattern((fold(form),), ("",)),
                            Cue(st.slug, "noun", w, lang, tuple(t.key for t in rest), 0),
                        )
            for lang, words in st.adjectives.items():
                for w in words:
                    head, *rest = tokenize(w)
                    for form in adjective_forms(head.text, lang):
                        self._cue_index(lang).add(
                            Pattern((fold(form),), ("",)),
                            Cue(st.slug, "adjective", w, lang, tuple(t.key for t in rest), 1),
                        )
            for kind, table in (("phrase", st.phrases), ("agent-phrase", st.agent_phrases)):
                for lang, phrases in table.items():
                    listed = set(phrases)
                    for phrase in phrases:
                        cue = Cue(st.slug, kind, phrase, lang)
                        # "is unjustifiable" is also "was unjustifiable"; "est injustifiée" also "sont
                        # injustifiés", "était injustifiable": the same cue, by the lexicon's entry.
                        for written in sorted({phrase} | (_copula_variants(phrase, lang) - listed)):
                            pattern = Pattern.of(written, proper=False)
                            # "en violation de" is also "en violation du traité", "contraire à", "contraire
                            # aux".
                            fused = _CONTRACTIONS.get(pattern.keys[-1], ()) if len(pattern.keys) > 1 else ()
                            lead = pattern.keys[:-1]
                            for p in (pattern, *(Pattern((*lead, c), pattern.caps) for c in fused)):
                                self._cue_index(lang).add(p, cue)
                                if len(p.keys) > 1:
                                    self._phrases.setdefault(lang, []).append((p.keys, cue))

        for name, table in v.wordlists.items():
            for lang, words in table.items():
                if name == "reporting-verbs":
                    for lemma in words:
                        head, *rest = tokenize(lemma)
                        for form in verb_forms(head.text, lang):
                            self._reporting.setdefault(lang, _Index()).add(
                                Pattern((fold(form),), ("",)),
                                Cue("", "reporting", lemma, lang, tuple(t.key for t in rest), 1),
                            )
                elif name == "reported-claims":
                    for w in words:
                        self._claims.update(fold(f) for f in verb_forms(w, lang) | noun_forms(w, lang))
                elif name == "compliance-verbs":
                    self._compliance.setdefault(lang, []).extend(
                        tuple(t.key for t in tokenize(w) if t.key not in {"se", "s'"}) for w in words
                    )
                elif name in {"privatives", "standards", "partner-phrases"}:
                    self._privatives.extend(Pattern.of(w, proper=False) for w in words)
                elif name == "victim-phrases":
                    self._victim_phrases.extend(Pattern.of(w, proper=False) for w in words)
                elif name == "according-to":
                    self._according.extend(Pattern.of(w, proper=False) for w in words)
                elif name == "country-anaphors":
                    self._country_anaphors.extend(Pattern.of(w, proper=False) for w in words)
                else:
                    self._words.setdefault(name, set()).update(fold(w) for w in words)
        # A topic whose name pairs an agreement noun with one capitalised word ("Minsk agreements",
        # "accords de Minsk") is named by that place: "the commitments made in Minsk".
        agreement = self._words_of("agreement-nouns")
        for entry in v.entries.values():
            if entry.kind != "topic":
                continue
            for labels in entry.labels.values():
                for label in labels:
                    toks = [t for t in tokenize(label) if t.key not in _LINKING]
                    places = [t for t in toks if t.text[:1].isupper() and t.key not in agreement]
                    if len(toks) == 2 and len(places) == 1 and any(t.key in agreement for t in toks):
                        self._places.setdefault(places[0].key, entry)
                    # "annexion de la Crimée" is named again as "cette annexion" after "la Russie
                    # annexait la Crimée": each word of a name of two or more, with the others.
                    name_words = [t.key for t in toks if t.key.isalpha() and len(t.key) > 2]
                    if len(name_words) >= 2:
                        for w in name_words:
                            others = tuple(o for o in name_words if o != w)
                            self._described.setdefault(w, []).append((entry.iri, others))

    @property
    def languages(self) -> set[str]:
        """The languages the lexicon has stance cues for."""
        return set(self._cues)

    def mentions(self, text: str) -> list[Entry]:
        """The vocabulary entries a text names, in order."""
        return [m.entry for m in self._find_mentions(tokenize(text))]

    def _cue_index(self, lang: str) -> _Index:
        index = self._cues.get(lang)
        if index is None:
            index = self._cues[lang] = _Index()
        return index

    def _add_verb_cue(self, stance: str, kind: str, lemma: str, lang: str) -> None:
        toks = tokenize(lemma)
        reflexive = bool(toks) and toks[0].key in {"se", "s'"}
        if reflexive:
            toks = toks[1:]
        if not toks:
            return
        head, rest = toks[0], tuple(t.key for t in toks[1:])
        gap = 4 if lang == "fr" and rest else 1
        for form in verb_forms(head.text, lang):
            self._cue_index(lang).add(
                Pattern((fold(form),), ("",)), Cue(stance, kind, lemma, lang, rest, gap, reflexive)
            )

    # ------------------------------------------------------------------ helpers over tokens

    def _words_of(self, name: str) -> set[str]:
        found = self._words.get(name)  # get(name, set()) would make a set at every call
        return found if found is not None else set()

    def _unlisted_people(self, tokens: list[Token], mentions: list[Mention], lang: str) -> list[Mention]:
        """Persons the vocabulary does not list, named where a name can only be a person's: after an
        honorific ("Mr Kuleba", "Mme Colonna"); after the title of an office ("Foreign Minister
        Dmytro Kuleba", "Minister of Foreign Affairs Gabrielius Landsbergis", "la ministre Catherine
        Colonna", an office of the vocabulary whose holder that day it does not know); as the subject
        of a reporting verb next to it ("Josep Borrell said", "a déclaré Josep Borrell"). A name is a
        run of capitalised words, none of the institution-words list, which "de", "van", "bin" … may
        join. Named again in the same text, the surname alone ("Mr Kuleba", "Kuleba said") or the
        title with an article ("the Minister said", "a ajouté le ministre") is the same person.

        They may speak; they are no target or topic (a speaker's description goes with its
        statements, see ``Statement.speaker_name``)."""
        n = len(tokens)
        covered = [False] * n
        office_ends: dict[int, Mention] = {}
        for m in mentions:
            for k in range(m.start, m.end):
                covered[k] = True
            if m.entry.kind == "office":
                office_ends[m.end] = m
        institution = self._institution_words
        honorifics = self._honorifics
        titles = self._person_titles

        def name_word(k: int) -> bool:
            text = tokens[k].text
            return (
                not covered[k]
                and text[:1].isupper()
                and len(text) > 1
                and text.replace("-", "").isalpha()
                and not text.isupper()  # "NATO", "OSCE": acronyms are bodies
                and tokens[k].key not in institution
                and tokens[k].key not in honorifics
            )

        def run_from(k: int) -> int:
            """The end of the name that starts at ``k`` (``k`` when none does)."""
            end = j = k
            while j < n and end - k < 6:
                if name_word(j):
                    j += 1
                    end = j
                elif end > k and tokens[j].key in _NAME_PARTICLES and j + 1 < n and name_word(j + 1):
                    j += 1
                else:
                    break
            # "Jane Doe Foundation": a capitalised word of an institution right after ends no person's name.
            if end < n and tokens[end].text[:1].isupper() and tokens[end].key in institution:
                return k
            return end

        def title_of(k: int) -> str:
            """The title word at ``k``, with the word before it that makes another office of it
            ("Prime Minister", "Deputy Secretary")."""
            before = tokens[k - 1].key if k > 0 else ""
            return f"{before} {tokens[k].key}" if before in _TITLE_MODIFIERS else tokens[k].key

        # (start, end, how it is named: "honorific", "title" or "verb", the title word or "").
        found: list[tuple[int, int, str, str]] = []
        # Persons of the vocabulary a title names ("Minister of Foreign Affairs Gabrielius
        # Landsbergis"), whom "the Minister" names again as it does an unlisted person.
        persons_at = {m.start: m for m in mentions if m.entry.kind == "person"}
        titled: list[tuple[int, str, Entry]] = []  # where a title names someone, the title, who
        # What the title there said of the office, its capitalised words by where the name starts
        # ("Commission", "Union" for "le Président de la Commission de l'Union africaine, X").
        said_of: dict[int, frozenset[str]] = {}
        k = 0
        while k < n:
            key = tokens[k].key
            start, how, title = -1, "", ""
            said_from = k + 1
            if key in honorifics and not covered[k] and tokens[k].text[:1].isupper():
                start, how = k + 1 + (k + 1 < n and tokens[k + 1].text == "."), "honorific"
            elif key in titles and not covered[k]:
                # Past what the title says of the office: "Minister of Foreign Affairs", "ministre de
                # l'Europe et des Affaires étrangères", "Secretary of State".
                start, how, title = k + 1, "title", title_of(k)
                j = start
                while (
                    j < n
                    and j - start < 8
                    and j not in persons_at
                    and (
                        tokens[j].key in _OFFICE_LINKS
                        or tokens[j].key in institution  # "des Affaires étrangères", "of Foreign Affairs"
                        or (covered[j] and tokens[j].text[:1].isupper())
                    )
                ):
                    j += 1
                start = j
                known = persons_at.get(start) or _apposed_person(tokens, start, k, persons_at, institution)
                if known is not None:
                    if title:
                        titled.append((start, title, known.entry))
                        said_of[start] = _capitalised(tokens, k + 1, known.start)
                    k = known.end
                    continue
            elif k + 1 in office_ends and k + 1 < n:
                # After an office of the vocabulary: its title word, for "the Minister" after it.
                office = office_ends[k + 1]
                start, how = k + 1, "title"
                words = range(office.end - 1, office.start - 1, -1)
                title = next((title_of(i) for i in words if tokens[i].key in titles), "")
                known = persons_at.get(start) or _apposed_person(
                    tokens, start, office.start, persons_at, institution
                )
                said_from = office.start
                if known is not None:
                    if title:
                        titled.append((start, title, known.entry))
                        said_of[start] = _capitalised(tokens, office.start, known.start)
                    k = known.end
                    continue
                if covered[start]:
                    start = -1
            if how == "title" and 0 <= start < n and run_from(start) == start:
                # "The Minister of Foreign Affairs of Lithuania, Tomas Vilkas, …", "the President of the
                # Regional Assembly, Anna Kowalska, …": a full name set off by commas after the office.
                start = _apposed_name(tokens, start, said_from - 1, run_from)
            if 0 <= start < n:
                end = run_from(start)
                if end > start:
                    found.append((start, end, how, title))
                    said_of[start] = _capitalised(tokens, said_from, start)
                    k = end
                    continue
            k += 1
        taken = {i for a, b, _h, _t in found for i in range(a, b)}
        # "Josep Borrell said", "a déclaré Josep Borrell", "Kuleba said": a bare name beside a verb.
        for v in self._reporting_in(tokens, 0, n, lang):
            for start in (v + 1, v - 1):
                if not 0 <= start < n or start in taken or not name_word(start):
                    continue
                if start == v - 1:
                    while start > 0 and name_word(start - 1) and v - start < 4:
                        start -= 1
                end = run_from(start)
                if end <= start or any(i in taken for i in range(start, end)):
                    continue
                before = tokens[start - 1] if start > 0 else None
                # A sentence's first word is capitalised whatever it is; a word after "the", "of" or
                # another capitalised one is part of a longer name ("the State Nuclear Inspectorate said").
                if before is None or before.text in {".", "!", "?", "\n"} or before.key in _NOT_BEFORE_A_NAME:
                    continue
                if before.text[:1].isupper() and before.text not in _QUOTE_MARKS:
                    continue
                found.append((start, end, "verb", ""))
                taken.update(range(start, end))
        # "Tomas Vilkas, Minister of Foreign Affairs (photo)", "Jeanne Martin, ministre …": a full
        # name that opens a line or a sentence with its title set off by a comma after it.
        for k in range(2, n - 1):
            if tokens[k].text != "," or k - 1 in taken or not name_word(k - 1):
                continue
            t = k + 1 + (tokens[k + 1].key in _DEFINITE and k + 2 < n)
            if tokens[t].key not in titles:
                continue
            start = k - 1
            while start > 0 and k - start < 5 and name_word(start - 1):
                start -= 1
            before = tokens[start - 1] if start > 0 else None
            if k - start < 2 or run_from(start) != k or any(i in taken for i in range(start, k)):
                continue
            if before is not None and before.text not in _NAME_OPENERS:
                continue
            found.append((start, k, "title", title_of(t)))
            taken.update(range(start, k))
        found.sort()
        by_surname: dict[str, Entry] = {}
        out: list[Mention] = []
        for start, end, how, title in found:
            if end - start >= 2:
                entry = self._unlisted_entry(_name_text(tokens, start, end))
                by_surname[tokens[end - 1].key] = entry
            elif tokens[start].key in by_surname:
                entry = by_surname[tokens[start].key]
            elif how == "honorific":
                entry = self._unlisted_entry(tokens[start].text)
            else:
                continue  # "President Putin": one word after a title, no full name before it
            if not title:
                title = self._apposed_title(tokens, end)
            if title:
                titled.append((start, title, entry))
            out.append(Mention(entry, start, end, "unlisted"))
        if titled:
            # "the Minister said", "a ajouté la ministre": the person named last with that title.
            latest: dict[str, Entry] = {}
            # Each title's persons so far, with what it said of their offices.
            earlier: dict[str, list[tuple[frozenset[str], Entry]]] = {}
            named = iter(sorted(titled, key=lambda item: item[0]))
            upcoming = next(named, None)
            for k in range(1, n):
                while upcoming is not None and upcoming[0] <= k:
                    latest[upcoming[1]] = upcoming[2]
                    said = said_of.get(upcoming[0], _NO_WORDS)
                    earlier.setdefault(upcoming[1], []).append((said, upcoming[2]))
                    upcoming = next(named, None)
                if covered[k] or k in taken or tokens[k].key not in titles:
                    continue
                title = title_of(k)
                article = k - 1 - (title != tokens[k].key)
                if article < 0 or tokens[article].key not in _DEFINITE:
                    continue
                if title in latest:
                    entry = latest[title]
                    # "Le Président de la Commission" after "… du Président Bazoum": the title says of
                    # which office, so the person last named with it whose title said so too.
                    wanted = _complement_words(tokens, k + 1)
                    if wanted:
                        chosen = next((e for w, e in reversed(earlier[title]) if wanted <= w), None)
                        if chosen is None:
                            continue
                        entry = chosen
                    how = "unlisted" if entry.iri in self._unlisted else "title"
                    out.append(Mention(entry, k, k + 1, how))
            out.sort(key=_mention_start)
        return out

    def _apposed_title(self, tokens: list[Token], end: int) -> str:
        """The title word set off by a comma right after a name ending at ``end`` ("M. Jean Martin,
        ministre des Affaires étrangères", "Ms Jane Doe, the Minister of Culture"), with the word that
        makes another office of it ("Deputy Minister"); "" when none follows."""
        n = len(tokens)
        if end + 1 >= n or tokens[end].text != ",":
            return ""
        t = end + 1
        if tokens[t].key in _DEFINITE and t + 1 < n:
            t += 1
        if t + 1 < n and tokens[t].key in _TITLE_MODIFIERS and tokens[t + 1].key in self._person_titles:
            return f"{tokens[t].key} {tokens[t + 1].key}"
        return tokens[t].key if tokens[t].key in self._person_titles else ""

    def _unlisted_entry(self, name: str) -> Entry:
        iri = UNLISTED_ACTORS + quote(name.replace(" ", "_"), safe="-_.~'")
        entry = self._unlisted.get(iri)
        if entry is None:
            if len(self._unlisted) > 65536:  # a long load names many: keep the memory bounded
                self._unlisted.clear()
            entry = self._unlisted[iri] = Entry(
                iri, "person", {"en": (name,), "fr": (name,)}, family_name=name.rsplit(" ", 1)[-1]
            )
        return entry

    def _find_mentions(self, tokens: list[Token]) -> list[Mention]:
        # Names are matched with quotation marks left out, so that scare quotes do not hide them:
        # the so-called ‘presidential and parliamentary elections’, les « élections ».
        words: list[Token] = tokens
        keys = _keys_of(tokens)
        kept: Sequence[int] = range(len(tokens))  # no quotation mark: every token is kept
        # A quotation mark's key is its folded text: tokens with none of these keys have no quotation
        # mark, which a set tells of the keys without a step per token.
        if not _QUOTE_MARK_KEYS.isdisjoint(keys):
            marks = [k for k in _where(keys, _QUOTE_MARK_KEYS) if tokens[k].text in _QUOTE_MARKS]
            if marks and _PLAIN_TUPLES and keys is _DOCUMENT_WHERE[0]:
                return self._find_mentions_between(tokens, keys, marks)
            if marks:
                # The runs of tokens between the marks, put together by slices rather than token by token.
                runs = list(zip([0, *[k + 1 for k in marks]], [*marks, len(tokens)], strict=True))
                kept = list(chain.from_iterable([range(a, b) for a, b in runs]))
                words = list(chain.from_iterable([tokens[a:b] for a, b in runs]))
                keys = tuple(chain.from_iterable([keys[a:b] for a, b in runs]))
        found: list[Mention] = []
        index = self._mentions
        after = 0  # the word after the last name found: names do not overlap
        for i in index.starts(keys):
            if i < after:
                continue
            hits = index.match(words, keys, i)
            if hits:
                entry, how, n, others = _best_name(hits)
                found.append(_mention(entry, kept[i], kept[i + n - 1] + 1, how, others))
                after = i + n
        return found

    def _find_mentions_between(
        self, tokens: list[Token], keys: tuple[str, ...], marks: list[int]
    ) -> list[Mention]:
        """:meth:`_find_mentions` in the document (compiled), the quotation marks ``marks`` left out without
        making the tokens and keys again without them: a name is matched in the document's own tokens where
        no mark is within the longest name that may start there (by its first two keys), else in the few
        tokens after its first without the marks. The same names: a pattern sees the same keys, in the same
        number, either way."""
        index = self._mentions
        compiled = index.compiled()[0]
        size = len(keys)
        is_mark = set(marks)
        found: list[Mention] = []
        after = 0  # the word after the last name found: names do not overlap
        for d in _where(keys, compiled):  # the tokens a name may open on
            if d < after or d in is_mark:
                continue
            by_second, single = compiled[keys[d]]
            j = d + 1  # the next word, past marks
            while j < size and j in is_mark:
                j += 1
            groups = by_second.get(keys[j]) if j < size else None
            if groups is None and not single:
                continue
            longest = groups[0][0] if groups else 1  # the most keys a name starting here may have
            m = _bisect(marks, d)
            kept: list[int] | None = None
            if m == len(marks) or marks[m] >= d + max(longest, 2):
                hits = _hits(tokens, keys, d, groups if j == d + 1 else None, single)
            else:
                kept = []
                j = d
                while j < size and len(kept) < longest:
                    if j not in is_mark:
                        kept.append(j)
                    j += 1
                hits = index.match([tokens[j] for j in kept], tuple([keys[j] for j in kept]), 0)
            if hits:
                entry, how, n, others = _best_name(hits)
                end = d + n if kept is None else kept[n - 1] + 1
                found.append(_mention(entry, d, end, how, others))
                after = end
        return found

    def _short_mentions(self, text: str) -> list[Mention]:
        """The mentions of a title, a publisher or both: found once per text, copied out."""
        known = self._short_memo.get(text)
        if known is None:
            tokens = tokenize(text)
            found = self._find_mentions(tokens)
            # "Déclaration du commissaire Miguel Arias Cañete": a title may name an unlisted speaker.
            unlisted = self._unlisted_people(tokens, found, "")
            known = tuple(sorted([*found, *unlisted], key=_mention_start) if unlisted else found)
            if len(self._short_memo) >= 4096:
                self._short_memo.clear()
            self._short_memo[text] = known
        return list(known)

    def _tail_ok(self, keys: tuple[str, ...], end: int, cue: Cue, limit: int) -> int | None:
        """Token index after the cue's tail, or None when the tail is not there (``keys``: the tokens')."""
        tail = cue.tail
        if not tail:
            return end
        n = len(tail)
        gaps = list(range(cue.tail_gap + 1))
        # "engagés, avec nos partenaires, en faveur de …": an insert set off by commas may stand between
        # the head and its tail.
        if end < limit and keys[end] == ",":
            close = next((j for j in range(end + 1, min(limit, end + 8)) if keys[j] == ","), None)
            if close is not None:
                gaps.append(close + 1 - end)
        for gap in gaps:
            j = end + gap
            if j + n > limit:
                continue
            # Each word of the tail, or the article it fuses with ("au", "du"); a loop, not a generator:
            # most tails are not there, and fail on their first word.
            for k, want in enumerate(tail):
                key = keys[j + k]
                if key != want and key not in _CONTRACTIONS.get(want, ()):
                    break
            else:
                return j + n
        return None

    def _negated(self, keys: tuple[str, ...], start: int, end: int, lo: int, hi: int) -> bool:
        before = keys[max(lo, start - 4) : start]
        # A negation word that is not a partner of "ne" negates; one loop over the four words, no set made.
        negation = self._negation
        ne = False
        for key in before:
            if key in negation and key not in _NE_PARTNERS:
                return True
            if key == "ne" or key == "n'":
                ne = True
        # French: ne … pas around the verb, or n'a pas reconnu.
        if not ne:
            return False
        return not (_NE_PARTNERS.isdisjoint(before) and _NE_PARTNERS.isdisjoint(keys[end : min(hi, end + 2)]))

    def _cue_starts(self, tokens: list[Token], lang: str) -> list[int]:
        """Where a cue, or a phrase with an adverb in it, may start: the first argument of
        :meth:`_cue_hits`, found once per text."""
        index = self._cues.get(lang)
        if index is None:
            return []
        cues_at = index.positions(tokens)
        phrase_firsts = self._phrases_by_first.get(lang, {})
        return _union(cues_at, _where(_keys_of(tokens), phrase_firsts))

    def _cue_hits(self, starts: list[int], tokens: list[Token], lo: int, hi: int, lang: str) -> list[CueHit]:
        index = self._cues.get(lang)
        if index is None:
            return []
        hits: list[CueHit] = []
        keys = _keys_of(tokens)
        cues_at = index.positions(tokens)
        # Read in order, past each hit.
        candidates = starts[_bisect(starts, lo) : _bisect(starts, hi)]
        after_hit = lo
        for i in candidates:
            if i < after_hit:
                continue
            best: CueHit | None = None
            for pattern, payload in cues_at.get(i, ()):
                cue: Cue = payload
                end = i + len(pattern.keys)
                if end > hi or (i > lo and _noun_homograph(keys, i, cue)):
                    continue
                tail_end = self._tail_ok(keys, end, cue, hi)
                if tail_end is None:
                    continue
                if cue.reflexive and _REFLEXIVE.isdisjoint(keys[max(lo, i - 3) : i]):
                    continue
                # "Nous engageons la Russie à …": a lone "nous"/"vous" before a finite verb is its
                # subject, not its reflexive pronoun ("nous nous engageons", "de nous engager").
                if cue.reflexive and _lone_subject_pronoun(keys, tokens, i, lo):
                    continue
                # "form a block of states": an agent verb after a determiner is a noun as well.
                if cue.kind in {"verb", "agent-verb"} and i > lo and _noun_use(keys, i, lang):
                    continue
                # "se sont engagés" is no "engager X à", "s'appelle" no call: a French pronominal verb
                # is another verb than the cue's (its own reflexive cue is looked for as such).
                if (
                    lang == "fr"
                    and not cue.reflexive
                    and cue.kind == "verb"
                    and not _REFLEXIVE_FR.isdisjoint(keys[max(lo, i - 2) : i])
                ):
                    continue
                # "les efforts déployés par le Secrétaire général", "measures decided by the Council": a
                # passive participle's stance is its agent's.
                if (
                    cue.kind in {"verb", "negated"}  # "will not be recognised by the international community"
                    and end < hi
                    and keys[end] in {"par", "by"}
                    and _passive_participle(tokens[i].text.lower(), lang)
                ):
                    continue
                # "urge Russia to stop supporting the separatists", "de cesser de soutenir": what
                # someone is asked to stop is no stance (an accusation still is: "stop destabilising").
                if cue.kind == "verb" and not cue.agentive and self._after_cessation(keys, i, lo):
                    continue
                negated = self._negated(keys, i, end, lo, hi)
                if negated and cue.kind != "negated" and _restrictive(keys, i, tail_end, hi):
                    negated = False
                # "n'a été ni libre ni régulière": a cue that holds "ni" is the negation's other half.
                if negated and not _CORRELATIVE_NEGATION.isdisjoint(keys[i:end]):
                    negated = False
                # "La Chine ne doit pas livrer d'armes": a demand not to act is still a demand.
                if negated and cue.kind == "agent-phrase" and cue.stance == "calls-for":
                    negated = False
                if cue.kind == "negated" and not negated:
                    continue
                candidate = _cue_hit(cue, i, tail_end, negated)
                if best is None or _cue_rank(candidate) > _cue_rank(best):
                    best = candidate
            if best is None or (best.end - best.start == 1 and best.cue.kind == "agent-phrase"):
                # "must now be respected" (an adverb inside) rather than "must" alone
                gapped = self._gapped_phrase(keys, i, lo, hi, lang)
                if gapped is not None:
                    best = gapped
            if best is not None:
                if not (best.negated and best.cue.kind != "negated"):
                    hits.append(best)
                after_hit = best.end
        return hits

    def _frames_speech(self, tokens: list[Token], s: _Sentence, hit: CueHit, lang: str) -> bool:
        """Whether a one-word reporting verb and "that"/"que" follow the cue, right after it or after
        "to"/"de" ("il faut rappeler que", "it is important to note that"; not "doit répondre à ces
        préoccupations", "must explain its actions")."""
        k = hit.end
        # "Let me remind you once again that …", "je vous rappelle que …": reminding the listener (a few
        # plain words between) frames what follows.
        if k < s.end and tokens[k].key in {"you", "everyone", "vous"}:
            for j in range(k + 1, min(s.end, k + 5)):
                if tokens[j].key in _CLAIM_CONTENT:
                    return True
                if not tokens[j].text.isalpha() or not tokens[j].text.islower():
                    break
        if (
            k < s.end
            and tokens[k].key in {"to", "de", "d'"}
            and tokens[hit.end - 1].key not in {"to", "de", "d'"}
        ):
            k += 1
        return k + 1 < s.end and tokens[k + 1].key in _CLAIM_CONTENT and self._says_at(tokens, k, lang)

    def _warning_by_understanding(self, tokens: list[Token], s: _Sentence, hit: CueHit) -> CueHit:
        """ "Russia must understand that …", "il faut que Moscou comprenne que …": a call whose act is
        to understand or know (the first verb after the cue, no preposition between) warns."""
        cue = hit.cue
        if cue.stance != "calls-for" or not self._understanding:
            return hit
        for k in range(hit.end, min(s.end, hit.end + 6)):
            key = tokens[k].key
            if key in self._understanding:
                return _cue_hit(replace(cue, stance="warns"), hit.start, hit.end, hit.negated)
            if key in _UNDERSTANDING_STOPS or tokens[k].text in {",", ".", ";", ":"}:
                return hit
        return hit

    def _warning_by_prospect(self, tokens: list[Token], s: _Sentence, hit: CueHit) -> CueHit:
        """ "Any move to annex will further jeopardise the prospects for peace", "compromettrait la
        stabilité": a verb whose subject is blamed, said of what is to come (an English modal up to three
        words before it, "to" not between; a French future or conditional), warns of a harm rather than
        condemns one."""
        cue = hit.cue
        if cue.stance != "condemns" or cue.kind != "agent-verb" or hit.negated:
            return hit
        key = tokens[hit.start].key
        if cue.lang == "fr":
            stem = fold(cue.lemma)
            stem = stem[:-1] if stem.endswith("re") else stem
            if key.startswith(stem) and key[len(stem) :] in {"a", "ont", "ait", "aient"}:
                return _cue_hit(replace(cue, stance="warns"), hit.start, hit.end, hit.negated)
            return hit
        for j in range(hit.start - 1, max(s.start, hit.start - 4) - 1, -1):
            if tokens[j].key in self._prospective:
                return _cue_hit(replace(cue, stance="warns"), hit.start, hit.end, hit.negated)
            if not tokens[j].key.isalpha() or tokens[j].key == "to":
                break
        return hit

    def _after_cessation(self, keys: tuple[str, ...], i: int, lo: int) -> bool:
        """Whether the word at ``i`` follows a cessation verb: "stop supporting", "cesser de soutenir",
        "refrain from supporting" (not "doit cesser et appelle …")."""
        if i - 1 < lo:
            return False
        if keys[i - 1] in self._cessation:
            return True
        return i - 2 >= lo and keys[i - 1] in {"de", "d'", "to", "from"} and keys[i - 2] in self._cessation

    def _is_adverb(self, key: str, lang: str) -> bool:
        """Whether a token (by its key) is an adverb."""
        if key in self._adverbs:
            return True
        suffix = _ADVERB_SUFFIXES.get(lang)
        if suffix is None:
            return False
        return key.isalpha() and len(key) > len(suffix) + 3 and key.endswith(suffix)

    def _gapped_phrase(self, keys: tuple[str, ...], i: int, lo: int, hi: int, lang: str) -> CueHit | None:
        """A phrase cue with one adverb between its words: "must now be respected" (``keys``: the
        tokens')."""
        # The phrase's second word is the next token, or the one after an adverb: a phrase whose second
        # word is neither cannot match, and is passed over without asking whether the next is an adverb.
        by_first = self._phrases_by_first.get(lang)
        phrases = by_first.get(keys[i]) if by_first is not None else None
        if not phrases:
            return None
        following = keys[i + 1 : i + 3]
        for phrase, cue in phrases:
            if phrase[1] not in following:
                continue
            j, gaps = i + 1, 0
            for want in phrase[1:]:
                if j < hi and keys[j] != want and gaps == 0 and self._is_adverb(keys[j], lang):
                    j, gaps = j + 1, 1
                if j >= hi or keys[j] != want:
                    break
                j += 1
            else:
                if gaps:
                    negated = self._negated(keys, i, j, lo, hi)
                    if cue.kind == "negated" and not negated:
                        continue
                    return _cue_hit(cue, i, j, negated)
        return None

    def _conditional_warning(self, ctx: _Context, s: _Sentence, lang: str) -> tuple[CueHit, str] | None:
        """A threat put as a condition: "If the US side insists on …, China will make a firm
        response", "Si la Russie poursuit dans la voie de l'escalade, …, les conséquences seront
        graves": a sentence that opens on "if"/"si", whose clause names an actor, and whose main
        clause (after a comma) holds a word of the ``consequence-words`` list, warns that actor. The
        cue is that word."""
        words = self._consequences
        if not words:
            return None
        tokens = ctx.tokens
        k = s.start
        while k < s.end and tokens[k].text in _QUOTE_MARKS:
            k += 1
        if k >= s.end or tokens[k].key not in _IF:
            return None
        comma = next((j for j in range(k + 1, min(s.end, k + _IF_CLAUSE)) if tokens[j].text == ","), None)
        if comma is None:
            return None
        actor = next(
            (m for m in ctx.between(k + 1, comma) if m.entry.is_actor and m.how != "demonym"), None
        )
        if actor is None or actor.entry.iri in self._unlisted:
            return None
        for j in range(comma + 1, s.end):
            if tokens[j].key in words:
                cue = Cue("warns", "conditional", tokens[j].text.lower(), lang)
                return _cue_hit(cue, j, j + 1, False), actor.entry.iri
        return None

    def _exclusive_means(self, ctx: _Context, s: _Sentence, lang: str) -> tuple[CueHit, str] | None:
        """ "Only a political solution can end the conflict", "Seule une solution négociée permettra
        la paix": a clause that opens on a word of the ``exclusive-words`` list and a thing the
        vocabulary names, whose verb (a word of the ``enabling-verbs`` list) follows, holds that thing
        the one means, and supports it. An actor there ("Only Russia can end this war") is no means.
        The cue is the exclusive word."""
        if not self._exclusive or not self._enabling:
            return None
        tokens = ctx.tokens
        for k in range(s.start, s.end - 2):
            if tokens[k].key not in self._exclusive:
                continue
            # The clause's first word: the sentence's, or after "that"/"que", a comma or a colon.
            j = k - 1
            while j >= s.start and tokens[j].text in _QUOTE_MARKS:
                j -= 1
            if j >= s.start and tokens[j].key not in _EXCLUSIVE_OPENERS:
                continue
            means = next((m for m in ctx.between(k + 1, min(s.end, k + 4))), None)
            if means is None or means.entry.is_actor or means.entry.iri in self._unlisted:
                continue
            if not all(t.key in _EXCLUSIVE_DETERMINERS for t in tokens[k + 1 : means.start]):
                continue
            for v in range(means.end, min(s.end, means.end + _EXCLUSIVE_REACH)):
                key = tokens[v].key
                if key in self._enabling:
                    cue = Cue("supports", "exclusive", tokens[k].text.lower(), lang)
                    return _cue_hit(cue, k, k + 1, False), means.entry.iri
                if key in {".", ";", "?", "!"}:
                    break
        return None

    def _future_pledges(self, ctx: _Context, s: _Sentence, lang: str, hits: list[CueHit]) -> list[CueHit]:
        """ "The EU will increase its humanitarian assistance", "Nous renforcerons nos partenariats",
        "Nous allons partager … des propositions de sanctions", "L'UE procédera à un réexamen …": a
        verb in the future (after a word of the ``future-auxiliaries`` list, or in French its own future
        after its subject) says what its subject will do; said by the speaker's own side (checked as for
        any pledge, by _self_subject) it pledges the act, whose object is the target. Not a verb of the
        ``future-non-pledges`` list or a reporting verb ("We will discuss …", "I will now give the
        floor"), nor one negated, nor one a cue already reads ("will continue to", "will not recognise")."""
        auxiliaries = self._words_of("future-auxiliaries")
        if not auxiliaries:
            return []
        tokens = ctx.tokens
        keys = ctx.keys
        cued = {k for h in hits for k in range(h.start, h.end)}
        found: list[CueHit] = []
        for k in range(s.start, s.end - 1):
            key = keys[k]
            if key in auxiliaries:
                j = k + 1
                while j < s.end and j - k <= 2 and self._is_adverb(keys[j], lang):
                    j += 1
                if lang == "fr" and not _infinitive_like(keys[j] if j < s.end else "", lang):
                    continue
            elif lang == "fr" and self._french_future(ctx, s, k):
                j = k
            else:
                continue
            if j >= s.end or k in cued or j in cued or j + 1 in cued:
                continue
            word = tokens[j].text
            if not word.isalpha() or not word.islower() or keys[j] in self._negation:
                continue
            # "with political will on both sides", "the will of the people": the noun, not the auxiliary.
            if keys[j] in _NOT_INFINITIVES or keys[j] in _NOT_AFTER_AUXILIARY:
                continue
            if self._future_stop(keys, j, s.end, lang) or self._reporting_at(tokens, j, lang):
                continue
            # "… the talks that will take place", "ce qui permettra": a relative clause's verb is no
            # pledge of the speaker's.
            if k > s.start and keys[k - 1] in _FUTURE_RELATIVES:
                continue
            if self._negated(keys, k, j + 1, s.start, s.end):
                continue
            # "It will prolong the suffering", "Il faudra …", "Elle plaidera …": "it" and "il"/"elle"
            # are as often the war or the crisis last named as the speaker; a pledge says who makes it.
            subject = k - 1
            while subject > s.start and keys[subject] in _PRECLITICS:
                subject -= 1
            if subject >= s.start and keys[subject] in _IMPERSONAL_SUBJECTS:
                continue
            cue = Cue("commits", "future", fold(tokens[k].text), lang)
            found.append(_cue_hit(cue, k, j + 1, False))
        return found

    def _french_future(self, ctx: _Context, s: _Sentence, k: int) -> bool:
        """Whether token ``k`` is a French verb in the future after its subject: "nous renforcerons",
        "je présenterai", "L'UE procédera", "elle plaidera" (a form in -rons, -rai, -ra or -ront, with
        at most object pronouns between it and a subject pronoun or a name)."""
        key = ctx.keys[k]
        if len(key) < 5 or not key.isalpha():
            return False
        # The future's endings after the infinitive's last consonants ("renforcerons", "fournira",
        # "prendront", "suivrai"); not the present of a verb in -rer ("considérons", "déclarons",
        # "assurons": an accented é or another vowel before the r) nor of one in -vrir ("ouvrons").
        text = ctx.tokens[k].text.lower()
        if text.endswith(("érons", "éront", "éra", "érai", "ouvrons", "ouvront")):
            return False
        j = k - 1
        while j >= s.start and ctx.keys[j] in _PRECLITICS:
            j -= 1
        if j < s.start:
            return False
        subject = ctx.keys[j]
        if subject == "nous":
            endings: tuple[str, ...] = _FUTURE_ENDINGS_FR["nous"]
        elif subject in {"je", "j'"}:
            endings = _FUTURE_ENDINGS_FR["je"]
        else:
            endings = _FUTURE_ENDINGS_FR["il"]
            m = ctx.mention_at.get(j)
            named = m is not None and m.end == j + 1 and m.entry.is_actor
            if subject not in {"ils", "elles", "on"} and not named:
                return False
        return key.endswith(endings)

    def _future_stop(self, keys: tuple[str, ...], j: int, hi: int, lang: str) -> bool:
        """Whether the verb at ``j`` is one of the ``future-non-pledges`` list (with the words its entry
        has after it: "take place", "avoir lieu")."""
        if self._future_stops is None:
            stops: dict[str, dict[str, list[tuple[str, ...]]]] = {}
            for wl, words in self.vocab.wordlists.get("future-non-pledges", {}).items():
                table = stops.setdefault(wl, {})
                for w in words:
                    head, *rest = tokenize(w)
                    for form in verb_forms(head.text, wl):
                        table.setdefault(fold(form), []).append(tuple(t.key for t in rest))
            self._future_stops = stops
        tails = self._future_stops.get(lang, {}).get(keys[j])
        if tails is None:
            return False
        return any(tuple(keys[j + 1 : j + 1 + len(tail)]) == tail for tail in tails) and j < hi

    def _cue_stands(self, tokens: list[Token], s: _Sentence, hit: CueHit) -> bool:
        """Whether a cue hit is a stance of its own, by the words around it."""
        cue = hit.cue
        prev = tokens[hit.start - 1].key if hit.start > s.start else ""
        nxt = tokens[hit.end].key if hit.end < s.end else ""
        # "the right of all countries to decide their future": a pledge in the infinitive belongs
        # to whoever the infinitive hangs on; the speaker's own is "we decided to", "will continue to".
        if cue.stance == "commits" and cue.kind == "verb" and prev in {"to", "de", "d'", "a"}:
            return False
        # "We will share with our partners proposals for …", "partager avec nos partenaires des
        # propositions": passing something on, no shared view.
        if cue.kind == "verb" and nxt in {"with", "avec"} and cue.lemma in self._words_of("sharing-verbs"):
            return False
        # "Nous engageons (également) des consultations avec …": a call verb with an indefinite object
        # opens it.
        if cue.kind == "verb" and cue.lemma in self._words_of("opening-verbs"):
            j = hit.end
            while j < s.end and self._is_adverb(tokens[j].key, cue.lang):
                j += 1
            if j < s.end and tokens[j].key in _INDEFINITES:
                return False
        # "l'appel du Conseil à …", "the call of the Secretary General": someone else's call.
        if cue.kind == "noun" and cue.stance == "calls-for" and nxt in {"of", "by", "de", "du", "des", "d'"}:
            return False
        # "In her call with Mr X", "un appel téléphonique avec": a conversation, not a call for anything.
        if cue.kind == "noun" and cue.stance == "calls-for" and (nxt in _CONVERSATION_NEXT or prev in _PHONE):
            return False
        # "Asked about the sanctions, Mr Stoltenberg said …": a past participle that opens the
        # sentence is passive; the speaker was asked, and asks nothing.
        if (
            cue.kind == "verb"
            and prev in _PASSIVE_OPENERS
            and tokens[hit.start].key.endswith("ed")
            and nxt in _AFTER_PASSIVE_OPENER
        ):
            return False
        # "pull back", "scale back": the particle, not the verb "to back".
        return not (
            cue.kind == "verb" and tokens[hit.start].key in _PARTICLE_HOMOGRAPHS and prev not in _VERB_OPENERS
        )

    def _reporting_in(self, tokens: list[Token], lo: int, hi: int, lang: str) -> list[int]:
        """The reporting verbs of tokens ``lo`` to ``hi`` (excluded), in order."""
        index = self._reporting.get(lang)
        return index.starts_in(tokens, lo, hi) if index else []

    def _says_at(self, tokens: list[Token], i: int, lang: str) -> bool:
        """Whether a reporting verb of one word stands at ``i`` ("said", "a affirmé"): not the head
        of one with a particle ("made" is no "make clear")."""
        index = self._reporting.get(lang)
        if not index:
            return False
        return any(not cue.tail for _p, cue in index.at(tokens, i))

    def _reporting_at(self, tokens: list[Token], i: int, lang: str) -> bool:
        index = self._reporting.get(lang)
        return bool(index and index.at(tokens, i))

    # ------------------------------------------------------------------ the pipeline

    def extract(self, release: Release) -> list[Statement]:
        lang = release.meta.lang
        if lang not in self._cues:
            return []
        text = release.text
        tokens = _read_document(text)  # its keys searched by where each occurs
        sentences = _sentences(text, tokens, release.meta.title)
        mentions = self._with_short_names(
            tokens,
            self._with_country_anaphors(tokens, self._find_mentions(tokens)),
            lang,
            self._publisher_heads(release) + self._own_state_heads(release),
        )
        unlisted = self._unlisted_people(tokens, mentions, lang)
        if unlisted:
            mentions = sorted([*mentions, *unlisted], key=_mention_start)
        mention_at = _mentions_at(mentions, len(tokens))
        quotes = _speech_quotes(text, tokens, lambda k: self._says_at(tokens, k, lang))
        voice = self._voice(release, tokens, quotes)
        ctx = _Context(
            release=release,
            tokens=tokens,
            mentions=mentions,
            mention_at=mention_at,
            quotes=quotes,
            voice=voice,
            voice_orgs=self._voice_orgs(voice, release),
        )
        if voice:
            joint = self._joint_voices(release, voice)
            if joint:
                ctx.partners[voice] = joint
        # The occasion a title names ("Extrait du point de presse", "reply to a media question") is
        # the audience until the text names another.
        title_tokens = tokenize(release.meta.title)
        audience: str | None = self._audience_in(title_tokens, 0, len(title_tokens)) or self._addressed_in(
            title_tokens
        )
        # A press conference or briefing is said to the press throughout: a meeting its words tell of
        # ("Nous avons tenu une réunion de la Commission OTAN-Ukraine") is no new audience.
        to_the_press = audience is not None and audience.rsplit("/", 1)[-1] in _PRESS_AUDIENCES
        audience_from = 0
        # Resolved when first needed, in reading order, so "he said" means the person last named.
        quote_speakers: dict[tuple[int, int], str | None] = {}
        quote_partners: dict[tuple[int, int], tuple[str, ...]] = {}
        cue_starts = self._cue_starts(tokens, lang)
        turns = self._turns(release, voice)
        principal: str | None = None  # the title's first person, found when an answer asks for it
        own_publisher: str | None = None  # the body that publishes the release, found when asked for
        asking = False
        carried: tuple[int, str, str] | None = None  # the publisher as the last sentence's subject
        for s in sentences:
            turn = turns.get(s.paragraph)
            if turn is not None:
                # A transcript's turn: a journalist's question is nobody's statement; a named speaker's
                # turn is in that speaker's voice; an answer ("R –") in the text's own.
                asking = turn == ""
                who = voice if turn == "=" else (turn or None)
                if turn == "=":
                    # "A:", "R –" in a transcript: the person the title names first answers ("Press
                    # conference by …"), else the text's voice.
                    if principal is None:
                        principal = self._title_principal(release)
                    who = principal or voice
                if not asking and who != ctx.voice:
                    ctx.voice, ctx.voice_orgs, ctx.speaker_orgs = who, self._voice_orgs(who, release), None
            if asking:
                # "Question : Comment commenteriez-vous … ?" where nothing named whom the words are said
                # to: the answers are said to the media that asked.
                if audience is None and AUDIENCE_IRI + _QUESTIONED_AUDIENCE in self.vocab.entries:
                    audience, audience_from = AUDIENCE_IRI + _QUESTIONED_AUDIENCE, s.start
                ctx.topic = self._sentence_topic(ctx, s, None) or ctx.topic
                ctx.actor_topic = self._sentence_topic(ctx, s, None, actors_only=True) or ctx.actor_topic
                continue
            aud = None if to_the_press else self._audience_in(tokens, s.start, s.end) or self._met_in(ctx, s)
            if aud:
                audience, audience_from = aud, s.start
            _ = audience_from
            ctx.found_partners = None
            speaker, how = self._sentence_speaker(ctx, s, lang)
            found = _partners_found(ctx)  # set by _sentence_speaker
            sentence_partners = found[1] if found is not None and found[0] == speaker else ()
            previous: CueHit | None = None
            blamed: str | None = None  # the first thing or actor the sentence condemns or worries about
            blamed_by: str | None = None  # and who does
            foreign_pledge: CueHit | None = None  # "Russia continues to violate … and to support …"
            hits = self._cue_hits(cue_starts, tokens, s.start, s.end, lang)
            # "The Council today imposed sanctions … The use of chemical weapons constitutes a serious
            # breach of international law": in a text in no one's voice, an evaluation with no speaker
            # of its own that follows the publisher's sentence in its paragraph is the publisher's.
            if (
                speaker is None
                and carried is not None
                and carried[0] == s.paragraph
                and any(h.cue.agentive for h in hits)
            ):
                speaker, how = carried[1], carried[2]
            warned = self._conditional_warning(ctx, s, lang)
            if warned is not None:
                hits = sorted([*hits, warned[0]], key=_hit_start)
            exclusive = self._exclusive_means(ctx, s, lang)
            if exclusive is not None:
                hits = sorted([*hits, exclusive[0]], key=_hit_start)
            pledged = self._future_pledges(ctx, s, lang, hits)
            if pledged:
                hits = sorted([*hits, *pledged], key=_hit_start)
            for n, hit in enumerate(hits):
                hit = _pledge_by_gerund(tokens, s, hit)
                hit = self._warning_by_understanding(tokens, s, hit)
                hit = self._warning_by_prospect(tokens, s, hit)
                nested = previous is not None and _governs(tokens, previous, hit)
                # "will continue to support Ukraine", "continuera de soutenir": a pledge to go on with a
                # support that already stands; both are said.
                if nested and previous is not None and _continues_support(previous, hit):
                    nested = False
                previous = hit
                if nested or not self._cue_stands(tokens, s, hit):
                    continue
                # "Il faut rappeler que la Russie …", "It is important to note that …": a call to say
                # something frames what follows, it calls on no one.
                if hit.cue.stance == "calls-for" and self._frames_speech(tokens, s, hit, lang):
                    continue
                # "I would ask our partners why they …", "demander à Moscou pourquoi …": a question.
                if (
                    hit.cue.stance == "calls-for"
                    and hit.cue.kind == "verb"
                    and self._asks_a_question(ctx, s, hit)
                ):
                    continue
                # "in line with our commitments", "conforme à nos engagements": a noun cue that a
                # standard governs is the measure of something, no stance.
                if hit.cue.kind == "noun" and self._governed_by_standard(ctx, s, hit):
                    continue
                # "all concerned", "parties concernées": a cue word inside an actor's name is the name.
                named = ctx.mention_at.get(hit.start)
                if named is not None and named.start < hit.start and named.entry.is_actor:
                    continue
                quote = ctx.quote_at.get(hit.start)
                if quote is not None:
                    if quote not in quote_speakers:
                        ctx.found_partners = None
                        quote_speakers[quote] = self._quote_speaker(ctx, quote, lang)
                        found = _partners_found(ctx)
                        if found is not None and found[0] == quote_speakers[quote]:
                            quote_partners[quote] = found[1]
                    who, rule = quote_speakers[quote], "quote"
                    kind = "direct"
                    own_relative = False
                    together = quote_partners.get(quote, ())
                    ctx.emit_partners = (who, together) if who and together else None
                else:
                    who, rule = speaker, how
                    kind = "direct" if how == "voice" else "indirect"
                    # "The Secretary-General announced the end of the talks and what we now call …":
                    # a cue in a relative clause of the first person is the text's own voice's.
                    own_relative = how == "subject" and self._first_person_relative(ctx, s, hit, lang)
                    if own_relative:
                        if not ctx.voice:
                            continue
                        who, rule, kind = ctx.voice, "voice", "direct"
                    # "The Council today imposed …", "It also calls on …" in the Council's own press
                    # release: a publisher that speaks of itself as the subject says it in its own words.
                    if how in {"subject", "pronoun"} and not ctx.voice and who and not self._is_person(who):
                        if own_publisher is None:
                            own_publisher = self._publisher_voice(release) or ""
                        if who == own_publisher:
                            kind = "direct"
                    ctx.emit_partners = (who, sentence_partners) if who and sentence_partners else None
                if (
                    not who
                    or self._in_reported_claim(ctx, s, hit, who)
                    or self._owned_by_other(ctx, s, hit, who)
                ):
                    continue
                if (
                    foreign_pledge is not None
                    and not hit.cue.agentive  # "Russia continues to destabilise": the speaker's blame
                    and _infinitive_after(tokens, foreign_pledge, hit)
                ):
                    continue
                if rule == "voice" and not hit.cue.agentive and not own_relative:
                    foreign, other = self._foreign_subject(ctx, s, hit, who)
                    if foreign and other is None:
                        foreign_pledge = hit
                        continue
                    if foreign and other:
                        who, rule, kind = other, "subject", "indirect"
                        if self._is_person(other):
                            ctx.focus = other
                # "This only encourages those who …", "Cela incite …": a thing for subject takes no stance.
                if not hit.cue.agentive and hit.cue.kind == "verb" and _thing_subject(tokens, s, hit):
                    continue
                # "the Minsk agreements, which call for …", "les accords, qui appellent à …": a thing
                # that says so in a relative clause takes no stance of the speaker's.
                if not hit.cue.agentive and hit.cue.kind == "verb" and self._thing_relative(ctx, s, hit):
                    continue
                # "Our sanctions … will remain in place": an agentive pledge is said of a thing of the
                # speaker's (its target); one said of an actor is refused in _target.
                if (
                    hit.cue.stance == "commits"
                    and not hit.cue.agentive
                    and not self._self_subject(ctx, s, hit, who)
                    and not self._joined_own_subject(ctx, s, hit, who)
                ):
                    foreign_pledge = hit
                    continue
                if hit.cue.stance in {"calls-for", "supports"} and not hit.cue.agentive:
                    for extra, extra_target in self._compliance_supports(ctx, s, hit, who):
                        self._emit(ctx, s, extra, who, extra_target, kind, rule, audience, quote)
                # "Saluant les efforts de l'OSCE, M. Stoltenberg a appelé la Russie …": the target of
                # a participle that opens the sentence is in its own clause.
                clause = s
                if hit.start <= s.start + 2 and _fronted_participle(tokens, s, hit.start, s.end):
                    comma = next(j for j in range(hit.end, s.end) if tokens[j].text == ",")
                    clause = _Sentence(s.start, comma, s.paragraph)
                stop = _next_verb_phrase(tokens, hit, hits[n + 1 :])
                staked = False
                together_before: list[str] = []
                if warned is not None and hit.cue is warned[0].cue:
                    target = warned[1] if warned[1] not in self._speaker_orgs(ctx, who) else None
                elif exclusive is not None and hit.cue is exclusive[0].cue:
                    target = exclusive[1]
                else:
                    # "concerned about the consequences of the fighting for civilians": for whom.
                    target = self._stake_target(ctx, clause, hit, who, stop)
                    staked = target is not None
                    # "urges the military leadership to …" in a release on Myanmar: its military.
                    if target is None:
                        target = self._military_target(ctx, clause, hit, who)
                        staked = target is not None
                    # "La Chine et la Russie … ; nous les appelons à …": each of the actors named together.
                    together_before = self._plural_referents(ctx, clause, hit, who) if target is None else []
                    if together_before:
                        target, staked = together_before[0], True
                    if target is None:
                        target = self._target(ctx, clause, hit, who, stop)
                situated = False
                if target is None:
                    target = self._supported_after_holder(ctx, clause, hit, who, stop)
                if target is None:
                    target = self._situation_state(ctx, s, hit, who)
                    situated = target is not None
                # "condemns the coup in Niger", "calls on all Malian stakeholders": a target the
                # vocabulary names no instance of, composed.
                # (not the act whose consequences a worry is for someone: "les conséquences de ces combats").
                composed = None if staked else self._act_target(ctx, clause, hit, target, situated, stop)
                if composed is None:
                    composed = self._addressee_target(ctx, clause, hit, target, stop)
                if composed is None:
                    composed = self._shared_complement(ctx, clause, hit, target, who, stop)
                if composed is None and not staked:
                    composed = self._group_target(ctx, clause, hit, target, who, stop)
                if composed is None and not staked:
                    composed = self._victims_target(ctx, clause, hit, target, stop)
                if composed is not None:
                    target = composed
                # "remercier … le Secrétaire général des Nations unies, Ban Ki-moon, …": the person
                # named after the office, not its holder another day nor its organisation.
                if not staked:
                    target = self._person_after_office(ctx, clause, hit, target, stop) or target
                    # "dismayed at the escalation of the conflict in Ukraine": about Ukraine.
                    target = self._course_place(ctx, clause, hit, target, stop) or target
                if target is None or self._agent_of_what_is_asked(ctx, clause, hit, target, stop):
                    continue
                self._emit(ctx, s, hit, who, target, kind, rule, audience, quote)
                for other in together_before[1:]:
                    self._emit(ctx, s, hit, who, other, kind, rule, audience, quote)
                if blamed is None and hit.cue.stance in {"condemns", "concerned"}:
                    blamed, blamed_by = target, who
                for other in self._coordinated_actors(ctx, s, hit, target, who, stop):
                    self._emit(ctx, s, hit, who, other, kind, rule, audience, quote)
                for other in self._supported_together(ctx, s, hit, target, who, stop):
                    self._emit(ctx, s, hit, who, other, kind, rule, audience, quote)
                for other in self._coordinated_things(ctx, s, hit, target, who, stop):
                    self._emit(ctx, s, hit, who, other, kind, rule, audience, quote)
            # "The UK condemns North Korea's launch … This reckless act is …": a sentence whose subject
            # is the speaker's side is about what it condemns or worries about.
            about = self._sentence_topic(ctx, s, speaker)
            if blamed is not None and (about is None or about in self._speaker_orgs(ctx, blamed_by)):
                about = blamed
            ctx.topic = about or ctx.topic
            ctx.actor_topic = self._sentence_topic(ctx, s, speaker, actors_only=True) or ctx.actor_topic
            carried = None
            if speaker and not ctx.voice and how in {"subject", "pronoun"} and not self._is_person(speaker):
                if own_publisher is None:
                    own_publisher = self._publisher_voice(release) or ""
                if speaker == own_publisher:
                    carried = (s.paragraph, speaker, how)
        return list(ctx.statements.values())

    def _turns(self, release: Release, voice: str | None = None) -> dict[int, str]:
        """The lines that open a turn in a transcript or a Q&A, by line index: "" for a question
        ("Q –", "Question:") or for a spokesperson who moderates a press conference given by
        ``voice``, another person, "=" for an answer ("R –", "Answer:"), else the speaker a label of
        names only names ("NATO Secretary General Jens Stoltenberg:", "Maria Zakharova:")."""
        # The persons the title names ("Press conference by NATO Secretary General Jens Stoltenberg"),
        # found when a spokesperson's turn asks for them.
        principals: set[str] | None = None
        out: dict[int, str] = {}
        questions, answers = self._words_of("question-labels"), self._words_of("answer-labels")
        orgs: set[str] | None = None
        for p, line in enumerate(release.text.split("\n")):
            named_by = _turn_label(line)  # _TURN_LABEL's group, None when the line has no label
            if named_by is None:
                continue
            # "Ivica Dacic (retranslated from Russian):", "Question (AFP) :", "Prime Minister X
            # [interpreted]:": a closing parenthesis or bracket qualifies the label and names no one.
            if named_by.endswith(")") and named_by.find("(") > 0:
                named_by = named_by[: named_by.rfind("(")].rstrip()
            elif named_by.endswith("]") and named_by.find("[") > 0:
                named_by = named_by[: named_by.rfind("[")].rstrip()
            label = tokenize(named_by)
            if not label:
                continue
            if label[0].key in questions and len(label) <= 6:
                out[p] = ""
                continue
            if len(label) == 1 and label[0].key in answers:
                out[p] = "="
                continue
            # "Spokesman:", "Porte-parole :" in a briefing: the publisher's spokesperson that day.
            if len(label) == 1 and label[0].key in _SPOKESPERSON:
                spokesperson = self._publisher_spokesperson(release)
                if spokesperson:
                    out[p] = spokesperson
                continue
            mentions = self._short_mentions(named_by)
            named = {k for mm in mentions for k in range(mm.start, mm.end)}
            if not all(
                k in named
                or t.key in _LINKING
                or t.key in _ABBREVIATIONS
                or t.text in {".", ","}
                or t.text[:1].isupper()
                # "Le ministre Kuleba :", "La porte-parole :": French titles are in lower case.
                or t.key in self._title_words
                for k, t in enumerate(label)
            ):
                continue
            if orgs is None:
                orgs = self._context_orgs(release)
            # "M. Vilkas :" after a title that named Tomas Vilkas: him, not a new "Vilkas".
            if all(mm.entry.iri in self._unlisted for mm in mentions):
                if principals is None:
                    principals = self._title_people(release)
                people = sorted(principals)
                people.extend(out.values())
                who = self._label_person(label, people)
                if who:
                    out[p] = who
                    continue
            for mm in sorted(mentions, key=lambda mm: _speaker_rank(mm.entry)):
                who = self._resolve_office(mm, orgs, release)
                if who:
                    # "NATO Spokesperson Oana Lungescu: Welcome to this press conference by the
                    # Secretary General …": she gives the floor and says nothing of her own.
                    moderates = False
                    if who != voice and self._is_spokesperson(who, release):
                        if principals is None:
                            principals = self._title_people(release)
                        moderates = who not in principals and any(
                            not self._is_spokesperson(x, release) for x in principals
                        )
                    out[p] = "" if moderates else who
                    break
        return out

    def _label_person(self, label: list[Token], people: list[str]) -> str | None:
        """The one of ``people`` a turn's label names by full name or surname, with titles and
        honorifics before it ("Minister Vilkas", "VILKAS", "Mme Anna Berzina"): a person the vocabulary
        does not list is named in full only where the title or an earlier turn named them."""
        keys = tuple(
            t.key
            for t in label
            if t.key not in self._title_words
            and t.key not in _LINKING
            and t.key not in _BEFORE_NAME
            and t.text not in {".", ","}
        )
        if not keys:
            return None
        found: set[str] = set()
        for who in people:
            entry = self.vocab.entries.get(who) or self._unlisted.get(who)
            if entry is None:
                continue
            names = {tuple(t.key for t in tokenize(n)) for labels in entry.labels.values() for n in labels}
            if entry.family_name:
                names.add(tuple(t.key for t in tokenize(entry.family_name)))
            if keys in names:
                found.add(who)
        return found.pop() if len(found) == 1 else None

    def _title_principal(self, release: Release) -> str:
        """The first person a release's title names, offices resolved to their holders that day ("" when
        it names none)."""
        orgs = self._context_orgs(release)
        for m in self._short_mentions(release.meta.title):
            if m.entry.kind in _PEOPLE:
                who = self._resolve_office(m, orgs, release)
                if who and self._is_person(who):
                    return who
        return ""

    def _title_people(self, release: Release) -> set[str]:
        """The persons a release's title names, offices resolved to their holders that day."""
        orgs = self._context_orgs(release)
        out: set[str] = set()
        for m in self._short_mentions(release.meta.title):
            if m.entry.kind in _PEOPLE:
                who = self._resolve_office(m, orgs, release)
                if who and self._is_person(who):
                    out.add(who)
        return out

    def _is_spokesperson(self, actor: str, release: Release) -> bool:
        """Whether an English label of the actor, or of the office it holds on the release's date,
        names a spokesperson."""
        office = self._office_of(actor, release.meta.date)
        for iri in (actor, office):
            e = self.vocab.entries.get(iri) if iri else None
            if e is not None and any(
                fold(w) in _SPOKESPERSON for label in e.labels.get("en", ()) for w in label.split()
            ):
                return True
        return False

    def _with_country_anaphors(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "the country", "le pays" name the last state named before them."""
        if not self._country_anaphors:
            return mentions
        firsts = self._country_anaphors_by_first
        # Only where an anaphor may open (the last state is caught up there): most texts have none.
        candidates = _where(_keys_of(tokens), firsts)
        if not candidates:
            return _sorted_by_start(mentions)
        taken = {k for m in mentions for k in range(m.start, m.end)}
        by_start = _sorted_by_start(mentions)
        out = list(mentions)
        last_state: Entry | None = None
        n = 0
        for i in candidates:
            token = tokens[i]
            while n < len(by_start) and by_start[n].start < i:
                if by_start[n].entry.kind == "state":
                    last_state = by_start[n].entry
                n += 1
            if last_state is None or i in taken:
                continue
            for pattern in firsts[token.key]:
                if pattern.matches(tokens, i):
                    out.append(_mention(last_state, i, i + len(pattern.keys), "anaphor"))
                    break
        return _sorted_by_start(out)

    def _own_state_heads(self, release: Release) -> list[tuple[str, Entry]]:
        """The nouns a state's foreign ministry names itself or its state with in its own communiqué
        ("the Ministry", "le Ministère", "the Kingdom", "le Royaume": the own-state-nouns list), as
        head nouns of the ministry, when it publishes the release."""
        if not self._own_state_nouns:
            return []
        publisher = self._publisher_voice(release)
        entry = self.vocab.entries.get(publisher or "")
        if entry is None or entry.kind != "organisation" or not entry.organisation:
            return []
        state = self.vocab.entries.get(entry.organisation)
        if state is None or state.kind != "state" or self._foreign_ministry(state.iri) != entry.iri:
            return []
        return [(key, entry) for key in sorted(self._own_state_nouns)]

    def _publisher_heads(self, release: Release) -> list[tuple[str, Entry]]:
        """The head nouns of the organisations and bodies the publisher names, in the release's
        language ("Council" for "Council of the European Union", "Conseil" for "Conseil de l'Union
        européenne"): a press release calls its publisher "the Council" from its first line. Not a
        head that a body the title names shares ("Foreign Affairs Council conclusions": there "the
        Council" is the title's)."""
        if not release.meta.publisher:
            return []
        lang = release.meta.lang
        memo_key = (release.meta.publisher, lang)
        out = self._publisher_heads_memo.get(memo_key)
        if out is None:
            if len(self._publisher_heads_memo) >= 1024:
                self._publisher_heads_memo.clear()
            out = []
            for m in self._short_mentions(release.meta.publisher):
                key = self._entry_head(m.entry, lang)
                if key is not None:
                    out.append((key, m.entry))
            self._publisher_heads_memo[memo_key] = out
        if not out:
            return out
        titled = [m.entry for m in self._short_mentions(release.meta.title)]
        return [
            (key, e)
            for key, e in out
            if not any(t.iri != e.iri and self._entry_head(t, lang) == key for t in titled)
        ]

    def _entry_head(self, e: Entry, lang: str) -> str | None:
        """The head noun (key) of an organisation's or a body's first label in ``lang``: the first word
        in French, the word before "of"/"for" (else the last) in English; None for another kind, a
        one-word name or a head that is not a capitalised word of four letters or more."""
        if e.kind not in {"organisation", "body"}:
            return None
        memo_key = (e.iri, lang)
        if memo_key in self._entry_head_memo:
            return self._entry_head_memo[memo_key]
        found: str | None = None
        for label in e.labels.get(lang, ())[:1]:
            toks = tokenize(label)
            if len(toks) < 2:
                continue
            head = 0
            if lang == "en":
                head = len(toks) - 1
                for k in range(1, len(toks)):
                    if toks[k].key in {"of", "for"}:
                        head = k - 1
                        break
            t = toks[head]
            if len(t.key) >= 4 and t.key.isalpha() and t.text[:1].isupper():
                found = t.key
        self._entry_head_memo[memo_key] = found
        return found

    def _with_short_names(
        self,
        tokens: list[Token],
        mentions: list[Mention],
        lang: str,
        publisher_heads: Sequence[tuple[str, Entry]] = (),
    ) -> list[Mention]:
        """An organisation named again by its head noun, capitalised, after an article: "the Court"
        after "the International Criminal Court", "la Mission" after "la Mission spéciale
        d'observation de l'OSCE"; the publisher's own body from the start ("the Council" in a press
        release of the Council of the European Union)."""
        heads: dict[str, list[Mention]] = {}
        for key, entry in publisher_heads:
            heads.setdefault(key, []).append(_mention(entry, 0, 0, "label"))
        for m in mentions:
            if m.entry.kind not in _SHORT_NAMED or m.how != "label" or m.end - m.start < 2:
                continue
            head = m.start
            if lang == "en":
                head = m.end - 1
                for k in range(m.start + 1, m.end):
                    if tokens[k].key in {"of", "for"}:
                        head = k - 1
                        break
            t = tokens[head]
            if len(t.key) >= 4 and t.key.isalpha() and t.text[:1].isupper():
                heads.setdefault(t.key, []).append(m)
        if not heads:
            return mentions
        # Not _where: it takes a number for each collection it is asked for, and a new one (this dict is made
        # for each text) empties its caches of runs and keys (every text's runs were tokenised again).
        candidates = [
            i
            for i, key in enumerate(_keys_of(tokens))
            if key in heads
            and i > 0
            and (
                (tokens[i].text[:1].isupper() and tokens[i - 1].key in _SHORT_NAME_ARTICLES)
                # "to support that mission", "cette mission": a demonstrative, in lower case too
                or tokens[i - 1].key in _SHORT_NAME_DEMONSTRATIVES
            )
        ]
        if not candidates:
            return mentions
        taken = {k for m in mentions for k in range(m.start, m.end)}
        out = list(mentions)
        for i in candidates:
            t = tokens[i]
            if i in taken:
                continue
            # A longer name, not this one: "the Court Martial", "the Court of Appeal".
            if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                continue
            if (
                lang == "en"
                and i + 2 < len(tokens)
                and tokens[i + 1].key in {"of", "for"}
                and tokens[i + 2].text[:1].isupper()
            ):
                continue
            named = [m for m in heads[t.key] if m.end <= i]
            # The publisher's own body first: "the Council" in a press release of the Council of the
            # EU is that Council even after "the European Council" was named.
            own = next((m for m in named if m.end == 0), None)
            if own is not None:
                out.append(_mention(own.entry, i, i + 1, "anaphor"))
            elif named and len({m.entry.iri for m in named}) == 1:
                out.append(_mention(named[-1].entry, i, i + 1, "anaphor"))
        return sorted(out, key=lambda m: m.start)

    def _compliance_supports(
        self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str
    ) -> list[tuple[CueHit, str]]:
        """ "calls on Russia to respect the Minsk agreements", "soutient les efforts visant à mettre en
        œuvre les accords": a compliance verb in the infinitive after a call or a support; the
        speaker also supports what is to be kept."""
        tokens = ctx.tokens
        keys = ctx.keys
        lang = ctx.release.meta.lang
        limit = min(s.end, hit.end + 30)
        found: list[tuple[CueHit, str]] = []
        for j in [j for j in range(hit.end, ctx.semicolon(hit.end, limit)) if keys[j] in _INFINITIVE_MARKS]:
            k = j + 1
            if k < limit and self._is_adverb(keys[k], lang):
                k += 1
            clitic = lang == "fr" and k < limit and tokens[k].key in _FR_OBJECT_CLITICS
            if clitic:
                k += 1
            for verb in self._compliance.get(lang, ()):
                if keys[k : k + len(verb)] == verb:
                    end = k + len(verb)
                elif (
                    # "à mettre pleinement en œuvre": an adverb after the verb's first word.
                    len(verb) > 1
                    and keys[k] == verb[0]
                    and k + 1 < limit
                    and self._is_adverb(keys[k + 1], lang)
                    and keys[k + 2 : k + 1 + len(verb)] == verb[1:]
                ):
                    end = k + 1 + len(verb)
                else:
                    continue
                target: str | None
                if clitic:
                    target = self._referent_before(ctx, s, j, speaker, actor=False)
                else:
                    window = min(s.end, end + 12)
                    # "to respect the principles … and to end its occupation of Crimea": what is to
                    # end is not what is to be kept.
                    window = next((c for c in range(end, window) if keys[c] in self._cessation), window)
                    things = [m for m in ctx.between(end, window) if m.entry.kind == "topic"]
                    things += self._composite_topics(ctx, end, window, speaker)
                    things = [m for m in things if m.entry.kind == "topic"]
                    _sort_spans(things)
                    target = things[0].entry.iri if things else None
                if target:
                    cue = Cue("supports", "compliance", " ".join(verb), lang)
                    found.append((_cue_hit(cue, j, end, False), target))
                break
        return found

    def _referent_before(
        self, ctx: _Context, s: _Sentence, k: int, speaker: str, *, actor: bool
    ) -> str | None:
        """What an object pronoun at token ``k`` stands for: the nearest actor (or thing) named before
        it in the sentence, other than the speaker's side; else what the sentences are about."""
        mine = self._speaker_orgs(ctx, speaker)
        for m in sorted(ctx.between(s.start, k), key=lambda m: -m.start):
            if m.start >= k or m.start < s.start:
                continue
            if m.entry.iri in mine or m.entry.kind in {"office", "person"}:
                continue
            if m.entry.is_actor or (not actor and m.entry.kind == "topic"):
                return m.entry.iri
        return ctx.topic

    def _plural_referents(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> list[str]:
        """The actors a plural object pronoun stands for when a clause before it names them together:
        "La Chine et la Russie, membres permanents du Conseil de sécurité, ont une responsabilité
        particulière ; nous les appelons à …", "China and Russia bear a special responsibility. We call on
        them to …" call on China and on Russia, not on the Council named nearer in apposition. The first
        actors joined by "and"/"et" (or commas) in the sentence, else the last so joined in the 60 words
        before it; none where no two are joined (the nearest actor is then left to _target)."""
        tokens = ctx.tokens
        if self._clitic_object(ctx, s, hit):
            at = hit.start - 1 if tokens[hit.start - 1].key in _FR_OBJECT_CLITICS else hit.start - 2
            if tokens[at].key not in _FR_PLURAL_CLITICS:
                return []
        elif not (hit.end < s.end and tokens[hit.end].key == "them"):
            return []
        else:
            at = hit.start
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        kinds = {"state", "organisation"}
        before = max(0, s.start - 60)
        for lo, hi in ((s.start, at), (before, s.start)):
            named = [m for m in ctx.between(lo, hi) if m.start >= lo and m.end <= hi]
            # In the sentence, the first (its subject); before it, the nearest.
            order = range(len(named)) if lo == s.start else range(len(named) - 1, -1, -1)
            for n in order:
                first = named[n]
                if first.entry.kind not in kinds or first.entry.iri in mine:
                    continue
                out = [first.entry.iri]
                last = first
                for m in named[n + 1 :]:
                    gap = [t.key for t in tokens[last.end : m.start]]
                    if not gap or not all(g in _LINKING or g in _DEFINITE or g in _COORDINATORS for g in gap):
                        break
                    if m.entry.kind not in kinds or m.entry.iri in mine:
                        break
                    if m.entry.iri not in out:
                        out.append(m.entry.iri)
                    last = m
                if len(out) > 1:
                    return out
        return []

    def _clitic_object(self, ctx: _Context, s: _Sentence, hit: CueHit) -> bool:
        """A French object pronoun before the cue verb: "afin de l'inciter", "nous les soutenons",
        "à la défendre" (but "de la demande" is an article and a noun)."""
        if ctx.release.meta.lang != "fr" or hit.cue.kind not in {"verb", "negated"} or hit.start <= s.start:
            return False
        tokens = ctx.tokens
        prev = tokens[hit.start - 1].key
        before = tokens[hit.start - 2].key if hit.start - 2 >= s.start else ""
        if prev in _FR_AUXILIARIES and before in _FR_OBJECT_CLITICS:
            return True  # "il l'a exhorté", "nous les avons soutenus"
        if prev == "l'":
            return True
        if prev not in _FR_OBJECT_CLITICS:
            return False
        if before in _FR_SUBJECT_PRONOUNS or before in {"ne", "n'"}:
            return True
        return before in {"a", "de", "d'", "pour"} and tokens[hit.start].key.endswith(("er", "ir", "re"))

    # ------------------------------------------------------------------ voice, speakers

    def _speaker_orgs(self, ctx: _Context, actor: str | None) -> frozenset[str]:
        """:meth:`_orgs_of` in the release being read, kept by actor: asked for every cue."""
        if not actor:
            return _NO_ORGS
        known = ctx.orgs.get(actor)
        if known is None:
            known = ctx.orgs[actor] = self._orgs_of(actor, ctx.release)
        return known

    def _orgs_of(self, actor: str | None, release: Release) -> frozenset[str]:
        """The actor and the organisations it speaks for (its office's, its parent's)."""
        if not actor:
            return _NO_ORGS
        # Asked many times a release, of a few actors: kept by (actor, day), and read only (not copied).
        memo_key = (actor, release.meta.date)
        known = self._orgs_memo.get(memo_key)
        if known is not None:
            return known
        out = {actor}
        entry = self.vocab.entries.get(actor)
        if entry and entry.organisation:
            out.add(entry.organisation)
            # A body's parent speaks through it (the Council, the EU); a person's state's organisation
            # (Portugal's EU for Guterres) is not the person's side: "called on the EU to …".
            parent = self.vocab.entries.get(entry.organisation)
            if parent and parent.organisation and entry.kind not in _PEOPLE:
                out.add(parent.organisation)
        office = self._office_of(actor, release.meta.date)
        if office:
            org = self.vocab.entries[office].organisation if office in self.vocab.entries else None
            if org:
                out.add(org)
                # A commissioner speaks for the Commission and so for the Union it is part of ("L'UE
                # regrette …" in the Commissioner's statement); a state is no such part.
                body = self.vocab.entries.get(org)
                if body and body.organisation and body.kind != "state":
                    out.add(body.organisation)
        if len(self._orgs_memo) >= 10_000:
            self._orgs_memo.clear()
        known = self._orgs_memo[memo_key] = frozenset(out)
        return known

    def _office_of(self, actor: str, day: dt.date) -> str | None:
        """``vocab.office_of``, kept by (actor, day): asked for every statement."""
        key = (actor, day)
        memo = self._office_memo
        if key in memo:
            return memo[key]
        if len(memo) >= 10_000:
            memo.clear()
        by_holder = self._tenures_by_holder
        office = memo[key] = (
            self.vocab.office_of(actor, day) if by_holder is None else _tenure_on(by_holder.get(actor), day)
        )
        return office

    def _holder_of(self, office: str, day: dt.date) -> str | None:
        """``vocab.holder_of``, kept by (office, day): asked for every office named as a speaker."""
        key = (office, day)
        memo = self._holder_memo
        if key in memo:
            return memo[key]
        if len(memo) >= 10_000:
            memo.clear()
        by_office = self._tenures_by_office
        holder = memo[key] = (
            self.vocab.holder_of(office, day) if by_office is None else _tenure_on(by_office.get(office), day)
        )
        return holder

    def _speaker_of(self, mention: Mention, release: Release) -> str | None:
        """The actor a mention names as a possible speaker (an office resolves to its holder that day)."""
        e = mention.entry
        if e.kind == "office":
            return self._holder_of(e.iri, release.meta.date)
        if e.kind in {"person", "body"} and mention.how != "demonym":
            return e.iri
        return None

    def _resolve_office(self, mention: Mention, ctx_orgs: set[str], release: Release) -> str | None:
        """A bare "Secretary General" is the office whose organisation the document is about."""
        holder = self._speaker_of(mention, release)
        e = mention.entry
        if e.kind != "office":
            return holder
        same_label = [o for o in mention.alternatives if o.kind == "office"]
        if not same_label:
            return holder
        # The publisher's organisation first: in a UN statement on the OSCE's mission, "le
        # Secrétaire général" is the UN's; then those the title and the voice name.
        for orgs in (self._orgs_named(release.meta.publisher), ctx_orgs):
            if e.organisation in orgs:
                return holder
            for o in same_label:
                if o.organisation in orgs:
                    return self._holder_of(o.iri, release.meta.date)
        # Nothing says whose: the office whose holder that day the text names by full name ("Déclaration
        # du Secrétaire général" over "… le Porte-parole de M. António Guterres, Secrétaire général de
        # l'ONU").
        offices = [e]
        offices.extend(same_label)  # not a starred display: mypyc cannot compile one in a loop's head
        for o in offices:
            named = self._holder_of(o.iri, release.meta.date)
            entry = self.vocab.entries.get(named or "")
            if entry is not None and any(
                label in release.text for labels in entry.labels.values() for label in labels
            ):
                return named
        return holder

    def _context_orgs(self, release: Release) -> set[str]:
        # Asked up to three times a release (turns, publisher, speakers): the last title's kept, copied out.
        title, publisher = release.meta.title, release.meta.publisher
        last = self._context_memo
        if last is not None and last[0] == title and last[1] == publisher:
            return set(last[2])
        orgs = self._orgs_named(" ".join(filter(None, (title, publisher))))
        self._context_memo = (title, publisher, frozenset(orgs))
        return orgs

    def _orgs_named(self, text: str | None) -> set[str]:
        """The organisations a short text (a title, a publisher) names."""
        orgs: set[str] = set()
        if not text:
            return orgs
        for m in self._short_mentions(text):
            if m.entry.kind in {"organisation", "body"}:
                orgs.add(m.entry.iri)
                if m.entry.organisation:
                    orgs.add(m.entry.organisation)
            elif m.entry.kind == "office" and m.entry.organisation and not m.alternatives:
                # A bare "Secretary General" says nothing of whose: only an unambiguous office counts.
                orgs.add(m.entry.organisation)
        return orgs

    def _voice(self, release: Release, tokens: list[Token], quotes: list[tuple[int, int]]) -> str | None:
        """Whose own voice the release is in; ``tokens`` and ``quotes`` are its text's.

        The title says so ("Statement by the North Atlantic Council …"), else a byline that opens
        the body ("Déclaration de la porte-parole du ministère …" under a title that names only
        the subject), else the publisher speaking in the first person."""
        bylines = _bylines(release)
        for n, heading in enumerate((release.meta.title, *bylines)):
            marked, who = self._heading_voice(heading, release)
            if marked:
                # "Press Statement" over "Morgan Ortagus, Department Spokesperson": a line under the
                # one that marks the text, naming a person first, names its author.
                # "Statement on Mali" over "The following statement was issued by …:": the line names it.
                return (
                    who
                    or self._byline_author(bylines[n:], release)
                    or self._announced_voice(release)
                    or self._publisher_voice(release)
                )
        announced = self._announced_voice(release)
        if announced:
            return announced
        return self._first_person_publisher(release, tokens, quotes)

    def _announced_voice(self, release: Release) -> str | None:
        """The speaker a line opening the body announces the text of: "Foreign Minister Heiko Maas
        issued the following statement today (…):", "The following statement was issued by …:", "Le
        ministre a fait la déclaration suivante :" (a line ending on a colon, with a word of the
        own-voice list and one of the announcing list, naming a speaker the vocabulary lists)."""
        announcing = self._words_of("announcing-words")
        if not announcing:
            return None
        if self._own_patterns is None:
            self._own_patterns = _by_first_key(
                Pattern.of(w, proper=False) for w in self._words_of("own-voice")
            )
        title = fold(release.meta.title)
        seen = 0
        for line in release.text.split("\n"):
            line = line.strip()
            if not line or _folds_whole_to(line, title):
                continue
            if not _is_prose(line):
                continue  # a dateline, a caption
            seen += 1
            if seen > _ANNOUNCING_LINES:
                return None
            if not line.endswith(":"):
                continue
            tokens = tokenize(line)
            if not any(t.key in announcing for t in tokens) or not any(
                p.matches(tokens, i) for i, t in enumerate(tokens) for p in self._own_patterns.get(t.key, ())
            ):
                continue
            principal = self._announced_principal(line, tokens) or self._on_behalf_of_person(
                tokens, self._short_mentions(line), 0, release
            )
            if principal is None:
                principal = next(
                    (
                        self._principal_after(line, tokens, k + 1, release)
                        for k, t in enumerate(tokens)
                        if t.key in _SPOKESPERSON and self._principal_after(line, tokens, k + 1, release)
                    ),
                    None,
                )
            if principal:
                return principal
            orgs = self._context_orgs(release)
            for m in sorted(self._short_mentions(line), key=lambda m: _speaker_rank(m.entry)):
                if m.entry.kind not in {"person", "office", "body", "organisation"}:
                    continue
                who = self._resolve_office(m, orgs, release)
                if who and who not in self._unlisted:
                    return who
                # "… publiée par le Président du Conseil de sécurité, M. X :": the presiding office of
                # a body, its holder that day unknown, issues the body's statement.
                office = m.entry
                body = self.vocab.entries.get(office.organisation or "") if office.kind == "office" else None
                if who is None and body is not None and body.kind == "body":
                    return body.iri
            return None
        return None

    def _announced_principal(self, line: str, tokens: list[Token]) -> str | None:
        """Whom the speaker a line announces speaks for: "The High Representative issued the following
        declaration on behalf of the EU:" is the EU's, as the same declaration's title would be."""
        return self._on_behalf_of(tokens, self._short_mentions(line), 0)

    def _voice_orgs(self, voice: str | None, release: Release) -> frozenset[str]:
        """What the voice speaks for: its own organisations, and for a person the vocabulary does not
        list ("Déclaration du commissaire Miguel Arias Cañete" from the Commission), the publisher's:
        "L'UE regrette …" in that text is the commissioner's."""
        orgs = self._orgs_of(voice, release)
        if voice and voice in self._unlisted:
            orgs = orgs | self._orgs_of(self._publisher_voice(release), release)
        return orgs

    def _joint_voices(self, release: Release, voice: str) -> tuple[str, ...]:
        """The others a title names jointly with the person whose voice the text is in: "Déclaration
        conjointe de M. Jean-Yves Le Drian et de M. Heiko Maas", "Joint statement by Foreign Minister
        X and Foreign Minister Y" (the names joined by "and"/"et", nothing else between them but
        titles, articles and prepositions)."""
        if not self._is_person(voice):
            return ()
        heading = release.meta.title
        tokens = tokenize(heading)
        orgs = self._context_orgs(release)
        people: list[tuple[Mention, str]] = []
        for m in self._short_mentions(heading):
            if m.entry.kind in _PEOPLE:
                who = self._resolve_office(m, orgs, release)
                if who and self._is_person(who):
                    people.append((m, who))
        joined: list[str] = []
        for (a, who_a), (b, who_b) in pairwise(people):
            between = tokens[a.end : b.start]
            # "… Foreign Minister X and Foreign Minister Y": a capitalised title may stand before a name.
            if not any(t.key in _AND for t in between) or not all(
                t.key in _AND
                or t.key in _LINKING
                or t.key in _BEFORE_NAME
                or t.text == ","
                or t.key in self._title_words
                or t.text[:1].isupper()
                for t in between
            ):
                continue
            for who in (who_a, who_b):
                if who not in joined:
                    joined.append(who)
        if voice not in joined:
            ministers = self._joint_ministers(release)
            if voice in ministers:
                return tuple(who for who in ministers if who != voice)
            return ()
        return tuple(who for who in joined if who != voice)

    def _joint_ministers(self, release: Release) -> tuple[str, ...]:
        """The foreign ministers on the release's date of the states a joint text's title names after
        "the Foreign Ministers of" ("Joint statement by the Foreign Ministers of France and Germany",
        "Déclaration conjointe des ministres des Affaires étrangères de la France et de l'Allemagne"):
        each office is found by the name the vocabulary gives it with the state's English name ("Foreign
        Minister of <State>", the foreign-minister-of list); at least two, each the holder that day."""
        heading = release.meta.title
        tokens = tokenize(heading)
        if self._joint_minister_patterns is None:
            self._joint_minister_patterns = _by_first_key(
                Pattern.of(w, proper=False) for w in self._words_of("foreign-ministers")
            )
        patterns = self._joint_minister_patterns
        start = next(
            (
                i + len(p.keys)
                for i, t in enumerate(tokens)
                for p in patterns.get(t.key, ())
                if p.matches(tokens, i)
            ),
            None,
        )
        if start is None:
            return ()
        # The states joined after it ("of France, Germany and Poland", "de la France et de l'Allemagne").
        states: list[str] = []
        mentions = {m.start: m for m in self._short_mentions(heading)}
        k = start
        while k < len(tokens):
            m = mentions.get(k)
            if m is not None and m.entry.kind == "state":
                states.append(m.entry.iri)
                k = m.end
            elif tokens[k].key in _AND or tokens[k].key in _LINKING or tokens[k].text == ",":
                k += 1
            else:
                break
        if len(states) < 2:
            return ()
        found: list[str] = []
        heads = sorted(self._words_of("foreign-minister-of"))
        for state in states:
            entry = self.vocab.entries.get(state)
            name = entry.labels.get("en", ("",))[0] if entry is not None else ""
            for head in heads:
                named = self._short_mentions(f"{head} {name}")
                offices = [m.entry for m in named if m.entry.kind == "office"]
                holder = self._holder_of(offices[0].iri, release.meta.date) if offices else None
                if holder and holder not in found:
                    found.append(holder)
                    break
        return tuple(found) if len(found) >= 2 else ()

    def _byline_author(self, lines: Sequence[str], release: Release) -> str | None:
        """The person a byline line opens on ("Morgan Ortagus, Department Spokesperson", "Antony J.
        Blinken, Secretary of State"), for the first of ``lines`` that opens on a speaker."""
        orgs: set[str] | None = None
        for line in lines:
            mentions = self._short_mentions(line)
            if not mentions or mentions[0].start != 0:
                continue
            m = mentions[0]
            if m.entry.kind not in {"person", "office"}:
                continue
            if orgs is None:
                orgs = self._context_orgs(release)
            who = self._resolve_office(m, orgs, release)
            if who:
                return who
        return None

    def _heading_voice(self, heading: str, release: Release) -> tuple[bool, str | None]:
        """Whether a title or byline marks a text in someone's own voice, and whose it names."""
        title_tokens = tokenize(heading)
        if self._own_patterns is None:
            self._own_patterns = _by_first_key(
                Pattern.of(w, proper=False) for w in self._words_of("own-voice")
            )
        own_patterns = self._own_patterns
        positions = [
            (i, i + len(p.keys))
            for i in range(len(title_tokens))
            for p in own_patterns.get(title_tokens[i].key, ())
            if p.matches(title_tokens, i)
        ]
        if not positions:
            return False, None
        mentions = self._short_mentions(heading)
        # "Declaration by the High Representative on behalf of the EU", "déclaration du haut
        # représentant, au nom de l'UE": the text is the body's the author speaks for.
        ministers = self._joint_ministers(release) if heading == release.meta.title else ()
        if ministers:
            return True, ministers[0]
        behalf = self._on_behalf_of(title_tokens, mentions, positions[0][1])
        if not behalf:
            behalf = self._on_behalf_of_person(title_tokens, mentions, positions[0][1], release)
        if behalf:
            return True, behalf
        for start, end in positions:
            # "NATO Secretary General statement": the speaker right before the word.
            before = [m for m in mentions if m.end in (start, start - 1)]
            # "Statement by the North Atlantic Council on …": the best speaker of the by-phrase,
            # which must open on a preposition and a name ("déclaration de son Président" has none).
            j = end
            while j < len(title_tokens) and title_tokens[j].key in _LINKING:
                j += 1
            # "Briefing by …": a word that ends on its preposition opens the by-phrase itself.
            linked = j > end or title_tokens[end - 1].key in _LINKING
            if not linked:
                who = self._principal_voice(heading, title_tokens, j, release)
                if who:
                    return True, who
            if linked:
                who = self._spokesperson_principal(heading, title_tokens, mentions, j, release)
                if who:
                    return True, who
            stop = j
            while stop < len(title_tokens) and title_tokens[stop].key not in _BY_PHRASE_END:
                stop += 1
            opens_on_name = (
                linked
                and j < len(title_tokens)
                and (
                    title_tokens[j].text[:1].isupper()
                    or j in {m.start for m in mentions}
                    # "Commentaire de la porte-parole du ministère …, Maria Zakharova, sur …"
                    or title_tokens[j].key in _SPOKESPERSON
                    # "Déclaration du commissaire Miguel Arias Cañete", "Statement by the minister …"
                    or title_tokens[j].key in self._person_titles
                )
            )
            after = [m for m in mentions if j <= m.start < stop] if opens_on_name else []
            for group in (after, before):
                ranked = sorted(group, key=lambda m: _speaker_rank(m.entry))
                for m in ranked:
                    # "Allocution du Secrétaire général" from the UN: the publisher's office first.
                    who = self._resolve_office(m, self._context_orgs(release), release)
                    if who:
                        return True, who
            # "Déclaration de la porte-parole", "Statement by the Spokesperson" with no one named:
            # the publisher's spokesperson.
            if linked and j < len(title_tokens) and title_tokens[j].key in _SPOKESPERSON:
                who = self._publisher_spokesperson(release)
                if who:
                    return True, who
        # "Q&R - Point de presse du 4 février 2019", naming no one: a ministry's briefing is its
        # spokesperson's.
        if self._briefing_patterns is None:
            self._briefing_patterns = _by_first_key(
                Pattern.of(w, proper=False) for w in self._words_of("briefings")
            )
        briefings = self._briefing_patterns
        if any(
            p.matches(title_tokens, i) for i, t in enumerate(title_tokens) for p in briefings.get(t.key, ())
        ):
            who = self._publisher_spokesperson(release) or self._answering_spokesperson(release)
            if who:
                return True, who
        # "Foreign Ministry Spokesperson's Regular Press Conference on …", "Briefing by Foreign Ministry
        # Spokeswoman, Moscow, …": a spokesperson the title names by the office alone is the publisher's,
        # else the one of the state its answers speak for.
        if any(t.key in _SPOKESPERSON for t in title_tokens):
            who = self._publisher_spokesperson(release) or self._answering_spokesperson(release)
            if who:
                return True, who
        return True, None

    def _after_on_behalf(self, tokens: list[Token], lo: int) -> list[int]:
        """Where the words after each "on behalf of" / "au nom de" from ``tokens[lo]`` on begin,
        past their articles."""
        if self._behalf_patterns is None:
            self._behalf_patterns = _by_first_key(
                Pattern.of(w, proper=False) for w in self._words_of("on-behalf")
            )
        behalf = self._behalf_patterns
        found: list[int] = []
        for i in range(lo, len(tokens)):
            pattern = next((p for p in behalf.get(tokens[i].key, ()) if p.matches(tokens, i)), None)
            if pattern is None:
                continue
            j = i + len(pattern.keys)
            while j < len(tokens) and tokens[j].key in _ARTICLES:
                j += 1
            found.append(j)
        return found

    def _on_behalf_of(self, tokens: list[Token], mentions: list[Mention], lo: int) -> str | None:
        """The organisation, body or state named right after "on behalf of" / "au nom de" from
        ``tokens[lo]`` on (articles between), in a heading whose ``mentions`` are given."""
        for j in self._after_on_behalf(tokens, lo):
            m = next((m for m in mentions if m.start == j), None)
            if m is not None and m.entry.kind in {"organisation", "body", "state"}:
                return m.entry.iri
        return None

    def _on_behalf_of_person(
        self, tokens: list[Token], mentions: list[Mention], lo: int, release: Release
    ) -> str | None:
        """The person named right after "on behalf of" / "au nom de" from ``tokens[lo]`` on, by name or
        by an office resolved to its holder that day: "Statement by the Spokesperson on behalf of
        Foreign Minister X", "The following statement was read on behalf of the Minister:", "… au nom
        du ministre X": the words are that person's, whoever gives them out."""
        for j in self._after_on_behalf(tokens, lo):
            # The office and the name of its holder ("Foreign Minister X"): the name, else the office.
            near = [m for m in mentions if j <= m.start < j + 4 and m.entry.kind in {"person", "office"}]
            # Only a title may stand before the name ("Foreign Minister", "Minister"), capitalised.
            if not near or not all(tokens[k].text[:1].isupper() for k in range(j, near[0].start)):
                continue
            orgs = self._context_orgs(release)
            for m in sorted(near, key=lambda m: m.entry.kind != "person"):
                who = self._resolve_office(m, orgs, release)
                if who and self._is_person(who):
                    return who
        return None

    def _publisher_spokesperson(self, release: Release) -> str | None:
        """The spokesperson of the publisher's organisation: the holder of its spokesperson office on
        the release's date, else a spokesperson actor of that organisation."""
        if not release.meta.publisher:
            return None
        mentions = self._short_mentions(release.meta.publisher)
        orgs = {m.entry.iri for m in mentions} | {
            m.entry.organisation for m in mentions if m.entry.organisation
        }
        return self._spokesperson_of(orgs, release)

    def _spokesperson_of(self, orgs: set[str], release: Release) -> str | None:
        """The spokesperson of one of ``orgs``: the holder of its spokesperson office on the release's
        date, else a spokesperson actor of it."""
        voice: str | None = None
        for e in self.vocab.entries.values():
            if e.organisation not in orgs or not any(
                fold(w) in _SPOKESPERSON for label in e.labels.get("en", ()) for w in label.split()
            ):
                continue
            if e.kind == "office":
                holder = self._holder_of(e.iri, release.meta.date)
                if holder:
                    return holder
            elif e.kind in {"person", "body", "organisation"} and voice is None:
                voice = e.iri
        return voice

    def _answering_spokesperson(self, release: Release) -> str | None:
        """Whose answers a ministry's briefing copied without its publisher gives ("Soudan – Q&R –
        Extrait du point de presse" taken from the page alone): the answers speak for a state ("R – La
        France condamne …", "A: China firmly opposes …"), so they are the spokesperson's of that state's
        foreign ministry. The state is the one the answers' sentences open on most often (an article
        before it allowed), none when two tie; a question names states too, so it is not read."""
        if release.meta.publisher:
            return None
        questions, answers = self._words_of("question-labels"), self._words_of("answer-labels")
        counts: dict[str, int] = {}
        answering = False
        for line in release.text.split("\n"):
            label = _turn_label(line)
            if label is not None:
                words = tokenize(label)
                if words and words[0].key in questions and len(words) <= 6:
                    answering = False
                    continue
                if len(words) == 1 and words[0].key in answers:
                    answering = True
                    line = line[line.find(label) + len(label) :].lstrip(" \t:–—-")
            if not answering:
                continue
            for sentence in _SENTENCE_BREAK.split(line.strip()):
                mentions = self._short_mentions(sentence)
                if not mentions or mentions[0].entry.kind != "state":
                    continue
                first = mentions[0]
                words = tokenize(sentence)
                if all(words[k].key in _ARTICLES for k in range(first.start)):
                    counts[first.entry.iri] = counts.get(first.entry.iri, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        state = max(counts, key=lambda iri: counts[iri])
        ministry = self._foreign_ministry(state)
        return self._spokesperson_of({ministry}, release) if ministry else None

    def _foreign_ministry(self, state: str) -> str | None:
        """The organisation of ``state`` a label of which says "Foreign Affairs" (looked for once per
        state: it reads every entry of the vocabulary)."""
        if state in self._ministries:
            return self._ministries[state]
        found: str | None = None
        for e in self.vocab.entries.values():
            if e.kind != "organisation" or e.organisation != state:
                continue
            names = [fold(label) for labels in e.labels.values() for label in labels]
            if any(words in name for name in names for words in _FOREIGN_AFFAIRS):
                found = e.iri
                break
        self._ministries[state] = found
        return found

    def _principal_voice(self, heading: str, tokens: list[Token], j: int, release: Release) -> str | None:
        """The principal in "Statement attributable to the Spokesman for the Secretary-General …" or
        "Déclaration attribuable au Porte-parole du Secrétaire général …", ``tokens[j]`` being the
        word after "Statement": the words are the principal's, the spokesperson only gives them out."""
        n = len(tokens)
        if j >= n or tokens[j].key not in _ATTRIBUTABLE:
            return None
        k = j + 1
        while k < n and (tokens[k].key in _LINKING or tokens[k].key in _TO):
            k += 1
        if k >= n or tokens[k].key not in _SPOKESPERSON:
            return None
        return self._principal_after(heading, tokens, k + 1, release)

    def _spokesperson_principal(
        self, heading: str, tokens: list[Token], mentions: list[Mention], j: int, release: Release
    ) -> str | None:
        """The person a statement's spokesperson speaks for, ``tokens[j]`` opening its by-phrase:
        "Statement by the Spokesperson for the Secretary-General", "Déclaration du Porte-parole du
        Secrétaire général" are the Secretary-General's words, as "attributable to" says, the
        spokesperson's office only giving them out. Not a spokesperson the vocabulary names as a voice
        of its own ("the Spokesperson of the EU High Representative"), nor one of a ministry."""
        if j >= len(tokens) or tokens[j].key not in _SPOKESPERSON:
            return None
        at = next((m for m in mentions if m.start == j), None)
        if at is not None and at.entry.kind != "office":
            return None
        who = self._principal_after(heading, tokens, j + 1, release)
        return who if who and self._is_person(who) else None

    def _principal_after(self, heading: str, tokens: list[Token], k: int, release: Release) -> str | None:
        """The principal a spokesperson word speaks for, ``tokens[k]`` being the word after it ("for
        the Secretary-General", "du Secrétaire général"): the office, person or body named up to the
        end of the by-phrase, the holder of an office that day."""
        n = len(tokens)
        if k >= n or tokens[k].key not in _OF_PRINCIPAL:
            return None
        while k < n and (tokens[k].key in _LINKING or tokens[k].key in _OF_PRINCIPAL):
            k += 1
        stop = k
        while stop < n and tokens[stop].key not in _BY_PHRASE_END:
            stop += 1
        if stop == k:
            return None
        orgs = self._context_orgs(release)
        named = self._short_mentions(heading[tokens[k].start : tokens[stop - 1].end])
        for m in sorted(named, key=lambda m: _speaker_rank(m.entry)):
            who = self._resolve_office(m, orgs, release)
            if who and m.entry.kind in {"office", "person", "body"}:
                return who
        return None

    def _first_person_publisher(
        self, release: Release, tokens: list[Token], quotes: list[tuple[int, int]]
    ) -> str | None:
        if _first_person_opens(release.text, tokens, quotes, self._first_person_words):
            return self._publisher_voice(release)
        return None

    def _spokespeople(self) -> list[tuple[str | None, str]]:
        """The persons, bodies and organisations of the vocabulary an English label of which names a
        spokesperson, with their organisations, in the vocabulary's order (found once)."""
        if self._spokespeople_memo is None:
            self._spokespeople_memo = [
                (e.organisation, e.iri)
                for e in self.vocab.entries.values()
                if e.kind in {"person", "body", "organisation"}
                and any(fold(w) in _SPOKESPERSON for label in e.labels.get("en", ()) for w in label.split())
            ]
        return self._spokespeople_memo

    def _masthead_publisher(self, release: Release) -> str | None:
        """Who publishes a copied page that gives no publisher, by the site's name above its title
        (the short lines before the first that is prose, other than the title and breadcrumbs):
        the organisation they name ("Federal Department of Foreign Affairs FDFA"), else the foreign
        ministry of the state they name with the words of one ("REPUBLIC OF TURKEY / MINISTRY OF
        FOREIGN AFFAIRS"): an organisation of that state a label of which says "Foreign Affairs"."""
        title = fold(release.meta.title)
        lines: list[str] = []
        for line in release.text.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES]:
            line = line.strip()
            if not line:
                continue
            if _is_prose(line) or _folds_whole_to(line, title):
                break
            lines.append(line)
        if not lines:
            return None
        head = " ".join(lines)
        mentions = self._short_mentions(head)
        org = next((m.entry.iri for m in mentions if m.entry.kind == "organisation"), None)
        if org is not None:
            return org
        return self._ministry_of_named_state(head, mentions)

    def _publisher_voice(self, release: Release) -> str | None:
        if not release.meta.publisher:
            return self._masthead_publisher(release)
        tokens = tokenize(release.meta.publisher)
        mentions = self._short_mentions(release.meta.publisher)
        ministry = self._ministry_of_named_state(release.meta.publisher, mentions)
        if any(t.key in _SPOKESPERSON for t in tokens):
            orgs = {m.entry.iri for m in mentions} | {
                m.entry.organisation for m in mentions if m.entry.organisation
            }
            if ministry:
                orgs.add(ministry)
            for organisation, iri in self._spokespeople():
                if organisation in orgs:
                    return iri
        # "Nations Unies, Secrétaire général": a bare office is the one of the organisation named with it.
        orgs = self._context_orgs(release)
        for m in sorted(mentions, key=lambda m: _speaker_rank(m.entry)):
            who = self._resolve_office(m, orgs, release)
            if who:
                return who
            if m.entry.kind == "state" and ministry:
                return ministry
            if m.entry.kind in {"organisation", "state"}:
                return m.entry.iri
        return None

    def _ministry_of_named_state(self, publisher: str, mentions: Sequence[Mention]) -> str | None:
        """The foreign ministry of the one state a publisher names with the words of one, when it names
        no organisation: "République du Sénégal, Ministère de l'Intégration africaine et des Affaires
        étrangères" is the ministry, whose long and changing names the vocabulary cannot all hold;
        the state alone would make a communiqué's "Le Sénégal condamne …" the state's, not its
        ministry's voice."""
        if any(m.entry.kind == "organisation" for m in mentions):
            return None
        folded = fold(publisher)
        if not any(words in folded for words in _FOREIGN_AFFAIRS):
            return None
        states = {m.entry.iri for m in mentions if m.entry.kind == "state"}
        if len(states) != 1:
            return None
        (state,) = states
        return self._foreign_ministry(state)

    def _quote_speaker(self, ctx: _Context, quote: tuple[int, int], lang: str) -> str | None:
        """Who said a quote: a speaker named by a reporting verb next to it, else the last one. A
        reporting clause that names someone the vocabulary does not know ("said the Mayor of Kharkiv")
        leaves the quote without a speaker rather than lending it to the last one."""
        tokens = ctx.tokens
        text = ctx.release.text
        n = len(tokens)
        qs, qe = quote
        # After the closing mark: ", a indiqué M. Stoltenberg." / ", he said." / " the statement added".
        # Not past the paragraph, nor into the next sentence when the quote ends its own ("… Ukraine.”
        # Mr X then said that …"), unless that sentence is no more than a short attribution ("Mr X said.").
        j = qe + 1
        end = j
        closed = qe < n and tokens[qe].text in _QUOTE_MARKS and not _paragraph_break(text, tokens, qe)
        if closed and j < n and not _paragraph_break(text, tokens, j):
            while (
                end < n
                and (tokens[end].text not in {".", "!", "?", "«", "“"} or _abbreviation(tokens, end))
                and end - j < 14
                and not _paragraph_break(text, tokens, end)
            ):
                end += 1
            if tokens[qe - 1].text in {".", "!", "?"} and tokens[j].text[:1].isupper():
                short = end - j <= 8 and end < n and tokens[end].text == "."
                if not short or any(tokens[k].key in _CLAUSE_OPENERS for k in range(j, end)):
                    end = j
        if end > j:
            who = self._inverted_incise_speaker(ctx, j, lang)
            if who:
                return who
            who = self._speaker_in(ctx, j, end, lang, need_verb=True)
            if who:
                return who
            if self._names_unknown_speaker(ctx, j, end, lang):
                return None
        # Inside the marks, a reporting clause between commas or before a stop, as French quotes
        # carry it without closing and opening again: « …, a souligné M. X. La Belgique … ».
        who = self._inner_incise_speaker(ctx, qs, qe, lang)
        if who:
            return who
        # Before the opening mark in the same sentence: "He condemned …, saying “…”"; or at the end of
        # the paragraph before, when it announces the quote: "The Secretary General said: ¶ “…”".
        start = qs - 1
        while (
            start > 0
            and (tokens[start - 1].text not in {".", "!", "?", "»", "”"} or _abbreviation(tokens, start - 1))
            and qs - start < 30
        ):
            announced = start == qs - 1 and tokens[start - 1].text == ":"
            if _paragraph_break(text, tokens, start) and not announced:
                break
            start -= 1
        known, who = self._speaker_before(ctx, start, qs, lang)
        if known:
            return who
        if ctx.focus:
            return ctx.focus
        return ctx.voice

    def _inner_incise_speaker(self, ctx: _Context, qs: int, qe: int, lang: str) -> str | None:
        """The speaker an incise inside a quote names: a comma, a reporting verb (after an
        auxiliary, or inverted with its pronoun: "a-t-il ajouté"), then the speaker, up to the next
        comma or stop inside the quote (« Nous avons proposé notre aide, a souligné M. X. La
        Belgique … », "We stand ready, the Minister said, to help")."""
        tokens = ctx.tokens
        for v in self._reporting_in(tokens, qs, qe, lang):
            c = v - 1
            while c > qs and v - c <= 2 and tokens[c].key in _COMMA_AUXILIARIES:
                c -= 1
            if tokens[c].text != "," or c <= qs:
                # "…, the Minister said, …": the subject before the verb, after the comma.
                c = next((i for i in range(v - 1, max(qs, v - 5), -1) if tokens[i].text == ","), -1)
                if c < 0:
                    continue
            end = v + 1
            while (
                end < qe
                and (tokens[end].text not in {",", ".", "!", "?", ";"} or _abbreviation(tokens, end))
                and end - v < 8
            ):
                end += 1
            if end >= qe:
                continue  # the clause runs to the closing mark: words of the quote, not an incise
            who = self._speaker_in(ctx, c + 1, end, lang, need_verb=True)
            if who:
                return who
        return None

    def _inverted_incise_speaker(self, ctx: _Context, j: int, lang: str) -> str | None:
        """The speaker that closes an inverted reporting clause after a quote when other words come
        between the verb and that name: "…,” said on Thursday in Brussels, at a press conference with
        the Foreign Minister of Ukraine, NATO Secretary General Jens Stoltenberg." (the name ends the
        sentence, after a comma; a name right after the verb is read by the caller)."""
        tokens = ctx.tokens
        text = ctx.release.text
        n = len(tokens)
        v = j
        while v < n and v - j < 3 and (tokens[v].text == "," or tokens[v].key in _COMMA_AUXILIARIES):
            v += 1
        if v >= n or not self._reporting_at(tokens, v, lang):
            return None
        k = v + 1
        while k < n and tokens[k].key in _BEFORE_NAME:
            k += 1
        if k < n and ctx.mention_at.get(k) is not None:
            return None  # "said Mr X …", "a déclaré M. X …"
        end = v + 1
        while (
            end < n
            and (tokens[end].text not in {".", "!", "?", "«", "“", "»", "”"} or _abbreviation(tokens, end))
            and end - v < _INCISE_REACH
            and not _paragraph_break(text, tokens, end)
        ):
            end += 1
        if end >= n or tokens[end].text not in {".", "!", "?"}:
            return None
        m = ctx.mention_at.get(end - 1)
        if m is None or m.entry.kind not in _PEOPLE:
            return None
        # The name, its title and apposition open after the last comma of the clause.
        comma = next((c for c in range(m.start - 1, v, -1) if tokens[c].text == ","), None)
        if comma is None or not all(
            tokens[c].text[:1].isupper() or tokens[c].key in _BEFORE_NAME or tokens[c].key in _LINKING
            for c in range(comma + 1, m.start)
        ):
            return None  # "…, lors d'une rencontre avec M. X.": X is met, not the speaker
        who = self._mention_speaker(ctx, m)
        if who and self._is_person(who):
            ctx.focus = who
        return who

    def _speaker_before(self, ctx: _Context, lo: int, hi: int, lang: str) -> tuple[bool, str | None]:
        """The speaker of a quote introduced in the words before it (``lo``..``hi``), and whether these
        words say who it is: the subject of the last reporting verb there ("Addressing Ms X, the
        Secretary General said: “…”"), the antecedent of "who said" ("… met Ms X, who said: “…”"); the
        first one named when that verb has no subject of its own ("…, saying “…”") or there is no verb
        ("According to Mr X, “…”"). ``(True, None)``: the subject is someone the vocabulary does not know."""
        tokens = ctx.tokens
        verbs = self._reporting_in(tokens, lo, hi, lang)
        if not verbs:
            who = self._speaker_in(ctx, lo, hi, lang, need_verb=False)
            return who is not None, who
        v = verbs[-1]
        seg = next((k + 1 for k in range(v - 1, lo - 1, -1) if tokens[k].text in {",", ";", ":"}), lo)
        key = tokens[v].key
        participle = key.endswith(("ing", "ant"))
        relative = seg < v and tokens[seg].key in _CLAUSE_OPENERS
        third = self._third_person_words
        if not participle and not relative:
            for k in range(seg, v):
                m = ctx.mention_at.get(k)
                if m is not None and m.start == k:
                    who = self._mention_speaker(ctx, m)
                    if who:
                        ctx.focus = who if self._is_person(who) else ctx.focus
                        return True, who
                if _third_person(tokens[k].key, third) and ctx.focus:
                    return True, ctx.focus
            if self._names_unknown_speaker(ctx, seg, v + 1, lang):
                return True, None
            # Inverted: "said the Secretary General: “…”", "a déclaré M. Stoltenberg : « … »".
            who = self._speaker_in(ctx, v + 1, hi, lang, need_verb=False)
            if who:
                return True, who
            if self._names_unknown_speaker(ctx, v, hi, lang):
                return True, None
        if relative:
            # The antecedent of "who said": the speaker named last before it.
            for k in range(seg - 1, lo - 1, -1):
                m = ctx.mention_at.get(k)
                who = self._mention_speaker(ctx, m) if m is not None else None
                if who:
                    ctx.focus = who if self._is_person(who) else ctx.focus
                    return True, who
            return False, None
        who = self._speaker_in(ctx, lo, hi, lang, need_verb=False)
        return who is not None, who

    def _names_unknown_speaker(self, ctx: _Context, lo: int, hi: int, lang: str) -> bool:
        """A reporting clause with a subject of its own that is no known speaker: a name ("said Mr Smith",
        "the Ministry said") or a description ("a déclaré le ministre"), not a pronoun or "we"."""
        tokens = ctx.tokens
        if not self._reporting_in(tokens, lo, hi, lang):
            return False
        first = self._first_person_words
        if any(tokens[k].key in first for k in range(lo, hi)):
            return False
        return any(
            tokens[k].text not in _QUOTE_MARKS
            and (tokens[k].key in _DEFINITE or (tokens[k].text[:1].isupper() and tokens[k].key.isalpha()))
            for k in range(lo, hi)
        )

    def _speaker_in(self, ctx: _Context, lo: int, hi: int, lang: str, need_verb: bool) -> str | None:
        tokens = ctx.tokens
        has_verb = bool(self._reporting_in(tokens, lo, hi, lang))
        if need_verb and not has_verb:
            return None
        third = self._third_person_words
        for k in range(lo, hi):
            m = ctx.mention_at.get(k)
            if (
                m is not None
                and m.start == k
                and any(t.key in _SPOKESPERSON for t in tokens[m.end : min(hi, m.end + 2)])
            ):
                continue  # "the High Representative's spokesperson": the spokesperson speaks
            if m is not None and m.start == k:
                who = self._mention_speaker(ctx, m)
                if who:
                    ctx.focus = who if self._is_person(who) else ctx.focus
                    self._note_partners(ctx, who, self._joined_after(ctx, m, hi))
                    return who
            if _third_person(tokens[k].key, third) and ctx.focus:
                return ctx.focus
            if tokens[k].key in self._plural_words and ctx.joint_focus is not None and ctx.group_last:
                ctx.found_partners = ctx.joint_focus  # "…,” they added.
                return ctx.joint_focus[0]
            if tokens[k].key in {"statement", "declaration", "communique", *_SPOKESPERSON} and ctx.voice:
                return ctx.voice
        return None

    def _mention_speaker(self, ctx: _Context, m: Mention, *, opening: bool = False) -> str | None:
        if ctx.speaker_orgs is None:
            ctx.speaker_orgs = self._context_orgs(ctx.release) | ctx.voice_orgs
        who = self._resolve_office(m, ctx.speaker_orgs, ctx.release)
        if who:
            return who
        if ctx.voice:
            return ctx.voice if m.entry.iri in ctx.voice_orgs else None
        # A release in no one's own voice: its publisher speaks when the subject that opens the
        # sentence is the publisher or the state it belongs to ("La France condamne …" in a
        # communiqué of the French ministry, "The United States condemns …" in one of the State
        # Department).
        # "In a statement, the Ministry condemned …": the publisher named again by its own head noun
        # speaks wherever it stands; another actor only opening the sentence.
        if not opening and (m.how != "anaphor" or m.entry.iri != self._publisher_voice(ctx.release)):
            return None
        if ctx.publisher_orgs is None:
            publisher = self._publisher_voice(ctx.release)
            ctx.publisher_orgs = self._orgs_of(publisher, ctx.release)
            # "Foreign Secretary condemns …" over "The UK condemns …": the person the title has
            # speak speaks for the publisher in the text.
            ctx.publisher = self._title_subject(ctx.release) or publisher
        if ctx.publisher and m.entry.iri in ctx.publisher_orgs:
            return ctx.publisher
        return None

    def _infinitive_speech_between(self, tokens: list[Token], lo: int, hi: int, lang: str) -> bool:
        """Whether a verb in the infinitive after "to"/"pour" stands between ``lo`` and ``hi`` ("…
        Council to address …", "… Conseil pour répondre …"): a word in lower case after the marker,
        no article, possessive or pronoun."""
        for j in range(lo + 1, hi):
            if tokens[j - 1].key not in _INFINITIVE_MARKERS or not tokens[j].text[:1].islower():
                continue
            key = tokens[j].key
            if key in _DEFINITE or key in _BEFORE_NAME or key in self._first_person_words:
                continue
            if key in self._third_person_words or not key.isalpha():
                continue
            return True
        return False

    def _state_form_start(self, tokens: list[Token], start: int, m: Mention) -> int:
        """Where the name of a state begins with the words of its form before it ("The Kingdom of
        Saudi Arabia", "the Government of Egypt", "Le Gouvernement du Sénégal"): the first of them,
        else the mention's own start."""
        k = m.start
        of = k - 1
        if of - 1 > start and tokens[of].key in _ARTICLES:
            of -= 1  # "Le Gouvernement de la République du Sénégal"
        if m.entry.kind != "state" or of <= start or tokens[of].key not in _OF:
            return k
        j = of
        forms = self._state_forms
        while j > start and tokens[j - 1].key in forms and tokens[j - 1].text[:1].isupper():
            j -= 1
        return j if j < of else k

    def _own_state_noun_speaker(self, ctx: _Context, s: _Sentence, k: int, v: int) -> str | None:
        """The publisher, in a release in no one's own voice from a state's ministry, when the
        sentence's subject before the verb at ``v`` is a noun that ministry names itself or its state
        with ("The Ministry of Foreign Affairs calls on …", "The Kingdom calls on …", "Le Royaume
        appelle …"), capitalised after the article at ``k`` and naming no one else."""
        # A ministry's full name runs long ("Le Ministère de l'Intégration africaine et des Affaires
        # étrangères condamne …").
        if ctx.voice or k + 1 >= v or v - k > 14:
            return None
        tokens = ctx.tokens
        head = tokens[k + 1]
        if tokens[k].key not in _ARTICLES or head.key not in self._own_state_nouns:
            return None
        if not head.text[:1].isupper():
            return None
        if ctx.publisher_orgs is None:
            publisher = self._publisher_voice(ctx.release)
            ctx.publisher_orgs = self._orgs_of(publisher, ctx.release)
            ctx.publisher = self._title_subject(ctx.release) or publisher
        # "The Ministry of Foreign Affairs calls …": words of its name up to the verb, no other actor
        # than its own state ("Le Ministère des Affaires étrangères et des Sénégalais de l'Extérieur").
        for j in range(k + 2, v):
            named = ctx.mention_at.get(j)
            if named is not None and named.entry.iri not in ctx.publisher_orgs:
                return None
            if not tokens[j].text[:1].isalpha():
                return None
        entries = self.vocab.entries
        for iri in ctx.publisher_orgs:
            e = entries.get(iri)
            if e is not None and e.kind == "state":
                return ctx.publisher
        return None

    def _title_subject(self, release: Release) -> str | None:
        """The person a title opens on as the subject of a stance or reporting verb ("Foreign Secretary
        condemns …", "Ukraine – Jean-Yves Le Drian salue …"), after a subject line at most."""
        lang = release.meta.lang
        title = tokenize(release.meta.title)
        if not title:
            return None
        opens = {0}
        for k in range(min(len(title), _TITLE_SUBJECT_LINE)):
            if title[k].text in _TITLE_SEPARATORS:
                opens.add(k + 1)
        keys = _keys_of(title)
        for m in self._short_mentions(release.meta.title):
            start = m.start - 1 if m.start > 0 and title[m.start - 1].key in _ARTICLES else m.start
            if start not in opens or m.end >= len(title) or m.entry.kind not in _PEOPLE:
                continue
            v = m.end
            if self._is_adverb(keys[v], lang) and v + 1 < len(title):
                v += 1  # "Foreign Secretary strongly condemns …"
            verbs = [
                cue
                for index in (self._cues.get(lang), self._reporting.get(lang))
                if index is not None
                for _p, cue in index.match(title, keys, v)
            ]
            if not any(cue.kind == "verb" or cue.kind == "reporting" for cue in verbs):
                return None
            who = self._resolve_office(m, self._context_orgs(release), release)
            return who if who and self._is_person(who) else None
        return None

    def _shared_subject(self, ctx: _Context, s: _Sentence, v: int, lang: str) -> str | None:
        """The speaker a sentence opens on, when the verb at ``v`` follows "and"/"et" (auxiliaries and
        adverbs between) and shares the subject of the verb before it."""
        tokens = ctx.tokens
        c = v - 1
        while c > s.start and (
            tokens[c].key in _COORDINATED_AUXILIARIES or self._is_adverb(tokens[c].key, lang)
        ):
            c -= 1
        if c <= s.start or tokens[c].key not in _AND or c in ctx.quote_at:
            return None
        k = s.start
        while k < c and tokens[k].key in _BEFORE_NAME:
            k += 1  # "The", "Mr", "M."
        m = ctx.mention_at.get(k)
        if m is None or m.start > k or m.end >= c:
            return None
        # Only a name that is the subject of a verb of its own before the "and" ("Mr X and Ms Y
        # condemned" is one subject of two names, read by the caller).
        if not any(tokens[j].key[:1].isalpha() and tokens[j].text[:1].islower() for j in range(m.end, c)):
            return None
        who = self._mention_speaker(ctx, m, opening=True)
        if who and self._is_person(who):
            ctx.focus = who
        return who

    def _note_partners(self, ctx: _Context, who: str, partners: tuple[str, ...]) -> None:
        """Records that ``who`` was named as a subject together with ``partners`` (none: alone)."""
        if partners:
            ctx.found_partners = ctx.joint_focus = (who, partners)
        else:
            ctx.found_partners = None
        ctx.group_last = bool(partners)  # "they" names the group only while no one else spoke since

    def _joint_speaker(self, ctx: _Context, m: Mention) -> str | None:
        """The person a mention of a person or an office names as a speaker, else None."""
        if m.entry.kind not in _PEOPLE:
            return None
        who = self._mention_speaker(ctx, m)
        return who if who and self._is_person(who) else None

    def _joined_before(self, ctx: _Context, s: _Sentence, m: Mention) -> tuple[str, ...]:
        """The persons named with ``m`` before it as one subject: "X and Y", "X, Y and Z", "le
        président X, ministre de …, et la secrétaire générale Y" (names, titles, articles,
        prepositions and commas only, back to the sentence's start or a dash or colon)."""
        tokens = ctx.tokens
        who = self._joint_speaker(ctx, m)
        k = m.start - 1
        while k >= s.start:
            # "OSCE Secretary General Helga Maria Schmid": the title before the name is the same person.
            before = ctx.mention_at.get(k)
            if (
                before is not None
                and before.entry.kind == "office"
                and self._joint_speaker(ctx, before) in {who, None}
            ):
                k = before.start - 1
            elif tokens[k].key in _BEFORE_NAME or tokens[k].text == ",":
                k -= 1  # "… and Ms Y", "…, et la Haute représentante de l'UE, Federica Mogherini, ont …"
            else:
                break
        if k < s.start or tokens[k].key not in _AND:
            return ()
        found: list[str] = []
        j = k - 1
        while j >= s.start:
            t = tokens[j]
            mm = ctx.mention_at.get(j)
            if mm is not None:
                other = self._joint_speaker(ctx, mm)
                if other and other not in found:
                    found.append(other)
                j = mm.start - 1
                continue
            if t.text in _TITLE_SEPARATORS or t.text in {";", "(", ")"}:
                break
            if not (
                t.text == ","
                or t.key in _AND
                or t.key in _LINKING
                or t.key in _BEFORE_NAME
                or t.text[:1].isupper()
            ):
                return ()
            j -= 1
        joint = ctx.joint_focus
        if not found and joint is not None and (who == joint[0] or who in joint[1]):
            # "The Chairman-in-Office and the Secretary General …" after they were named in full: a
            # title the vocabulary does not know beside one of the last group is that group again.
            return tuple(x for x in (joint[0], *joint[1]) if x != who)
        return tuple(x for x in reversed(found) if x != who)

    def _joined_after(self, ctx: _Context, m: Mention, hi: int) -> tuple[str, ...]:
        """The persons named with ``m`` after it, joined by "and"/"et" (and commas): "said X and Y"."""
        tokens = ctx.tokens
        who = self._joint_speaker(ctx, m)
        found: list[str] = []
        joined = False
        k = m.end
        while k < hi:
            key = tokens[k].key
            if tokens[k].text == "," or key in _AND or key in _BEFORE_NAME:
                joined = joined or key in _AND
                k += 1
                continue
            mm = ctx.mention_at.get(k)
            other = self._joint_speaker(ctx, mm) if mm is not None and mm.start == k else None
            if mm is None or other is None:
                break
            if other != who and other not in found:
                found.append(other)
            k = mm.end
        return tuple(found) if joined else ()

    def _is_person(self, iri: str) -> bool:
        e = self.vocab.entries.get(iri)
        return bool(e and e.kind == "person") or iri in self._unlisted

    def _sentence_speaker(self, ctx: _Context, s: _Sentence, lang: str) -> tuple[str | None, str]:
        tokens = ctx.tokens
        in_quote = ctx.quote_at

        def in_name(k: int) -> bool:
            # "NRC member states", "the Council's statement": a word inside a name is not a verb; nor
            # is the first word of a longer name ("The State of Qatar condemns …": "State" is no "state").
            m = ctx.mention_at.get(k)
            return m is not None and (m.start < k or m.end > k + 1)

        if ctx.speaking is None:
            # The words that speak: reporting verbs; in a text in someone's own voice, others speak
            # only through them; else also non-agentive cues.
            reporting = self._reporting.get(lang)
            found = set(reporting.positions(tokens)) if reporting else set()
            if not ctx.voice:
                keys = _keys_of(tokens)
                found.update(
                    k
                    for k, hits in self._cue_index(lang).positions(tokens).items()
                    if any(
                        not cue.agentive
                        and not _noun_homograph(keys, k, cue)
                        and not (cue.kind == "verb" and _noun_use(keys, k, lang))
                        for _, cue in hits
                    )
                )
            ctx.speaking = sorted(found)
        speaking = ctx.speaking[_bisect(ctx.speaking, s.start) : _bisect(ctx.speaking, s.end)]

        third = self._third_person_words
        first = self._first_person_words
        # "Nous sommes satisfaits que le Conseil ait réaffirmé …": a sentence whose subject is the first
        # person is the text's own voice; whoever else speaks in it is only reported.
        opener = s.start
        while opener < s.end and tokens[opener].text in _QUOTE_MARKS:
            opener += 1
        if ctx.voice and opener < s.end and opener not in in_quote and tokens[opener].key in first:
            return ctx.voice, "voice"
        # "According to the Secretary General, …", "Selon M. Stoltenberg, …": the one named after it.
        if ctx.according_starts is None:
            firsts = self._according_firsts
            ctx.according_starts = _where(ctx.keys, firsts)
        starts = ctx.according_starts
        for k in starts[_bisect(starts, s.start) : _bisect(starts, s.end)]:
            if k in in_quote:
                continue
            pattern = next((p for p in self._according if p.matches(tokens, k)), None)
            if pattern is None:
                continue
            lo = k + len(pattern.keys)
            hi = next((j for j in range(lo, min(s.end, lo + 8)) if tokens[j].text == ","), min(s.end, lo + 8))
            who = self._speaker_in(ctx, lo, hi, lang, need_verb=False)
            if who:
                return who, "according"
        # The speaking words outside quotes and names. A reporting verb that closes the reported
        # words after a comma names its speaker beside it, wherever it stands ("Mr Lavrov's claims
        # are false, said Mr Stoltenberg"); otherwise the first speaking word decides.
        words = [k for k in speaking if k not in in_quote and not in_name(k)]
        # "welcomes the peace plan and the ceasefire he announced": in a text in its own voice, a
        # reporting verb in a relative clause with no pronoun of its own speaks for no one.
        if ctx.voice:
            words = [k for k in words if not self._in_contact_relative(tokens, s, k, lang)]
            # "The EU will consider all options ahead of the next Foreign Affairs Council to address …",
            # "… du Conseil des affaires étrangères pour répondre …": a reporting verb in the infinitive
            # after "to"/"pour" has the main clause's subject, not the name just before it.
            words = [k for k in words if k == s.start or tokens[k - 1].key not in _INFINITIVE_MARKERS]
        # "Welcoming the ministers, Mr Stoltenberg called on …", "S'exprimant après la réunion,
        # M. Stoltenberg a condamné …": a participle that opens the sentence before a comma hangs
        # on the subject after the comma; the verb after it decides.
        if len(words) > 1 and _fronted_participle(tokens, s, words[0], words[1]):
            words = words[1:]
        for k in words:
            if self._reporting_at(tokens, k, lang):
                who, how = self._closing_speaker(ctx, s, k)
                if who:
                    return who, how
        if words:
            v = words[0]
            # "Mr X met Ms Y in Brussels and condemned …", "M. X a rencontré Mme Y et a condamné …": a
            # verb joined to an earlier one by "and"/"et" has that verb's subject, the sentence's
            # opening name, not the object named just before.
            shared = self._shared_subject(ctx, s, v, lang)
            if shared is not None:
                return shared, "voice" if shared == ctx.voice and ctx.voice else "subject"
            # The subject: the nearest speaker before the verb, outside quotes.
            for k in range(v - 1, s.start - 1, -1):
                if k in in_quote:
                    continue
                m = ctx.mention_at.get(k)
                if m is not None and self._passive_agent(tokens, s, m.start, m.end):
                    continue  # "le sommet, coprésidé par le président X, …": X is no subject
                # "The EU will consider all options ahead of the next Foreign Affairs Council to
                # address the killing … and the way the forces have responded": in a text in its own
                # voice, a name before an infinitive of speech is that infinitive's, not the subject of
                # a reporting verb further on.
                if m is not None and ctx.voice and self._infinitive_speech_between(tokens, m.end, v, lang):
                    continue
                if m is not None:
                    # Only the name that opens the sentence may stand for the publisher.
                    named_from = self._state_form_start(tokens, s.start, m)
                    if named_from > s.start and tokens[named_from - 1].key in _ARTICLES:
                        named_from -= 1
                    opening = named_from == s.start or _after_dateline(tokens, s.start, named_from)
                    who = self._mention_speaker(ctx, m, opening=opening)
                    if who:
                        if self._is_person(who):
                            ctx.focus = who
                            # "The Chairman-in-Office and the Secretary General reiterated …"
                            self._note_partners(ctx, who, self._joined_before(ctx, s, m))
                        elif not ctx.voice:
                            ctx.body_focus = who
                        return who, "voice" if who == ctx.voice and ctx.voice else "subject"
                    continue
                if _third_person(tokens[k].key, third) and ctx.focus:
                    ctx.group_last = False
                    return ctx.focus, "pronoun"
                if tokens[k].key in self._plural_words and ctx.joint_focus is not None and ctx.group_last:
                    ctx.found_partners = ctx.joint_focus  # "They also called for …"
                    return ctx.joint_focus[0], "pronoun"
                # "The Council reiterates its call … It also reiterates …": in a text in no one's voice,
                # "it" opening the sentence is the body last named as a subject.
                if k == s.start and tokens[k].key == "it" and ctx.body_focus and not ctx.voice:
                    return ctx.body_focus, "pronoun"
                # "La Suisse condamne … Elle appelle …": French has no "it"; "il"/"elle" is that body
                # while no person has been a subject.
                if k == s.start and self._body_pronoun(ctx, tokens[k].key):
                    return ctx.body_focus, "pronoun"
                if tokens[k].key in first and ctx.voice:
                    return ctx.voice, "voice"
                if k == s.start or _after_dateline(tokens, s.start, k):
                    own = self._own_state_noun_speaker(ctx, s, k, v)
                    if own:
                        return own, "subject"
            # Inverted: "a indiqué M. Stoltenberg", "said the spokesperson". A verb's form written
            # with a capital inside the sentence is a word of a name or title ("has detained State
            # Counsellor X"), not a verb.
            if self._reporting_at(tokens, v, lang) and (v == s.start or not tokens[v].text[:1].isupper()):
                who = self._speaker_in(
                    ctx, v + 1, _inverted_end(ctx, v, min(s.end, v + 6)), lang, need_verb=False
                )
                if who:
                    return who, "inverted"
        # A sentence that opens on a person sets who "il"/"he" will mean next.
        for k in range(s.start, min(s.end, s.start + 5)):
            m = ctx.mention_at.get(k)
            if m is not None:
                if m.start > s.start and tokens[m.start - 1].key in _HEAD_PREPOSITIONS:
                    break  # "In her conversation with X, she …": X is whom she spoke with
                who = self._mention_speaker(ctx, m)
                if who and self._is_person(who):
                    ctx.focus = who
                break
        if ctx.voice:
            named = self._person_before_cue(ctx, s, lang)
            if named is not None:
                return named, "subject"
            return ctx.voice, "voice"
        return None, ""

    def _person_before_cue(self, ctx: _Context, s: _Sentence, lang: str) -> str | None:
        """In a text in its own voice, a person named as the subject of the sentence's first cue verb
        ("La ministre des Affaires étrangères, X, condamne …", "Minister X strongly condemned …"):
        that person speaks, not the voice. Only a comma, adverbs, auxiliaries or a negation may
        stand between the name and the verb, and nothing of a quote."""
        tokens = ctx.tokens
        if ctx.cue_verbs is None:
            keys = ctx.keys
            ctx.cue_verbs = sorted(
                k
                for k, hits in self._cue_index(lang).positions(tokens).items()
                if any(c.kind == "verb" and not c.agentive and not _noun_use(keys, k, lang) for _p, c in hits)
            )
        verbs = ctx.cue_verbs
        n = _bisect(verbs, s.start)
        if n >= len(verbs) or verbs[n] >= s.end:
            return None
        v = verbs[n]
        k = v - 1
        while k >= s.start and (
            tokens[k].text == ","
            or tokens[k].key in _COMMA_AUXILIARIES
            or tokens[k].key in self._negation
            or self._is_adverb(tokens[k].key, lang)
        ):
            k -= 1
        if k < s.start or k in ctx.quote_at:
            return None
        m = ctx.mention_at.get(k)
        if m is None and k == s.start:
            return self._focus_pronoun(ctx, tokens[k].key)
        if m is None or m.end != k + 1 or self._passive_agent(tokens, s, m.start, m.end):
            return None
        if any(j in ctx.quote_at for j in range(m.start, v)):
            return None
        if ctx.speaker_orgs is None:
            ctx.speaker_orgs = self._context_orgs(ctx.release) | ctx.voice_orgs
        who = self._resolve_office(m, ctx.speaker_orgs, ctx.release)  # "le Secrétaire général": whose
        if who is None or who == ctx.voice or not self._is_person(who):
            return None
        ctx.focus = who
        return who

    def _body_pronoun(self, ctx: _Context, key: str) -> bool:
        """Whether a French "il"/"elle" opening a sentence in no one's voice stands for the body last
        named as a subject: only while no person has been one, as "il"/"elle" is a person's first."""
        return key in _FR_THIRD_SINGULAR and bool(ctx.body_focus) and not ctx.voice and not ctx.focus

    def _focus_pronoun(self, ctx: _Context, key: str) -> str | None:
        """ "Il exige …", "He calls on …" opening a sentence right before its first cue verb, in the
        text of an organisation ("Le Président de la Commission condamne … Il exige …" in the
        Commission's communiqué): the person last named as a subject, not the organisation (which is
        no "il" or "he" of a sentence after a person's)."""
        if key not in _PERSONAL_PRONOUNS or not ctx.focus or not ctx.voice or self._is_person(ctx.voice):
            return None
        return ctx.focus

    def _passive_agent(self, tokens: list[Token], s: _Sentence, start: int, end: int) -> bool:
        """Whether the name at ``start`` to ``end`` is the agent of a participle ("chaired by
        President X", "coprésidé par le président X", "presented by the Secretary General"): "by"/"par"
        before it, an article and the words of a title between; not when a relative clause it opens
        follows ("joined by Ms X, who called on …": the clause is X's)."""
        if end + 1 < s.end and tokens[end].text == "," and tokens[end + 1].key in {"who", "qui"}:
            return False
        k = self._before_title(tokens, s, start)
        if k >= s.start and tokens[k].key in {"by", "par"}:
            return True
        # "coprésidé par le président X et le Premier ministre chinois Y": Y is an agent too.
        if k > s.start and tokens[k].key in {"and", "et"}:
            j = k - 1
            while j > s.start and k - j <= 6 and tokens[j].text[:1].isupper() and _name_word(tokens[j].key):
                j -= 1  # the first agent's name ("Jean-Claude Juncker")
            if j < k - 1:
                b = self._before_title(tokens, s, j + 1)
                return b >= s.start and tokens[b].key in {"by", "par"}
        return False

    def _before_title(self, tokens: list[Token], s: _Sentence, start: int) -> int:
        """The token before the article, title, honorific and nationality words that precede a name
        starting at ``start`` (at most five)."""
        k = start - 1
        while (
            k > s.start
            and start - k <= 5
            and (
                tokens[k].key in _ARTICLES
                or tokens[k].key in self._person_titles
                or tokens[k].key in _TITLE_MODIFIERS
                or tokens[k].key in self._honorifics
                or tokens[k].key in self._demonym_keys
                or tokens[k].text == "."  # "M.", "Mr."
            )
        ):
            k -= 1
        return k

    def _in_contact_relative(self, tokens: list[Token], s: _Sentence, k: int, lang: str) -> bool:
        """Whether the verb at ``k`` is in a relative clause that hangs on a noun with no relative
        pronoun: "the ceasefire he announced", "the plan she presented" (a pronoun right before the
        verb, a lower-case noun right before the pronoun)."""
        if lang != "en" or k - 2 <= s.start:
            return False
        pronoun, noun = tokens[k - 1], tokens[k - 2]
        return (
            _third_person(pronoun.key, self._third_person_words)
            and noun.key.isalpha()
            and noun.text.islower()
            and noun.key not in _CLAUSE_LINKS
            and not self._is_adverb(noun.key, lang)
        )

    def _first_person_relative(self, ctx: _Context, s: _Sentence, hit: CueHit, lang: str) -> bool:
        """Whether a cue stands in a relative clause whose subject is the first person: "announced the
        end of the talks and what we now call the X agreement", "the plan, which we fully support", "ce
        que nous dénonçons". Its words are the text's own, not those of the one the sentence names as
        its subject."""
        keys = ctx.keys
        k = hit.start - 1
        skipped = 0
        while k > s.start and skipped < _RELATIVE_GAP and (
            self._is_adverb(keys[k], lang) or keys[k] in _RELATIVE_AUXILIARIES
        ):
            k -= 1
            skipped += 1
        if k <= s.start or k in ctx.quote_at or keys[k] not in _FIRST_PERSON_SUBJECTS:
            return False
        relative = keys[k - 1]
        if relative in _FIRST_PERSON_RELATIVES:
            return True
        # "que" after a verb opens what is said ("a déclaré que nous …"); after "ce", a comma or a
        # name it opens a relative clause ("les accords de Minsk, que nous soutenons").
        if relative not in {"que", "qu'"} or k - 2 < s.start:
            return False
        before = ctx.tokens[k - 2].text
        return before in {"ce", ","} or (before[:1].isupper() and k - 2 > s.start)

    def _in_reported_claim(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> bool:
        """Whether a cue stands in what someone other than the speaker claims or accuses of: "Russia's
        claim that the vessels illegally entered …", "they accused each other of violating …", "les
        allégations selon lesquelles …". "He accused Russia of violating …" is the speaker's own."""
        if hit.cue.stance == "rejects" and hit.cue.agentive:
            return False  # "Russia's claim that … is false" judges the claim: the speaker's own
        keys = ctx.keys
        claims = self._claims
        for c in range(hit.start - 1, max(s.start, hit.start - 15) - 1, -1):
            if keys[c] not in claims:
                continue
            # A French claim noun's "de" names its owner ("les affirmations de M. Lavrov"), not what it says.
            links = _CLAIM_LINKS - {"de", "d'"} if keys[c].endswith(("tion", "tions")) else _CLAIM_LINKS
            if not any(keys[j] in links for j in range(c + 1, hit.start)):
                return False
            # "… added that Kremlin claims that X were baseless and urged Russia to …": a verb joined
            # by "and" after the claim's own verb is the speaker's again.
            lang = ctx.release.meta.lang
            if hit.start - 1 > c and keys[hit.start - 1] in {"and", "et"}:
                index = self._cue_index(lang)
                if any(
                    index.at(ctx.tokens, j) or self._reporting_at(ctx.tokens, j, lang)
                    for j in range(c + 2, hit.start - 1)
                ):
                    return False
            first, third = self._first_person_words, self._third_person_words
            mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
            # The claimant: the actor named last before the claim word, unless a verb stands between
            # them ("La France rejette les allégations de …": France is no claimant).
            for k in range(c - 1, s.start - 1, -1):
                if k in ctx.quote_at:
                    return True
                m = ctx.mention_at.get(k)
                if m is not None:
                    who = self._mention_speaker(ctx, m)
                    return not (who == speaker or m.entry.iri in mine)
                if keys[k] in first or _third_person(keys[k], third):
                    return False
                if self._reporting_at(ctx.tokens, k, ctx.release.meta.lang) or k in ctx.quote_at:
                    return True
                if self._cue_index(ctx.release.meta.lang).at(ctx.tokens, k):
                    return True
            return True
        return False

    def _owned_by_other(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> bool:
        """Whether a noun cue names another actor's stance: "the support of Russia", "calls on Russia
        … to stop its support for the militants"."""
        if hit.cue.kind != "noun" or hit.start <= s.start:
            return False
        keys = ctx.keys
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        prev = keys[hit.start - 1]
        if prev in _DEFINITE and hit.end < s.end and keys[hit.end] in _OF:
            m = ctx.mention_at.get(hit.end + 1) or ctx.mention_at.get(hit.end + 2)
            return m is not None and m.entry.is_actor and m.entry.iri not in mine
        # In an infinitive ("… to stop its support", "… de cesser son soutien"), the possessive is the
        # infinitive's own subject's: the actor named last before it.
        infinitive = hit.start - 3 >= s.start and ctx.tokens[hit.start - 3].text.lower() in {
            "to",
            "à",
            "de",
            "d'",
        }
        if prev in _THIRD_POSSESSIVES and infinitive:
            for k in range(hit.start - 2, s.start - 1, -1):
                m = ctx.mention_at.get(k)
                if m is not None and m.entry.is_actor:
                    return m.entry.iri not in mine and self._mention_speaker(ctx, m) != speaker
        return False

    def _foreign_subject(
        self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str
    ) -> tuple[bool, str | None]:
        """In a text in someone's own voice, whether the cue's clause has another actor for subject,
        and the speaker it names if any: "Mr Lavrov called on Georgia to …" is Mr Lavrov's stance;
        "Russia condemned Georgia's decision" reports a state's, no one's to record. The subject is
        the clause's first actor, past a relative clause set off by commas ("La France, qui … avec
        l'Allemagne …, appelle …")."""
        tokens = ctx.tokens
        first = self._first_person_words
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        lang = ctx.release.meta.lang
        # "The annexation … deserves to be condemned", "doit être condamnée": the subject of a
        # condemnation in the passive is what is condemned, not one who condemns.
        if (
            hit.cue.kind == "verb"
            and hit.cue.stance == "condemns"
            and _passive_after_be(ctx.keys, tokens, hit.start, s.start, lang)
        ):
            return False, None
        j = hit.start - 1
        while j > s.start and (self._is_adverb(tokens[j].key, lang) or tokens[j].key in _PRECLITICS):
            j -= 1
        if tokens[j].key in {"and", "et", "but", "mais", ","}:
            return False, None  # "… that X did Y, and calls on …": the verb's subject is further back
        if tokens[j].text.lower() in {"to", "de", "d'", "à", "pour"}:
            return False, None  # an infinitive ("afin de l'inciter à …") has no subject of its own here
        k = self._clause_start(ctx, s, hit.start)
        # "Crimea is Ukraine, and the United States will never recognize …": a clause joined after a
        # comma has a subject of its own.
        for j in range(hit.start - 1, k, -1):
            if tokens[j].key in {"and", "et", "but", "mais"} and tokens[j - 1].text == ",":
                k = j + 1
                break
        while k < hit.start:
            key = tokens[k].key
            if key in first:
                return False, None
            # "The Secretary-General welcomes … He encourages …": "he"/"she" is the person last named
            # as a subject (French "il"/"elle" as often stand for a state or a council).
            if key in _EN_PERSONAL and ctx.focus and ctx.focus != speaker and ctx.focus not in mine:
                return True, ctx.focus
            # "…, and he assured the Prime Minister, X, of the Commission's support", "il a assuré le
            # Premier ministre, X, du soutien …": "he"/"il" for the speaker is the clause's subject,
            # so a name after its verb is an object, not another actor's stance.
            if key in _PERSONAL_SUBJECTS and ctx.focus and (ctx.focus == speaker or ctx.focus in mine):
                return False, None
            if tokens[k].text == "," and k + 1 < hit.start and tokens[k + 1].key in _CLAUSE_OPENERS:
                close = next((j for j in range(k + 1, hit.start) if tokens[j].text == ","), None)
                if close is not None:
                    k = close + 1
                    continue
            m = ctx.mention_at.get(k)
            if m is not None and m.start == k and self._passive_agent(tokens, s, k, m.end):
                k = m.end  # "le sommet, coprésidé par le président X, sera …": X is no subject
                continue
            if m is not None and m.start == k:
                # An office counts as its holder that day: "The Secretary-General welcomes …" in the
                # Spokesman's briefing is the Secretary-General's.
                if m.entry.is_actor or m.entry.kind == "office":
                    who = self._mention_speaker(ctx, m)
                    if m.entry.iri in mine or who == speaker or _part_of_own(m.entry, mine):
                        return False, None
                    if who is not None or m.entry.kind != "office":
                        return True, who
                k = m.end
                continue
            k += 1
        return False, None

    def _closing_speaker(self, ctx: _Context, s: _Sentence, v: int) -> tuple[str | None, str]:
        """The speaker of reporting verb ``v`` when it closes the reported words after a comma and
        its speaker stands right beside it: "…, said the Secretary General", "…, a déclaré
        M. Stoltenberg" (inverted), "…, Mr Stoltenberg said", "…, he said", "…, a-t-il ajouté".
        Whoever the reported words name before the comma does not speak."""
        tokens = ctx.tokens
        third = self._third_person_words
        if _after_comma(tokens, v, s.start):
            k = v + 1
            while k < min(s.end, v + 4) and tokens[k].key in _BEFORE_NAME:
                k += 1
            m = ctx.mention_at.get(k) if k < s.end else None
            if m is not None and m.start == k:
                who = self._mention_speaker(ctx, m)
                if who:
                    if self._is_person(who):
                        ctx.focus = who
                    return who, "inverted"
            return None, ""
        k = v - 1
        if k > s.start and tokens[k].key in _COMMA_AUXILIARIES:
            k -= 1  # "…, Mr Stoltenberg has said"
        if k <= s.start:
            return None, ""
        m = ctx.mention_at.get(k)
        if m is not None:
            before = m.start - 1
            while before > max(s.start, m.start - 4) and tokens[before].key in _BEFORE_NAME:
                before -= 1
            if before >= s.start and tokens[before].text == ",":
                who = self._mention_speaker(ctx, m)
                if who:
                    if self._is_person(who):
                        ctx.focus = who
                    return who, "subject"
        elif ctx.focus and tokens[k - 1].text == "," and _third_person(tokens[k].key, third):
            return ctx.focus, "pronoun"
        return None, ""

    def _self_subject(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> bool:
        """A commitment is the speaker's own: no other actor is the subject of the cue."""
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        own_side = self._own_side_words
        for k in range(hit.start - 1, max(s.start, hit.start - 8) - 1, -1):
            m = ctx.mention_at.get(k)
            if m is not None and m.entry.is_actor:
                return m.entry.iri in mine or m.entry.kind == "person" or _part_of_own(m.entry, mine)
            if ctx.tokens[k].key in self._first_person_words:
                return True
            # "Elle continuera de …", "It will continue to …" opening a sentence of a text in its
            # author's voice: the author (as "It calls on …" in a council's conclusions).
            if k == s.start and ctx.voice and ctx.tokens[k].key in {"il", "elle", "it"}:
                return True
            # "Les ministres ont décidé …" in the Secretary General's words: his side, unless an
            # actor qualifies them ("Russian ministers").
            if ctx.tokens[k].key in own_side:
                q = ctx.mention_at.get(k - 1) if k > s.start else None
                return q is None or not q.entry.is_actor or q.entry.iri in mine
            if ctx.tokens[k].text in {";", ":"}:
                break
        return False

    def _joined_own_subject(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> bool:
        """ "Japan will provide assistance to Venezuela, and will continue to work …", "Le Royaume du
        Maroc … rejette … et continuera d'œuvrer …": a pledge joined by and/et to the verb before it
        (auxiliaries and adverbs between, no subject of its own) has that verb's subject, the speaker's
        side the sentence opens on, though another actor is named in between."""
        # A noun is no verb of its own: "ses obligations et engagements" joins two nouns.
        if hit.cue.kind == "noun":
            return False
        tokens = ctx.tokens
        lang = ctx.release.meta.lang
        c = hit.start - 1
        while c > s.start and (
            tokens[c].key in _COORDINATED_AUXILIARIES or self._is_adverb(tokens[c].key, lang)
        ):
            c -= 1
        if c <= s.start or tokens[c].key not in _AND:
            return False
        k = s.start
        while k < c and (tokens[k].key in _BEFORE_NAME or tokens[k].text in _QUOTE_MARKS):
            k += 1
        if tokens[k].key in self._first_person_words:
            return True
        m = ctx.mention_at.get(k)
        # The name opens a clause of its own before the "and" ("Japan will provide …"), not a list of
        # subjects ("Japan and Korea will …").
        if m is None or m.start != k or m.end >= c - 1 or not m.entry.is_actor:
            return False
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        return (
            m.entry.iri in mine
            or _part_of_own(m.entry, mine)
            or self._mention_speaker(ctx, m, opening=True) == speaker
        )

    # ------------------------------------------------------------------ targets, topics, audience

    def _composite_topics(self, ctx: _Context, lo: int, hi: int, speaker: str | None = None) -> list[Mention]:
        """Topics named by a headword near every actor they are about. "Near" is the span searched,
        widened to the whole quotation it stands in (a quote may run over several sentences); "our"
        before the headword ("notre partenariat") names the speaker's own side."""
        starts = ctx.headword_starts
        if starts is None:
            headwords = self._headwords.positions(ctx.tokens)
            agreement = self._agreement_nouns
            starts = ctx.headword_starts = _union(headwords, _where(ctx.keys, agreement))
        candidates = starts[_bisect(starts, lo) : _bisect(starts, hi)]
        if not candidates:
            return []  # neither a headword nor an agreement noun in the span
        found = []
        near: set[str] | None = None  # what is named near: found when a headword's topic first asks
        for k in candidates:
            for pattern, payload in self._headwords.at(ctx.tokens, k):
                topic: Entry = payload
                if not topic.about:
                    continue
                if near is None:
                    near = self._near(ctx, lo, hi)
                about = near
                if k > 0 and ctx.tokens[k - 1].key in _OUR and speaker:
                    about = near | self._speaker_orgs(ctx, speaker)
                if set(topic.about) <= about or (
                    topic.broader and self._about_the_title(ctx, topic, near)
                ):
                    found.append(_mention(topic, k, k + len(pattern.keys), "headword"))
            place = self._agreement_place(ctx.tokens, k)
            if place is not None:
                found.append(_mention(place, k, k + 1, "headword"))
        return found

    def _about_the_title(self, ctx: _Context, topic: Entry, near: set[str]) -> bool:
        """Whether a narrowed topic ("the peace process": the one in Ukraine) is the one of the
        release's title: its title names the states the topic is about, and the words around it
        name no state."""
        if any(self.vocab.entries[a].kind == "state" for a in near if a in self.vocab.entries):
            return False
        return set(topic.about) <= self._title_states(ctx.release)

    def _near(self, ctx: _Context, lo: int, hi: int) -> set[str]:
        """For :meth:`_composite_topics`: the actors named in tokens ``lo`` to ``hi``, or in the whole
        quotation ``lo`` stands in, their organisations, and the actors the topics named there are about."""
        span_lo, span_hi = lo, hi
        q = ctx.quote_at.get(lo)
        if q is not None:
            span_lo, span_hi = min(lo, q[0]), max(hi, q[1])
        near_mentions = ctx.between(span_lo, span_hi)
        near = {m.entry.iri for m in near_mentions} | {
            m.entry.organisation for m in near_mentions if m.entry.organisation
        }
        # A topic named in full ("relations between NATO and the EU") brings the actors it is about.
        near |= {a for m in near_mentions if m.entry.kind == "topic" for a in m.entry.about}
        return near

    def _agreement_place(self, tokens: list[Token], k: int) -> Entry | None:
        """The topic an agreement noun names by a place next to it: "its Minsk commitments", "the
        commitments made in Minsk", "les engagements qu'elle a pris à Minsk"."""
        if tokens[k].key not in self._agreement_nouns:
            return None
        for window in (range(k - 1, max(-1, k - 3), -1), range(k + 1, min(len(tokens), k + 9))):
            for j in window:
                tok = tokens[j]
                if tok.text in {".", ";", "!", "?"}:
                    break
                if tok.text[:1].isupper() and tok.key in self._places:
                    return self._places[tok.key]
        return None

    def _clause_start(self, ctx: _Context, s: _Sentence, k: int) -> int:
        """Where the clause holding token ``k`` opens: after "that"/"que", a semicolon or a colon, and
        past an opening adverbial ("In Ukraine, …", "Dans ce contexte, …")."""
        tokens = ctx.tokens
        lo = s.start
        for j in range(k - 1, s.start - 1, -1):
            if tokens[j].key in _CLAUSE_OPENERS or tokens[j].text in {";", ":"}:
                # "L'utilisation d'armes chimiques, quelles qu'elles soient, où que ce soit, est
                # inacceptable": a concessive aside ("où que", "quel que", "qui que") opens no clause.
                if j > s.start and tokens[j].key in {"que", "qu'"} and tokens[j - 1].key in _CONCESSIVE:
                    continue
                # "Russia's attacks, which it has intensified, must stop": a relative clause set off
                # by commas and closed before ``k`` is not the clause of ``k``.
                if (
                    tokens[j].key in _RELATIVES
                    and j > s.start
                    and tokens[j - 1].text == ","
                    and any(tokens[i].text == "," for i in range(j + 1, k))
                ):
                    continue
                lo = j + 1
                break
        while lo < k and (tokens[lo].text in _QUOTE_MARKS or tokens[lo].key in {"and", "et", "but", "mais"}):
            lo += 1
        # One adverbial after another: "Avec l'Allemagne, dans le format Normandie, la France …".
        while lo < k and tokens[lo].key in _ADVERBIAL_OPENERS:
            comma = next((j for j in range(lo, k) if tokens[j].text == ","), None)
            if comma is None:
                break
            lo = comma + 1
            # "In concert with allies, partners, and the international community, the United States
            # …", "Avec ses alliés, ses partenaires et la communauté internationale, la France …": the
            # adverbial runs on through its list, to the comma after its item with "and".
            j, item = lo, lo
            while j < min(k, lo + 16) and j - item <= 6:
                if tokens[j].text == ",":
                    if any(t.key in {"and", "et", "or", "ou"} for t in tokens[item:j]):
                        lo = j + 1
                        break
                    item = j + 1
                j += 1
        return lo

    def _agent(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> str | None:
        """The subject of an agentive cue: the clause's first named actor or thing, else what the
        last sentences were about when the clause opens on a pronoun or a definite description."""
        tokens = ctx.tokens
        mine = self._speaker_orgs(ctx, speaker)
        # "Le cessez-le-feu est violé tous les jours", "the ceasefire was violated by …": the subject of
        # a passive is what the act was done to; the agent, if any, follows "by"/"par".
        if hit.cue.kind == "agent-verb" and _passive_after_be(
            ctx.keys, tokens, hit.start, s.start, ctx.release.meta.lang
        ):
            return self._agent_in_object(ctx, hit.end, min(s.end, hit.end + 10), speaker)
        # "All illegal armed groups must be disarmed", "les bâtiments doivent être restitués": what
        # must be done to the subject calls on no one; but the act is called for when the vocabulary
        # names it ("They must be released", "doivent être libérées": the release of those held).
        if (
            hit.cue.stance == "calls-for"
            and hit.end + 1 < s.end
            and ctx.keys[hit.end] in {"be", "etre"}
            and _passive_after_be(ctx.keys, tokens, hit.end + 1, hit.end, ctx.release.meta.lang)
        ):
            act = ctx.mention_at.get(hit.end)
            if act is not None and act.start == hit.end and act.entry.kind == "topic":
                return act.entry.iri
            return None
        # "… and Russian forces illegally operating on Ukrainian territory should be …", "les forces
        # russes présentes illégalement": an adverb of blame right after an actor (or after it and a
        # participle) is said of that actor, not of the clause's subject.
        if (
            hit.cue.kind == "agent-phrase"
            and hit.cue.stance == "condemns"
            and hit.end - hit.start == 1
            and ctx.keys[hit.start].endswith(("ly", "ment"))
            and hit.start - 2 > s.start
        ):
            for end in (hit.start, hit.start - 1):
                if end < hit.start and not (
                    ctx.tokens[end].text.isalpha() and ctx.tokens[end].text.islower()
                ):
                    break
                m = ctx.mention_at.get(end - 1)
                if m is not None and m.end == end and m.entry.is_actor and m.entry.kind not in _PEOPLE:
                    return m.entry.iri if m.entry.iri not in mine else None
        lo = self._clause_start(ctx, s, hit.start)
        # "It is Russia that is blocking …", "C'est la Russie qui bloque …": a cleft names the subject
        # before its "that"/"qui".
        if lo - 1 > s.start and ctx.keys[lo - 1] in {"that", "who", "which", "qui"}:
            m = ctx.mention_at.get(lo - 2)
            if m is not None and m.end == lo - 1 and m.entry.is_actor and m.entry.iri not in mine:
                head = [k for k in ctx.keys[max(s.start, m.start - 3) : m.start] if k not in _ANY_ARTICLE]
                if head in (["it", "is"], ["it", "was"], ["c'", "est"], ["c'", "etait"]):
                    return m.entry.iri
        # "… restores Ukraine's sovereignty, and sanctions against Russia will remain in place": a
        # pledge in a clause joined after a comma is said of that clause's subject.
        if hit.cue.stance in {"commits", "calls-for"}:
            for j in range(hit.start - 1, lo, -1):
                if ctx.keys[j] in {"and", "et", "but", "mais"} and tokens[j - 1].text == ",":
                    lo = j + 1
                    break
        # "Russia's claim that the vessels entered … is false", "les allégations de la Russie selon
        # lesquelles … sont infondées": what a claim says is no clause of its own; the claim is the subject.
        if (
            lo > s.start
            and ctx.keys[lo - 1] in _CLAIM_LINKS
            and any(ctx.keys[k] in self._claims for k in range(max(s.start, lo - 7), lo - 1))
        ):
            lo = self._clause_start(ctx, s, lo - 1)
        before = [
            m
            for m in ctx.between(lo, hit.start)
            if m.end <= hit.start
            and m.entry.iri not in mine
            and m.entry.kind not in {"office", "person"}
            and (m.entry.is_actor or m.entry.kind == "topic")
            # "Toute atteinte à l'intégrité territoriale de l'Ukraine aurait des conséquences graves":
            # what a violation is of is no target.
            and not self._violated(ctx, m.start, s.start)
        ]
        before += [
            m
            for m in self._composite_topics(ctx, lo, hit.start, speaker)
            if m.entry.iri not in mine and not self._violated(ctx, m.start, s.start)
        ]
        _sort_spans(before)
        # "Le Secrétaire général a jugé inacceptable l'attaque contre …": a judgement right after an
        # appraisal verb is of what follows it; with another actor as the subject, the judgement is
        # that actor's ("La Russie estime inacceptable …").
        if hit.cue.kind == "agent-phrase" and hit.start - 1 >= lo:
            j = hit.start - 1
            while j > lo and self._is_adverb(ctx.keys[j], ctx.release.meta.lang):
                j -= 1
            if ctx.keys[j] in self._words_of("appraisal-verbs"):
                if any(m.entry.is_actor and m.start < j for m in before):
                    return None
                for m in ctx.between(hit.end, min(s.end, hit.end + 12)):
                    if m.entry.iri not in mine and m.entry.kind not in {"office", "person"}:
                        return m.entry.iri
        # "the Russian build-up, which poses a serious threat", "la situation, qui nous inquiète": the
        # subject of a relative clause set off by a comma is the name just before the comma.
        if (
            not before
            and hit.cue.stance not in {"calls-for", "commits"}
            and lo - 2 >= s.start
            and ctx.keys[lo - 1] in _RELATIVES
            and tokens[lo - 2].text == ","
        ):
            antecedent = self._relative_antecedent(ctx, s, lo - 2, mine)
            if antecedent is not None:
                return antecedent
        # "Any violation of Ukraine's sovereignty would have serious consequences", naming no violator:
        # the warning or the blame is for the actor the text was about.
        if (
            not before
            and hit.cue.stance in {"warns", "condemns"}
            and not _VIOLATION_NOUNS.isdisjoint(ctx.keys[s.start : hit.start])
        ):
            return self._actor_before(ctx, s, hit.start, mine)
        opener = tokens[lo].key if lo < hit.start else ""
        # "Les menaces proférées par le président Poutine sont inacceptables": blame goes to the
        # person named as the agent of the subject.
        if hit.cue.stance == "condemns":
            agent = self._agent_in_object(ctx, lo, hit.start, speaker, first_mention=False)
            if agent is not None:
                return agent
        # "They violate Ukrainian laws": the pronoun is the subject, not the name after it; but
        # "These separatist elections violate …" names its subject.
        names_next = bool(before) and all(
            tokens[j].text in _QUOTE_MARKS for j in range(lo + 1, before[0].start)
        )
        # "Il s'agit d'une violation du droit international": "il s'agit de" is "this is".
        if opener == "il" and lo + 2 < hit.start and ctx.keys[lo + 1] == "s'" and ctx.keys[lo + 2] == "agit":
            opener = "c'"
        # "Those responsible must be held accountable", "les responsables de crimes de guerre devront
        # répondre de leurs actes": with no actor for subject, a call whose predicate the vocabulary
        # names is a call for it.
        if (
            hit.cue.stance == "calls-for"
            and lo < hit.start
            and opener not in self._words_of("first-person")
            and not any(m.entry.is_actor for m in ctx.between(lo, hit.start))
        ):
            called = self._predicate_topic(ctx, s, hit)
            if called is not None:
                return called
        if opener == "those" and lo + 1 < hit.start and ctx.keys[lo + 1] in _DESCRIBING_NEXT:
            # "The atrocities in Bucha … Those responsible must be held accountable" is about the
            # atrocities; a state the text was about is not who "those responsible" are.
            about = self.vocab.entries.get(ctx.topic) if ctx.topic else None
            return None if about is None or about.is_actor or ctx.topic in mine else ctx.topic
        if opener in _ANAPHORS and not names_next:
            # "These agreements should now be used …" after a sentence about settlements: a
            # demonstrative with a noun names again the thing that noun names, not another thing.
            about = self.vocab.entries.get(ctx.topic) if ctx.topic else None
            noun = ctx.keys[lo + 1] if lo + 1 < hit.start else ""
            if (
                opener in _DEMONSTRATIVES
                and about is not None
                and about.kind == "topic"
                and noun.isalpha()
                and len(noun) >= 5
                and ctx.mention_at.get(lo + 1) is None
                and not any(noun[:5] in fold(label) for labels in about.labels.values() for label in labels)
            ):
                return self._antecedent(ctx, s, lo)
            # Not the speaker's own side: "This is the most serious violation …" after a sentence
            # about NATO's support, in NATO's words, blames no one.
            return ctx.topic if ctx.topic not in mine else None
        if before:
            # "Constitutional reform … is an integral part of the Minsk agreements and must proceed": a
            # name after a "be" of the clause is in its predicate, not the subject of "must".
            if hit.cue.stance == "calls-for" and any(
                ctx.keys[j] in _BE_FORMS for j in range(lo, before[0].start)
            ):
                return None
            # "attacks against civilians … must stop": what must stop is no one called upon.
            if (
                hit.cue.stance == "calls-for"
                and not before[0].entry.is_actor
                and hit.end < s.end
                and ctx.keys[hit.end] in self._cessation
            ):
                return None
            return before[0].entry.iri
        if opener in _DEFINITE:
            # "Les combats doivent cesser", "the violence must stop": what must stop is no one called
            # upon, nor what the text was about before.
            if hit.cue.stance == "calls-for":
                return self._antecedent(ctx, s, lo)
            return self._antecedent(ctx, s, lo) or ctx.topic
        return None

    def _predicate_topic(self, ctx: _Context, s: _Sentence, hit: CueHit) -> str | None:
        """A topic named within the four words after a modal cue, lowercase words only between ("must
        be held accountable", "devront répondre de leurs actes", "doivent être amenés à répondre …")."""
        for j in range(hit.end, min(s.end, hit.end + 5)):
            m = ctx.mention_at.get(j)
            if m is not None and m.start == j:
                return m.entry.iri if m.entry.kind == "topic" else None
            if not ctx.tokens[j].text.isalpha() or not ctx.tokens[j].text.islower():
                return None
        return None

    def _relative_antecedent(
        self, ctx: _Context, s: _Sentence, comma: int, mine: frozenset[str]
    ) -> str | None:
        """The name a relative clause opening after the comma at ``comma`` hangs on: the first of the
        names that run up to the comma joined by prepositions and articles only ("the humanitarian
        situation in eastern Ukraine, which …" is the humanitarian situation); None when a name of the
        speaker's side or a person is there, or some other word stands between."""
        found: Mention | None = None
        pos = comma
        for m in reversed(ctx.between(s.start, comma)):
            if m.end > comma:
                continue
            if any(ctx.keys[j] not in _NP_LINKS for j in range(m.end, pos)):
                break
            if m.entry.iri in mine or m.entry.kind in _PEOPLE:
                return None
            found = m
            pos = min(pos, m.start)
        if found is None:
            return None
        # "ses actions dans l'est de l'Ukraine, qui …": names after a preposition are the complement of a
        # head noun that is not a name; that noun is what the clause is about.
        k = pos - 1
        while k > s.start and ctx.keys[k] in _ARTICLES:
            k -= 1
        if k >= s.start and ctx.keys[k] in _COMPLEMENT_PREPOSITIONS:
            return None
        return found.entry.iri

    def _actor_before(self, ctx: _Context, s: _Sentence, hi: int, mine: frozenset[str]) -> str | None:
        """The last state, organisation or group named in the sentences just before ``s`` that is not
        the speaker's side nor named in ``s`` before ``hi`` (there it is what was violated: "any attack
        on Ukraine's sovereignty" blames Ukraine for nothing)."""
        here = {m.entry.iri for m in ctx.between(s.start, hi)}
        for m in reversed(ctx.between(max(0, s.start - 60), s.start)):
            e = m.entry
            if e.is_actor and e.kind not in _PEOPLE and e.iri not in mine and e.iri not in here:
                return e.iri
        return None

    def _violated(self, ctx: _Context, start: int, lo: int) -> bool:
        """Whether the name at ``start`` is what a violation noun before it is of: "violation of the
        ceasefire", "toute atteinte à l'intégrité territoriale" (an article may come between, or an
        owner's name: "a violation of Ukraine's sovereignty")."""
        for k in range(start - 1, max(lo, start - 5), -1):
            key = ctx.keys[k]
            if key in _OF:
                return ctx.keys[k - 1] in _VIOLATION_NOUNS
            if key not in _ARTICLES and key not in {"'s", "'"} and not ctx.tokens[k].text[:1].isupper():
                return False
        return False

    def _agent_in_object(
        self, ctx: _Context, lo: int, hi: int, speaker: str, *, first_mention: bool = True
    ) -> str | None:
        """The actor named after "by"/"par" (past an article or a title) between ``lo`` and ``hi``:
        the person ("par le président Poutine"), or the state or group ("La déportation d'enfants
        ukrainiens par la Russie"), not the one the act was done to. With ``first_mention``, only
        the first name after the word is considered; otherwise the next ones too."""
        mine = self._speaker_orgs(ctx, speaker)
        for k in range(lo, hi - 1):
            if ctx.keys[k] not in {"by", "par"}:
                continue
            for j in (k + 1, k + 2, k + 3):
                m = ctx.mention_at.get(j)
                if m is None or m.start != j or m.end > hi:
                    continue
                if m.entry.kind in _PEOPLE:
                    who = self._speaker_of(m, ctx.release)
                    if who and who != speaker and who not in mine:
                        return who
                elif m.entry.is_actor and m.how != "demonym" and m.entry.iri not in mine:
                    return m.entry.iri
                if first_mention:
                    break
        return None

    def _relative_object(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> str | None:
        """The thing named right before ", qu'il ne reconnaîtra pas" or ", which we will not recognise"
        (a relative pronoun after a comma, a few words before the cue, the cue with no object of
        its own after it)."""
        keys = ctx.keys
        r = next(
            (
                k
                for k in range(hit.start - 1, max(s.start, hit.start - 6), -1)
                if keys[k] in _OBJECT_RELATIVES
            ),
            -1,
        )
        if r <= s.start or ctx.tokens[r - 1].text != ",":
            return None
        if ctx.between(hit.end, min(s.end, hit.end + 4)):
            return None
        mine = self._speaker_orgs(ctx, speaker)
        for m in reversed(ctx.between(s.start, r)):
            if m.end <= r and m.entry.iri not in mine and m.entry.kind not in _PEOPLE:
                # "l'annexion de la Crimée par la Russie, qu'ils ne reconnaîtront pas": the agent of
                # the act is not what is refused.
                b = m.start - 1
                if b > s.start and ctx.keys[b] in _ARTICLES:
                    b -= 1
                if b >= s.start and ctx.keys[b] in {"by", "par"}:
                    # ... but the act condemned is blamed on its agent ("L'invasion de l'Ukraine par la
                    # Russie, que nous condamnons").
                    if hit.cue.stance == "condemns" and m.entry.is_actor:
                        return m.entry.iri
                    continue
                return m.entry.iri
        return None

    def _author_of_act(self, ctx: _Context, lo: int, hi: int, mine: frozenset[str]) -> str | None:
        """The author an act noun of the `authored-acts` list names with "of"/"de", one adjective
        between at most, in tokens ``lo`` to ``hi`` ("the flagrant interference of the United States",
        "l'ingérence flagrante des États-Unis", "l'agression de la Russie"): a state, organisation or
        group, not the speaker's side; None when no such act or author is there."""
        acts = self._words_of("authored-acts")
        keys = ctx.keys
        for k in range(lo, hi):
            key = keys[k]
            if not (key in acts or (key.endswith("s") and key[:-1] in acts)):
                continue
            j = k + 1
            # "l'ingérence flagrante des …": one adjective after the noun.
            adjective = j + 1 < len(keys) and ctx.tokens[j].text.isalpha() and keys[j] not in _OF
            if adjective and keys[j + 1] in _OF:
                j += 1
            if j >= len(keys) or keys[j] not in {"of", "de", "des", "du", "d'"}:
                return None
            j += 1
            if j < len(keys) and keys[j] in _ANY_ARTICLE:
                j += 1
            m = ctx.mention_at.get(j)
            if m is None or m.start != j:
                return None
            e = m.entry
            if e.is_actor and e.kind not in _PEOPLE and e.iri not in mine:
                return e.iri
            return None
        return None

    def _claim_noun(self, key: str) -> bool:
        """Whether a noun (by its key, singular or plural) names a claim: "accusations", "claims"."""
        words = self._words_of("claim-nouns")
        return key in words or (key.endswith("s") and key[:-1] in words)

    def _claimant_before(self, ctx: _Context, det: int, speaker: str) -> str | None:
        """Who made the claims a demonstrative names again: the last person named before it (in the
        sentence or the ones before) who is not the speaker; with none, the last state or organisation
        that claims or says something there ("Russia claims that …", "Moscow's allegations", "le
        ministère russe affirme que …"), other than the speaker's side."""
        mine = self._speaker_orgs(ctx, speaker)
        lang = ctx.release.meta.lang
        # "Juan Guaidó s'est autoproclamé président … Donald Trump s'est empressé de le reconnaître. Nous
        # ne reconnaissons pas cette autoproclamation": the person the claim's verb follows made it.
        head = ctx.keys[det + 1] if det + 1 < len(ctx.keys) else ""
        stem = head.removeprefix("self-")[:6]
        if len(stem) == 6:
            for m in reversed(ctx.between(max(0, det - 120), det)):
                if (
                    m.entry.kind == "person"
                    and ctx.tokens[m.start].text[:1].isupper()  # a name, not "le président" named again
                    and any(ctx.keys[k].startswith(stem) for k in range(m.end, min(m.end + 4, det)))
                ):
                    who = self._speaker_of(m, ctx.release)
                    if who and who != speaker:
                        return who
        for m in reversed(ctx.between(max(0, det - 120), det)):
            if m.entry.kind in _PEOPLE:
                who = self._speaker_of(m, ctx.release)
                if who and who != speaker:
                    return who
                continue
            if not m.entry.is_actor or m.entry.iri in mine:
                continue
            # The claim word or reporting verb right after the name ("Russia's claims", "X a affirmé"),
            # or a claim noun right before it ("les déclarations des responsables de l'Alliance").
            for k in range(m.end, min(m.end + 3, det)):
                if ctx.keys[k] in self._claims or self._says_at(ctx.tokens, k, lang):
                    return m.entry.iri
            for k in range(max(0, m.start - 6), m.start):
                if self._claim_noun(ctx.keys[k]):
                    return m.entry.iri
        return None

    def _antecedent(self, ctx: _Context, s: _Sentence, det: int) -> str | None:
        """The thing a definite or demonstrative description names again: "the attack" after "the
        attack in Salisbury", "cette annexion" after "l'annexion de la Crimée" — the last topic named
        before the sentence whose name holds the description's noun. A demonstrative may also name
        again what a verb said: "cette annexion" after "la Russie annexait la Crimée" is the topic
        whose name holds the noun and whose other words were said before, with a word of the noun's
        stem ("annex-")."""
        if det + 1 >= s.end:
            return None
        head = ctx.tokens[det + 1].key
        if not head.isalpha() or len(head) < 4:
            return None
        lo = max(0, s.start - 400)
        for m in reversed(ctx.between(lo, s.start)):
            if m.entry.kind == "topic" and any(ctx.keys[k] == head for k in range(m.start, m.end)):
                return m.entry.iri
        described = self._described.get(head)
        if described is None or len(head) < 6 or ctx.tokens[det].key not in _DEMONSTRATIVES | _DEFINITE:
            return None
        stem = head[:5]
        before = ctx.keys[lo : s.start]
        if not any(k.startswith(stem) for k in before):
            return None
        said = set(before)
        for iri, others in described:
            if all(o in said for o in others):
                return iri
        return None

    def _against(self, ctx: _Context, k: int) -> bool:
        """Whether the name at token ``k`` is governed by "against"/"contre": right after it, or after
        an article and the adjectives before the name ("against a free and sovereign Ukraine")."""
        j = k - 1
        while j > k - 6 and j > 0 and ctx.keys[j] not in _ANY_ARTICLE:
            if not (ctx.tokens[j].text.islower() or ctx.keys[j] in {"and", "et", ","}):
                break
            j -= 1
        if j >= 0 and ctx.keys[j] not in _ANY_ARTICLE:
            j = k - 1  # no article before the adjectives: only the word right before the name
        return (j >= 1 and ctx.keys[j] in _ANY_ARTICLE and ctx.keys[j - 1] in _AGAINST) or (
            k >= 1 and ctx.keys[k - 1] in _AGAINST
        )

    def _sentence_topic(
        self, ctx: _Context, s: _Sentence, speaker: str | None, *, actors_only: bool = False
    ) -> str | None:
        """What a sentence is about: the first actor or thing named before its first cue or reporting
        verb (its subject), other than the speaker's side; None when it names none there."""
        # "It is a dangerous escalation. It must not be accepted": a sentence whose subject is a pronoun
        # is about what the last ones were about, not about what its predicate names.
        if s.start < s.end and ctx.keys[s.start] in _SUBJECT_PRONOUNS:
            return None
        # "Ces dernières semaines, ils ont abattu plusieurs appareils militaires ukrainiens": so is one
        # whose pronoun subject follows a fronted phrase of time or manner; the state named in the
        # predicate (here the victims') is not what it is about.
        if self._pronoun_after_fronted_phrase(ctx, s):
            return None
        # Asked twice of each sentence (any topic, then actors only): the names are found once.
        memo_key = (s.start, s.end, speaker)
        if ctx.topic_memo is not None and ctx.topic_memo[0] == memo_key:
            _, mine, named = ctx.topic_memo
        else:
            mine = self._speaker_orgs(ctx, speaker)
            first_verb = self._first_verb(ctx, s)
            named = ctx.between(s.start, first_verb)
            # "the leaders of Russia, Ukraine, Germany and France" is one actor: the composite comes first.
            named += self._composite_topics(ctx, s.start, first_verb, speaker)
            _sort_spans(named)
            ctx.topic_memo = (memo_key, mine, named)
        for m in named:
            if m.entry.iri in mine or m.entry.kind in {"office", "person"}:
                continue
            # "Contre une Ukraine libre et souveraine": what an act is against is no subject.
            if self._against(ctx, m.start):
                continue
            if m.entry.is_actor or (m.entry.kind == "topic" and not actors_only):
                return m.entry.iri
        return None

    def _pronoun_after_fronted_phrase(self, ctx: _Context, s: _Sentence) -> bool:
        """Whether the sentence's subject is a pronoun right after a short phrase that opens it, ends on
        a comma and names nothing ("Last week, they …", "Ces dernières semaines, ils …")."""
        for k in range(s.start + 1, min(s.end - 1, s.start + 7)):
            if ctx.tokens[k].text == ",":
                return ctx.keys[k + 1] in _SUBJECT_PRONOUNS and not ctx.between(s.start, k)
        return False

    def _thing_relative(self, ctx: _Context, s: _Sentence, hit: CueHit) -> bool:
        """Whether the verb's subject is a relative pronoun standing for a thing: English "which", or
        "qui" right after a topic's name ("les accords de Minsk, qui appellent …")."""
        tokens = ctx.tokens
        k = hit.start - 1
        while k > s.start and hit.start - k <= 3 and (
            tokens[k].key in _SUBJECT_GAP or tokens[k].key in _FR_AUXILIARIES  # "qui ont appelé"
        ):
            k -= 1
        if k <= s.start:
            return False
        if tokens[k].key == "who":
            # "Ms X, who called on …": a person named before the comma speaks; "others who oppose
            # Russia's occupation" is no one's.
            j = k - 1 if tokens[k - 1].text != "," else k - 2
            m = ctx.mention_at.get(j) if j >= s.start else None
            return not (m is not None and m.end == j + 1 and m.entry.kind in _PEOPLE)
        if tokens[k].key == "which":
            return True
        if tokens[k].key != "qui":
            return False
        j = k - 1 if tokens[k - 1].text != "," else k - 2
        m = ctx.mention_at.get(j) if j >= s.start else None
        if m is None and j > s.start and tokens[k - 1].text == "," and tokens[j].text[:1].islower():
            return True  # "aux étudiants, qui ont appelé …": people the vocabulary does not name
        return m is not None and m.end == j + 1 and m.entry.kind == "topic"

    def _asks_a_question(self, ctx: _Context, s: _Sentence, hit: CueHit) -> bool:
        """Whether a question word follows the calling verb (and its object) before any infinitive mark,
        within six words."""
        questions = self._question_words
        keys = ctx.keys
        for k in range(hit.end, min(s.end, hit.end + 6)):
            key = keys[k]
            if k == hit.end and key in {"a", "au", "aux"}:
                continue  # "demander à la Russie pourquoi …": "à" opens the object
            if key in _INFINITIVE_MARKS or ctx.tokens[k].text in {",", ";", ":"}:
                return False
            if key in questions:
                return True
        return False

    def _governed_by_standard(self, ctx: _Context, s: _Sentence, hit: CueHit) -> bool:
        """Whether a standard or privative ends at most two words (an article, a possessive, an
        adverb) before the cue: "in full compliance with our commitments"."""
        privatives = self._privatives_by_first
        if ctx.privative_starts is None:
            ctx.privative_starts = _where(ctx.keys, privatives)
        starts = ctx.privative_starts
        lo = max(s.start, hit.start - 8)
        for k in starts[_bisect(starts, lo) : _bisect(starts, hit.start)]:
            for p in privatives[ctx.keys[k]]:
                end = k + len(p.keys)
                if end <= hit.start <= end + 2 and p.matches(ctx.tokens, k):
                    return True
        # "in their aspirations for democracy, freedom and respect for human rights", "dans ses
        # aspirations à la démocratie et au respect des droits": a noun in what others strive for.
        aspirations = self._words_of("aspiration-nouns")
        for k in range(hit.start - 1, max(s.start, hit.start - 12) - 1, -1):
            key = ctx.keys[k]
            if key in {";", ":", "«", "»", "“", "”", '"'}:
                break
            if key in aspirations and k + 1 < hit.start and ctx.keys[k + 1] in _ASPIRED:
                return True
        return False

    def _first_verb(self, ctx: _Context, s: _Sentence) -> int:
        """The sentence's first cue or reporting verb (its end when it has none)."""
        if ctx.verbs is None:
            lang = ctx.release.meta.lang
            tokens = ctx.tokens
            reporting = self._reporting.get(lang)
            cues_at = self._cue_index(lang).positions(tokens)
            ctx.verbs = _union(cues_at, list(reporting.positions(tokens))) if reporting else list(cues_at)
        verbs = ctx.verbs
        i = _bisect(verbs, s.start)
        return verbs[i] if i < len(verbs) and verbs[i] < s.end else s.end

    def _target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str, stop: int | None = None
    ) -> str | None:
        """What the cue is about, looked for up to ``stop`` (where a verb phrase joined to the cue's
        opens: "condemns the attack and calls for …") within the sentence."""
        role = self.vocab.stances[hit.cue.stance].target_role
        # "l'annexion illégale de la Crimée, qu'il ne reconnaîtra pas", "…, which we will never
        # recognise": the object of a refusal in a relative clause is what the clause hangs on.
        if hit.cue.kind == "negated" or (
            hit.cue.kind == "verb" and hit.cue.stance in {"condemns", "rejects"}
        ):
            antecedent = self._relative_object(ctx, s, hit, speaker)
            if antecedent is not None:
                return antecedent
        # "The annexation will not be accepted", "Elle ne doit pas être acceptée": a refusal in the
        # passive is of its subject (with "by", it is the agent's stance, not read as a cue).
        # So is a condemnation in the passive: "Any such decision deserves to be condemned", "Cette
        # décision doit être condamnée".
        if (
            (hit.cue.kind == "negated" and hit.cue.stance == "rejects")
            or (hit.cue.kind == "verb" and hit.cue.stance == "condemns")
        ) and _passive_after_be(ctx.keys, ctx.tokens, hit.start, s.start, ctx.release.meta.lang):
            subject = self._agent(ctx, s, hit, speaker)
            # "Elle ne doit pas être acceptée": a French "il"/"elle" names again the thing last spoken of.
            about = self.vocab.entries.get(ctx.topic) if ctx.topic else None
            if subject is None and ctx.keys[s.start] in {"il", "elle"} and about is not None:
                return about.iri if about.kind == "topic" else None
            return subject
        # "The ceasefire must be respected (by Russia)", "L'intégrité territoriale de l'Ukraine doit être
        # respectée": a call in the passive is on its agent, else for the thing that is its subject.
        if (
            hit.cue.kind == "phrase"
            and hit.cue.stance == "calls-for"
            and hit.start + 1 < s.end
            and ctx.keys[hit.start] in _PASSIVE_MODALS
            and ctx.keys[hit.start + 1] in {"be", "etre"}
        ):
            j = hit.end
            while j < s.end and self._is_adverb(ctx.keys[j], ctx.release.meta.lang):
                j += 1
            mine = self._speaker_orgs(ctx, speaker)
            if j < s.end and ctx.keys[j] in {"by", "par"}:
                m = ctx.mention_at.get(j + 1)
                if m is not None and m.start == j + 1 and m.entry.is_actor and m.entry.iri not in mine:
                    return m.entry.iri
            lo = self._clause_start(ctx, s, hit.start)
            named = [
                m
                for m in ctx.between(lo, hit.start) + self._composite_topics(ctx, lo, hit.start, speaker)
                if m.end <= hit.start and m.entry.iri not in mine
            ]
            _sort_spans(named)
            if named and named[0].entry.kind == "topic":
                return named[0].entry.iri
        window_end = _cue_window(ctx, s, hit, stop, 25)
        # "to respect its obligations and to end its occupation of Crimea", "et à cesser le blocus": what
        # a call joined after asks to end is not what is backed.
        if hit.cue.stance in {"supports", "welcomes"}:
            for c in range(hit.end + 2, window_end):
                joined, mark, verb = ctx.keys[c - 2 : c + 1]
                if verb in self._cessation and mark in _INFINITIVE_MARKS and joined in {"and", "et"}:
                    window_end = c
                    break
        # "never to recognise the results of the sham referenda, to increase sanctions pressure on
        # Russia": a verb phrase listed after a comma is another act, its object none of this cue's
        # (the first comma only: "…, including through the Council, to hold X to account" closes an aside).
        if hit.cue.stance != "calls-for":
            comma = next((c for c in range(hit.end, window_end - 2) if ctx.tokens[c].text == ","), None)
            if comma is not None:
                # "…, never to recognise", "…, à ne jamais reconnaître": a negation or an adverb aside.
                lang = ctx.release.meta.lang
                negation = self._negation
                k = comma + 1
                while k < window_end - 1 and (ctx.keys[k] in negation or self._is_adverb(ctx.keys[k], lang)):
                    k += 1
                marked = k
                k += 1
                while k < window_end - 1 and (ctx.keys[k] in negation or self._is_adverb(ctx.keys[k], lang)):
                    k += 1
                word = ctx.tokens[k].text if k < window_end else ""
                if (
                    ctx.keys[marked] in _INFINITIVE_MARKS
                    and word.isalpha()
                    and word.islower()
                    and _infinitive_like(ctx.keys[k], lang)
                ):
                    window_end = comma
        # "the right to decide free from outside interference", "sans justification, du …": what is
        # kept away (up to the next comma) is no target.
        kept_away: set[int] = set()
        privatives = self._privatives_by_first
        if ctx.privative_starts is None:
            ctx.privative_starts = _where(ctx.keys, privatives)
        starts = ctx.privative_starts
        for k in starts[_bisect(starts, hit.end) : _bisect(starts, window_end)]:
            if any(p.matches(ctx.tokens, k) for p in privatives[ctx.keys[k]]):
                stop = next((j for j in range(k, window_end) if ctx.tokens[j].text == ","), window_end)
                kept_away.update(range(k, stop))
        # "ahead of the next Foreign Affairs Council": a meeting says when, it is no target.
        kept_away.update(self._when_named(ctx, hit.end, window_end))
        # "a violation of the territorial integrity of Ukraine": what is violated is valued, no target
        # of a condemnation, a rejection or a worry (up to a comma or the violator: "… by Russia").
        if hit.cue.stance != "supports":
            keys = ctx.keys
            for k in range(hit.end, window_end - 1):
                # "a violation of", "une violation flagrante du": one adjective may stand between.
                if (
                    keys[k] in _VIOLATION_NOUNS
                    and keys[k + 1] not in _OF
                    and k + 2 < window_end
                    and keys[k + 2] in _OF
                    and ctx.mention_at.get(k + 1) is None
                ):
                    end = next(
                        (
                            j
                            for j in range(k, window_end)
                            if ctx.tokens[j].text == "," or keys[j] in {"by", "par"}
                        ),
                        window_end,
                    )
                    kept_away.update(range(k + 2, end))
                    continue
                if keys[k] in _VIOLATION_NOUNS and keys[k + 1] in _OF:
                    stop = next(
                        (
                            j
                            for j in range(k, window_end)
                            if ctx.tokens[j].text == "," or keys[j] in {"by", "par"}
                        ),
                        window_end,
                    )
                    kept_away.update(range(k + 1, stop))  # "violations of the ceasefire" itself may be named
        # A name that holds the cue word and runs past it ("support for Ukraine") is what follows it;
        # not the speaker, nor (but as welcomed) a person or an office, nor what is kept away.
        people_too = hit.cue.stance == "welcomes"
        # "condemns President Putin's decision": the person whose act is condemned is its target.
        if hit.cue.stance in {"condemns", "rejects"}:
            for m in ctx.between(hit.end, min(window_end, hit.end + 6)):
                if m.entry.kind in _PEOPLE and m.end < len(ctx.tokens) and ctx.tokens[m.end].key == "'s":
                    who = self._speaker_of(m, ctx.release)
                    if who and who != speaker:
                        return who
                    break
        # "deplores the attacks on Ukrainian forces by illegal armed groups", "condamne les frappes
        # menées par la Russie": the actor responsible is the agent named in the object.
        if hit.cue.stance == "condemns" and not hit.cue.agentive:
            agent = self._agent_in_object(ctx, hit.end, window_end, speaker)
            if agent is not None:
                return agent
        after = [
            m
            for m in ctx.crossing(hit.end) + ctx.between(hit.end, window_end)
            if m.entry.iri != speaker
            and (people_too or m.entry.kind not in _PEOPLE)
            and m.start not in kept_away
        ]
        after += [
            m
            for m in self._composite_topics(ctx, hit.end, window_end, speaker)
            if (people_too or m.entry.kind not in _PEOPLE) and m.start not in kept_away
        ]
        _sort_spans(after)
        # "work with our partners, including through the UN Security Council, to hold Iran to account",
        # "notamment au sein du Conseil de sécurité": an institution acted through is no target.
        if len(after) > 1:
            if self._channels is None:
                words = self._words_of("channel-phrases")
                self._channels = {" ".join(t.key for t in tokenize(w)) for w in words}
            channels = self._channels
            after = [
                m
                for m in after
                if not (
                    m.entry.is_actor
                    and m.entry.kind != "state"
                    and self._after_locative(ctx.keys, m.start, hit.end, channels)
                )
            ]
        # "welcomes the signing in Pretoria, South Africa, of the agreement": the state after a place
        # and a comma says where the place is; it is no target.
        toks = ctx.tokens
        after = [m for m in after if m.entry.kind != "state" or not _country_of_place(toks, m.start, hit.end)]
        # "Nous saluons l'engagement des États, des villes et des entreprises des États-Unis": the state
        # whose constituents are welcomed is not what is welcomed.
        if hit.cue.stance in {"welcomes", "supports"}:
            constituents = self._words_of("constituent-nouns")
            after = [
                m
                for m in after
                if not (
                    m.entry.kind == "state"
                    and m.start - 2 > hit.end
                    and ctx.keys[m.start - 1] in _OF_PRINCIPAL | {"the", "les"}
                    and (
                        ctx.keys[m.start - 2] in constituents
                        or (ctx.keys[m.start - 2] in _OF_PRINCIPAL and ctx.keys[m.start - 3] in constituents)
                    )
                )
            ]
        # "the clashes along the contact line in Nagorno-Karabakh", "le long de la ligne de contact au
        # Haut-Karabakh": a name after a locative preposition says where, when a name follows it.
        if len(after) > 1:
            if self._locatives is None:
                words = self._words_of("locative-prepositions")
                self._locatives = {" ".join(t.key for t in tokenize(w)) for w in words}
            locatives = self._locatives
            # Only for a region named right after it ("in", "au", "dans"): a state there is where the
            # named place is ("near the nuclear power plant in Ukraine" is about the plant).
            where = [
                m
                for m, nxt in pairwise(after)
                if nxt.entry.kind == "topic"
                and nxt.start - m.end in (1, 2)
                and ctx.keys[m.end] in _LOCATED_IN
                and self._after_locative(ctx.keys, m.start, hit.end, locatives)
            ]
            if where:
                after = [m for m in after if m not in where]
        if hit.cue.agentive:
            # "… would come at a high price for Russia", "des conséquences graves pour la Russie": the
            # one a warning is for is named after it.
            if hit.cue.stance == "warns" and hit.end < s.end and ctx.keys[hit.end] in {"for", "pour"}:
                mine_here = self._speaker_orgs(ctx, speaker)
                for m in ctx.between(hit.end + 1, min(s.end, hit.end + 3)):
                    if m.entry.is_actor and m.entry.kind not in _PEOPLE and m.entry.iri not in mine_here:
                        return m.entry.iri
                    break
            # "It is extremely dangerous to bring X": an expletive subject, the target follows.
            # But "It is a violation of the Charter", "C'est un crime de guerre": a violation or a
            # crime is some act's, and "it" names that act again.
            # A verb right after "it" has it for subject ("It undermines the unity of Ukraine").
            expletive = (
                hit.cue.kind != "agent-verb"
                and not _EXPLETIVES.isdisjoint(ctx.keys[max(s.start, hit.start - 3) : hit.start])
                and _BLAME_NOUNS.isdisjoint(ctx.keys[hit.start : hit.end])
            )
            agent = None if expletive else self._agent(ctx, s, hit, speaker)
            if hit.cue.stance == "commits" and agent is not None:
                entry = self.vocab.entries.get(agent)
                if entry is None or entry.kind != "topic":
                    return None  # "Russia's troops will remain in place" pledges nothing of ours
            if agent is not None or not expletive:
                return agent
            # An expletive "it" introduces a danger or a threat, not a supported or welcomed thing
            # ("il est opportun de …" says what should be done, not what was well done).
            return after[0].entry.iri if after and hit.cue.stance not in {"supports", "welcomes"} else None
        mine = self._speaker_orgs(ctx, speaker)
        # "We welcome their efforts", "il salue leur persévérance": the actors last spoken of.
        if (
            hit.cue.stance in {"welcomes", "condemns"}
            and hit.end < s.end
            and ctx.tokens[hit.end].key in self._words_of("plural-possessives")
            and ctx.actor_topic
        ):
            return ctx.actor_topic
        # "Elle continuera de lui apporter un soutien …": an object pronoun right after a pledge or a
        # support that ends on "de"/"à" stands for what was named before.
        if (
            hit.cue.stance in {"commits", "supports"}
            and ctx.release.meta.lang == "fr"
            and hit.end + 1 < s.end
            and ctx.keys[hit.end - 1] in {"de", "d'", "a"}
            and ctx.keys[hit.end] in {"lui", "leur"}
        ):
            # "L'UE est aux côtés de l'Ukraine. Elle continuera de lui apporter …": the nearest actor
            # named before, in this sentence or the one before, that is not the speaker's side.
            mine_here = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
            for m in reversed(ctx.between(max(0, s.start - 40), hit.end)):
                if m.entry.is_actor and m.entry.kind not in _PEOPLE and m.entry.iri not in mine_here:
                    return m.entry.iri
        if self._clitic_object(ctx, s, hit):
            clitic_at = (
                hit.start - 1 if ctx.tokens[hit.start - 1].key in _FR_OBJECT_CLITICS else hit.start - 2
            )
            back = self._referent_before(ctx, s, clitic_at, speaker, actor=role == "actor")
            if back is not None:
                return back
        if hit.cue.stance in {"calls-for", "warns", "supports"} and not hit.cue.agentive:
            # "We call on President Putin to …", "Nous appelons le président Poutine à …": a person
            # (or an office's holder) named right after the cue is the one called upon; "solidarity
            # with Mr Navalny" is with him.
            # "soutient les efforts déployés par le Secrétaire général": a few words more for the efforts.
            for m in ctx.between(hit.end, min(window_end, hit.end + 7)):
                if m.entry.kind in _PEOPLE:
                    who = self._speaker_of(m, ctx.release)
                    if who is not None and who != speaker:
                        return who
                if m.entry.kind not in _PEOPLE or m.entry.kind == "person":
                    break
        # "We reject the notion that …", "nous rejetons l'affirmation selon laquelle …": a claim whose
        # content follows is the last claimant's, as a claim named again is (what it says is no target).
        if (
            hit.cue.stance in {"condemns", "rejects"}
            and hit.end + 2 < s.end
            and ctx.keys[hit.end] in _DEFINITE
            and self._claim_noun(ctx.keys[hit.end + 1])
            and ctx.keys[hit.end + 2] in _CLAIM_CONTENT
        ):
            return self._claimant_before(ctx, hit.end, speaker)
        if hit.cue.stance == "condemns":
            author = self._author_of_act(ctx, hit.end, min(window_end, hit.end + 6), mine)
            if author is not None:
                return author
        # "we urge the government to ensure …", "il appelle les autorités à …": an unnamed government
        # is the state the release is about (the one its title names, else the last subject that was
        # a state).
        if (
            role == "actor"
            and hit.end + 1 < s.end
            and ctx.keys[hit.end] in _DEFINITE
            and ctx.keys[hit.end + 1] in self._words_of("government-nouns")
            and ctx.mention_at.get(hit.end + 1) is None
            and (hit.end + 2 >= s.end or ctx.keys[hit.end + 2] not in _OF_PRINCIPAL)
        ):
            states = sorted(self._title_states(ctx.release) - mine)
            if len(states) == 1:
                return states[0]
            about = self.vocab.entries.get(ctx.actor_topic) if ctx.actor_topic else None
            if about is not None and about.kind == "state" and about.iri not in mine:
                return about.iri
        if role == "actor":
            # "Nous mettons la Russie en garde": the object stands between the verb and its particle.
            for m in ctx.between(hit.start + 1, hit.end):
                if m.entry.is_actor and m.entry.iri not in mine and m.end <= hit.end:
                    return m.entry.iri
            # The actor called upon or warned is the cue's object: it comes before any thing named
            # after the cue ("calls on Russia to respect the Minsk agreements"); an actor named after
            # the thing ("the need to implement the Minsk agreements approved by the Council") is not.
            for n, m in enumerate(after[:4]):
                if m.entry.iri in mine:
                    continue
                if m.entry.is_actor:
                    # "Kiev's Western sponsors": the head named after the possessor is the actor meant.
                    nxt = after[n + 1] if n + 1 < len(after) else None
                    if (
                        nxt is not None
                        and nxt.entry.is_actor
                        and m.end < len(ctx.tokens)
                        and ctx.keys[m.end] == "'s"
                        and nxt.start <= m.end + 2
                    ):
                        return nxt.entry.iri
                    return m.entry.iri
                break
        # "will not recognise this annexation, and we will continue to stand by Ukraine's sovereignty":
        # a description right after the cue that names again a thing said before is its object, not
        # a name further on.
        det = hit.end
        while (
            det < s.end
            and det < hit.end + 3
            and (self._is_adverb(ctx.keys[det], ctx.release.meta.lang) or ctx.keys[det] in _NE_PARTNERS)
        ):
            det += 1
        if det < s.end and ctx.keys[det] in _DEMONSTRATIVES and not ctx.between(det, det + 2):
            described = self._antecedent(ctx, s, det)
            if described is not None:
                return described
        # "horrifiée par les images de civils tués à Boutcha", "concerned by reported atrocities and the
        # situation in the Tigray region", "préoccupée par les bombardements du régime syrien dans la
        # région d'Idlib": a worry about harm, or about what an actor did, is about where it happens.
        if hit.cue.stance == "concerned" and len(after) > 1:
            first = after[0]
            harms = self._words_of("harm-topics")
            if (first.entry.kind == "topic" and fold(first.entry.label()) in harms) or (
                first.entry.is_actor and self._of_author(ctx.keys, first.start, hit.end)
            ):
                for m in after[1:]:
                    j = m.start - 1 if ctx.keys[m.start - 1] in _DEFINITE else m.start
                    if m.entry.kind == "topic" and j > hit.end and ctx.keys[j - 1] in _LOCATED_IN:
                        return m.entry.iri
        things = [m for m in after if not (m.entry.iri in mine and m.how != "headword")]
        # What is supported or welcomed is rarely "all parties": prefer a topic or a named actor.
        for m in things:
            if m.entry.kind != "group":
                # "Thank you, Secretary General, for your support": an office welcomed is its holder.
                if m.entry.kind == "office":
                    holder = self._resolve_office(m, self._context_orgs(ctx.release), ctx.release)
                    if holder is not None and holder != speaker:
                        return holder
                return m.entry.iri
        if things:
            return things[0].entry.iri
        loose = self._loose_topic(ctx.tokens, hit.end, window_end)
        if loose is not None:
            return loose.iri
        # "concerned about the situation at the plant", "préoccupés par la situation à la centrale": the
        # situation is that of the place named again after it.
        j = hit.end
        while j < s.end and j < hit.end + 2 and ctx.keys[j] in _DESCRIPTION_PREPOSITIONS | {"about"}:
            j += 1
        if (
            j + 3 < s.end
            and ctx.keys[j] in _DEFINITE
            and ctx.keys[j + 1] == "situation"
            and ctx.keys[j + 2] in _SITUATED
            and ctx.keys[j + 3] in _DEFINITE
        ):
            place = self._antecedent(ctx, s, j + 3)
            if place is not None:
                return place
        # "… will not recognise it": an object pronoun stands for what the sentences are about; "We support
        # the framework …, and we will work with our partners to uphold it": a singular one, after a clause
        # joined with "and", for the last thing that sentence named before it.
        if hit.end < s.end and ctx.tokens[hit.end].key in {"it", "them"}:
            if ctx.tokens[hit.end].key == "it":
                thing_before = self._thing_before_it(ctx, s, hit)
                if thing_before is not None:
                    return thing_before
            if ctx.topic:
                return ctx.topic
        # "Nous condamnons cette annexion", "we reject the referendum": a description naming again a
        # thing named before.
        # "rejects categorically these …", "troubled by these …": past adverbs and a preposition.
        det = hit.end
        lang = ctx.release.meta.lang
        while (
            det < s.end
            and det < hit.end + 3
            and (
                self._is_adverb(ctx.keys[det], lang)
                or ctx.keys[det] in _DESCRIPTION_PREPOSITIONS
                or ctx.keys[det] in _NE_PARTNERS  # "ne reconnaîtra pas cette annexion"
            )
        ):
            det += 1
        if det >= s.end or ctx.tokens[det].key not in _DEMONSTRATIVES:
            det = hit.end
        if det < s.end and ctx.tokens[det].key in _DEFINITE | _DEMONSTRATIVES:
            thing = self._antecedent(ctx, s, det)
            # "We reject these accusations", "Nous condamnons ces frappes", "deeply troubled by these
            # abuses": an act or a claim spoken of before, with no name of its own, is the one of the
            # actor the sentences before were about.
            if thing is None and ctx.tokens[det].key in _DEMONSTRATIVES:
                head = ctx.keys[det + 1] if det + 1 < s.end else ""
                # "We reject these accusations", "la France rejette ces allégations": the claims of
                # the last person named before them, who is not the speaker.
                if hit.cue.stance in {"condemns", "rejects"} and self._claim_noun(head):
                    return self._claimant_before(ctx, det, speaker)
                # "Nous condamnons ces frappes", "deeply troubled by these abuses": an act spoken of
                # before, with no name of its own, is the one of the actor the sentences were about.
                # But an act the sentences before named as their subject, with no actor ("L'utilisation
                # d'une arme chimique constitue une violation … Nous condamnons cet acte"), is that act.
                about = self.vocab.entries.get(ctx.topic) if ctx.topic else None
                blames = hit.cue.stance in {"condemns", "concerned"}
                if blames and about is not None and about.kind == "topic":
                    return about.iri
                if blames and ctx.actor_topic not in mine:
                    return ctx.actor_topic
            return thing
        return None

    def _act_target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, situated: bool, stop: int | None
    ) -> str | None:
        """An act of a type of ontology/acts.ttl that a condemnation, a worry or a refusal has for
        object, named with the place or the victim the text gives: "condemns the coup in Niger", "la
        tentative de coup d'État au Niger", "l'attaque perpétrée … contre le camp de la MINUSMA" are
        about the "coup in Niger", the "coup attempt in Niger", the "attack on MINUSMA". The place may
        be the state the sentence or the title is about (``situated``: "la tentative de prise du pouvoir
        … à Niamey" under a title on Niger). Only where the target found so far is none, that place or
        that victim: an act whose author is named ("Russia's aggression against Ukraine", "the attack by
        Hamas on Israel") stays its author's, and an act named again ("these attacks") is the one
        named before."""
        if hit.cue.stance not in _ACT_STANCES or hit.cue.agentive:
            return None
        tokens, keys = ctx.tokens, ctx.keys
        end = _cue_window(ctx, s, hit, stop, 25)
        found: tuple[int, Composable, bool] | None = None
        act_at = hit.end
        again = False  # "cette tentative de coup d'État": an act named before
        # The act heads the cue's object: a few words on ("condamne dans les termes les plus
        # énergiques l'attaque"), no name or punctuation before it.
        for k in range(hit.end, min(end, hit.end + 9)):
            at = self._acts.at(tokens, k)
            if at:
                pattern, (kind, plural) = at[0]
                found = (k + len(pattern.keys), kind, plural)
                act_at = k
                break
            text = tokens[k].text
            wordlike = any(c.isalpha() for c in text) or text in _QUOTE_MARKS
            if ctx.mention_at.get(k) is not None or not wordlike:
                return None
            again = again or keys[k] in _DEMONSTRATIVES
        if found is None:
            return None
        after, kind, plural = found
        if again:
            # "Il a appris avec préoccupation la tentative de coup d'État au Niger. Il condamne cette
            # tentative de coup de force": the act of that type the text spoke of last, else the act
            # named before is left to _target (these attacks are their author's).
            about = ctx.topic
            same = COMPOSED_TOPIC + kind.slug + "/"
            return about if about is not None and about.startswith(same) else None
        # The act's own name in the vocabulary, broader ("la libération immédiate": the release of
        # detainees), gives way to the act named with whom it concerns.
        named = ctx.mention_at.get(act_at)
        broader = named.entry.iri if named is not None and named.start == act_at else None
        victims = self._victim_prepositions.get(kind.victim_preposition, set())
        # "of" names whom the act concerns right after it; "on", "against" may come a few words on.
        genitive = kind.victim_preposition == "of"
        place: Entry | None = None
        link = "in"
        hi = min(end, after + 12)
        for j in range(after, hi):
            key = keys[j]
            if tokens[j].text in {",", ";", ":", "("} or key in _OBJECT_RELATIVES or key in {"qui", "who"}:
                break
            # An act named after whom it concerns may say so with "targeting"/"visant" further on.
            victim = (key in victims and (not genitive or j == after)) or (
                genitive and key in self._targeting
            )
            # "the air strikes by the Syrian regime in Idlib", "les frappes du régime syrien": an act
            # whose author is named is the author's (see _target).
            if not victim and (key in {"by", "par"} or (j == after and key in _AUTHOR_LINKS)):
                m = self._named_after(ctx, j + 1, hi, 2)
                if m is not None and m.entry.is_actor:
                    return None
                continue
            if not victim and key not in self._place_prepositions:
                continue
            m = self._named_after(ctx, j + 1, hi, 3 if genitive else 5 if victim else 2)
            # "arrests targeting human rights defenders in Azerbaijan", "l'assassinat de journalistes": people
            # of a group are whom the act hit, named with their place or nationality.
            group = self._group_at(ctx, j + 1, hi) if victim and m is None else None
            if group is not None:
                people, _ = self._group_named(ctx, group, min(end, hi + 6))
                name = kind.plural_name if plural and kind.plural_name else kind.name
                label = f"{name} {kind.victim_preposition} {people}"
                return COMPOSED_TOPIC + kind.slug + "/" + quote(label.replace(" ", "_"), safe="-_.~'")
            if m is None:
                continue
            if victim and m.entry.is_actor:
                place, link = m.entry, kind.victim_preposition
                break
            if not victim and (
                m.entry.kind == "state" or (m.entry.kind == "topic" and m.entry.label("en")[:1].isupper())
            ):
                place = m.entry
                break
        # "la tentative de coup d'État contre les institutions de la Turquie", "les affrontements qui
        # opposent les Forces armées soudanaises et …": the state named in the act's own words.
        inside = None
        if place is None and not kind.victim_preposition:
            inside = self._state_in_act_words(ctx, after, end, target)
            place = inside
        if place is not None:
            if target is not None and target not in (place.iri, broader) and not situated and inside is None:
                return None
        elif situated and target is not None and not kind.victim_preposition:
            # Only an act that happens somewhere rather than to someone: an attack or a killing is named
            # after whom it hit, and the state the sentence is about says too little of it.
            entry = self.vocab.entries.get(target)
            if entry is None or entry.kind != "state":
                return None
            place = entry
        else:
            return None
        name = kind.plural_name if plural and kind.plural_name else kind.name
        label = f"{name} {link} {place.label('en')}"
        return COMPOSED_TOPIC + kind.slug + "/" + quote(label.replace(" ", "_"), safe="-_.~'")

    def _person_after_office(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, stop: int | None
    ) -> str | None:
        """A person of the vocabulary set off by a comma after the office that describes them ("the AU
        High Representative for the Horn of Africa, H.E. Olusegun Obasanjo, …", "le Président de la
        République, François Hollande, …"), where the target found is none or named by that office's
        words (its holder, its organisation). The office's words (a few, from the cue or a comma) hold
        an office of the vocabulary or a word of the person-titles list; an honorific may stand after
        the comma."""
        if hit.cue.stance == "commits" or hit.cue.agentive:
            return None
        tokens, keys = ctx.tokens, ctx.keys
        end = _cue_window(ctx, s, hit, stop, 40)
        for m in ctx.between(hit.end, end):
            if m.entry.kind != "person":
                continue
            k = m.start - 1
            # "H.E.", "S.E.", "M.": an honorific's letters and full stops.
            while k > hit.end and (
                tokens[k].text == "."
                or keys[k] in self._honorifics
                or (len(tokens[k].text) == 1 and tokens[k].text.isupper())
            ):
                k -= 1
            if tokens[k].text != ",":
                continue
            after_name = tokens[m.end].text if m.end < s.end else "."
            if after_name not in {",", ".", ";"} and keys[m.end] not in {"and", "et", "for", "pour"}:
                continue
            # The office's words: back to the cue or a comma, at most 14 tokens.
            j = k
            while j > hit.end and tokens[j - 1].text != ",":
                j -= 1
            if k - j > 14:
                continue
            words = ctx.between(j, k)
            titled = any(keys[i] in self._person_titles for i in range(j, k))
            offices = [w for w in words if w.entry.kind == "office"]
            if not titled and not offices:
                continue
            named = {w.entry.iri for w in words}
            orgs = self._context_orgs(ctx.release)
            for w in offices:
                holder = self._resolve_office(w, orgs, ctx.release)
                if holder is not None:
                    named.add(holder)
            if target is None or target in named:
                return m.entry.iri
        return None

    def _agent_of_what_is_asked(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str, stop: int | None
    ) -> bool:
        """Whether the actor found for a call is only named as the agent of a participle in what is asked
        ("exhorte les États à appliquer l'embargo décidé par le Conseil de sécurité", "to respect the
        embargo imposed by the European Union"): who decided the thing asked for is not called upon."""
        # A call in the passive ("must be implemented by all sides") is on its agent.
        if hit.cue.stance != "calls-for" or hit.cue.agentive or hit.cue.kind != "verb":
            return False
        end = _cue_window(ctx, s, hit, stop, 25)
        named = [m for m in ctx.between(hit.end, end) if m.entry.iri == target]
        if not named:
            return False
        keys, lang = ctx.keys, ctx.release.meta.lang
        for m in named:
            k = m.start - 1
            if k > hit.end and keys[k] in _ANY_ARTICLE:
                k -= 1
            # The participle as written: folded keys lose the accent of "imposé".
            before = ctx.tokens[k - 1].text.lower() if k > hit.end else ""
            if not (keys[k] in {"by", "par"} and _passive_participle(before, lang)):
                return False
            # Inside what is asked: an infinitive opens between the call and the participle.
            if not any(keys[j] in _INFINITIVE_MARKS for j in range(hit.end, k)):
                return False
        return True

    def _course_place(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, stop: int | None
    ) -> str | None:
        """The place a condemned or worrying development happens, when the target found is a topic of
        the course-topics list ("escalation") followed, with only lowercase words between, by "in",
        "en", "au", "dans" and a state or a place of the vocabulary ("the escalation of the conflict in
        Ukraine", "l'escalade sans précédent de la violence au Haut-Karabakh")."""
        if hit.cue.stance not in {"condemns", "concerned"} or hit.cue.agentive or target is None:
            return None
        entry = self.vocab.entries.get(target)
        if entry is None or entry.kind != "topic":
            return None
        if fold(entry.label()) not in self._words_of("course-topics"):
            return None
        end = _cue_window(ctx, s, hit, stop, 25)
        first = next((m for m in ctx.between(hit.end, end) if m.entry.iri == target), None)
        if first is None:
            return None
        keys, tokens = ctx.keys, ctx.tokens
        for k in range(first.end, min(end, first.end + 10)):
            if keys[k] in _LOCATED_IN:
                j = k + 1 if k + 1 < end and keys[k + 1] in _ANY_ARTICLE else k
                m = ctx.mention_at.get(j + 1) if keys[k + 1] in _ANY_ARTICLE else ctx.mention_at.get(k + 1)
                if m is None or m.start not in {k + 1, j + 1}:
                    return None
                place = m.entry
                if place.kind == "state" or (place.kind == "topic" and place.label("en")[:1].isupper()):
                    return place.iri
                return None
            # "the escalation of the conflict in Ukraine": of a conflict the vocabulary names about one state.
            named = ctx.mention_at.get(k)
            if named is not None:
                states = [a for a in named.entry.about if self._kind_of(a) == "state"]
                alone = named.start == k and named.entry.kind == "topic" and len(states) == 1
                return states[0] if alone else None
            text = tokens[k].text
            if not (text[:1].isalpha() and text.islower()) and text != "l'":
                return None
        return None

    def _kind_of(self, iri: str) -> str:
        entry = self.vocab.entries.get(iri)
        return entry.kind if entry is not None else ""

    def _state_in_act_words(self, ctx: _Context, after: int, end: int, target: str | None) -> Entry | None:
        """Where an act that happens somewhere rather than to someone took place, when the target found
        for the cue is named in the act's own words: the state whose institutions it was against ("la
        tentative de coup d'État … contre les institutions démocratiquement élues de la Turquie": in
        Turkey), or the one state the sides named after a word of the side-words list belong to (one the
        vocabulary knows no state of, an armed group, leaves the place to the other: "les
        affrontements qui opposent … les Forces armées soudanaises et les Forces de soutien rapide",
        "the clashes between the Sudanese army and …": in Sudan; not where the title names other states).
        Sides that are states themselves are no place ("the fighting between Armenia and Azerbaijan")."""
        entry = self.vocab.entries.get(target) if target is not None else None
        if entry is None or entry.kind == "person" or not entry.is_actor:
            return None
        keys, tokens = ctx.keys, ctx.tokens
        against = self._victim_prepositions["on"] - self._place_prepositions
        sides = self._words_of("side-words")
        hi = min(end, after + 15)
        for j in range(after, hi):
            if tokens[j].text in {";", ":", "(", "."}:
                return None
            key = keys[j]
            if key in against and entry.kind == "state":
                # Only lowercase words between: "contre les institutions démocratiquement élues de la".
                for k in range(j + 1, hi):
                    m = ctx.mention_at.get(k)
                    if m is not None:
                        return entry if m.start == k and m.entry.iri == entry.iri else None
                    if not tokens[k].text[:1].isalpha() or not tokens[k].text.islower():
                        return None
                return None
            if key in sides:
                states: set[str] = set()
                named_target = False
                for m in ctx.between(j + 1, hi):
                    if not m.entry.is_actor:
                        continue
                    if m.entry.kind == "state":
                        return None
                    named_target = named_target or m.entry.iri == entry.iri
                    # A side the vocabulary knows no state of (an armed group) leaves the place to the other.
                    owner = self.vocab.entries.get(m.entry.organisation) if m.entry.organisation else None
                    if owner is not None and owner.kind == "state":
                        states.add(owner.iri)
                if not named_target or len(states) != 1:
                    return None
                # Forces of one state may fight abroad ("between the Israel Defense Forces and Hezbollah"
                # under a title on Lebanon): a title that names states must name that one.
                state = next(iter(states))
                titled = self._title_states(ctx.release)
                return self.vocab.entries.get(state) if not titled or state in titled else None
        return None

    def _military_target(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> str | None:
        """The military a call, a warning or a condemnation has for object when no state is named with
        it ("The Secretary-General urges the military leadership to …", "Il appelle ces militaires à
        cesser …"): that of the state the release is about, the one state its title names, else the
        state the last sentences were about; the vocabulary's entry for it (part of that state: "Myanmar
        military"), else named with the state's demonym ("Malian military"). The words are the
        military-nouns list, after an article or a demonstrative right after the cue."""
        if hit.cue.stance not in {"calls-for", "warns", "condemns"} or hit.cue.agentive:
            return None
        keys = ctx.keys
        k = hit.end
        if k >= s.end or keys[k] not in _DEFINITE | _DEMONSTRATIVES:
            return None
        k += 1
        size = 0
        for words in self._military_nouns:
            if keys[k : k + len(words)] == words:
                size = len(words)
                break
        if not size or ctx.mention_at.get(k) is not None:
            return None
        # "the military leadership of Myanmar", "l'armée malienne": a state named with it is the text's
        # (a nationality is left to _addressee_target).
        after = k + size
        if after < s.end and (self._nationality_at(ctx, after) is not None or keys[after] in _OF_PRINCIPAL):
            return None
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        states = sorted(self._title_states(ctx.release) - mine)
        state = states[0] if len(states) == 1 else None
        if state is None:
            about = self.vocab.entries.get(ctx.actor_topic) if ctx.actor_topic else None
            if about is not None and about.kind == "state" and about.iri not in mine:
                state = about.iri
        if state is None:
            return None
        known = self._militaries.get(state)
        if known is not None:
            return known
        demonyms = self.vocab.entries[state].demonyms.get("en")
        if self._military_type is None or not demonyms:
            return None
        name = f"{demonyms[0]} {self._military_type.name}"
        return COMPOSED_ACTOR + self._military_type.slug + "/" + quote(name.replace(" ", "_"), safe="-_.~'")

    def _thing_before_it(self, ctx: _Context, s: _Sentence, hit: CueHit) -> str | None:
        """The thing "it" after the cue names again when a clause of the same sentence, joined before the
        cue's by "and", named one ("We support the framework …, as agreed at the United Nations, and we
        will continue to work with our partners to uphold it"): the last topic named before that "and"."""
        keys = ctx.keys
        joint = next((j for j in range(hit.start - 1, s.start, -1) if keys[j] == "and"), None)
        if joint is None:
            return None
        for m in reversed(ctx.between(s.start, joint)):
            if m.end <= joint and m.entry.kind == "topic":
                return m.entry.iri
        return None

    def _when_named(self, ctx: _Context, lo: int, hi: int) -> set[int]:
        """The tokens, from ``lo`` to ``hi``, of a meeting named after a word of the time-prepositions
        list ("ahead of the next Foreign Affairs Council", "avant la prochaine session du Conseil des
        affaires étrangères", "lors du sommet de l'OTAN"): it says when, not what a stance is about. A
        meeting is lowercase words (an article, adjectives) holding a gathering noun, or a name that
        holds one, after them; "avant tout l'OSCE" names no meeting."""
        keys, tokens = ctx.keys, ctx.tokens
        away: set[int] = set()
        k = lo
        while k < hi:
            size = 0
            for words in self._time_prepositions:
                if keys[k : k + len(words)] == words:
                    size = len(words)
                    break
            if not size:
                k += 1
                continue
            j = k + size
            meeting = False
            end = 0
            while j < hi and j < k + size + 6:
                m = ctx.mention_at.get(j)
                if m is not None:
                    held = any(keys[i] in self._gatherings for i in range(m.start, m.end))
                    if m.start == j and (meeting or held):
                        end = m.end
                    break
                text = tokens[j].text
                if not text[:1].isalpha() or not text.islower():
                    break
                meeting = meeting or keys[j] in self._gatherings
                j += 1
            if meeting and not end:
                end = j
            if end:
                away.update(range(k, end))
                k = end
            else:
                k += size
        return away

    def _group_at(self, ctx: _Context, k: int, hi: int) -> tuple[Composable, int, int, Entry | None] | None:
        """People of a type of ontology/acts.ttl a stance may be about (one with a place preposition)
        named from ``k``, an article, "all"/"tous les" and a nationality aside ("des défenseurs des droits
        de l'homme", "all Iranian protesters"): the type, where its words (with the nationality) start and
        end, and the state of the nationality the text gives, before or after them ("manifestants
        iraniens")."""
        keys = ctx.keys
        j = k
        while j < hi and j < k + 3 and keys[j] in _GROUP_OPENERS:
            j += 1
        first = j
        nation = self._nationality_at(ctx, j) if j < hi else None
        if nation is not None:
            j = nation[1]
        if j >= hi:
            return None
        for pattern, payload in self._addressees.at(ctx.tokens, j):
            kind: Composable = payload[0]
            if not kind.place_preposition:
                continue
            close = j + len(pattern.keys)
            if close > hi:
                continue
            if nation is None and close < hi:
                nation = self._nationality_at(ctx, close)
                if nation is not None:
                    close = nation[1]
            return kind, first, close, nation[0] if nation is not None else None
        return None

    def _group_named(
        self, ctx: _Context, found: tuple[Composable, int, int, Entry | None], hi: int
    ) -> tuple[str, int]:
        """The English name of people :meth:`_group_at` found, and where the words naming them end: with
        the nationality the text gives ("Iranian protesters"), else with the state or region named after
        them with a locative preposition, a few lowercase words aside ("des défenseurs des droits de
        l'homme de premier plan en Azerbaïdjan": "human rights defenders in Azerbaijan"), else bare."""
        kind, _, close, nation = found
        if nation is not None:
            demonyms = nation.demonyms.get("en")
            if demonyms:
                return f"{demonyms[0]} {kind.name}", close
        keys = ctx.keys
        j = close
        while j < hi and j < close + 5:
            text = ctx.tokens[j].text
            if ctx.mention_at.get(j) is not None or not text[:1].isalpha() or not text.islower():
                break
            if keys[j] in _LOCATED_IN:
                m = self._named_after(ctx, j + 1, hi, 2)
                if m is not None and (
                    m.entry.kind == "state" or (m.entry.kind == "topic" and m.entry.label("en")[:1].isupper())
                ):
                    return f"{kind.name} {kind.place_preposition} {m.entry.label('en')}", m.end
                break
            j += 1
        return kind.name, close

    def _group_target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, speaker: str, stop: int | None
    ) -> str | None:
        """People of a type of ontology/acts.ttl that a worry, a support, a pledge or a welcome is about,
        named as :meth:`_group_named` says: "continuera de suivre la situation des défenseurs des droits de
        l'homme en Azerbaïdjan" is about the "human rights defenders in Azerbaijan", not human rights;
        "stands with Iranian protesters", the "Iranian protesters". The people are the cue's object, a few
        lowercase words on ("the safety of", "le sort des", "de suivre de près la situation des"), no name
        or punctuation before them; only where the target found so far is none or named inside those
        words (a topic such as human rights, their state or place)."""
        if hit.cue.stance not in _GROUP_STANCES or hit.cue.agentive:
            return None
        end = _cue_window(ctx, s, hit, stop, 14)
        found = None
        for k in range(hit.end, min(end, hit.end + 8)):
            found = self._group_at(ctx, k, end)
            text = ctx.tokens[k].text
            if found is not None or ctx.mention_at.get(k) is not None or not text[:1].isalpha():
                break
        if found is None:
            return None
        name, close = self._group_named(ctx, found, end)
        if target is not None and not any(m.entry.iri == target for m in ctx.between(found[1], close)):
            return None
        return COMPOSED_ACTOR + found[0].slug + "/" + quote(name.replace(" ", "_"), safe="-_.~'")

    def _victims_target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, stop: int | None
    ) -> str | None:
        """The victims of a topic of the vocabulary that a support, a worry, a pledge or a welcome is
        about: "We stand in solidarity with all those who have been affected by recent malicious cyber
        activities", "aux côtés des victimes du terrorisme" are about the "victims of cyber attacks", the
        "victims of terrorism", not the attacks (the phrases are the ``victim-phrases`` list, a few
        lowercase words after the cue; the topic follows them, adjectives aside). Only where the target
        found so far is none or that topic."""
        if hit.cue.stance not in _GROUP_STANCES or hit.cue.agentive:
            return None
        end = _cue_window(ctx, s, hit, stop, 20)
        tokens = ctx.tokens
        for k in range(hit.end, min(end, hit.end + 6)):
            if ctx.mention_at.get(k) is not None or not tokens[k].text[:1].isalpha():
                return None
            for p in self._victim_phrases:
                if p.matches(tokens, k) and k + len(p.keys) <= end:
                    m = self._named_after(ctx, k + len(p.keys), end, 4)
                    if m is None or m.entry.kind != "topic" or (target is not None and target != m.entry.iri):
                        return None
                    name = f"victims of {m.entry.label('en')}"
                    return COMPOSED_ACTOR + "victims/" + quote(name.replace(" ", "_"), safe="-_.~'")
        return None

    def _stake_target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str, stop: int | None
    ) -> str | None:
        """Whom a worry about the consequences of something is for: "concerned about the impact of the
        fighting on civilians", "préoccupée par les conséquences de cette crise pour la stabilité du
        Sahel" are worries for the civilians, for the Sahel; what has the consequences is their cause.
        The nouns are the ``stake-nouns`` list; the name is the first after "for"/"on"/"pour"/"sur",
        a few lowercase words aside ("la stabilité du"), neither the speaker's side nor a person."""
        if hit.cue.stance != "concerned" or hit.cue.agentive:
            return None
        keys = ctx.keys
        lang = ctx.release.meta.lang
        end = _cue_window(ctx, s, hit, stop, 25)
        k = hit.end
        while (
            k < end
            and k < hit.end + 4
            and (keys[k] in _STAKE_OPENERS or self._is_adverb(keys[k], lang))
        ):
            k += 1
        if k >= end or keys[k] not in self._words_of("stake-nouns"):
            return None
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        for j in range(k + 1, end):
            if ctx.tokens[j].text in {",", ";", ":", "("}:
                return None
            if keys[j] in _STAKE_LINKS:
                m = self._named_after(ctx, j + 1, end, 5)
                if m is None or m.entry.iri in mine or m.entry.kind in _PEOPLE:
                    return None
                return m.entry.iri
        return None

    def _supported_after_holder(
        self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str, stop: int | None
    ) -> str | None:
        """What a support the speaker's side holds is for, named after it: "réaffirme le soutien de
        l'Union au Président X", "reaffirms the support of the EU to President X" are X's (the person, not
        the office, where both are named); the holder named after the cue is no target."""
        if hit.cue.stance != "supports" or hit.cue.kind != "noun":
            return None
        keys = ctx.keys
        end = _cue_window(ctx, s, hit, stop, 14)
        k = hit.end
        if k >= end or keys[k] not in _OF_PRINCIPAL:
            return None
        holder = self._named_after(ctx, k + 1, end, 2)
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        if holder is None or (holder.entry.iri != speaker and holder.entry.iri not in mine):
            return None
        j = holder.end
        if j >= end or keys[j] not in _SUPPORT_RECIPIENT_LINKS:
            return None
        named = self._named_after(ctx, j + 1, end, 2)
        if named is None:
            return None
        if named.entry.kind == "office":
            person = ctx.mention_at.get(named.end)
            if person is not None and person.start == named.end and person.entry.kind == "person":
                named = person
        if named.entry.kind in _PEOPLE:
            who = self._speaker_of(named, ctx.release)
            return who if who != speaker else None
        return named.entry.iri if named.entry.iri not in mine else None

    def _shared_complement(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, speaker: str, stop: int | None
    ) -> str | None:
        """A value the vocabulary names bare ("unity") that a list joins to values it names with their
        actor ("attachement à l'unité, à la souveraineté et à l'intégrité territoriale de l'Ukraine",
        "commitment to the unity, sovereignty and territorial integrity of Ukraine") shares their
        complement: the list is about that actor's, named by the first value of the list that has one."""
        if hit.cue.stance not in _VALUE_STANCES or target is None:
            return None
        entry = self.vocab.entries.get(target)
        if entry is None or entry.kind != "topic" or entry.about:
            return None
        end = _cue_window(ctx, s, hit, stop, 25)
        first = next((m for m in ctx.between(hit.end, end) if m.entry.iri == target), None)
        if first is None or first.end >= end:
            return None
        keys = ctx.keys
        if ctx.tokens[first.end].text != "," and keys[first.end] not in {"and", "et"}:
            return None
        named = ctx.between(first.end, end) + self._composite_topics(ctx, first.end, end, speaker)
        _sort_spans(named)
        for m in named:
            if m.start < first.end:
                continue
            listed = range(first.end, m.start)
            if not all(ctx.tokens[j].text == "," or keys[j] in _LIST_WORDS for j in listed):
                break
            # A value named by its headword near its actor ("la souveraineté … de l'Ukraine"), not a
            # thing of its own name ("unity, and the Minsk agreements" are two).
            if m.how == "headword":
                return m.entry.iri
        return self._listed_values_owner(ctx, first.end, end)

    def _listed_values_owner(self, ctx: _Context, lo: int, end: int) -> str | None:
        """The state a list of values closes on when the vocabulary names none of them with it ("the
        independence, sovereignty, unity and territorial integrity of Iraq", "l'unité, la souveraineté
        et l'intégrité territoriale du Tchad"): the values are that state's. Only lowercase words, commas
        and "of"/"de" before it."""
        keys, tokens = ctx.keys, ctx.tokens
        for k in range(lo, min(end, lo + 12)):
            m = ctx.mention_at.get(k)
            if m is not None:
                if m.start != k or m.entry.kind != "state":
                    return None
                j = k - 1 if keys[k - 1] in _ANY_ARTICLE else k
                return m.entry.iri if j > lo and keys[j - 1] in _OF_PRINCIPAL - {"for"} else None
            text = tokens[k].text
            if text != "," and not (text[:1].isalpha() and text.islower()) and text != "l'":
                return None
            # "unity and stability in the region of Iraq": a place is no value of the list.
            if keys[k] in self._place_prepositions and keys[k] not in _ANY_ARTICLE:
                return None
        return None

    def _named_after(self, ctx: _Context, lo: int, hi: int, gap: int) -> Mention | None:
        """The name that starts at most ``gap`` tokens from ``lo``, with only lowercase words between
        ("contre le camp de la MINUSMA", "au Soudan"), and a person's title ("du Président X")."""
        k = lo
        while k < min(hi, lo + gap):
            m = ctx.mention_at.get(k)
            if m is not None:
                return m if m.start == k else None
            text = ctx.tokens[k].text
            # "the attack on the embassy by the Taliban", "on the convoy in Mali": an author or a place
            # after the words is not what they name.
            key = ctx.keys[k]
            if key in {"by", "par"} or (key in self._place_prepositions and key not in _ANY_ARTICLE):
                return None
            titled = text == "." and k > lo and ctx.keys[k - 1] in self._title_words
            if titled or ctx.keys[k] in self._title_words:
                gap += 1  # "du Président X", "de M. X"
            elif not text[:1].isalpha() or not text.islower():
                return None
            k += 1
        return None

    def _addressee_target(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str | None, stop: int | None
    ) -> str | None:
        """Those a call or a warning addresses, of a type of ontology/acts.ttl, named with the
        nationality the text gives ("calls on all Malian stakeholders", "exhorte les parties maliennes",
        "toutes les forces politiques du Venezuela": "Malian stakeholders", "Malian parties",
        "Venezuelan political forces"), or as all of them where the text says so and the vocabulary has
        no name for the words ("toutes les parties prenantes": "all stakeholders"; "all parties" is the
        vocabulary's own). Only where the target found so far is none or named inside
        those words (the state of the nationality, the parties)."""
        if hit.cue.stance not in _ADDRESSEE_STANCES or hit.cue.agentive:
            return None
        keys = ctx.keys
        lang = ctx.release.meta.lang
        end = _cue_window(ctx, s, hit, stop, 12)
        k = hit.end
        while k < end and self._is_adverb(keys[k], lang):
            k += 1
        start = k
        universal = False
        for words in self._universal:
            if keys[k : k + len(words)] == words:
                universal = True
                k += len(words)
                break
        if not universal and k < end and keys[k] in _ANY_ARTICLE:
            k += 1
        nation = self._nationality_at(ctx, k)
        if nation is not None:
            k = nation[1]
        at = self._addressees.at(ctx.tokens, k) if k < end else []
        if not at:
            return None
        pattern, payload = at[0]
        kind: Composable = payload[0]
        close = k + len(pattern.keys)
        if nation is None and close < end:
            # "acteurs maliens"; "forces politiques du Venezuela", "political forces of Venezuela".
            nation = self._nationality_at(ctx, close)
            if nation is None and keys[close] in _OF_PRINCIPAL:
                j = close + 1
                if j < end and keys[j] in _ANY_ARTICLE:
                    j += 1
                m = ctx.mention_at.get(j)
                if m is not None and m.start == j and m.entry.kind == "state":
                    nation = (m.entry, m.end)
        if nation is not None:
            demonyms = nation[0].demonyms.get("en")
            if not demonyms:
                return None
            name = f"{demonyms[0]} {kind.name}"
            close = max(close, nation[1])
        elif universal:
            # A name of the vocabulary for these very words ("all parties") is theirs.
            m = ctx.mention_at.get(start)
            if m is not None and m.start == start and m.end == close:
                return None
            name = f"all {kind.name}"
        else:
            return None
        if target is not None and not any(m.entry.iri == target for m in ctx.between(start, close)):
            return None
        return COMPOSED_ACTOR + kind.slug + "/" + quote(name.replace(" ", "_"), safe="-_.~'")

    def _nationality_at(self, ctx: _Context, k: int) -> tuple[Entry, int] | None:
        """The state whose nationality adjective starts at ``k`` ("Malian", "maliens"), and where it ends."""
        m = ctx.mention_at.get(k)
        if m is not None and m.start == k and m.how == "demonym" and m.entry.kind == "state":
            return m.entry, m.end
        return None

    def _of_author(self, keys: tuple[str, ...], k: int, lo: int) -> bool:
        """Whether the name at ``k`` is the author of an act named before it: "by"/"of"/"du"/"par" right
        before it, an article or one lowercase noun aside ("the bombardment by the Syrian regime",
        "les bombardements du régime syrien")."""
        j = k
        for _ in range(2):
            if j - 1 < lo:
                return False
            if keys[j - 1] in _AUTHOR_LINKS:
                return True
            j -= 1
        return False

    def _after_locative(self, keys: tuple[str, ...], k: int, lo: int, locatives: set[str]) -> bool:
        """Whether a locative preposition (from ``lo`` on) ends right before token ``k``, an article aside."""
        j = k - 1 if k - 1 >= lo and keys[k - 1] in _DEFINITE else k
        return any(j - n >= lo and " ".join(keys[j - n : j]) in locatives for n in (1, 2, 3, 4, 5, 6))

    def _situation_state(self, ctx: _Context, s: _Sentence, hit: CueHit, speaker: str) -> str | None:
        """The state a condemnation or a worry is about when what it names is in the vocabulary under no
        name ("condemns the detention of … on the eve of the opening of Myanmar's new Parliament", "grave
        concern regarding the transfer of all powers to the military" under a title "… on Myanmar"):
        the one state named after the cue in the rest of the sentence, else the one state the title
        names; never the speaker's side, and none where two are named. Not for a cue whose subject is
        blamed ("This reckless act is a violation of …"): a state named there is as often the victim."""
        if hit.cue.stance not in _SITUATION_STANCES or hit.cue.agentive:
            return None
        mine = self._speaker_orgs(ctx, speaker) | ctx.voice_orgs
        named = {
            m.entry.iri
            for m in ctx.between(hit.end, s.end)
            if m.entry.kind == "state" and not self._against(ctx, m.start)
        }
        if not named:
            named = self._title_states(ctx.release)
            # A state the text says something is against ("la guerre contre l'Ukraine") is the victim
            # of what is condemned, not its author.
            if hit.cue.stance == "condemns" and named:
                named -= self._states_against(ctx)
        named -= mine
        return next(iter(named)) if len(named) == 1 else None

    def _states_against(self, ctx: _Context) -> set[str]:
        """The states the text names after "against"/"contre" (an article and adjectives may stand
        between), on their own or inside a longer name ("the war against Ukraine")."""
        found: set[str] = set()
        for j in _where(ctx.keys, _AGAINST):
            k = j + 1
            if k < len(ctx.keys) and ctx.keys[k] in _ANY_ARTICLE:
                k += 1
            while k < min(len(ctx.keys), j + 6) and ctx.tokens[k].text.islower():
                k += 1
            for m in self._find_mentions(ctx.tokens[k : k + 6]):
                if m.start == 0 and m.entry.kind == "state":
                    found.add(m.entry.iri)
        return found

    def _title_states(self, release: Release) -> set[str]:
        """The states a release's title names (by name or demonym)."""
        mentions = self._find_mentions(tokenize(release.meta.title))
        return {m.entry.iri for m in mentions if m.entry.kind == "state"}

    def _supported_together(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str, speaker: str, stop: int | None
    ) -> list[str]:
        """The actors a support names with its actor target as its very object ("solidarité avec le Japon
        et la République de Corée", "supports Japan and the Republic of Korea"): each is supported. Not
        where the first is named after a place's preposition ("units in Estonia, Latvia and Poland"), nor
        for a phrase cue."""
        # A support said by a verb or a noun: a phrase such as "aux côtés de" also says whom one acts
        # alongside ("aux côtés des États-Unis et de la Russie, la France est mobilisée").
        if hit.cue.stance != "supports" or hit.cue.kind not in {"verb", "noun"}:
            return []
        entry = self.vocab.entries.get(target)
        if entry is None or not entry.is_actor or entry.kind in _PEOPLE:
            return []
        near = ctx.between(hit.end, min(s.end, hit.end + 4))
        first = next((m for m in near if m.entry.iri == target), None)
        if first is None or not all(ctx.keys[j] in _SUPPORT_LINKS for j in range(hit.end, first.start)):
            return []
        together = self._coordinated_actors(ctx, s, hit, target, speaker, stop, supported=True)
        if not together:
            return together
        # Joined by "and", "et" or a comma only: "support for MINUSMA in Mali" names where it is.
        joined: list[str] = []
        for m in ctx.between(first.end, _cue_window(ctx, s, hit, stop, 25)):
            j = m.start - 1
            while j > first.end and ctx.keys[j] in _LINKING | _DEFINITE:
                j -= 1
            if m.entry.iri in together and m.entry.iri not in joined and ctx.keys[j] in _COORDINATORS:
                joined.append(m.entry.iri)
        return joined

    def _coordinated_actors(
        self,
        ctx: _Context,
        s: _Sentence,
        hit: CueHit,
        target: str,
        speaker: str,
        stop: int | None = None,
        supported: bool = False,
    ) -> list[str]:
        """Actors joined to an actor target by "and", "et" or a comma: each is a target too ("calls on
        both Ukraine and the Russian Federation", "appelle les forces de la Russie et de l'Ukraine",
        "commends the Secretary-General António Guterres and Türkiye"). A name right after the target
        is the same one in apposition."""
        # Persons and offices only as welcomed ("commends the Secretary-General"), as in _target.
        kinds = {"person", "organisation", "body", "state", "group"}
        # "units in Estonia, Latvia and Poland": places, not each a target (but see _supported_together).
        if (
            self.vocab.stances[hit.cue.stance].target_role != "actor"
            and hit.cue.stance != "welcomes"
            and not supported
        ):
            return []
        if hit.cue.stance != "welcomes":
            kinds -= _PEOPLE
        else:
            kinds |= _PEOPLE
        entry = self.vocab.entries.get(target)
        if entry is None or entry.kind not in kinds or hit.cue.agentive:
            return []
        window_end = _cue_window(ctx, s, hit, stop, 25)
        first = next((m for m in ctx.between(hit.end, window_end) if m.entry.iri == target), None)
        if first is None:
            return []
        mine = self._speaker_orgs(ctx, speaker)
        out: list[str] = []
        k, joined = _past_acronym(ctx.tokens, first.end, window_end), False
        governments = self._words_of("government-nouns")
        demonym = first.how == "demonym"
        while k < window_end:
            m = ctx.mention_at.get(k)
            if m is not None and m.start == k:
                if m.entry.kind not in kinds or m.entry.iri in mine:
                    break
                if joined and m.entry.iri != target and m.entry.iri not in out:
                    out.append(m.entry.iri)
                k, joined, demonym = m.end, False, m.how == "demonym"
                continue
            key = ctx.tokens[k].key
            if demonym and key in governments:
                # "the Syrian regime and …": the state's government named by its demonym.
                k, demonym = k + 1, False
                continue
            if key in _COORDINATORS or key in _SINGLING_OUT:
                # "all parties, and in particular Russia", "toutes les parties, notamment la Russie"
                joined = True
            elif (
                joined
                and key in _JOINED_POSSESSIVES
                and k + 2 < window_end
                and ctx.tokens[k + 1].text.isalpha()
                and ctx.tokens[k + 1].text.islower()
                and ctx.mention_at.get(k + 1) is None
            ):
                # "the Syrian regime and its backer Russia", "le régime et son allié la Russie": the one
                # a noun after a possessive names, joined, is named with them.
                k += 2
                continue
            elif key not in _LINKING and key not in _DEFINITE and key != "both":
                break
            k += 1
        return out

    def _coordinated_things(
        self, ctx: _Context, s: _Sentence, hit: CueHit, target: str, speaker: str, stop: int | None = None
    ) -> list[str]:
        """What is supported or welcomed along with the target, joined by "and", "et", "ainsi que",
        "as well as" right after it: "supports the implementation of the Minsk Agreements and the work
        of the OSCE in Ukraine", "ainsi que les travaux menés en Ukraine par l'OSCE" — the first topic or
        organisation named in the next few words (a state there is where, not what)."""
        if hit.cue.stance not in {"supports", "welcomes"} or hit.cue.agentive:
            return []
        window_end = _cue_window(ctx, s, hit, stop, 30)
        first = next((m for m in ctx.between(hit.end, window_end) if m.entry.iri == target), None)
        if first is None:
            return []
        # "la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) et de l'Union africaine".
        k = _past_acronym(ctx.tokens, first.end, window_end)
        if k < window_end and ctx.tokens[k].text == ",":
            k += 1
        if k >= window_end:
            return []
        key = ctx.keys[k]
        if key in {"and", "et"}:
            k += 1
        elif key in {"ainsi", "as"} and k + 1 < window_end and ctx.keys[k + 1] in {"que", "well"}:
            k += 2 if key == "ainsi" else 3  # "as well as"
        else:
            return []
        # A noun phrase, not a clause: "and the work of …", "ainsi que les travaux …" (not "and we will
        # announce …", "et reste engagée …").
        if k >= window_end or (ctx.keys[k] not in _NP_OPENERS and ctx.mention_at.get(k) is None):
            return []
        mine = self._speaker_orgs(ctx, speaker)
        if ctx.privative_starts is None:
            ctx.privative_starts = _where(ctx.keys, self._privatives_by_first)
        privatives = ctx.privative_starts
        state_before = self.vocab.entries[target].kind == "state" if target in self.vocab.entries else False
        for m in ctx.between(k, window_end):
            if m.start >= k + 9:
                break
            # "… free from outside interference", "sans ingérence extérieure": kept away, not supported.
            for j in privatives[_bisect(privatives, k) : _bisect(privatives, m.start)]:
                if any(p.matches(ctx.tokens, j) for p in self._privatives_by_first[ctx.keys[j]]):
                    return []
            if m.entry.kind in {"topic", "organisation", "body"} and m.entry.iri not in mine:
                # "the readiness of Mexico and Uruguay to facilitate such a dialogue": what a state
                # named before is to do is no thing supported or welcomed along with it.
                if state_before and any(
                    ctx.keys[j] in _INFINITIVE_MARKS and ctx.tokens[j + 1].text.islower()
                    for j in range(k, m.start - 1)
                ):
                    return []
                return [m.entry.iri] if m.entry.iri != target else []
            if m.entry.kind not in {"state"}:
                return []
            state_before = True
        return []

    def _loose_topic(self, tokens: list[Token], lo: int, hi: int) -> Entry | None:
        """A topic named in common nouns with one more modifier before its last word: "additional land
        forces" is "additional forces", "forces terrestres supplémentaires" is "forces supplémentaires"."""
        for k in range(lo, hi):
            for keys, entry in self._loose_topics.get(tokens[k].key, ()):
                n = len(keys)
                gap = k + n - 1
                if gap + 1 >= hi or tuple(t.key for t in tokens[k:gap]) != keys[:-1]:
                    continue
                extra = tokens[gap]
                if (
                    tokens[gap + 1].key == keys[-1]
                    and extra.text.isalpha()
                    and extra.text.islower()
                    and len(extra.text) > 2
                    and extra.key not in _LINKING
                    and extra.key not in {"and", "et", "or", "ou"}
                ):
                    return entry
        return None

    def _audience_in(self, tokens: list[Token], lo: int, hi: int) -> str | None:
        """The audience an occasion in tokens ``lo`` to ``hi`` names: a cue ("told reporters", "meeting
        of the NATO-Ukraine Commission"), or an audience's name after an occasion word ("Addressing
        parliamentarians …", "réunion avec les ministres …"); a name alone ("decided to create the
        NATO-Ukraine Council") is no occasion."""
        starts = self._audiences.starts_in(tokens, lo, hi)
        occasions = self._words_of("occasion-words")
        found: list[Entry] = []
        for k in starts:
            for _pattern, (entry, bare) in self._audiences.at(tokens, k):
                if not bare or any(tokens[j].key in occasions for j in range(max(lo, k - 4), k)):
                    found.append(cast(Entry, entry))
                    break
        # An occasion and whom it addresses in one sentence ("At a press conference … told reporters"):
        # the audience addressed, which the occasion's entry names as broader, is the one said to.
        named = {e.iri for e in found}
        for entry in found:
            if not named.intersection(entry.broader):
                return entry.iri
        return None

    def _addressed_in(self, tokens: list[Token]) -> str | None:
        """The audience a title says its words are addressed to: a name of one after a word of the
        ``address-prepositions`` list, in a title with a word of the ``address-nouns`` list before it
        ("Briefing of the Special Envoy …, Martin Griffiths, to the Security Council", "Discours du
        ministre devant l'Assemblée parlementaire de l'OTAN", "Interview de M. X avec Die Welt")."""
        nouns = self._words_of("address-nouns")
        prepositions = self._words_of("address-prepositions")
        spoken = next((k for k, t in enumerate(tokens) if t.key in nouns), None)
        if spoken is None:
            return None
        for k in self._audiences.starts_in(tokens, spoken + 1, len(tokens)):
            # "to the Security Council", "avec le quotidien allemand Die Welt": an article or a few words
            # in lower case may stand between the preposition and the name.
            j = k - 1
            while (
                j > spoken
                and j >= k - _ADDRESS_GAP
                and tokens[j].text.islower()
                and tokens[j].key not in prepositions
            ):
                j -= 1
            # "Statement … on the report to the Council": the words are on a subject, the report to it.
            if j > spoken and tokens[j].key in prepositions and not any(
                tokens[i].key in _SUBJECT_PREPOSITIONS for i in range(spoken + 1, j)
            ):
                for _pattern, (entry, _bare) in self._audiences.at(tokens, k):
                    return cast(Entry, entry).iri
        return None

    def _met_in(self, ctx: _Context, s: _Sentence) -> str | None:
        """The person a sentence says was met or called ("met with Foreign Minister X", "talks with
        X", "a reçu son homologue libanais, M. X", "s'est entretenu avec X"): whom the words that
        follow are addressed to. Between the meeting word and the name only articles, possessives,
        titles, honorifics and words of the ``counterpart-words`` list, or names of offices and
        states ("his Ukrainian counterpart"); an office named alone is its holder that day."""
        tokens = ctx.tokens
        verbs, nouns = self._meeting_verbs, self._meeting_nouns
        passable = self._met_passable
        by_start: dict[int, Mention] | None = None  # made once a meeting word is found
        for k in range(s.start, s.end):
            key = tokens[k].key
            if key not in verbs and key not in nouns:
                continue
            if by_start is None:
                by_start = {m.start: m for m in ctx.between(s.start, s.end)}
            j = k + 1
            if j < s.end and tokens[j].key in {"with", "avec"}:
                j += 1
            elif key not in verbs:
                continue  # "the meeting, chaired by …": a noun needs its "with"
            holder: str | None = None
            opened = j
            while j < s.end and j < k + 12:
                m = by_start.get(j)
                if m is not None:
                    if m.entry.kind == "person" and m.how != "demonym":
                        return m.entry.iri
                    if m.entry.kind == "office" and holder is None:
                        holder = self._holder_of(m.entry.iri, ctx.release.meta.date)
                    j = m.end
                    continue
                word = tokens[j].key
                if word == "," and j == opened:
                    break  # "During the meeting, the Secretary General said": no one is met
                if (
                    word in _ANY_ARTICLE
                    or word in _THIRD_POSSESSIVES
                    or word in passable
                    or word in _MET_LINKS
                    or tokens[j].text[:1].isupper()  # the words of a title: "Foreign Minister"
                ):
                    j += 1
                    continue
                break
            if holder is not None:
                return holder
        return None

    def _emit(
        self,
        ctx: _Context,
        s: _Sentence,
        hit: CueHit,
        speaker: str,
        target: str,
        kind: str,
        rule: str,
        audience: str | None,
        quote: tuple[int, int] | None,
    ) -> None:
        """Records a statement of ``speaker``'s, and the same of those who speak jointly with them."""
        self._emit_one(ctx, s, hit, speaker, target, kind, rule, audience, quote)
        partners = ctx.partners.get(speaker, ())
        joint = ctx.emit_partners
        if joint is not None and joint[0] == speaker:
            partners = (*partners, *(p for p in joint[1] if p not in partners))
        for partner in partners:
            if partner != target:
                self._emit_one(ctx, s, hit, partner, target, kind, rule, audience, quote)

    def _emit_one(
        self,
        ctx: _Context,
        s: _Sentence,
        hit: CueHit,
        speaker: str,
        target: str,
        kind: str,
        rule: str,
        audience: str | None,
        quote: tuple[int, int] | None,
    ) -> None:
        release = ctx.release
        meta = release.meta
        tokens = ctx.tokens
        lo, hi = (max(s.start, quote[0]), min(s.end, quote[1])) if quote else (s.start, s.end)
        while hi > lo and tokens[hi - 1].text in {"»", "”", '"', "«", "“"}:
            hi -= 1
        while lo < hi and tokens[lo].text in {"«", "“", '"', "»", "”"}:
            lo += 1
        if hi <= lo:
            return
        start, end = tokens[lo].start, tokens[hi - 1].end
        stance = hit.cue.stance
        narrower = self._narrower.get(target)
        if narrower:
            # "the immediate release of all those taken hostage": the release of hostages.
            keys = ctx.keys
            for iri, words in narrower:
                if any(keys[k] in words for k in range(s.start, s.end)):
                    target = iri
                    break
        if target in self._unlisted:
            return  # an unlisted person is described as a speaker only (see _unlisted_people)
        unlisted = self._unlisted.get(speaker)
        key = (speaker, stance, target)
        # The things and actors the sentence names, each once, in order (the same for all its statements).
        named = ctx.named_memo
        if named is None or named[0] != (s.start, s.end):
            iris: list[str] = []
            for m in ctx.between(s.start, s.end):
                if m.entry.kind in _TOPIC_KINDS and m.entry.iri not in iris:
                    iris.append(m.entry.iri)
            named = ctx.named_memo = ((s.start, s.end), iris)
        topics = [iri for iri in named[1] if iri != speaker]
        if target not in topics:
            topics.insert(0, target)
        confidence = _CONFIDENCE.get(rule, 0.6)
        if hit.cue.agentive or hit.cue.kind == "negated":
            confidence -= 0.1
        rounded = _ROUNDED.get(confidence)  # a handful of values, each rounded once
        if rounded is None:
            rounded = _ROUNDED[confidence] = round(confidence, 2)
        day = meta.date
        lang = meta.lang
        office = ctx.offices.get(speaker, _UNKNOWN)  # asked once per speaker and release
        if office is _UNKNOWN:
            office = ctx.offices[speaker] = self._office_of(speaker, day)
        statement = _statement(
            {
                "release_id": ctx.release_id,
                "speaker": speaker,
                "stance": stance,
                "target": target,
                "kind": "direct" if kind == "direct" else "indirect",
                "quote": release.text[start:end],
                "start": start,
                "end": end,
                "date": day,
                "lang": lang,
                "speaker_role": office,
                "audience": None if audience == speaker else audience,  # no one is their own audience
                "topics": tuple(topics),
                "confidence": rounded,
                "rule": f"{lang}.{rule}.{hit.cue.kind}",
                "cue": hit.cue.entry_id,
                "origin": "",
                "also": (),
                "speaker_name": unlisted.labels["en"][0] if unlisted is not None else "",
            }
        )
        # The same stance said twice in a release is one statement with every span as evidence;
        # the most certain attribution leads, and the speaker's own words make it direct.
        kept = ctx.statements.get(key)
        if kept is None:
            ctx.statements[key] = statement
            return
        lead, other = (statement, kept) if kept.confidence < statement.confidence else (kept, statement)
        spans = [span for span in (*lead.spans, *other.spans)]
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if not any(a < y and x < b for x, y in merged):  # overlapping spans say it once
                merged.append((a, b))
        fields = dict(vars(lead))
        fields["kind"] = "direct" if "direct" in (lead.kind, other.kind) else "indirect"
        fields["also"] = tuple(sorted(merged[1:]))
        ctx.statements[key] = _statement(fields)


_ROUNDED: Final[dict[float, float]] = {}  # confidences, rounded to two places
_UNKNOWN: Final = "\x00unknown"  # not looked up yet (no IRI)

# How sure an attribution is, by the rule that made it.
_CONFIDENCE: Final = {
    "quote": 0.9,
    "voice": 0.85,
    "subject": 0.8,
    "inverted": 0.8,
    "according": 0.8,
    "pronoun": 0.7,
}


# Statement's own __init__, a frozen dataclass's, sets its 18 fields one at a time through
# object.__setattr__, interpreted: about 5 µs a statement, more than the rest of _emit. The extractor
# gives every field, so an instance can take its __dict__ whole (1 µs) when Statement is still the
# plain frozen dataclass of these fields (checked once here; else its constructor is used).
_STATEMENT_FIELDS: Final = (
    "release_id",
    "speaker",
    "stance",
    "target",
    "kind",
    "quote",
    "start",
    "end",
    "date",
    "lang",
    "speaker_role",
    "audience",
    "topics",
    "confidence",
    "rule",
    "cue",
    "origin",
    "also",
    "speaker_name",
)
_STATEMENT_BY_DICT: Final = (
    tuple(f.name for f in dataclasses.fields(Statement)) == _STATEMENT_FIELDS
    and all(f.init for f in dataclasses.fields(Statement))
    and not hasattr(Statement, "__post_init__")
    and not hasattr(Statement, "__slots__")
)


def _statement(fields: dict[str, Any]) -> Statement:
    """``Statement(**fields)``, ``fields`` holding every field in their order."""
    if not _STATEMENT_BY_DICT:
        return Statement(**fields)
    statement = object.__new__(Statement)
    object.__setattr__(statement, "__dict__", fields)
    return statement


def _tenure_on(tenures: list[tuple[dt.date, dt.date | None, str]] | None, day: dt.date) -> str | None:
    """The office (or holder) of the first of ``tenures`` that covers ``day``: ``Vocabulary.office_of`` and
    ``holder_of`` (``Tenure.covers``) on the extractor's index of the tenures."""
    if tenures is not None:
        for start, end, other in tenures:
            if start <= day and (end is None or day <= end):
                return other
    return None


def _by_first_key(patterns: Iterable[Pattern]) -> dict[str, list[Pattern]]:
    """Patterns by their first key, each list in the order given."""
    out: dict[str, list[Pattern]] = {}
    for p in patterns:
        if p.keys:
            out.setdefault(p.keys[0], []).append(p)
    return out


def _continues_support(outer: CueHit, inner: CueHit) -> bool:
    """A pledge to a support that stands: "will continue to support", "reste déterminée à soutenir"."""
    return (
        outer.cue.stance == "commits"
        and inner.cue.stance == "supports"
        and any(stem in outer.cue.lemma for stem in _STANDING_PLEDGES)
    )


_STANDING_PLEDGES: Final = ("continu", "determin", "détermin")
# After an aspiration noun, the preposition that opens what is striven for.
_ASPIRED: Final = frozenset({"for", "to", "of", "a", "au", "aux", "de", "d'", "du", "des", "pour", "vers"})
# Words that end the search for a call's act: another preposition or a verb's infinitive marker opens
# something else than the act ("call for an investigation to know …").
_UNDERSTANDING_STOPS: Final = frozenset(
    {"to", "for", "of", "de", "d'", "a", "au", "aux", "pour", "du", "des"}
)


def _governs(tokens: list[Token], outer: CueHit, inner: CueHit) -> bool:
    """A cue right after another that ends on "to"/"à" or takes an infinitive ("stands ready to
    support", "committed to supporting", "decided to deploy") is part of the first stance; an
    accusation stands on its own ("Russia continues to destabilise Ukraine")."""
    if inner.cue.agentive:
        return False
    # "salue la solidarité dont …", "condemns the support given by …": what is welcomed or blamed.
    if (
        inner.cue.kind == "noun"
        and outer.cue.stance in {"welcomes", "condemns", "rejects"}
        and outer.cue.kind == "verb"
        and inner.start == outer.end + 1
        and tokens[outer.end].key in _DEFINITE
    ):
        return True
    # "commends the Government for its commitment to …", "remercie l'OSCE pour son soutien": what a
    # welcome or a thanks is for is the other's stance, welcomed.
    if (
        inner.cue.kind in {"noun", "phrase"}
        and outer.cue.stance == "welcomes"
        and outer.cue.kind == "verb"
        and outer.end < inner.start - 1 <= outer.end + 12
        and tokens[inner.start - 1].key in _OTHERS_POSSESSIVES
        and tokens[inner.start - 2].key in {"for", "pour"}
    ):
        return True
    if inner.start == outer.end and tokens[outer.end - 1].key in {"to", "a", "de", "d'"}:
        return True
    return inner.start == outer.end + 1 and tokens[outer.end].key in {"to", "a", "de", "d'"}


_OTHERS_POSSESSIVES: Final = frozenset({"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"})


# A turn's label at the start of a line: "Q –", "Question:", "Maria Zakharova:", "NATO Secretary General: …".
_TURN_LABEL: Final = re.compile(r"\s*([^\s:–—][^:–—\n]{0,70}?)\s*(?::|\s[–—-]\s|[–—]\s)")


def _past_acronym(tokens: list[Token], k: int, hi: int) -> int:
    """Where the words after a name go on, past its acronym in parentheses right after it ("the Economic
    Community of West African States (ECOWAS) and …"): ``k`` itself where none stands there."""
    if k >= hi or tokens[k].text != "(":
        return k
    for j in range(k + 1, min(hi, k + 5)):
        text = tokens[j].text
        if text == ")":
            return j + 1 if j > k + 1 else k
        if not text[:1].isupper():
            return k
    return k


def _capitalised(tokens: list[Token], start: int, end: int) -> frozenset[str]:
    """The keys of the capitalised words from ``start`` to ``end``."""
    return frozenset(tokens[i].key for i in range(start, end) if tokens[i].text[:1].isupper())


def _complement_words(tokens: list[Token], j: int) -> frozenset[str]:
    """The capitalised words of the complement that opens at ``j`` after a title ("de la Commission",
    "of the Council"): none when no "of"/"de" opens one or its first word is lowercase."""
    n = len(tokens)
    if j >= n or tokens[j].key not in _COMPLEMENT_OF:
        return _NO_WORDS
    while j < n and tokens[j].key in _OFFICE_LINKS and tokens[j].text != ",":
        j += 1
    words: set[str] = set()
    while j < n and (tokens[j].text[:1].isupper() or (words and tokens[j].key in _OFFICE_LINKS)):
        if tokens[j].text == ",":
            break
        if tokens[j].text[:1].isupper():
            words.add(tokens[j].key)
        j += 1
    return frozenset(words)


def _apposed_name(tokens: list[Token], j: int, title: int, run_from: Callable[[int], int]) -> int:
    """Where a name of two words or more starts that a comma sets off after the office a title at
    ``title`` names, the office's name running on from ``j`` (capitalised words and the words linking
    them only, the name closed by a comma or a parenthesis); -1 when none does."""
    n = len(tokens)
    for p in range(j, min(n, title + _TITLE_SPAN)):
        t = tokens[p]
        if t.text == ",":
            end = run_from(p + 1) if p + 1 < n else p + 1
            if end - (p + 1) >= 2 and end < n and tokens[end].text in {",", "("}:
                return p + 1
            return -1
        if not (t.key in _OFFICE_LINKS or t.text[:1].isupper()):
            return -1
    return -1


def _apposed_person(
    tokens: list[Token], j: int, title: int, persons_at: dict[int, Mention], institution: set[str]
) -> Mention | None:
    """The person of the vocabulary set off by a comma after a title whose office's name runs on past
    ``j`` ("la ministre des Affaires étrangères, des Affaires européennes et du Commerce extérieur,
    Hadja Lahbib, …", the title word at ``title``): between them only what names an office, the words
    linking its parts, capitalised words and the lowercase word after one ("Affaires européennes",
    "Commerce extérieur")."""
    for p in range(j, min(len(tokens), title + _TITLE_SPAN)):
        known = persons_at.get(p)
        if known is not None:
            # "…, S.E. Moussa Faki Mahamat", "…, H.E. …": initials of a style may stand after the comma.
            q = p - 1
            while q > j and (
                tokens[q].text == "." or (len(tokens[q].text) == 1 and tokens[q].text.isupper())
            ):
                q -= 1
            return known if q >= j and tokens[q].text == "," else None
        t = tokens[p]
        if t.key in _OFFICE_LINKS or t.key in institution or t.text[:1].isupper():
            continue
        before = tokens[p - 1]
        if t.text == "." and len(before.text) == 1 and before.text.isupper():
            continue  # "S.E."
        if t.text.isalpha() and (before.text[:1].isupper() or before.key in institution):
            continue
        return None
    return None


def _turn_label(line: str) -> str | None:
    """``_TURN_LABEL.match(line).group(1)``, None when the line does not match. A separator is a ":", a
    "–" or "—", or a "-" with a space on each side: a line with none of them (most lines; a hyphen inside
    a word is none) is not tried. Compiled, the expression is followed by hand: its lazy label tries up to
    71 ends, each with the spaces and the three separators after it."""
    if ":" not in line and "–" not in line and "—" not in line and not _spaced_dash(line):
        return None
    if not _COMPILED:
        m = _TURN_LABEL.match(line)
        return None if m is None else m.group(1)
    # Characters by their codes (ord(line[i]) compiles to reading one, no string made): ":" 58, "-" 45,
    # "–" 0x2013, "—" 0x2014, "\n" 10.
    size = len(line)
    lo = 0
    while lo < size and _space_at(line, lo):  # \s* (the label cannot open on a space: no backtracking)
        lo += 1
    if lo >= size:
        return None
    c = ord(line[lo])
    if c == 58 or c == 0x2013 or c == 0x2014:
        return None
    q = lo + 1  # the label's end: line[lo:q], lo + 1 to lo + 71, the shortest first
    while True:
        r = q
        while r < size and _space_at(line, r):
            r += 1
        # After line[q:r], spaces: ":" or "–"/"—" and a space at r; or a space, a dash at r, a space.
        if r < size:
            c = ord(line[r])
            if c == 58:
                return line[lo:q]
            dash = c == 0x2013 or c == 0x2014 or (c == 45 and r > q)
            if dash and r + 1 < size and _space_at(line, r + 1):
                return line[lo:q]
        if q >= lo + 71 or q >= size:
            return None
        c = ord(line[q])
        if c == 58 or c == 0x2013 or c == 0x2014 or c == 10:
            return None
        q += 1


def _space_at(line: str, i: int) -> bool:
    """``line[i].isspace()`` (``\\s``), the printable ASCII characters told by their codes."""
    c = ord(line[i])
    if 32 < c < 127:
        return False
    return c == 32 or line[i].isspace()


def _spaced_dash(line: str) -> bool:
    """Whether a "-" of ``line`` has a space (``str.isspace``, as ``\\s``) on each side."""
    j = line.find("-", 1)
    while 0 < j < len(line) - 1:
        if line[j - 1].isspace() and line[j + 1].isspace():
            return True
        j = line.find("-", j + 1)
    return False


# How long a dateline before a release's first words may be ("Berne, le 12 mars 2023 -").
_DATELINE_TOKENS: Final = 10
# A condition's opening words, and how far its clause may run before the comma that ends it.
_IF: Final = frozenset({"if", "si"})
# The copulas of a phrase cue that says a thing is so (see _copula_variants), and the French adverbs
# that may stand between one and its adjective ("est très préoccupante").
_COPULAS: Final = {
    "en": ("is", "are", "was", "were"),
    "fr": ("est", "sont", "était", "étaient", "a été", "ont été"),
}
_FR_COPULA_ADVERBS: Final = frozenset(
    {"très", "extrêmement", "profondément", "particulièrement", "totalement"}
)
# What may open the clause an exclusive word begins ("We are convinced that only …", "…, seule …"),
# the determiners between it and the thing it names, and how far on its verb may come ("Seule une
# solution politique conforme à la résolution 2254 du Conseil de sécurité permettra …").
_EXCLUSIVE_OPENERS: Final = frozenset({"that", "que", "qu'", ",", ":", "and", "et", "but", "mais"})
_EXCLUSIVE_DETERMINERS: Final = frozenset({"a", "an", "the", "un", "une", "le", "la", "l'", "les"})
_EXCLUSIVE_REACH: Final = 14
_IF_CLAUSE: Final = 30
# How far down a copied page its masthead (the site's name) may be, and the words of a foreign
# ministry's name (folded).
_MASTHEAD_LINES: Final = 8
# Where one sentence of a line ends and the next opens.
_SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?])\s+")
_FOREIGN_AFFAIRS: Final = ("foreign affairs", "affaires etrangeres")
_REFLEXIVE_FR: Final = frozenset({"se", "s'"})
_REFLEXIVE_OTHER: Final = frozenset({"se", "s'", "me", "m'", "te", "t'"})
_EN_PERSONAL: Final = frozenset({"he", "she"})
_PERSONAL_SUBJECTS: Final = _EN_PERSONAL | {"il", "elle"}
# The words before a verb in the infinitive that make it a purpose, not a clause of its own.
_INFINITIVE_MARKERS: Final = frozenset({"to", "pour"})
_FR_THIRD_SINGULAR: Final = frozenset({"il", "elle"})
# The pronouns that stand for a person only, in either language.
_PERSONAL_PRONOUNS: Final = frozenset({"he", "she", "il", "elle"})
# A relative clause of the first person ("what we now call", "which we support", "ce que nous
# dénonçons"): the words that open it (and French "que", see _first_person_relative), the pronouns
# that are its subject, and what may stand between the pronoun and the cue.
_FIRST_PERSON_RELATIVES: Final = frozenset(
    {"what", "which", "whom", "dont", "lequel", "laquelle", "lesquels", "lesquelles"}
)
_FIRST_PERSON_SUBJECTS: Final = frozenset({"we", "i", "nous", "je", "j'"})
_RELATIVE_AUXILIARIES: Final = frozenset({"have", "has", "had", "will", "would", "avons", "ai", "ne", "n'"})
_RELATIVE_GAP: Final = 3
# How many words in lower case may stand between the preposition and the audience it names
# ("avec le quotidien allemand Die Welt").
_ADDRESS_GAP: Final = 4
# What a title's words are about ("Statement … on Yemen"): an audience named after it is not whom
# they are said to.
_SUBJECT_PREPOSITIONS: Final = frozenset({"on", "about", "regarding", "concerning", "sur", "concernant"})
# The audiences (by their identifiers' last part) of words said to the press.
_PRESS_AUDIENCES: Final = frozenset({"reporters", "press-conference", "press-briefing", "mass-media"})
# The audience (by its identifier's last part) of answers to a journalist's question.
_QUESTIONED_AUDIENCE: Final = "mass-media"
AUDIENCE_IRI: Final = str(AUDIENCE)
_THIRD_POSSESSIVES: Final = {"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"}
_OF: Final = {"of", "de", "du", "des", "d'", "a", "au", "aux"}
_VIOLATION_NOUNS: Final = {"violation", "violations", "breach", "breaches", "atteinte", "atteintes"}
_BLAME_NOUNS: Final = _VIOLATION_NOUNS | {"crime", "crimes"}
_COORDINATORS: Final = {"and", "et", ","}
# An organisation named again by its head noun after an article: "the Court", "la Mission".
_SHORT_NAMED: Final = {"organisation"}
_SHORT_NAME_ARTICLES: Final = {"the", "la", "le", "l'"}
_SHORT_NAME_DEMONSTRATIVES: Final = {"this", "that", "cette", "cet", "ce"}
# Words that open a noun phrase after "and"/"et": articles, possessives, "de" before one.
_NP_OPENERS: Final = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "all",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "du",
        "des",
        "de",
        "d'",
        "au",
        "aux",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "tous",
        "toutes",
    }
)
# Words that single out one of those named before: "all parties, and in particular Russia".
_SINGLING_OUT: Final = {
    "in",
    "particular",
    "particularly",
    "especially",
    "notably",
    "including",
    "en",
    "particulier",
    "notamment",
    "surtout",
    "y",
    "compris",
}
_RELATIVES: Final = {"qui", "which", "who", "lesquels", "lesquelles"}
# The endings of the French future by its subject: the infinitive's last letters and the ending
# ("-er" + "ons", "-ir" + "a", "prendr" + "ont"; "suivr", "conclur", "verr"), which the present's
# forms do not have but for a few that _french_future turns away.
_FUTURE_ENDINGS_FR: Final = {
    "nous": ("erons", "irons", "drons", "trons", "vrons", "urons", "rrons"),
    "je": ("erai", "irai", "drai", "trai", "vrai", "urai", "rrai"),
    "il": ("era", "ira", "dra", "tra", "vra", "ura", "rra", "eront", "iront", "dront", "tront", "vront",
           "uront", "rront"),
}
# Before an auxiliary of the future, the words that make its verb a relative clause's ("the talks that
# will follow", "ce qui va suivre").
_FUTURE_RELATIVES: Final = frozenset({"that", "which", "who", "qui"})
# Words that follow the noun "will", never the auxiliary.
_NOT_AFTER_AUXILIARY: Final = frozenset(
    {"of", "on", "to", "in", "for", "and", "or", "with", "by", "at", "from", "as", "is", "was", "are"}
)
# Subjects of a verb in the future that do not say who pledges ("It will prolong …", "Il y aura …").
_IMPERSONAL_SUBJECTS: Final = frozenset({"it", "this", "that", "there", "il", "elle", "cela", "ce", "c'"})
# Words that open what a claim says after its noun: "the notion that", "l'affirmation selon laquelle".
_CLAIM_CONTENT: Final = frozenset({"that", "selon", "que", "qu'"})
_COMPLEMENT_PREPOSITIONS: Final = frozenset(
    {"in", "of", "on", "at", "dans", "de", "d'", "du", "des", "sur", "en", "against", "contre"}
)
# Words that join the names of one noun phrase: "the situation in eastern Ukraine", "l'est de l'Ukraine".
_NP_LINKS: Final = frozenset(
    {
        "in",
        "of",
        "on",
        "at",
        "the",
        "a",
        "an",
        "'s",
        "dans",
        "de",
        "du",
        "des",
        "d'",
        "l'",
        "la",
        "le",
        "les",
        "en",
        "au",
        "aux",
        "sur",
    }
)
# French pronouns between a subject and its verb: "se félicite", "l'appelle", "lui demande".
_PRECLITICS: Final = {"se", "s'", "l'", "le", "la", "les", "lui", "leur", "y", "en", "ne", "n'"}
_JOINED_CLAUSE_WORDS: Final = {"we", "i", "nous", "je", "also", "aussi", "egalement"}
# Words that open what a claim or an accusation says: "claim that", "accused … of", "selon lesquelles".
_CLAIM_LINKS: Final = {"that", "of", "que", "qu'", "de", "d'", "lesquelles", "lesquels", "laquelle", "lequel"}

# Words before which a verb's form is a noun: "conférence de presse", "une demande", "the backing".
_NOUN_DETERMINERS: Final = {
    "en": frozenset({"the", "a", "an", "its", "their", "his", "her"}),
    "fr": frozenset(
        {"un", "une", "du", "des", "au", "aux", "sa", "son", "ses", "cette", "notre", "nos", "votre"}
    ),
}
_FR_INFINITIVE: Final = ("er", "ir", "re")


def _noun_use(keys: Sequence[str], i: int, lang: str) -> bool:
    """Whether the verb form at ``i`` is used as a noun: after a determiner, or after "de" when it
    is no infinitive ("conférence de presse" is no "presser"; "décidé de soutenir" is a verb)."""
    if i == 0:
        return False
    prev = keys[i - 1]
    if prev in _NOUN_DETERMINERS.get(lang, ()):
        return True
    return lang == "fr" and prev in {"de", "d'"} and not keys[i].endswith(_FR_INFINITIVE)


def _inverted_end(ctx: _Context, v: int, hi: int) -> int:
    """Where the subject of an inverted reporting verb must start by: it follows the verb with only
    articles, titles and capitalised words before it ("said the Secretary General", "a indiqué M.
    Stoltenberg"); a person named further on, in the verb's object, is no subject ("recalls its
    support for President X's plan")."""
    tokens = ctx.tokens
    for k in range(v + 1, hi):
        m = ctx.mention_at.get(k)
        if m is not None and m.start == k:
            return k + 1
        t = tokens[k]
        if not (
            t.key in _DEFINITE or t.key in _ABBREVIATIONS or t.text in {".", ","} or t.text[:1].isupper()
        ):
            return k + 1  # the word itself may still be "he", "il", "spokesperson"
    return hi


def _infinitive_like(key: str, lang: str) -> bool:
    """Whether a word after "to"/"à"/"de" may be a verb: in French one ending like an infinitive, in
    English one that is no determiner ("to all parties", "to its neighbours")."""
    if lang == "fr":
        return key.endswith(("er", "ir", "re", "oir")) and key not in {"leur", "notre", "votre", "autre"}
    return key not in _NOT_INFINITIVES


# After "to", these open a noun phrase, not a verb.
_NOT_INFINITIVES: Final = frozenset(
    {"all", "any", "its", "their", "our", "his", "her", "your", "my", "a", "an", "the", "this", "these",
     "those", "that", "each", "every", "both", "such", "some", "which", "whom", "what", "date"}
)


def _participle(word: str, lang: str) -> bool:
    """Whether a lower-case word looks like a participle ("asked", "speaking", "interrogé", "s'adressant")."""
    if not word.isalpha() or len(word) < 5:
        return False
    return word.endswith(("ed", "ing")) if lang == "en" else word.endswith(("é", "ée", "és", "ées", "ant"))


def _thing_subject(tokens: list[Token], s: _Sentence, hit: CueHit) -> bool:
    """Whether the verb's subject is "this", "cela", "ceci" opening its clause, past a few
    adverbs and auxiliaries ("This only encourages …", "Cela ne fait qu'inciter …")."""
    k = hit.start - 1
    while k >= s.start and hit.start - k <= 3 and tokens[k].key in _SUBJECT_GAP:
        k -= 1
    if k < s.start or tokens[k].key not in _THING_PRONOUNS:
        return False
    return (
        k == s.start
        or tokens[k - 1].text in {",", ";", ":"}
        or tokens[k - 1].key in {"and", "et", "but", "mais"}
    )


# Not "it": in a council's conclusions "It calls on …" is the council.
_THING_PRONOUNS: Final = {"this", "cela", "ceci", "ça"}
_SUBJECT_GAP: Final = {
    "only",
    "also",
    "further",
    "merely",
    "simply",
    "would",
    "will",
    "could",
    "may",
    "might",
    "can",
    "ne",
    "n'",
    "fait",
    "qu'",
    "que",
}


_BE_FORMS: Final = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "est",
        "sont",
        "etait",
        "etaient",
        "ete",
        "etre",
        "sera",
        "seront",
        "fut",
        "furent",
    }
)


def _passive_after_be(keys: Sequence[str], tokens: list[Token], i: int, lo: int, lang: str) -> bool:
    """Whether the verb at ``i`` is a passive participle after a form of "be"/"être", an adverb or two
    between ("is violated", "est constamment violé", "a été violé", "have been repeatedly violated")."""
    word = tokens[i].text.lower()
    # A past participle: not "is destabilising" (active), nor French "-ant".
    if not _passive_participle(word, lang) or word.endswith(("ing", "ant")):
        return False
    for k in range(i - 1, max(lo, i - 3) - 1, -1):
        if keys[k] in _BE_FORMS:
            return True
        if not keys[k].isalpha() or keys[k][:1] != tokens[k].text[:1].lower():
            return False
    return False


def _passive_participle(word: str, lang: str) -> bool:
    """A participle before "by"/"par": also the French ones in -u ("reconnu par", "soutenus par")."""
    return _participle(word, lang) or (
        lang == "fr" and word.isalpha() and len(word) >= 5 and word.endswith(("u", "ue", "us", "ues"))
    )


def _infinitive_after(tokens: list[Token], outer: CueHit, hit: CueHit) -> bool:
    """Whether ``hit`` is an infinitive hanging on ``outer`` ("continues to violate … and to support"):
    it opens on "to", "de" or "à" and no clause break (";", ":", a relative) stands between them."""
    if hit.start <= outer.start or tokens[hit.start - 1].text.lower() not in {"to", "de", "d'", "à"}:
        return False
    return not any(
        tokens[k].text in {";", ":", "."} or tokens[k].key in _CLAUSE_OPENERS
        for k in range(outer.end, hit.start)
    )


def _next_verb_phrase(tokens: list[Token], hit: CueHit, later: Sequence[CueHit]) -> int | None:
    """Where the next cue joined to ``hit`` by "and", "et" or "but" opens its verb phrase ("condemns
    the shooting down of the aircraft and calls for an investigation"): the end of what ``hit`` governs."""
    for other in later:
        if other.cue.kind not in {"verb", "negated"}:
            continue
        j = other.start - 1
        while j > hit.end and (tokens[j].key in _PRECLITICS or tokens[j].key.endswith(("ly", "ment"))):
            j -= 1
        # "condemns these activities and we call on …", "et nous appelons": the joined clause's own
        # subject pronoun, or the speaker's "also", stands between.
        while j > hit.end and tokens[j].key in _JOINED_CLAUSE_WORDS:
            j -= 1
        if j > hit.end and tokens[j].key in {"and", "et", "but", "mais"}:
            return j
    return None


def _after_comma(tokens: list[Token], k: int, start: int) -> bool:
    """A comma just before token ``k``, or before its auxiliary (", a déclaré", ", has said")."""
    if k - 1 >= start and tokens[k - 1].text == ",":
        return True
    return k - 2 >= start and tokens[k - 2].text == "," and tokens[k - 1].key in _COMMA_AUXILIARIES


def _fronted_participle(tokens: list[Token], s: _Sentence, k: int, after: int) -> bool:
    """Whether token ``k`` is a present participle that opens sentence ``s`` ("Welcoming",
    "S'exprimant", "En saluant") and a comma closes its clause before token ``after``."""
    opener = s.start
    while opener < k and tokens[opener].key in _PARTICIPLE_OPENERS:
        opener += 1
    if opener != k or not tokens[k].key.endswith(("ing", "ant")):
        return False
    return any(tokens[j].text == "," for j in range(k + 1, after))


def _noun_homograph(keys: Sequence[str], i: int, cue: Cue) -> bool:
    """A French verb cue whose form at ``i`` follows a word no conjugated verb follows, and is not
    the infinitive: a noun that happens to share the form ("de presse")."""
    if cue.kind != "verb" or cue.lang != "fr" or i == 0:
        return False
    before = keys[i - 1]
    if before not in _FR_NOUN_MARKERS and not (
        before in _FR_ARTICLES and (i == 1 or keys[i - 2] in _FR_BEFORE_ARTICLE)
    ):
        return False
    words = tokenize(cue.lemma)
    head = words[1] if cue.reflexive and len(words) > 1 else words[0]
    return keys[i] != head.key


def _third_person(key: str, third: set[str]) -> bool:
    """ "he", "elle", and the French subject pronoun after its verb: "a-t-il déclaré", "ajoute-t-elle"."""
    return key in third or ("-" in key and key.rsplit("-", 1)[1] in third)


def _abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether the full stop at ``k`` ends an abbreviation ("M. Stoltenberg", "Mr. Lavrov")."""
    prev = tokens[k - 1] if k > 0 else None
    return (
        tokens[k].text == "."
        and prev is not None
        and (prev.key in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper()))
    )


def _paragraph_break(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a line (a paragraph) of the text."""
    return 0 < k < len(tokens) and "\n" in text[tokens[k - 1].end : tokens[k].start]


def _restrictive(keys: tuple[str, ...], start: int, end: int, hi: int) -> bool:
    """French "ne … que" restricts and does not negate: "le règlement n'est possible que par le dialogue",
    "nous ne soutenons que cette voie". A bare "ne" with "que" in or right after the cue, and no
    "pas"/"plus"/"jamais", is the restriction."""
    before = keys[max(0, start - 4) : start]
    if "ne" not in before and "n'" not in before:
        return False
    if not _NE_PARTNERS.isdisjoint(keys[max(0, start - 4) : min(hi, end + 3)]):
        return False
    return not _QUE.isdisjoint(keys[start : min(hi, end + 3)])


def _lone_subject_pronoun(keys: Sequence[str], tokens: list[Token], i: int, lo: int) -> bool:
    """Whether the only pronoun before a reflexive cue's verb at ``i`` is a "nous"/"vous" that is its
    subject: once, not after "à"/"de", the verb finite (not a participle: "nous sommes engagés à")."""
    window = list(keys[max(lo, i - 3) : i])
    if not _REFLEXIVE_OTHER.isdisjoint(window):
        return False
    pronoun = "nous" if "nous" in window else "vous"
    if window.count(pronoun) != 1:
        return False
    at = max(lo, i - 3) + window.index(pronoun)
    if at > lo and keys[at - 1] in {"a", "de", "d'", "pour"}:
        return False
    return not tokens[i].text.lower().endswith(("é", "ée", "és", "ées"))


def _pledge_by_gerund(tokens: list[Token], s: _Sentence, hit: CueHit) -> CueHit:
    """ "is committed to supporting", "remain committed to working": a support cue ending on "to"
    and followed by a gerund pledges the speaker's own action."""
    cue = hit.cue
    if cue.stance != "supports" or cue.agentive or hit.end >= s.end or tokens[hit.end - 1].key != "to":
        return hit
    nxt = tokens[hit.end].key
    if nxt.isalpha() and len(nxt) > 5 and nxt.endswith("ing"):
        return _cue_hit(replace(cue, stance="commits"), hit.start, hit.end, hit.negated)
    return hit


def _copula_variants(phrase: str, lang: str) -> set[str]:
    """The other tenses and numbers of a phrase cue that says a thing is so: "is unjustifiable" →
    "are", "was", "were unjustifiable"; "est injustifiée" (a copula, an adverb or none, one adjective)
    → "sont injustifiés", "était injustifiable", "a été injustifiée" and the other genders and numbers.
    Forms no text has ("fausss") are harmless: they never match."""
    words = phrase.split(" ")
    copulas = _COPULAS.get(lang)
    if copulas is None or len(words) < 2 or words[0] not in copulas:
        return set()
    rest = words[1:]
    if lang == "en":
        return {" ".join([c, *rest]) for c in copulas}
    if len(rest) > 2 or (len(rest) == 2 and rest[0] not in _FR_COPULA_ADVERBS) or "'" in rest[-1]:
        return set()
    adjective = rest[-1]
    stems = {adjective, adjective.rstrip("s")}
    stems |= {w[:-1] for w in list(stems) if w.endswith("e") and len(w) > 3}
    forms: set[str] = set()
    for stem in stems:
        forms |= adjective_forms(stem, lang)
    return {" ".join([*c.split(" "), *rest[:-1], form]) for c in copulas for form in forms}


def _part_of_own(entry: Entry, mine: frozenset[str]) -> bool:
    """Whether an organisation is part of one the speaker speaks for: "la MINUSMA continuera de …" in
    the Secretary-General's statement is said by the UN's own mission. A state that is a member, a
    person, an office or a body with a voice of its own (a parliament) speaks for itself."""
    return entry.kind == "organisation" and entry.organisation is not None and entry.organisation in mine


def _cue_rank(hit: CueHit) -> tuple[int, int, int]:
    cue = hit.cue
    return (int(cue.reflexive), len(cue.tail), int(cue.kind == "negated"))


def _speaker_rank(entry: Entry) -> int:
    return {"person": 0, "office": 1, "body": 2, "organisation": 3, "state": 4}.get(entry.kind, 9)


def _speech_quotes(
    text: str, tokens: list[Token], says: Callable[[int], bool] | None = None
) -> list[tuple[int, int]]:
    """Token spans inside speech quotation marks; scare quotes of under five words are not speech,
    unless a reporting clause follows (``says``: whether a reporting verb is at a token): “We support
    Ukraine,” she said; « Nous soutenons l'Ukraine », a déclaré M. X.

    Lines are paragraphs. A quote over several paragraphs opens each of them again and closes only the
    last ("“… ¶ “…,” he said"), with straight marks as with curly ones; a paragraph that ends inside a
    quote and whose successor does not open one again ends the quote."""
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    for k in _marks(text, tokens, _OPENING_QUOTES):
        if k < i:
            continue  # inside the last quote, or its closing mark
        i = k
        opening = tokens[i].text
        close = _SPEECH_QUOTES[opening]
        j = i + 1
        closed = False
        while j < n:
            if "\n" in text[tokens[j - 1].end : tokens[j].start]:
                if tokens[j].text != opening:
                    # "Mr X said: ¶ “… ¶ … ¶ …”": a quote that no paragraph opens again runs on to
                    # the paragraph that closes it, when no quote opens before.
                    if not _closes_later(text, tokens, j, opening, close):
                        break
                else:
                    j += 1  # the mark that opens the quote again in the next paragraph
                    continue
            if tokens[j].text == close:
                closed = True
                break
            j += 1
        # Speech has five words or more: they are counted that far only.
        words = 0
        for k in range(i + 1, j):
            if tokens[k].key[:1].isalnum():
                words += 1
                if words == 5:
                    break
        if words >= 5 or (closed and words >= 2 and says is not None and _reported(tokens, i + 1, j, says)):
            spans.append((i + 1, j))
            i = j + 1 if closed else j
        else:
            i = j + 1 if closed else i + 1
    return spans


# How many paragraphs a quote that does not open each of them again may run over.
_QUOTE_PARAGRAPHS: Final = 8


def _closes_later(text: str, tokens: list[Token], j: int, opening: str, close: str) -> bool:
    """Whether the quote open at the paragraph break before ``tokens[j]`` closes in a later paragraph
    with no quote opened before it: its closing mark is the first quotation mark from there, within
    :data:`_QUOTE_PARAGRAPHS` paragraphs, and it ends its paragraph or a comma or a full stop follows
    it ("…,” she said", "…”. ¶")."""
    n = len(tokens)
    paragraphs = 1
    for k in range(j, n):
        if k > j and "\n" in text[tokens[k - 1].end : tokens[k].start]:
            paragraphs += 1
            if paragraphs > _QUOTE_PARAGRAPHS:
                return False
        t = tokens[k].text
        if t == close:
            return k > j and (
                k + 1 == n
                or "\n" in text[tokens[k].end : tokens[k + 1].start]
                or tokens[k + 1].text in {",", "."}
                or tokens[k - 1].text == ","
            )
        if t == opening or t in _SPEECH_QUOTES:
            return False
    return False


def _reported(tokens: list[Token], start: int, close: int, says: Callable[[int], bool]) -> bool:
    """Whether a short quote (tokens ``start`` to its closing mark ``close``) is someone's words: it
    opens on a capital and a comma then a reporting verb follow it, within a few words for the
    speaker's name (“We support Ukraine,” Mr X said; « Nous la soutenons », a déclaré M. X)."""
    if not tokens[start].text[:1].isupper():
        return False  # “elections”, « référendums »: scare quotes
    k = close + 1
    if tokens[close - 1].text != "," and (k >= len(tokens) or tokens[k].text != ","):
        return False
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    return any(says(m) for m in range(k, min(k + 5, len(tokens))) if tokens[m].text not in {".", "!", "?"})


# A byline is one of the short lines between the title and the first paragraph: at most this
# many words, and no sentence end.
_BYLINE_WORDS: Final = 20
_BYLINE_LINES: Final = 3
# A page's breadcrumbs ("Home > Newsroom > Press releases"): no byline.
_BREADCRUMB_LINE: Final = re.compile(r"\S\s+[>›]\s+\S")


def _bylines(release: Release) -> list[str]:
    """The short lines that open the body before its first paragraph (a dateline, "Statement by
    the Spokesperson …"), the repeated title left out. On a copied page that repeats its title below
    its masthead, the lines below the title come first ("PRESS STATEMENT / NED PRICE, DEPARTMENT
    SPOKESPERSON"), then those of the masthead ("Conseil de l'UE / Communiqué de presse")."""
    title = fold(release.meta.title)
    text = release.text
    below = _below_repeated_title(text, title)
    out = _short_lines(text, below, len(text), title)
    if below:
        out += _short_lines(text, 0, below, title)
    return out


def _short_lines(text: str, pos: int, stop: int, title: str) -> list[str]:
    """The byline-like lines of ``text`` from ``pos`` to ``stop``, up to the first paragraph."""
    out: list[str] = []
    # Line by line from the top, not the whole text split: the first paragraph ends the search.
    while pos < stop and len(out) < _BYLINE_LINES:
        end = text.find("\n", pos)
        end = stop if end < 0 or end > stop else end
        line = text[pos:end].strip()
        pos = end + 1
        if not line or _folds_whole_to(line, title) or _BREADCRUMB_LINE.search(line):
            continue
        words = len(line.split(None, _BYLINE_WORDS))  # counted up to one past the most
        if words > _BYLINE_WORDS or line.endswith((".", "!", "?", ":", "»", '"', "”")):
            break
        out.append(line)
    return out


def _below_repeated_title(text: str, title: str) -> int:
    """Where a copied page's head below its title begins, when its first lines repeat the title
    ("U.S. DEPARTMENT of STATE / Home > … / Belarus: … / Belarus: … / PRESS STATEMENT / NED PRICE,
    …"): what stands above it is the site's masthead, not the text's byline; else 0."""
    pos = 0
    seen = 0
    while pos < len(text) and seen < _MASTHEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if line:
            seen += 1
            if _folds_whole_to(line, title):
                return end + 1
        pos = end + 1
    return 0


def _folds_whole_to(line: str, key: str) -> bool:
    """``fold(line) == key``, most often decided by the line's ends alone (as in :func:`_folds_to`): an
    ASCII character at either end of ``line`` is its lower case at that end of ``fold(line)``."""
    if line:
        first, last = line[0], line[-1]
        if (first.isascii() and first.lower() != key[:1]) or (last.isascii() and last.lower() != key[-1:]):
            return False
    return fold(line) == key


def _first_person_opens(
    text: str, tokens: list[Token], quotes: Iterable[tuple[int, int]], first: Collection[str]
) -> bool:
    """Whether a word of ``first`` opens a sentence or a line outside the quotes."""
    inside = {k for q in quotes for k in range(q[0] - 1, q[1] + 1)}
    for k in _where(_keys_of(tokens), first):
        if k in inside or not tokens[k].key[:1].isalnum():
            continue
        if k == 0:
            return True
        t = tokens[k - 1]  # a word opens after a stop or a dash, or after a token that opens a line
        if t.text in {".", "!", "?", "–", "-"} or (t.start > 0 and text[t.start - 1] == "\n"):
            return True
    return False


# Possessive: each repetition takes a whole run of word characters, as re.findall(r"\w+") counts them.
_FOUR_WORDS: Final = re.compile(r"(?:\W*+\w++){4}")
_FIFTEEN_WORDS: Final = re.compile(r"(?:\W*+\w++){15}")


def _after_dateline(tokens: list[Token], start: int, k: int) -> bool:
    """Whether tokens ``start`` to ``k`` are a dateline and its dash ("Bern, 12.03.2023 -", "Paris,
    le 3 mars 2021 –"): a place, a date with figures, and a dash right before ``k``."""
    return (
        start < k <= start + _DATELINE_TOKENS
        and tokens[k - 1].text in {"-", "–", "—"}
        and any(t.text[:1].isdigit() for t in tokens[start : k - 1])
    )


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.startswith(("•", "|", "---")):
        return False
    # At least 4 words (runs of word characters) when the line ends as a sentence does, else 15.
    if _COMPILED:
        return _has_words(stripped, 4 if stripped[-1] in '.!?:;»"”)' else 15)
    enough = _FOUR_WORDS if stripped[-1] in '.!?:;»"”)' else _FIFTEEN_WORDS
    return enough.match(stripped) is not None


def _has_words(text: str, n: int) -> bool:
    r"""``re.match(r"(?:\W*+\w++){n}", text)``: whether ``text`` has ``n`` runs of word characters (a word
    character: alphanumeric, as ``str.isalnum`` says, or "_"). Compiled, a loop over the characters up to
    the n-th run costs less than the expression's match."""
    count = 0
    inside = False
    for i in range(len(text)):
        c = ord(text[i])  # compiled, the character's code read, no 1-character string made
        word = (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 95) if c < 128 else text[i].isalnum()
        if word:
            if not inside:
                count += 1
                if count >= n:
                    return True
                inside = True
        else:
            inside = False
    return False


def _folds_to(line: str, key: str) -> bool:
    """``fold(line).strip() == key``, most often decided by the line's ends alone: fold maps each
    character on its own, whitespace to whitespace and an ASCII character to its lower case, so an
    ASCII character at either end of the stripped line is one at that end of the stripped key."""
    stripped = line.strip()
    if not stripped:
        return not key
    first, last = stripped[0], stripped[-1]
    if (first.isascii() and first.lower() != key[:1]) or (last.isascii() and last.lower() != key[-1:]):
        return False
    return fold(line).strip() == key


def _sentences(text: str, tokens: list[Token], title: str) -> list[_Sentence]:
    """Sentences (token spans) of the prose lines; the repeated headline is skipped."""
    out: list[_Sentence] = []
    title_key = fold(title).strip()
    # Token starts, and the tokens that may end a sentence, to find a line's tokens by bisection.
    document = _DOCUMENT
    starts = document[3] if document[0] is tokens else [t.start for t in tokens]
    stops = _marks(text, tokens, _STOPS)
    pos = 0
    k = 0
    for p, line in enumerate(text.split("\n")):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        lo = k
        k = _bisect(starts, line_end, lo)
        hi = k
        if not _is_prose(line) or _folds_to(line, title_key):
            continue
        start = lo
        for j in stops[_bisect(stops, lo) : _bisect(stops, hi)]:
            t = tokens[j]
            prev = tokens[j - 1] if j > lo else None
            if (
                t.text == "."
                and prev is not None
                and (prev.key in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper()))
            ):
                continue
            end = j + 1
            while end < hi and tokens[end].text in {"»", "”", '"', ")"}:
                end += 1
            if end < hi and not (tokens[end].text[:1].isupper() or tokens[end].text in {"«", "“", '"'}):
                continue
            if end > start:
                out.append(_Sentence(start, end, p))
            start = end
        if hi > start:
            out.append(_Sentence(start, hi, p))
        _ = line_start
    return out
