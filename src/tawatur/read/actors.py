"""Actors and their sides: armed groups, states, civilians, with light coreference.

Evidence, all data files under ``data/lexicons``:

* ``actor_names.tsv``: the canonical actors, one English name in ACLED's style and one Arabic name each,
  with their side ("Military Forces of Syria (2000-2024)", "SDF: Syrian Democratic Forces");
* ``actors.tsv``: aliases (id, forms, label, canonical actor, dated periods). Sides hold for periods, as
  in PETRARCH's dated dictionaries: "قوات النظام" is the government's army until 8 December 2024 and the
  former regime's remnants after it, "الجيش السوري" the army of whoever governs. A mention is read at
  its article's date here and again at its event's date by the extractor (:func:`actor_at`);
* ``actor_sides.tsv``: the generic canonical actor of each side, for an event with a side but no named
  actor ("Opposition Rebels (Syria)"), so a bare side is never an actor name;
* ``actor_heads.tsv`` + ``nationalities.tsv``: a head noun (الجيش، القوات، الطيران…) followed by a
  nationality adjective takes that nation's side, so "الجيش الإسرائيلي" is Israel and "الجيش" alone is
  the Syrian army; in a joint form ("الطيران الحربي السوري الروسي") the first nation named wins;
* ``actor_coref.tsv``: possessives ("قواتها"، "مقاتلوه") point back at the actor named in this or the
  previous sentence; first person ("قواتنا") points at the speaker. The source reader, which runs
  later, re-points first-person forms at the sentence's source when it finds one.

An actor followed by an allegiance phrase ("الفصائل الموالية لأنقرة", "الطائرات التابعة للنظام") is one
mention: a named group keeps its own side (Turkish-backed factions are the opposition), a bare head takes
the side of the force it belongs to.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..clean.normalize import fold_text, proclitic_splits, strip_article
from ..clean.tokens import spans, tokens_of, with_role
from ..model import Article, Mention
from .lexicon import Hit, MatcherGroup, PhraseMatcher, SentenceFold, load_tsv, sentence_folds, split_forms
from .wordsets import wordlist, wordset

_AL = wordlist("definite_article")[0]
_WA = wordlist("conjunction_clitic")[0]
# Clitics written before a possessive form: one ("وقواته") or two ("وبقواته").
POSSESSOR_CLITICS = "".join(wordlist("possessor_clitic"))
# the proclitics a possessive form may carry: one clitic, or a pair ("وقواته", "وبقواته")
_POSSESSOR_PREFIXES = frozenset(POSSESSOR_CLITICS) | wordset("possessor_clitic_pair")
PERIOD_KEYS = ("actor", "actor_en", "actor_ar", "side", "base_actor", "periods")


@dataclass(frozen=True)
class Canonical:
    """One actor with its one English (ACLED style) and one Arabic name."""

    id: str
    name_en: str
    name_ar: str
    side: str
    kind: str


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name_en: str  # the short label an attribution uses ("Syrian army")
    side: str  # the side of the base actor (undated reading)
    kind: str
    actor: str = ""  # canonical id (actor_names.tsv)
    periods: tuple[tuple[str, str], ...] = ()  # (from ISO date, canonical id), ascending


@dataclass(frozen=True)
class Nationality:
    side: str
    name_en: str


def parse_periods(cell: str) -> tuple[tuple[str, str], ...]:
    """"2017-01-20>usa_2017;2021-01-20>usa_2021" -> ((date, id), ...), ascending; checks each date."""
    out = []
    for part in (cell or "").split(";"):
        if not part.strip():
            continue
        day, _, ident = part.partition(">")
        date.fromisoformat(day.strip())  # a malformed date is a data error, raised at load time
        out.append((day.strip(), ident.strip()))
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def canonical_actors() -> dict[str, Canonical]:
    """Canonical id -> actor, from ``actor_names.tsv``."""
    return {r["id"]: Canonical(r["id"], r["name_en"], r["name_ar"], r["side"], r["kind"])
            for r in load_tsv("actor_names.tsv")}


def _checked(ident: str, where: str) -> str:
    if ident not in canonical_actors():
        raise ValueError(f"{where}: unknown canonical actor {ident!r} (add it to actor_names.tsv)")
    return ident


@lru_cache(maxsize=1)
def actor_entries() -> dict[str, ActorEntry]:
    """Alias-group id -> entry, from ``actors.tsv``."""
    out = {}
    for r in load_tsv("actors.tsv"):
        periods = parse_periods(r.get("periods", ""))
        for _, ident in periods:
            _checked(ident, f"actors.tsv:{r['id']}")
        base = canonical_actors()[_checked(r["actor"], f"actors.tsv:{r['id']}")]
        out[r["id"]] = ActorEntry(r["id"], r["name_en"], base.side, r["kind"], base.id, periods)
    return out


@lru_cache(maxsize=1)
def side_actors() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Side -> (generic canonical id, periods), from ``actor_sides.tsv``."""
    out = {}
    for r in load_tsv("actor_sides.tsv"):
        periods = parse_periods(r.get("periods", ""))
        for _, ident in periods:
            _checked(ident, f"actor_sides.tsv:{r['side']}")
        out[r["side"]] = (_checked(r["actor"], f"actor_sides.tsv:{r['side']}"), periods)
    return out


def _at(base: str, periods, day: str | None) -> Canonical:
    """The canonical actor that ``base`` with dated ``periods`` stands for on ``day`` (ISO, or None)."""
    ident = base
    if day:
        for start, target in periods:
            if day[:10] >= start:
                ident = target
    return canonical_actors()[ident]


def _canonical_attrs(c: Canonical) -> dict:
    return {"actor": c.id, "actor_en": c.name_en, "actor_ar": c.name_ar, "side": c.side}


def side_actor(side: str, day: str | None = None) -> Canonical:
    """The generic canonical actor of a side on ``day`` ("Opposition Rebels (Syria)")."""
    base, periods = side_actors().get(side) or side_actors()["unknown"]
    return _at(base, periods, day)


def actor_at(attrs: dict, day: str | None) -> dict:
    """An actor mention's attributes re-read at ``day``: its canonical actor and side then.

    Attributes without dated periods come back unchanged (a copy)."""
    out = dict(attrs)
    out.update(dated_fields(attrs, day))
    return out


def dated_fields(attrs: Mapping[str, Any], day: str | None) -> Mapping[str, Any]:
    """What :func:`actor_at` changes, without copying the rest: the canonical actor, names and side at
    ``day`` of a dated actor (a shared dict: read it, do not change it), else ``attrs`` itself. The
    extractor reads an actor at its event's date for every event, and a copy of all its attributes
    was a tenth of the event's cost."""
    base = attrs.get("base_actor")
    if not (base and day):
        return attrs
    return _dated_canonical(base, tuple(tuple(p) for p in attrs.get("periods") or ()), day)


@lru_cache(maxsize=4096)
def _dated_canonical(base: str, periods: tuple[tuple[str, ...], ...], day: str) -> dict[str, str]:
    return _canonical_attrs(_at(base, periods, day))


def _day(value: str | None) -> str | None:
    """The ISO day of an article date, or None when it has none (or an unreadable one)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def era_cues() -> tuple[tuple[str, str], ...]:
    """(folded form, ISO date) of wordings only a text written after that date uses (``era_cues.tsv``)."""
    out = []
    for r in load_tsv("era_cues.tsv"):
        start = date.fromisoformat(r["from"]).isoformat()
        out.extend((form, start) for form in split_forms(r["forms"]))
    return tuple(out)


def article_day(article: Article) -> str | None:
    """The day an article's actors are read at: its given date; else (or when the date was only guessed
    from the dates it mentions, which may be a past one such as the day Damascus fell) no earlier than
    its era cues ("فلول النظام", "الحكومة الانتقالية") allow."""
    day = _day(article.published)
    if day and not article.meta.get("published_inferred"):
        return day
    floor = _era_floor(article.raw)
    if floor and (day is None or day < floor):
        return floor
    return day


@lru_cache(maxsize=64)
def _era_floor(raw: str) -> str | None:
    """The latest start of the era cues ``raw`` holds (its fold searched for each cue form), or None. Kept by
    text: the readers and the extractor ask :func:`article_day` of one article a few times each, per source
    and per sentence, and each call folded the whole article again (issue 13, task speed40)."""
    from ..clean.normalize import fold_text
    text = fold_text(raw)
    return max((start for form, start in era_cues() if form in text), default=None)


@lru_cache(maxsize=1)
def actor_matcher() -> PhraseMatcher:
    items = []
    for r in load_tsv("actors.tsv"):
        entry = actor_entries()[r["id"]]
        items.extend((form, entry) for form in split_forms(r["forms"]))
    return PhraseMatcher.build(items)


@lru_cache(maxsize=1)
def head_matcher() -> PhraseMatcher:
    items = []
    for r in load_tsv("actor_heads.tsv"):
        items.extend((form, r) for form in split_forms(r["forms"]))
    return PhraseMatcher.build(items)


@lru_cache(maxsize=1)
def nationalities() -> dict[str, Nationality]:
    """Folded adjective (with and without the article) -> nationality."""
    out: dict[str, Nationality] = {}
    for r in load_tsv("nationalities.tsv"):
        nat = Nationality(r["side"], r["name_en"])
        for form in split_forms(r["forms"]):
            out[form] = nat
            if form.startswith(_AL):
                out.setdefault(form[2:], nat)
    return out


@lru_cache(maxsize=1)
def modifiers() -> frozenset[str]:
    return frozenset(f for r in load_tsv("actor_modifiers.tsv") for f in split_forms(r["forms"]))


def _extend(f: SentenceFold, toks: list[tuple[int, int, str]], hit: Hit) -> Hit:
    """Grow a named-actor hit over following plain adjectives ("الفصائل السورية المسلحة")."""
    j = hit.word_index + hit.n_words
    mods = modifiers()
    while j < len(toks) and toks[j][2] in mods and f.text[toks[j - 1][1]:toks[j][0]].strip() == "":
        j += 1
    if j == hit.word_index + hit.n_words:
        return hit
    s, e = f.span(hit.fstart, toks[j - 1][1])
    return Hit(hit.fstart, toks[j - 1][1], s, e, hit.entry, hit.phrase, hit.word_index, j - hit.word_index)


@lru_cache(maxsize=1)
def coref_forms() -> dict[str, int]:
    out: dict[str, int] = {}
    for r in load_tsv("actor_coref.tsv"):
        for form in split_forms(r["forms"]):
            out[form] = int(r["person"])
    return out


def actor_attrs(entry: ActorEntry, day: str | None = None) -> dict:
    """Mention attributes of an alias group read at ``day``: label, canonical actor and side then."""
    attrs = {"id": entry.id, "name_en": entry.name_en, "actor_kind": entry.kind,
             "base_actor": entry.actor, "periods": [list(p) for p in entry.periods]}
    attrs.update(_canonical_attrs(_at(entry.actor, entry.periods, day)))
    return attrs


def side_actor_attrs(side: str, day: str | None) -> dict:
    """Mention attributes of a side's generic actor at ``day`` (a speaker's first person, read by sources)."""
    return _side_attrs(side, day)


def _side_attrs(side: str, day: str | None) -> dict:
    """Canonical attributes of a side's generic actor ("القوات التركية" -> Military Forces of Turkey)."""
    base, periods = side_actors().get(side) or side_actors()["unknown"]
    attrs = {"base_actor": base, "periods": [list(p) for p in periods]}
    attrs.update(_canonical_attrs(_at(base, periods, day)))
    return attrs


def _nationality_run(toks: list[tuple[int, int, str]], j: int) -> list[Nationality]:
    """The nationality adjectives standing at tokens j, j+1, … (joint forms list several)."""
    nats = nationalities()
    run = []
    while j < len(toks) and toks[j][2] in nats:
        run.append(nats[toks[j][2]])
        j += 1
    return run


def _believed_nationality(toks: list[tuple[int, int, str]], after: int) -> int:
    """"طائرة مسيرة يعتقد أنها تركية": how many words (a plain adjective or none, a verb of belief and its
    pronoun) stand between a head noun and the nationality it is thought to have; 0 when none does."""
    for k in range(after, min(after + 2, len(toks))):
        if k + 2 < len(toks) and toks[k][2] in wordset("belief_verb") and toks[k + 1][2] in wordset("belief_pronoun"):
            return k + 2 - after
        if toks[k][2] not in wordset("force_adjective"):
            break
    return 0


ALTERNATIVE_RULE = "head+nationality+alternative"  # the rule of a mention offering two forces
BARE_HEAD_RULE = "head-default:"  # an actor head with no nationality nor owner, read as its default side


def _alternative_end(f: SentenceFold, toks: list[tuple[int, int, str]], j: int, day: str | None) -> int | None:
    """"الطيران الحربي، الروسي أو التابع للنظام"، "طائرات روسية أو سورية": a nationality followed by "أو" and another
    nationality, or a word of belonging and its owner, offers two forces as alternatives; the text does not say
    which of them acted, so the side is unknown (GUIDELINES: the side that does it). The token past the
    alternative (the mention takes it in, so that its owner is no actor of its own), or None."""
    if j + 1 >= len(toks) or toks[j][2] not in wordset("disjunction"):
        return None
    nxt = toks[j + 1][2]
    if nxt in nationalities():
        return j + 1 + len(_nationality_run(toks, j + 1))
    if nxt not in wordset("affiliated_adjective") and nxt not in wordset("belonging_adjective"):
        return None
    owner = _named_at(f, toks, j + 2, day) if j + 2 < len(toks) else None
    return j + 2 + (owner[0].n_words if owner is not None and owner[1] else 0)


def _head_actor(f: SentenceFold, toks: list[tuple[int, int, str]], i: int,
                day: str | None) -> tuple[Hit, dict, str] | None:
    """A head noun at token i with its nationality adjectives (or its stand-alone default)."""
    hit = head_matcher().match_at(f, toks, i)
    if not hit:
        return None
    row = hit.entry
    after = i + hit.n_words
    run = _nationality_run(toks, after)
    adjectives = wordset("force_adjective")
    skip = 0
    while not run and skip < 2 and after + skip < len(toks) and toks[after + skip][2] in adjectives:
        skip += 1  # "أرتال عسكرية تركية": the nationality after a plain adjective
        run = _nationality_run(toks, after + skip)
    if not run:
        skip = _believed_nationality(toks, after)
        run = _nationality_run(toks, after + skip) if skip else []
    after += skip if run else 0
    if run:
        first = run[0]
        last = toks[after + len(run) - 1]
        s, e = f.span(hit.fstart, last[1])
        if first.side == "government" and row.get("default_id"):
            attrs = actor_attrs(actor_entries()[row["default_id"]], day)
        else:
            attrs = {"id": f"{first.name_en.lower()}_{row['name_en'].replace(' ', '_').lower()}",
                     "name_en": f"{first.name_en} {row['name_en']}", "actor_kind": row["kind"]}
            attrs.update(_side_attrs(first.side, day))
            if first.side == "unknown":  # a foreign force outside the conflict: named, not "unidentified"
                attrs.update({"actor": attrs["id"], "actor_en": attrs["name_en"],
                              "actor_ar": f.original[s:e], "base_actor": "", "periods": []})
        if len(run) > 1:
            attrs["joint"] = [n.side for n in run]
        end = after + len(run)
        if (alt := _alternative_end(f, toks, end, day)) is not None:
            attrs.update(_side_attrs("unknown", day))  # "الطيران الحربي، الروسي أو السوري": one of two did it
            end, last = alt, toks[alt - 1]
            s, e = f.span(hit.fstart, last[1])
        joined = Hit(hit.fstart, last[1], s, e, attrs, hit.phrase, i, end - i)
        kind = ALTERNATIVE_RULE if alt is not None else "head+nationality"
        return joined, attrs, f"{kind}:{hit.phrase}"
    if row.get("default_id"):
        nxt = toks[after][2] if after < len(toks) else ""
        if nxt.startswith(_AL) and nxt.endswith(wordlist("relational_ending")) and len(nxt) > 4:
            return None  # an unknown nationality ("الجيش الماليزي"): do not guess Syria
        return hit, actor_attrs(actor_entries()[row["default_id"]], day), f"{BARE_HEAD_RULE}{hit.phrase}"
    return hit, {}, f"head:{hit.phrase}"  # a bare head ("الطائرات"): an actor only with an owner


def _named_at(f: SentenceFold, toks: list[tuple[int, int, str]], i: int,
              day: str | None) -> tuple[Hit, dict, str] | None:
    """The longest actor phrase (lexicon or head noun) starting at token i."""
    lh = actor_matcher().match_at(f, toks, i)
    hh = _head_actor(f, toks, i, day)
    if hh and (not lh or hh[0].n_words > lh.n_words):
        return hh
    if lh:
        lh = _extend(f, toks, lh)
        return lh, actor_attrs(lh.entry, day), f"actors.tsv:{lh.entry.id}"
    return hh


def _allegiance(f: SentenceFold, toks: list[tuple[int, int, str]], found: tuple[Hit, dict, str],
                day: str | None) -> tuple[Hit, dict, str]:
    """"X الموالية لـ Y" / "X المدعومة من Y" / "X التابعة لـ Y" is one mention.

    A named X keeps its side (Turkish-backed factions are the opposition); a bare force X (الطائرات،
    القوات) is Y's own ("الطائرات الحربية التابعة للنظام" is the government's); a generic group X
    (الميليشيات، الفصائل المسلحة) backed by a state is that state's client (``actor_backed.tsv``); one that
    belongs to an armed group, not a state ("مسلحون ينتمون إلى تنظيم داعش"), is that group's members."""
    hit, attrs, rule = found
    j = _past_suspicion(toks, hit.word_index + hit.n_words)
    if toks[j - 1][2] not in _allegiance_words():
        if j >= len(toks) or toks[j][2] not in _allegiance_words() | wordset("suspected_belonging_noun"):
            return found
        j += 1
    if j < len(toks) and toks[j][2] in wordset("backer_preposition"):
        j += 1
    if j >= len(toks):
        return found
    owner = _named_at(f, toks, j, day)
    if owner is None or not owner[1]:
        return found
    oh = owner[0]
    s, e = f.span(hit.fstart, oh.fend)
    merged = Hit(hit.fstart, oh.fend, s, e, hit.entry, hit.phrase, hit.word_index, oh.word_index + oh.n_words
                 - hit.word_index)
    backer = owner[1]
    if not attrs and getattr(hit.entry, "get", lambda _k: "")("kind") != "militia":
        return merged, dict(backer), f"{rule}+owner:{owner[2]}"  # its planes, its troops
    client = client_group(backer, day)
    if (not attrs or _generic(attrs) or _foreign_militia(attrs)) and client in actor_entries():
        out = actor_attrs(actor_entries()[client], day)
        return merged, {**out, "backer": backer.get("actor", "")}, f"{rule}+backed:{owner[2]}"
    if attrs and not (_generic(attrs) and backer.get("actor_kind") not in STATE_KINDS):
        return merged, {**attrs, "backer": backer.get("actor", "")}, rule + "+allegiance"
    return merged, dict(backer), f"{rule}+owner:{owner[2]}"  # "مسلحان يتبعان لتنظيم داعش": its members


def _past_suspicion(toks: list[tuple[int, int, str]], j: int) -> int:
    """"مسلحون يشتبه في انتمائهم لتنظيم الدولة": the token of the noun of belonging after a verb of belief
    (and في), so that the group after it is read as the people's own, as after "ينتمون إلى"; else j."""
    k = j + 1
    if k >= len(toks) or toks[j][2] not in wordset("belief_verb"):
        return j
    if toks[k][2] in wordset("in_preposition"):
        k += 1
    return k if k < len(toks) and toks[k][2] in wordset("suspected_belonging_noun") else j


def _members_of(f: SentenceFold, toks: list[tuple[int, int, str]], found: tuple[Hit, dict, str],
                day: str | None) -> tuple[Hit, dict, str]:
    """"مسلحون من تنظيم الدولة"، "مسلحان من قسد": a one-word generic armed people noun with a partitive من
    before a named armed group are that group's members (as "مسلحان يتبعان لـ Y" is); one phrase, the group's
    side. A state force after من is left alone ("مسلحون من الجيش" is rare and unclear)."""
    hit, attrs, rule = found
    j = hit.word_index + hit.n_words
    believed = j + 2 < len(toks) and toks[j][2] in wordset("belief_verb") \
        and toks[j + 1][2] in wordset("belief_pronoun")
    if believed:
        j += 2  # "مسلحون يعتقد أنهم من التنظيم": who they are thought to be is who they are taken for
    if believed and not attrs and hit.phrase in wordset("members_unit_noun"):
        attrs = {"actor_kind": "militia", "base_actor": ""}  # "عناصر يعتقد أنهم من التنظيم": a bare head too
    elif not attrs or not _generic(attrs):
        return found
    if hit.n_words != 1 or j + 1 >= len(toks) \
            or toks[j][2] not in wordset("count_partitive"):
        return found
    owner = _named_at(f, toks, j + 1, day)
    if (owner is None or not owner[1] or owner[1].get("side") in (None, "", "unknown")) and j + 2 < len(toks) \
            and toks[j + 1][2] in wordset("members_unit_noun"):
        owner = _named_at(f, toks, j + 2, day)  # "من خلايا تنظيم داعش": the cells of the group (task read11)
    if owner is None or not owner[1] or owner[1].get("actor_kind") in STATE_KINDS \
            or owner[1].get("side") in (None, "", "unknown"):
        return found
    oh = owner[0]
    s, e = f.span(hit.fstart, oh.fend)
    merged = Hit(hit.fstart, oh.fend, s, e, hit.entry, hit.phrase, hit.word_index, oh.word_index + oh.n_words
                 - hit.word_index)
    return merged, dict(owner[1]), f"{rule}+members:{owner[2]}"


def _bracketed_name(f: SentenceFold, toks: list[tuple[int, int, str]], found: tuple[Hit, dict, str],
                    day: str | None) -> tuple[Hit, dict, str]:
    """"قوى الأمن الداخلي (الأسايش)": a force's name in brackets right after a force names which one it is;
    where the two sides differ (the shared name is also the Syrian police's), the bracketed name's side is
    the phrase's. One phrase, so the bracketed name is no second actor."""
    hit, attrs, rule = found
    j = hit.word_index + hit.n_words
    if not attrs or j >= len(toks) or "(" not in f.text[hit.fend:toks[j][0]]:
        return found
    inner = _named_at(f, toks, j, day)
    if inner is None or not inner[1] or inner[1].get("side") in (None, "", "unknown", attrs.get("side")):
        return found
    ih = inner[0]
    k = ih.word_index + ih.n_words
    if ")" not in f.text[ih.fend:toks[k][0] if k < len(toks) else len(f.text)]:
        return found
    s, e = f.span(hit.fstart, ih.fend)
    merged = Hit(hit.fstart, ih.fend, s, e, ih.entry, hit.phrase, hit.word_index, k - hit.word_index)
    return merged, dict(inner[1]), f"{rule}+bracketed:{inner[2]}"


def _remnants_of(f: SentenceFold, toks: list[tuple[int, int, str]], found: tuple[Hit, dict, str],
                 day: str | None) -> tuple[Hit, dict, str]:
    """"فلول تنظيم داعش"، "لفلول حزب الله": a remnants noun alone (wordset remnant_noun, read by itself as the
    former regime's remnants) before a named armed group that is no state force is that group's remnants, of
    its side (eval/GUIDELINES.md, Sides: only remnants of the former army are ``unknown``). Before a state
    force or the government ("فلول جيش الأسد") it is one mention, the former regime's remnants, as it is alone."""
    hit, attrs, rule = found
    j = hit.word_index + 1
    if hit.n_words != 1 or hit.phrase not in wordset("remnant_noun") or j >= len(toks):
        return found
    owner = _named_at(f, toks, j, day)
    if owner is None or not owner[1] or owner[1].get("side") in (None, "", "unknown"):
        return found
    oh = owner[0]
    s, e = f.span(hit.fstart, oh.fend)
    merged = Hit(hit.fstart, oh.fend, s, e, hit.entry, hit.phrase, hit.word_index, oh.word_index + oh.n_words
                 - hit.word_index)
    if owner[1].get("actor_kind") in STATE_KINDS or owner[1].get("side") == "government":
        return merged, attrs, f"{rule}+remnants-of:{owner[2]}"  # "فلول جيش الأسد": one mention, the remnants
    return merged, dict(owner[1]), f"{rule}+remnants-of:{owner[2]}"


def client_group(backer: dict, day: str | None) -> str | None:
    """The alias group a backer's generic clients become: its side's (``actor_backed.tsv`` group), or,
    when the backer is a government no longer in office on ``day`` (its canonical actor is not its side's
    generic actor then: "النظام السابق" in 2025 is the 2000-2024 forces), that row's ``fallen`` group."""
    side = backer.get("side", "")
    row = next((r for r in load_tsv("actor_backed.tsv") if r["backer_side"] == side), None)
    if row is None:
        return None
    actor = backer.get("actor")
    if row.get("fallen") and day and actor == side_actors()[side][0] and actor != side_actor(side, day).id:
        return row["fallen"]
    return row["group"]


@lru_cache(maxsize=1)
def backed_groups() -> dict[str, str]:
    """Backer side -> the alias group its generic clients become, from ``actor_backed.tsv``."""
    return {r["backer_side"]: r["group"] for r in load_tsv("actor_backed.tsv")}


STATE_KINDS = frozenset({"state military", "government body", "governing body", "security", "security force"})


def _generic(attrs: dict) -> bool:
    """A group named only by a side's generic actor ("الفصائل المسلحة" -> Opposition Rebels (Syria)); a
    state body ("وزارة الدفاع التابعة للنظام") is not one."""
    return attrs.get("actor_kind") in ("armed group", "militia") and \
        attrs.get("base_actor", "") in {base for base, _ in side_actors().values()}


def _foreign_militia(attrs: dict) -> bool:
    """Militias named only by a nationality outside the war's sides ("ميليشيات عراقية موالية لإيران",
    "مقاتلون أفغان"): their nationality says where they come from, not whose side they fight on, so a
    backer after them decides it as for a generic group."""
    return attrs.get("side") == "unknown" and attrs.get("actor_kind") == "militia" and not attrs.get("base_actor")


def _allegiance_words() -> frozenset[str]:
    """"X الموالية لـ Y", "X المدعومة من Y", "X التابعة لـ Y": Y is X's backer or owner, not a second agent."""
    return wordset("allegiance_adjective")


@lru_cache(maxsize=1)
def _name_group() -> MatcherGroup:
    return MatcherGroup((actor_matcher(), head_matcher()))


@lru_cache(maxsize=1 << 16)
def _may_start(word: str) -> bool:
    """Can an actor phrase or a head noun begin at a token ``word``? When not, :func:`_named_at` finds
    nothing there; one cached answer a word spares both matchers at most tokens."""
    return _name_group().starts(word)


def _nisba_adjective(toks: list[tuple[int, int, str]], i: int, hit: Hit) -> bool:
    """"قتل 33 جندياً تركياً": a country name that is also the accusative of its nisba (wordset
    nisba_country_name), right after an indefinite accusative noun (ending in tanwin alif; not a plural verb
    in ـوا, "اتهموا تركيا", nor an adverb or particle, wordset accusative_not_noun), is that noun's adjective."""
    if hit.n_words != 1 or i == 0 or toks[i][2] not in wordset("nisba_country_name"):
        return False
    prev = toks[i - 1][2]
    return len(prev) >= 4 and prev.endswith(tuple(wordlist("accusative_noun_end"))) \
        and not prev.endswith(tuple(wordlist("plural_verb_end"))) and prev not in wordset("accusative_not_noun")


# The actor reader's roles in the token table (issue 13, :func:`tawatur.clean.tokens.with_role`): its
# four passes over a sentence visit only the words of their role, each word's roles read once.
def _coalition_head(word: str) -> bool:
    """A coalition's head ("تحالف", "والتحالف"): the force leading it names it (:func:`_led_coalitions`)."""
    return word.lstrip(_WA) in wordset("coalition_head")


def _coref_word(word: str) -> bool:
    """A demonstrative or a possessive form (:func:`_coref`)."""
    return word in wordset("demonstrative") or _coref_form(word) is not None


def _epithet_word(word: str) -> bool:
    """A jihadist epithet, or one after a clitic (:func:`_epithets`)."""
    words = wordset("jihadist_epithet")
    return word in words or (word[:1] in POSSESSOR_CLITICS and word[1:] in words)


def _find_actors(f: SentenceFold, toks: list[tuple[int, int, str]],
                 day: str | None = None) -> list[tuple[Hit, dict, str]]:
    """(hit, attrs, rule) for every actor phrase in a sentence, longest match first."""
    out = []
    after = 0  # the first token past the last phrase taken: a phrase starts at none inside it
    for i in with_role(toks, "actor_start", _may_start, _name_group().bits):
        if i < after:
            continue
        found = _named_at(f, toks, i, day)
        if found is None:
            continue
        found = _remnants_of(f, toks, _members_of(f, toks, _allegiance(f, toks, found, day), day), day)
        found = _bracketed_name(f, toks, found, day)
        if found[1] and not _nisba_adjective(toks, i, found[0]) and not _whereabouts(toks, i):
            out.append(found)
            after = i + found[0].n_words
    return _led_coalitions(f, toks, out, day)


def _led_coalitions(f: SentenceFold, toks: list[tuple[int, int, str]], found: list[tuple[Hit, dict, str]],
                    day: str | None) -> list[tuple[Hit, dict, str]]:
    """"تحالف تسانده واشنطن ويقوده مقاتلون من الأكراد": a coalition is the force that leads it (the
    SDF here, never the opposition); its backer is no second actor. The span covers the whole phrase."""
    heads = with_role(toks, "coalition_head", _coalition_head)
    if not heads:
        return found
    starts = {h.word_index: (h, a, r) for h, a, r in found}
    covered = {k for h, _, _ in found for k in range(h.word_index, h.word_index + h.n_words)}
    for k in heads:
        if k in covered:
            continue
        led = next((j for j in range(k + 1, min(len(toks), k + 7)) if toks[j][2].lstrip(_WA) in wordset("led_by")), None)
        leader = starts.get(led + 1) if led is not None else None
        if leader is None or not leader[1].get("side"):
            continue
        lh = leader[0]
        s, e = f.span(toks[k][0], lh.fend)
        hit = Hit(toks[k][0], lh.fend, s, e, lh.entry, lh.phrase, k, lh.word_index + lh.n_words - k)
        inside = range(k, lh.word_index + lh.n_words)
        found = [x for x in found if x[0].word_index not in inside]
        attrs = dict(leader[1])
        if attrs.get("side") == "sdf":  # a Kurdish-led coalition is the SDF itself
            attrs = actor_attrs(actor_entries()["sdf"], day)
        found.append((hit, attrs, f"coalition-led-by:{leader[2]}"))
    return sorted(found, key=lambda x: x[0].word_index)


def _whereabouts(toks: list[tuple[int, int, str]], i: int) -> bool:
    """"اقتادوه إلى جهة مجهولة": an unnamed whereabouts after a preposition of motion is where someone was
    taken, not the unknown party that "جهة مجهولة" names as a subject ("استهدفت جهة مجهولة")."""
    return i > 0 and toks[i][2] in wordset("whereabouts_head") and toks[i - 1][2] in wordset("destination_preposition")


def _demonstrated(toks: list[tuple[int, int, str]], hit: Hit) -> bool:
    """"هذه الفصائل": a one-word generic force after a demonstrative is a reference back, not a new force
    (``_coref`` reads it)."""
    k = hit.word_index
    return hit.n_words == 1 and k > 0 and toks[k - 1][2] in wordset("demonstrative") \
        and toks[k][2] in wordset("demonstrative_force_head")


def _coref(f: SentenceFold, toks: list[tuple[int, int, str]], taken: set[int]) -> list[tuple[int, int, int, str]]:
    """(start, end, person) of possessive forms, and of a demonstrative before a force noun ("هذه الفصائل",
    "تلك القوات": the force just named), not inside an actor phrase."""
    forms = coref_forms()
    this, heads = wordset("demonstrative"), wordset("demonstrative_force_head")
    out = []
    for k in with_role(toks, "coref_word", _coref_word):
        if k in taken:
            continue
        a, b, w = toks[k]
        if w in this and k + 1 < len(toks) and k + 1 not in taken and toks[k + 1][2] in heads:
            out.append((*f.span(a, toks[k + 1][1]), 3, strip_article(toks[k + 1][2])))
            continue
        cand = _coref_form(w)
        if cand is not None:
            s, e = f.span(a + len(w) - len(cand), b)
            out.append((s, e, forms[cand], ""))
    return out


def _bare_force_word(w: str) -> bool:
    """The role of a word :func:`_bare_forces` may read: a head of wordset anaphoric_force_head, with or without
    ال, after an optional و (a pure test of the word, for the token table)."""
    heads = wordset("anaphoric_force_head")
    bare = w[1:] if w[:1] in _WA and (w[1:] in heads or _AL + w[1:] in heads) else w
    return bare in heads or _AL + bare in heads


def _bare_forces(toks: list[tuple[int, int, str]], taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, head) of a bare forces noun that points back ("وسيطرت القوات على X" after "قوات
    الحكومة"، "دخلت وحدات أخرى" after "وحدات الجيش"): definite with no owner after it (wordset
    anaphoric_force_head), or indefinite with "أخرى" (other_force_adjective); not inside an actor phrase, not
    after a demonstrative (``_coref`` reads "هذه القوات"), and not before a definite adjective ("القوات
    المهاجمة" is told by what it does, maybe the other party). ``head`` is the noun without ال."""
    heads, other, this = wordset("anaphoric_force_head"), wordset("other_force_adjective"), wordset("demonstrative")
    out = []
    for k in with_role(toks, "bare_force", _bare_force_word):  # (the words that may be one: most are not)
        a, b, w = toks[k]
        bare = w[1:] if w[:1] in _WA and (w[1:] in heads or _AL + w[1:] in heads) else w
        if k in taken or (k and toks[k - 1][2] in this):
            continue
        if bare in heads and not (k + 1 < len(toks) and toks[k + 1][2].startswith(_AL)):
            out.append((a + len(w) - len(bare), b, strip_article(bare)))
        elif _AL + bare in heads and k + 1 < len(toks) and toks[k + 1][2] in other:
            out.append((a + len(w) - len(bare), b, bare))
    return out


def _force_antecedent(raw: str, s: int, head: str, told: list[Mention]) -> Mention | None:
    """The last armed force told before ``s`` written with the noun ``head``: in its name ("قوات النظام")
    or just before it ("وحدات من الجيش"); for "القوات" a state's force only (wordset state_force_anaphor,
    STATE_KINDS: "قوات سوريا الديمقراطية" is a name, the bare noun is not it)."""
    kinds = STATE_KINDS if _AL + head in wordset("state_force_anaphor") else None
    for m in reversed(told):
        if m.end > s or m.attrs.get("side") in (None, "civilians", "unknown"):
            continue
        if kinds is not None and m.attrs.get("actor_kind") not in kinds:
            continue
        if head in fold_text(raw[max(0, m.start - len(head) - 4):m.end]):
            return m
    return None


@lru_cache(maxsize=1 << 16)
def _coref_form(w: str) -> str | None:
    """The possessive form a word is (itself, or less a clitic: "قواتها", "وقواتها"), or None. Cached by
    word: the read of every word of every sentence asks, and a text repeats its words."""
    forms = coref_forms()
    if w in forms:
        return w
    # the shared splitter's readings by one possessor clitic or a pair of them, shortest first (every
    # possessive form has two letters or more, as the splitter's stems do: a test checks it)
    for pre, stem in proclitic_splits(w):
        if pre in _POSSESSOR_PREFIXES and stem in forms:
            return stem
    return None


def _feminine(m: Mention) -> bool:
    """Whether a force's name agrees as feminine: its head ends in ta marbuta or ـات, or is a broken
    plural of things or a state (wordset feminine_force_head)."""
    words = fold_text(m.text).split()
    head = strip_article(words[0]) if words else ""
    return head in wordset("feminine_force_head") or head.endswith(tuple(wordlist("feminine_head_suffix")))


def _agreeing(form: str, before: list[Mention], history: list[Mention], index: int) -> list[Mention]:
    """"والتي زعمت انسحاب قواته" after "سيطرة الجماعات المسلحة": a third-person possessive agrees with
    its antecedent, ـه with a masculine force, ـها with a feminine one (or a plural of things). The forces
    told before that agree, in this sentence first, then the one before; else ``before`` unchanged."""
    word = fold_text(form)
    fem_suffix, masc_suffix = tuple(wordlist("coref_feminine_suffix")), tuple(wordlist("coref_masculine_suffix"))
    if word.endswith(fem_suffix):
        want = True
    elif word.endswith(masc_suffix):
        want = False
    else:
        return before
    named = [m for m in before if m.sentence == index]
    prior = [m for m in history if m.sentence == index - 1 and not m.attrs.get("coref")
             and m.attrs.get("side") != "civilians"]
    for pool in (named, prior):
        agree = [m for m in pool if _feminine(m) == want]
        if agree:
            return agree
    return before


def _opener_between(raw: str, a: int, b: int) -> bool:
    """"سيطرت الفصائل على X فيما نفى مصدر عسكري انسحاب قواته": a subordinator of time or contrast (wordset
    clause_opener, its members of one word that are no relative) between offsets ``a`` and ``b`` opens a clause
    of its own; a possessive after it that agrees with no force does not point back at a force before it (its
    clause has a subject of its own, task scope40b)."""
    words = {w for w in wordlist("clause_opener") if " " not in w} - wordset("relative_opener")
    return any(w.lstrip(_WA) in words or w in words for w in fold_text(raw[a:b]).split())


def _epithets(f: SentenceFold, toks: list[tuple[int, int, str]], taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the epithets that name a group by what it is ("الجهاديون" after "تنظيم داعش"):
    a reporter's second name for the group of that kind told before, not a new force (wordsets
    jihadist_epithet)."""
    words = wordset("jihadist_epithet")
    out = []
    for k in with_role(toks, "jihadist_epithet", _epithet_word):
        if k in taken:
            continue
        a, b, w = toks[k]
        cand = w if w in words else w[1:] if w[:1] in POSSESSOR_CLITICS and w[1:] in words else ""
        if cand:
            out.append((*f.span(a + len(w) - len(cand), b), "jihadist"))
    return out


COPIED = ("id", "name_en", "side", "actor_kind", "actor", "actor_en", "actor_ar", "base_actor", "periods")


def _construct_epithet_word(w: str) -> bool:
    """The role of a word :func:`_construct_epithets` may read: a member of wordset construct_epithet after any
    و, bare or with ال (a pure test of the word, for the token table)."""
    words = wordset("construct_epithet")
    bare = w.lstrip(_WA)
    return bare in words or (bare.startswith(_AL) and bare[len(_AL):] in words)


def _construct_epithets(f: SentenceFold, toks: list[tuple[int, int, str]], taken: set[int], named: list[Mention],
                        raw: str, index: int, epithets: dict[str, Mention]) -> list[Mention]:
    """"شن مرتزقة داعش هجوماً ... وأضاف أن المرتزقة فجروا عربة مفخخة": an outlet's epithet for a group, first
    written in construct with the group's name (wordset construct_epithet), then alone with ال, names that group
    (the last one the article wrote it with), not a force of its own. Notes the constructs of this sentence in
    ``epithets`` and returns the mentions of the bare epithets it has seen named."""
    words = wordset("construct_epithet")
    out: list[Mention] = []
    # (only the words that are an epithet, bare or with ال: the keys of ``epithets`` are such words)
    for k in with_role(toks, "construct_epithet", _construct_epithet_word):
        w = toks[k][2]
        bare = w.lstrip(_WA)
        stem = bare[len(_AL):] if bare.startswith(_AL) else ""
        if bare not in words and stem not in epithets:
            continue  # (most words: neither an epithet nor one seen named; spans are read only past this test)
        nxt = f.span(toks[k + 1][0], toks[k + 1][1])[0] if k + 1 < len(toks) else -1
        head = next((m for m in named if m.start == nxt and not m.attrs.get("coref")), None)
        if bare in words and head is not None:
            epithets[bare] = head  # "مرتزقة داعش": the epithet in construct with the group's name
            continue
        if k in taken or stem not in epithets or head is not None:
            continue
        ante = epithets[stem]
        s, e = f.span(toks[k][0], toks[k][1])
        attrs = {"coref": True, "person": 3, "antecedent": ante.attrs.get("id", ""), "antecedent_start": ante.start}
        attrs.update({c: ante.attrs[c] for c in COPIED if c in ante.attrs})
        out.append(Mention("actor", s, e, raw[s:e], index, attrs, "coref:construct-epithet"))
    return out


LIBERATION_HEADS = wordset("liberation_group_head")
LIBERATION_NOUN = wordset("liberation_noun")
CONJUNCTION = tuple(wordlist("conjunction_proclitic"))
REBELS_UNTIL = "2024-12-08"  # after the fall of Damascus a new group's name says nothing of its side (GUIDELINES)


def _liberation_groups(toks: list[tuple[int, int, str]], taken: set[int],
                       day: str | None) -> list[tuple[int, int, dict]]:
    """"تبنت حركة تحرير حمص الهجوم": a group named by the place it means to free (an organisation noun, "تحرير"
    and the place's word) that no lexicon names is a rebel group, opposition until the fall of Damascus
    (task left14). Its span ends at the place's first word: the side is what the events need."""
    if day is not None and day >= REBELS_UNTIL:
        return []
    out = []
    for j in with_role(toks, "liberation_noun", LIBERATION_NOUN.__contains__):  # (its second word: rare)
        i = j - 1
        if i < 0 or j >= len(toks) - 1 or i in taken:
            continue
        w = toks[i][2]
        if w in LIBERATION_HEADS or (len(w) > 3 and w.startswith(CONJUNCTION) and w[1:] in LIBERATION_HEADS):
            out.append((toks[i][0], toks[i + 2][1], {"id": "", **_side_attrs("opposition", day)}))
    return out


def read_actors(article: Article) -> Article:
    """Append actor mentions (named, head+nationality, and coreferent possessives) to ``article``.

    Dated aliases are read at the article's date here; the extractor re-reads them at each event's."""
    raw = article.raw
    day = article_day(article)
    history: list[Mention] = []  # actor mentions of the previous and current sentence
    told: list[Mention] = []  # every actor mention so far, for a demonstrative's antecedent
    epithets: dict[str, Mention] = {}  # "مرتزقة داعش": the epithet word -> the group it was first written with
    for sent in article.sentences:
        f = sentence_folds(raw, sent.start, sent.end)
        toks = spans(tokens_of(article, sent))
        found = [x for x in _find_actors(f, toks, day) if not _demonstrated(toks, x[0])]
        taken = {k for hit, _, _ in found for k in range(hit.word_index, hit.word_index + hit.n_words)}
        new: list[Mention] = []
        for hit, attrs, rule in found:
            new.append(Mention("actor", hit.start, hit.end, raw[hit.start:hit.end], sent.index,
                               attrs, rule))
        for s, e, attrs in _liberation_groups(toks, taken, day):
            new.append(Mention("actor", s, e, raw[s:e], sent.index, attrs, "liberation-group"))
        for s, e, person, head in _coref(f, toks, taken):
            before = [m for m in new if m.end <= s and not m.attrs.get("coref")] or \
                     [m for m in history if m.sentence >= sent.index - 1 and not m.attrs.get("coref")]
            before = [m for m in before if m.attrs.get("side") != "civilians"] or before
            if not head:
                agreed = _agreeing(raw[s:e], before, history, sent.index)
                if agreed is before:  # no force agrees: not one across a clause boundary (task scope40b)
                    agreed = [m for m in before if m.sentence != sent.index or not _opener_between(raw, m.end, s)]
                before = agreed
            if head:  # "هذه القوات": the last force told whose name has that noun ("قوات سوريا الديمقراطية")
                before = [m for m in told + new if m.end <= s and head in fold_text(m.text)
                          and m.attrs.get("side") not in (None, "civilians")] or before
            ante = before[-1] if before else None
            attrs = {"coref": True, "person": person}
            if ante is not None:
                attrs.update({k: ante.attrs[k] for k in COPIED if k in ante.attrs})
                attrs["antecedent"] = ante.attrs.get("id", "")
                attrs["antecedent_start"] = ante.start
            else:
                attrs.update({"id": "", **_side_attrs("unknown", day)})
            rule = "coref:speaker" if person == 1 else "coref:possessive"
            new.append(Mention("actor", s, e, raw[s:e], sent.index, attrs, rule))
        for s, e, kind in _epithets(f, toks, taken):
            ante = next((m for m in reversed(told + new) if m.end <= s and m.attrs.get("actor_kind") == kind
                         and not m.attrs.get("coref")), None)
            if ante is None:  # no group of that kind told before: the epithet names none
                continue
            attrs = {"coref": True, "person": 3, "antecedent": ante.attrs.get("id", ""),
                     "antecedent_start": ante.start}
            attrs.update({k: ante.attrs[k] for k in COPIED if k in ante.attrs})
            new.append(Mention("actor", s, e, raw[s:e], sent.index, attrs, "coref:epithet"))
        new += _construct_epithets(f, toks, taken, new, raw, sent.index, epithets)
        for s, e, head in _bare_forces(toks, taken):
            s, e = f.span(s, e)
            if (ante := _force_antecedent(raw, s, head, told + sorted(new, key=lambda m: m.start))) is not None:
                attrs = {"coref": True, "person": 3, "antecedent": ante.attrs.get("id", ""), "antecedent_start": ante.start}
                attrs.update({c: ante.attrs[c] for c in COPIED if c in ante.attrs})
                new.append(Mention("actor", s, e, raw[s:e], sent.index, attrs, "coref:bare-force"))
        new.sort(key=lambda m: m.start)
        for k, m in enumerate(new):
            if (named := _occupier_named_before(m, told + new[:k])) is not None:
                new[k] = Mention("actor", m.start, m.end, m.text, m.sentence, dict(named.attrs), "occupier-named")
        article.mentions.extend(new)
        told += new
        history = [m for m in history if m.sentence >= sent.index] + new
    return article


def _occupier_named_before(m: Mention, told: list[Mention]) -> Mention | None:
    """"دولة الاحتلال التركي ... جيش الاحتلال ومرتزقته": the bare occupier (wordset bare_occupier, read alone as
    Israel's army) is the occupier the article named with a nationality before it, when it named one; else None
    (task probe20)."""
    bare = wordset("bare_occupier")
    if fold_text(m.text) not in bare:
        return None

    def qualified(a: Mention) -> bool:  # "الاحتلال التركي": a bare phrase with more words after it
        words = f" {fold_text(a.text)} "
        return fold_text(a.text) not in bare and any(f" {b} " in words for b in bare)
    return next((a for a in reversed(told) if not a.attrs.get("coref") and qualified(a)), None)


def reread_actors(article: Article) -> None:
    """Re-read dated actor mentions at the article's date (known by now when the dates stage inferred it)."""
    day = article_day(article)
    if not day:
        return
    for m in article.mentions_of("actor"):
        if m.attrs.get("base_actor"):
            m.attrs.update(dated_fields(m.attrs, day))
