"""Inflections of cue words, so the lexicon lists lemmas and the extractor still finds
"condamnait", "a condamné", "condemned" and "préoccupés".

The rules are grammar, not lexicon: regular English and French conjugation with
the common irregular patterns. Over-generating a form that does not exist is
harmless (it never occurs in text); missing one loses a statement.
"""

from __future__ import annotations

import re

_VOWELS = "aeiou"

_EN_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "stand": ("stands", "stood", "standing"),
    "hold": ("holds", "held", "holding"),
    "take": ("takes", "took", "taken", "taking"),
    "make": ("makes", "made", "making"),
    "give": ("gives", "gave", "given", "giving"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "fear": ("fears", "feared", "fearing"),
    "lead": ("leads", "led", "leading"),
    "seek": ("seeks", "sought", "seeking"),
    "keep": ("keeps", "kept", "keeping"),
    "meet": ("meets", "met", "meeting"),
    "send": ("sends", "sent", "sending"),
    "set": ("sets", "set", "setting"),
    "put": ("puts", "put", "putting"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "uphold": ("upholds", "upheld", "upholding"),
}


def _en_double_final(word: str) -> bool:
    """commit → committed, ban → banned; visit → visited (stress is not on the last syllable)."""
    if len(word) < 3 or word[-1] in "wxy" + _VOWELS:
        return False
    if not (word[-2] in _VOWELS and word[-3] not in _VOWELS):
        return False
    vowel_groups = len(re.findall(r"[aeiouy]+", word))
    return vowel_groups == 1 or word.endswith(("mit", "cur", "pel", "fer", "gret"))


def english_verb_forms(lemma: str) -> set[str]:
    if lemma in _EN_IRREGULAR:
        return {lemma, *_EN_IRREGULAR[lemma]}
    forms = {lemma}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        if _en_double_final(lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


# Third-group French verbs conjugate by their ending; each row gives the stems' endings.
_FR_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "tenir",
        (
            "tiens",
            "tient",
            "tenons",
            "tenez",
            "tiennent",
            "tenu",
            "tenue",
            "tenus",
            "tenues",
            "tenait",
            "tenaient",
            "tiendra",
            "tiendront",
            "tiendrait",
            "tiendraient",
            "tint",
            "tenant",
            "tenions",
        ),
    ),
    (
        "venir",
        (
            "viens",
            "vient",
            "venons",
            "venez",
            "viennent",
            "venu",
            "venue",
            "venus",
            "venait",
            "viendra",
            "viendrait",
            "venant",
        ),
    ),
    (
        "naître",
        (
            "nais",
            "naît",
            "nait",
            "naissons",
            "naissez",
            "naissent",
            "nu",
            "nue",
            "nus",
            "naissait",
            "naissaient",
            "naîtra",
            "naitra",
            "naîtront",
            "naitront",
            "naîtrait",
            "naitrait",
            "naîtraient",
            "naitraient",
            "naissant",
            "naître",
            "naitre",
        ),
    ),
    (
        "mettre",
        (
            "mets",
            "met",
            "mettons",
            "mettez",
            "mettent",
            "mis",
            "mise",
            "mises",
            "mettait",
            "mettaient",
            "mettra",
            "mettront",
            "mettrait",
            "mettant",
        ),
    ),
    (
        "uivre",
        (
            "uis",
            "uit",
            "uivons",
            "uivez",
            "uivent",
            "uivi",
            "uivie",
            "uivis",
            "uivait",
            "uivaient",
            "uivra",
            "uivront",
            "uivrait",
            "uivant",
        ),
    ),
    ("aindre", ("ains", "aint", "aignons", "aignez", "aignent", "aignait", "aindra", "aindrait", "aignant")),
    ("eindre", ("eins", "eint", "eignons", "eignez", "eignent", "eignait", "eindra", "eindrait", "eignant")),
    (
        "cueillir",
        (
            "cueille",
            "cueilles",
            "cueillons",
            "cueillez",
            "cueillent",
            "cueilli",
            "cueillie",
            "cueillis",
            "cueillait",
            "cueillera",
            "cueillerait",
            "cueillant",
        ),
    ),
    (
        "dire",
        (
            "dis",
            "dit",
            "disons",
            "dites",
            "disent",
            "dite",
            "dits",
            "disait",
            "disaient",
            "dira",
            "diront",
            "dirait",
            "disant",
        ),
    ),
    (
        "vouloir",
        (
            "veux",
            "veut",
            "voulons",
            "voulez",
            "veulent",
            "voulu",
            "voulait",
            "voulaient",
            "voudra",
            "voudrait",
            "voulant",
        ),
    ),
    (
        "prendre",
        (
            "prends",
            "prend",
            "prenons",
            "prenez",
            "prennent",
            "pris",
            "prise",
            "prenait",
            "prendra",
            "prendrait",
            "prenant",
        ),
    ),
    (
        "dre",
        (
            "ds",
            "d",
            "dons",
            "dez",
            "dent",
            "du",
            "due",
            "dus",
            "dues",
            "dait",
            "daient",
            "dra",
            "dront",
            "drait",
            "draient",
            "dant",
        ),
    ),
)

_FR_ER_ENDINGS = (
    "e",
    "es",
    "ons",
    "ez",
    "ent",
    "é",
    "ée",
    "és",
    "ées",
    "ait",
    "aient",
    "ais",
    "ions",
    "iez",
    "era",
    "eras",
    "erons",
    "erez",
    "eront",
    "erait",
    "eraient",
    "erai",
    "a",
    "èrent",
    "ant",
    "er",
)
_FR_IR_ENDINGS = (
    "is",
    "it",
    "issons",
    "issez",
    "issent",
    "i",
    "ie",
    "ies",
    "issait",
    "issaient",
    "ira",
    "iront",
    "irait",
    "iraient",
    "issant",
    "ir",
)


def french_verb_forms(lemma: str) -> set[str]:
    forms = _french_verb_forms(lemma)
    # The future and the conditional of every person from the third singular's: "reconnaîtra" gives
    # "reconnaîtrons", "reconnaîtrez", "reconnaîtrai"; "soutiendrait" gives "soutiendrions".
    more = set()
    for f in forms:
        if f.endswith("ra"):
            more |= {f[:-1] + "ons", f[:-1] + "ez", f[:-1] + "ai", f[:-1] + "as"}
        elif f.endswith("rait"):
            more |= {f[:-3] + "ions", f[:-3] + "iez", f[:-2] + "ient"}
    return forms | more


def _french_verb_forms(lemma: str) -> set[str]:
    forms = {lemma}
    for ending, table in _FR_PATTERNS:
        if lemma.endswith(ending):
            stem = lemma[: -len(ending)]
            forms |= {stem + form for form in table}
            return forms
    if lemma.endswith("er"):
        stem = lemma[:-2]
        stems = {stem}
        if stem.endswith(("el", "et")):
            stems.add(stem + stem[-1])  # appeler → appelle, rejeter → rejette
        if re.search(r"[eé][^aeiouyéè]+$", stem):
            stems.add(re.sub(r"[eé]([^aeiouyéè]+)$", r"è\1", stem))  # réitérer → réitère, lever → lève
        for st in stems:
            forms |= {st + e for e in _FR_ER_ENDINGS}
        # -cer and -ger keep their sound before a and o: dénonçons, engageait.
        if stem.endswith("c"):
            forms |= {stem[:-1] + "ç" + e for e in _FR_ER_ENDINGS if e[0] in "ao"}
        if stem.endswith("g"):
            forms |= {stem + "e" + e for e in _FR_ER_ENDINGS if e[0] in "ao"}
        # -oyer and -uyer turn y into i before a mute e: appuie, déploieront (but appuyons, déployez).
        if stem.endswith(("oy", "uy")):
            mute = [e for e in _FR_ER_ENDINGS if e in {"e", "es", "ent"} or e.startswith("er")]
            forms |= {stem[:-1] + "i" + e for e in mute}
            forms.discard(stem[:-1] + "ier")
        return forms
    if lemma.endswith("ir"):
        stem = lemma[:-2]
        forms |= {stem + e for e in _FR_IR_ENDINGS}
        return forms
    if lemma.endswith("re"):
        stem = lemma[:-2]
        forms |= {
            stem + e for e in ("s", "t", "ons", "ez", "ent", "ait", "aient", "ra", "ront", "rait", "ant")
        }
    return forms


def verb_forms(lemma: str, lang: str) -> set[str]:
    lemma = lemma.lower()
    if lang == "fr":
        return french_verb_forms(lemma)
    if lang == "en":
        return english_verb_forms(lemma)
    return {lemma}


def adjective_forms(word: str, lang: str) -> set[str]:
    word = word.lower()
    if lang != "fr":
        return {word}
    forms = {word}
    if word.endswith("e"):
        forms.add(word + "s")
    elif word.endswith("et"):
        forms |= {word + "te", word + "s", word + "tes"}  # inquiet → inquiète is irregular, listed below
    else:
        forms |= {word + "e", word + "s", word + "es"}
    if word.endswith("x"):
        forms |= {word[:-1] + "se", word[:-1] + "ses"}
    if word == "inquiet":
        forms |= {"inquiète", "inquiètes", "inquiets"}
    return forms


def noun_forms(word: str, lang: str) -> set[str]:
    word = word.lower()
    if word.endswith(("s", "x", "z")):
        return {word}
    if lang == "fr" and word.endswith(("au", "eu")):
        return {word, word + "x"}
    if lang == "en" and word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        return {word, word[:-1] + "ies"}
    return {word, word + "s"}
