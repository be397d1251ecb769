"""Sources and attribution chains: who says what, through whom, and over which span.

One ``source`` mention per attribution. Reporting words are data (``source_verbs.tsv``): verbs whose
speaker follows ("أفادت مصادر محلية بأن") or precedes ("الجيش ينفي"), continuations ("وأضاف"), trailing
prepositions ("بحسب المرصد"), verbal nouns carrying a possessor ("مع إعلانها السيطرة") and back
references ("وأوضحت المصادر"). Speakers come from ``sources.tsv`` (outlets, agencies, anonymous
sources) or from the actor mentions the actor reader already found. Hops: "نقلت سانا عن مصدر عسكري"
gives chain ["SANA", "military source"]; "قال ضابط لرويترز" gives ["Reuters", "army officer"] (the
outlet that heard the officer is the outer hop). A chain's ``root`` is its innermost named hop, so two
anonymous sources quoted by one agency count as one origin. Unattributed text is the outlet's: the
event extractor handles that; this reader only marks explicit attributions.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from urllib.parse import urlsplit

from ..clean.normalize import fold_text
from ..clean.tokens import spans, tokens_of, with_role
from ..model import Article, Mention, Sentence
from .actors import actor_attrs, actor_entries, article_day, nationalities, side_actor_attrs
from .lexicon import Hit, MatcherGroup, PhraseMatcher, SentenceFold, load_tsv, sentence_folds, split_forms
from .persons import role_matcher
from .wordsets import marks, wordlist, wordset

Tok = tuple[int, int, str]
_OPEN_QUOTES = "\"'«“"
MAX_SKIP = 4
SVO_WINDOW = 7  # a fronted speaker's words before its verb: "وكان ناطق باسم فصائل المعارضة المسلحة قد قال"
NAME_WORDS = 4  # a speaker's name before the office it holds: "سامر الحلبي، مدير المرصد"
OUTLET_GAP = 5  # words between a speaker and the outlet it talked to: "قيادي في الفصائل لرويترز"
ASIDE_WORDS = 6  # and an aside between commas there: "، فضل عدم الكشف عن هويته،"
COMP_WINDOW = 7  # "أفادت الوكالة، مساء الأحد 12 من آذار، بأن ..."
TITLE_SPEAKER_CHARS = 40  # a title's speaker and its colon open it: "تلفزيون سوريا: ..."
CORRESPONDENT_BACKREF = "correspondent-backref:"  # the rule prefix of "المراسل" pointing back at an outlet
# the generic speakers an affiliation ties to a body ("مصادر في الجيش"، "مسؤول في قسد") and the noun of their
# English name ("Syrian army sources"); one of them inside a body speaks for it
AFFILIATED_NOUNS = {"sources.tsv:sources": "source", "sources.tsv:officials": "official"}
LABEL_REACH = 3  # words a live page's line label may take before its bar ("عاجل |"، "10:15 |")
LINE_LABEL_BAR = "|"  # the bar after a line's label: a mark a wordset cannot hold ("|" separates its members)
OWN_REPORTER = "sources.tsv:own_correspondent"  # "مراسلنا": the outlet's own reporter; told to it, no hop of its own
FLASH_RULE = "headline:line-label"  # a labelled line's speaker ("عاجل | X: ..."): says that line only
CHANNEL_WORDS = 3  # the channel after "عبر" before a headline's colon: "عبر معرفاتها الرسمية على تلغرام"
DOCUMENT_REACH = 4  # sentences back "وقال البيان" finds the statement it names: a quoted statement spans several
OBSERVATORY_BACKREF = "observatory-backref:"  # the rule prefix of "المرصد" pointing back at an observatory
NETWORK_RULE = "monitor-network:"  # the rule prefix of a monitoring network that names itself ("شبكة الرصد X")
NETWORK_BACKREF = "network-backref:"  # the rule prefix of "الشبكة" pointing back at that network
PAGE_OUTLET_RULE = "|page-outlet-dropped"  # an attribution's outer hop was the page's own outlet (task src38)
PAGE_KEY_MIN = 3  # letters a name must have to be matched against the page's address ("RT" is too short)


# an outlet's name in Latin letters after a correspondent, with the article "الـ" joined to it or not
# ("الـMTV"، "BBC"): two letters at least, after nothing but the article (wordset detached_article; _Sent._latin_outlet)
_LATIN_NAME = re.compile(r"(.*?)[\"'«“]?([A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9])")
_CLOSE_QUOTES = "\"'»”"


@dataclass
class Speaker:
    """One hop: who, as named in the text, resolved to an English name and a kind."""

    name: str
    name_en: str
    kind: str
    anonymous: bool
    k0: int  # first token
    k1: int  # token after the last
    rule: str
    actor_id: str = ""
    side: str = ""
    dative: bool = False  # written with ل ("لرويترز"): the outlet the speaker talked to
    hop_label: str = ""  # the hop in the chain when not name_en: "مصدر في الجيش الحر" speaks as the FSA, but
    # its hop stays "Free Syrian Army source", an unnamed person (the linker counts no new origin for it)


@dataclass
class Attribution:
    start: int
    end: int
    marker: str
    kind: str  # verb | continue | prep | noun | svo | pro-drop | headline
    hops: list[Speaker] = field(default_factory=list)
    denial: bool = False
    scope: tuple[int, int] = (0, 0)
    continues: bool = False
    copied: dict | None = None
    rule: str = ""


@lru_cache(maxsize=1)
def _denial() -> re.Pattern[str]:
    """A speaker's denial of the report ("لا صحة للأنباء"), in the folded form."""
    return re.compile("|".join(re.escape(p) for p in wordlist("denial_phrase")))


@lru_cache(maxsize=1)
def _relative_clause() -> re.Pattern[str]:
    """A describing relative clause up to its comma: "المرصد، الذي يراقب الصراع، إن ..." ."""
    rel = "|".join(re.escape(w) for w in wordlist("relative_pronoun"))
    comma = re.escape(marks("comma_marks"))
    return re.compile(f"(?:{rel})[^{comma}]{{0,120}}[{comma}]\\s*")


def _has_dative(prefix: str) -> bool:
    """The clitics before a speaker include the dative ل ("لرويترز")."""
    return any(c in prefix for c in wordlist("dative_clitic"))


@lru_cache(maxsize=1)
def source_matcher() -> PhraseMatcher:
    items = []
    for r in load_tsv("sources.tsv"):
        items.extend((form, r) for form in split_forms(r["forms"]))
    return PhraseMatcher.build(items)


def _source_row_of(text: str) -> dict[str, str] | None:
    """The ``sources.tsv`` row whose form is the whole of ``text``, a body first named as an actor: "وقالت
    الوزارة" after "وزارة الداخلية" speaks as the ministry would have spoken in its own name (Syrian Ministry
    of Interior), not as the force the ministry commands (General Security)."""
    row = source_matcher().phrases.get(tuple(fold_text(text).split()))
    return row if isinstance(row, dict) and row.get("anonymous") != "1" else None


def _owner_row(words: list[str], head: str) -> dict[str, str] | None:
    """The body a force is named by ("وحدات تابعة لوزارة الداخلية": the ministry after the dative ل of
    affiliation) whose head noun is ``head`` ("وزارة"): a later "الوزارة" points back at that owner, which
    speaks under its own ``sources.tsv`` name, not the force's. None when no word after the first is the head."""
    if len(head) < 3:
        return None
    for i in range(1, len(words)):
        if words[i] not in (head, wordlist("dative_clitic")[0] + head):
            continue
        for end in range(len(words), i, -1):
            row = _source_row_of(" ".join([head, *words[i + 1:end]]))
            if row is not None:
                return row
        if head in wordset("ministry_noun") and i + 1 < len(words):
            return _ministry_row(words[i + 1:])
    return None


def _ministry_row(words: list[str]) -> dict[str, str] | None:
    """A ministry named by its portfolio (``ministries.tsv``) and the nationality adjective after it, as
    ``_Sent._ministry_at`` names a speaking ministry: a row shaped as a ``sources.tsv`` row."""
    for n in range(len(words), 0, -1):
        hit = ministry_matcher().phrases.get(tuple(words[:n]))
        if isinstance(hit, dict):
            nat = nationalities().get(words[n]) if n < len(words) else None
            state = nat.name_en if nat is not None and nat.name_en else "Syrian"
            return {"id": f"ministry:{words[0]}", "name_en": f"{state} Ministry of {hit['portfolio_en']}",
                    "kind": "government body", "actor_id": ""}
    return None


@lru_cache(maxsize=1)
def monitor_name_matcher() -> PhraseMatcher:
    """The modifiers and purpose phrases a monitor names itself by (``monitor_names.tsv``), clitics kept:
    the ل of "لحقوق" is the purpose's own."""
    return PhraseMatcher.build(((f, r) for r in load_tsv("monitor_names.tsv") for f in split_forms(r["forms"])),
                               clitics=False)


@lru_cache(maxsize=1)
def bare_outlet_matcher() -> PhraseMatcher:
    """Outlets' short names (``bare`` in ``sources.tsv``: "العالم") that name an outlet only after a
    correspondent ("مراسل العالم"); alone they are common words."""
    items = [(form, r) for r in load_tsv("sources.tsv") for form in split_forms(r.get("bare") or "")]
    return PhraseMatcher.build(items)


@lru_cache(maxsize=1)
def outlet_noun_matcher() -> PhraseMatcher:
    """The nouns of an outlet's kind ("موقع", "صحيفة", "وكالة") that may stand before its name."""
    return PhraseMatcher.build((w, w) for w in wordlist("outlet_noun"))


@lru_cache(maxsize=1)
def directorate_matcher() -> PhraseMatcher:
    """The services of a governorate's directorates (``directorates.tsv``: "الصحة" -> Health; the entry is
    the row)."""
    return PhraseMatcher.build((f, r) for r in load_tsv("directorates.tsv") for f in split_forms(r["forms"]))


@lru_cache(maxsize=1)
def ministry_matcher() -> PhraseMatcher:
    """The portfolios of ministries (``ministries.tsv``: "الصحة" -> Health; the entry is the row)."""
    return PhraseMatcher.build((f, r) for r in load_tsv("ministries.tsv") for f in split_forms(r["forms"]))


@lru_cache(maxsize=1)
def head_matcher() -> PhraseMatcher:
    """Spokespersons, directors and media offices that speak for the body named after them."""
    return PhraseMatcher.build((f, f) for r in load_tsv("speaker_heads.tsv") for f in split_forms(r["forms"]))


@lru_cache(maxsize=1)
def marker_matchers() -> dict[str, PhraseMatcher]:
    """One matcher per marker type of ``source_verbs.tsv``."""
    by_type: dict[str, list] = {}
    for r in load_tsv("source_verbs.tsv"):
        by_type.setdefault(r["type"], []).extend(
            (form, r) for form in split_forms(r["forms"]))
    return {t: PhraseMatcher.build(items) for t, items in by_type.items()}


REPORTING_MARKERS = ("verb", "continue", "prep", "masdar")  # the marker types that name who reports


def reports_itself(article: Article, sent: Sentence) -> bool:
    """Whether a sentence holds a whole marker of reporting of its own (source_verbs.tsv: "ونشرت حسابات ..."،
    "وأعلن ..."، "بحسب ..."), though the reader may have named no speaker for it (task carry38)."""
    matchers = [m for k, m in marker_matchers().items() if k in REPORTING_MARKERS]
    f = sentence_folds(article.raw, sent.start, sent.end)
    toks = spans(tokens_of(article, sent))
    # only the words some marker begins at (the sentence's token table, as _read_sentence reads it): at any
    # other word every marker's match_at is None (issue 13, task speed40: it was asked of every word)
    starts = with_role(toks, "attribution_marker", _marker_starts, _marker_group().bits)
    return any(m.match_at(f, toks, k) is not None for k in starts for m in matchers)


@lru_cache(maxsize=1)
def _marker_group() -> MatcherGroup:
    return MatcherGroup(marker_matchers().values())


@lru_cache(maxsize=1 << 16)
def _marker_starts(word: str) -> bool:
    """Does any attribution marker begin at a token ``word``? Most words begin none: one cached answer
    a word instead of five matcher look-ups at every token."""
    return _marker_group().starts(word)


@lru_cache(maxsize=1)
def skip_words() -> frozenset[str]:
    return frozenset(w for r in load_tsv("source_skip.tsv") for w in split_forms(r["forms"]))


def _demonstrated_force(m: Mention) -> bool:
    """"وأكدت هذه القوات": a demonstrative force the actor reader resolved to the force named before; it
    can speak, as that force (a possessive "قواتها" cannot)."""
    return bool(m.attrs.get("id")) and fold_text(m.text).split()[0] in wordset("demonstrative")


def _named_governorate(m: Mention) -> bool:
    """A place mention that is a governorate named with its noun ("محافظة درعا", not "درعا")."""
    return m.attrs.get("kind") == "governorate" and bool(m.attrs.get("name_en")) \
        and fold_text(m.text).split()[0].endswith(wordlist("governorate_noun"))


def _actor_kind(attrs: dict) -> str:
    if attrs.get("actor_kind") == "government body":
        return "government body"
    side = attrs.get("side", "")
    if side in ("government", "russia", "turkey", "usa", "israel", "iran"):
        return "government body"
    if side == "opposition":
        return "opposition body"
    return "armed group"


def _person_as_actor(m: Mention) -> Mention:
    """A named person speaks for their affiliation ("المقدم X من إدارة العمليات" -> that body)."""
    from .actors import actor_entries
    aff = actor_entries().get(m.attrs.get("affiliation", ""))
    role = m.attrs.get("role", "")
    own = f"{m.attrs['nationality']} {role}" if m.attrs.get("nationality") else role
    attrs = {"id": aff.id if aff else "", "name_en": aff.name_en if aff else own,
             "side": m.attrs.get("side", ""), "actor_kind": "officials", "person": m.attrs.get("name", "")}
    return Mention("actor", m.start, m.end, m.text, m.sentence, attrs, m.rule)


_RAW_START = attrgetter("start")


class _Sent:
    """A sentence with its tokens and the actor mentions mapped onto token indices."""

    def __init__(self, article: Article, sent: Sentence, governorate: Mention | None = None,
                 outlet: Speaker | None = None, named: list[Mention] | None = None,
                 observatory: Speaker | None = None) -> None:
        self.raw = article.raw
        self.sent = sent
        self.governorate = governorate  # the last governorate named "محافظة X" before this sentence
        self.outlet = outlet  # the outlet whose correspondent spoke last ("مراسل الأناضول")
        self.observatory = observatory  # the observatory named last ("قال مرصد محلي"): a bare "المرصد" is it
        self.named = named or []  # the actors named (not pronouns) in the sentences before, in text order
        self.f: SentenceFold = sentence_folds(article.raw, sent.start, sent.end)
        self._tokens = tokens_of(article, sent)
        self.toks: list[Tok] = spans(self._tokens)
        self._marker_at: frozenset[int] | None = None  # see match
        self.actors: dict[int, tuple[int, Mention]] = {}
        for m in article.mentions_of("actor", sent.index):
            if m.attrs.get("coref") and not _demonstrated_force(m):
                continue
            k0, k1 = self.tok_of(m.start), self.tok_of(m.end - 1)
            if k0 is not None and k1 is not None:
                self.actors.setdefault(k0, (k1 + 1, m))

        # governorates named with their noun ("محافظة درعا"): as a speaker, the governorate's administration
        placed = article.mentions_of("place", sent.index)
        self.places = [m for m in placed if _named_governorate(m)]
        self.place_ends: dict[int, int] = {}  # first token of a place mention -> the token after it
        self.place_at: dict[int, Mention] = {}  # first token of a place mention -> the longest one there
        self.governorates: dict[int, tuple[int, Mention]] = {}  # first token -> (token after, mention)
        for m in placed:
            k0, k1 = self.tok_of(m.start), self.tok_of(m.end - 1)
            if k0 is not None and k1 is not None:
                if k1 + 1 > self.place_ends.get(k0, 0):
                    self.place_ends[k0], self.place_at[k0] = k1 + 1, m
                if _named_governorate(m):
                    self.governorates.setdefault(k0, (k1 + 1, m))
        for m in article.mentions_of("person", sent.index):
            k0, k1 = self.tok_of(m.start), self.tok_of(m.end - 1)
            if k0 is not None and k1 is not None:
                self.actors.setdefault(k0, (k1 + 1, _person_as_actor(m)))

    def past_location(self, k: int) -> int:
        """The token after "في X" (X a place) at token k, where a speaker is said to be; else k. The kind of
        place (a generic or title noun) may stand before its name outside the place mention ("سكان في مدينة X
        لرويترز"), and a place the gazetteer does not know counts when a place title noun names it, with a one-word name ("قال
        سكان في حي الفرقان لرويترز"; the caller still asks for the dative outlet right after it)."""
        if self.word(k) not in wordset("in_preposition"):
            return k
        if k + 1 in self.place_ends:
            return self.place_ends[k + 1]
        noun = self.word(k + 1)
        titled = noun in wordset("place_title_noun")
        if (titled or noun in wordset("generic_place_noun")) and k + 2 in self.place_ends:
            return self.place_ends[k + 2]  # "في العاصمة دمشق"، "في مدينة دير الزور": past the whole name
        if titled and k + 3 < len(self.toks):
            return k + 3
        return k

    def tok_of(self, pos: int) -> int | None:
        """The token whose raw characters include ``pos``, or None (a gap, or outside the sentence).
        Tokens are in text order and never overlap: bisection over their raw starts, not a scan."""
        toks = self._tokens
        k = bisect_right(toks, pos, key=_RAW_START) - 1
        return k if k >= 0 and pos < toks[k].end else None

    def rs(self, k: int) -> int:
        """Raw start of token k."""
        return self.f.index[self.toks[k][0]]

    def re_(self, k: int) -> int:
        """Raw end of token k."""
        return self.f.index[self.toks[k][1] - 1] + 1

    def word(self, k: int) -> str:
        return self.toks[k][2] if 0 <= k < len(self.toks) else ""

    def match(self, kind: str, k: int):
        # the words some attribution marker may begin at (the sentence's token table, read at the first call):
        # at any other word, or outside the sentence, every marker's match_at is None (the rules ask this some
        # fifteen times a sentence, mostly of words that begin none: issue 13, task speed41)
        at = self._marker_at
        if at is None:
            at = self._marker_at = frozenset(with_role(self.toks, "attribution_marker", _marker_starts,
                                                       _marker_group().bits))
        if k not in at:
            return None
        m = marker_matchers().get(kind)
        return m.match_at(self.f, self.toks, k) if m else None

    def speaker_at(self, k: int) -> Speaker | None:
        """The speaker phrase starting at token k: a source-lexicon entry or an actor mention."""
        if not 0 <= k < len(self.toks):
            return None
        if self.outlet is not None and self.word(k) in wordset("correspondent_backref"):
            o = self.outlet  # "ونوه المراسل أن", "حسب مراسلنا": the correspondent named before, its outlet
            return Speaker(self.raw[self.rs(k):self.re_(k)], o.name_en, o.kind, False, k, k + 1,
                           f"{CORRESPONDENT_BACKREF}{o.rule}", o.actor_id, o.side)
        hit = source_matcher().match_at(self.f, self.toks, k)
        if hit and hit.n_words == 1 and self.observatory is not None and self.word(k) in wordset("observatory_backref") \
                and not self.observatory.rule.startswith(NETWORK_RULE) and self._named_monitor(Speaker("", "", "", False, k, k + 1, ""), hit.entry) is None:
            o = self.observatory  # "قال مرصد محلي ... وأضاف المرصد": the observatory named before, not SOHR
            return Speaker(self.raw[hit.start:hit.end], o.name_en, o.kind, o.anonymous, k, k + 1,
                           f"{OBSERVATORY_BACKREF}{o.rule}", o.actor_id, o.side)
        act = self.actors.get(k)
        dative = False
        if hit:
            prefix = self.toks[k][2][: hit.fstart - self.toks[k][0]]
            dative = prefix.endswith(wordlist("dative_clitic"))
        sp = None if hit else self._named_network(k)
        if hit:
            r = hit.entry
            sp = self._outlet_of(Speaker(self.raw[hit.start:hit.end], r["name_en"], r["kind"],
                                         r["anonymous"] == "1", k, k + hit.n_words, f"sources.tsv:{r['id']}",
                                         r.get("actor_id", ""), dative=dative), hit.start)
        if sp is not None and hit is not None and hit.n_words == 1:
            sp = self._named_monitor(sp, hit.entry) or sp
        if sp is not None and hit is not None and not hit.phrase.startswith(wordlist("definite_article")):
            sp = self._members_of(sp) or sp
        named = self._named_outlet(k)
        if named is not None and (sp is None or named.k1 > sp.k1):
            sp = named
        if act and (sp is None or act[0] > sp.k1):  # the longer phrase: "مراسل تلفزيون سوريا" is no person
            k1, m = act
            prefix = self.raw[self.rs(k):m.start]
            if m.rule.startswith("person") and not m.attrs.get("id"):  # "الرائد X الناطق باسم Y"
                body = self._body_of(k1, k) or self._governor_at(k)  # "محافظ ريف دمشق" is no name
                if body is not None:
                    return body
            return Speaker(m.text, m.attrs.get("name_en", ""), _actor_kind(m.attrs), False, k, k1,
                           f"actor:{m.attrs.get('id', '')}", m.attrs.get("id", ""),
                           m.attrs.get("side", ""), dative=_has_dative(prefix))
        if sp is None:
            if not self._may_be_body(k):
                return None  # (most words: none of the six readers below begins at it)
            return (self._body_of(k, k) or self._governorate_at(k) or self._governor_at(k) or self._office_at(k)
                    or self._directorate_at(k) or self._ministry_at(k) or self._minister_at(k))
        if sp.anonymous:  # "مسؤول إعلامي في قسد": the office of a named body, not an official
            body = self._body_of(k, k)
            if body is not None and body.k1 > sp.k1:
                return body
        if act and sp.actor_id and not sp.side:  # the actor read there knows the side at the article's date
            sp.side = act[1].attrs.get("side", "")
        return self._poster_of(sp) or self._affiliated(sp)

    def _may_be_body(self, k: int) -> bool:
        """Whether one of the body readers ``speaker_at`` asks last can answer at token k: each begins with its
        own first word (a speaker's head, a role title, a governorate named or recalled, a governor's,
        directorate's or ministry's noun), so a word that is none of them is answered by none, without the
        six calls (task speed15)."""
        w = self.word(k)
        return k in self.governorates or w in _body_nouns() or _body_group().starts(w)

    def _poster_of(self, sp: Speaker) -> Speaker | None:
        """"أظهرت مقاطع فيديو نشرها أهالٍ من البلدة ..."، "مقطع مصور بثه التلفزيون الرسمي": a video or post (a
        social-media source, kind "social media", of sources.tsv) with the verb of posting whose object it is
        (a reporting verb with its pronoun: نشرها، بثه) then who posted it: the poster speaks, the video is
        only what they said it in. None without a poster named right after the verb."""
        if sp.kind != "social media" or not sp.anonymous or sp.k1 >= len(self.toks):
            return None
        verb = self.word(sp.k1)
        if verb in _report_verbs() or not _is_report_verb(verb):
            return None  # "مقاطع مصورة نشرت": no object pronoun, the video is no object of the verb
        poster = self.speaker_at(sp.k1 + 1)
        if poster is None:
            return None
        poster.name = self.raw[self.rs(sp.k0):self.re_(poster.k1 - 1)]
        poster.k0, poster.rule = sp.k0, f"{sp.rule}+posted-by:{poster.rule}"
        return poster

    def _named_outlet(self, k: int) -> Speaker | None:
        """"وقال موقع "روسيا اليوم""، "ذكرت صحيفة الوطن": the noun of an outlet's kind, then a named outlet
        (quoted or not; an outlet's short name, ``bare`` in ``sources.tsv``, counts here as after a
        correspondent). The noun alone names no one; None when no named outlet follows it."""
        noun = outlet_noun_matcher().match_at(self.f, self.toks, k)
        j = k + 1
        if noun is None or j >= len(self.toks):
            return None
        hit = source_matcher().match_at(self.f, self.toks, j)
        if not hit or hit.entry["anonymous"] == "1":
            hit = bare_outlet_matcher().match_at(self.f, self.toks, j)
        if not hit or hit.fstart != self.toks[j][0]:
            return None
        r = hit.entry
        prefix = self.toks[k][2][: noun.fstart - self.toks[k][0]]
        return Speaker(self.raw[noun.start:hit.end], r["name_en"], r["kind"], False, k, j + hit.n_words,
                       f"outlet-noun:{noun.phrase}+sources.tsv:{r['id']}", r.get("actor_id", ""),
                       dative=prefix.endswith(wordlist("dative_clitic")))

    def quoted_outlet_at(self, k: int) -> Speaker | None:
        """"قال مصدر لـ"الوطن""، "لـ«المدن»": an outlet's short name (``bare`` in ``sources.tsv``, a common word
        or a place elsewhere) in quote marks right after the dative ل is the outlet that heard the speaker;
        None without the quote mark, or when the quote goes on past the short name (another outlet's name)."""
        if k == 0 or k >= len(self.toks) or not any(
                q in self.f.text[self.toks[k - 1][1]:self.toks[k][0]] for q in _OPEN_QUOTES):
            return None
        hit = bare_outlet_matcher().match_at(self.f, self.toks, k)
        if not hit or hit.fstart != self.toks[k][0]:
            return None
        if self.raw[hit.end:hit.end + 2].strip()[:1] not in _CLOSE_QUOTES:
            return None  # "لـ"الوطن الجديد"": the quote holds a longer name, another outlet's (task src38)
        r = hit.entry
        return Speaker(self.raw[hit.start:hit.end], r["name_en"], r["kind"], False, k, k + hit.n_words,
                       f"quoted-outlet:sources.tsv:{r['id']}", r.get("actor_id", ""), dative=True)

    def _governorate_at(self, k: int) -> Speaker | None:
        """"وقالت محافظة درعا"، "وأعلنت المحافظة": a governorate as a speaker is its administration ("Daraa
        Governorate"); "المحافظة" is the one last named so ("محافظة X") in the article."""
        k1, gov = self.governorates.get(k, (k + 1, None))
        if gov is None and self.word(k) in wordset("governorate_backref"):
            gov = self.governorate
        if gov is None:
            return None
        return Speaker(self.raw[self.rs(k):self.re_(k1 - 1)], gov.attrs.get("name_en", ""), "officials", False,
                       k, k1, f"governorate:{gov.text}")

    def _governor_at(self, k: int) -> Speaker | None:
        """"وقال محافظ حماة"، "والي هاتاي": a governor is named by the province they govern ("Hama governor",
        "محافظ ريف دمشق" -> "Rif Dimashq governor"): the named place's first-level division, else its own
        English name; the place must be one the place reader knows."""
        if self.word(k) not in wordset("governor_noun") or k + 1 not in self.place_at:
            return None
        place = self.place_at[k + 1]
        name = place.attrs.get("admin1") or place.attrs.get("name_en", "")  # a governor governs the province
        if not name:
            return None
        k1 = self.place_ends[k + 1]
        return Speaker(self.raw[self.rs(k):self.re_(k1 - 1)], f"{name} governor", "officials", False, k, k1,
                       f"governor:{place.text}")

    def _directorate_at(self, k: int) -> Speaker | None:
        """"وقالت مديرية الصحة في حلب"، "مديرية صحة حماة": a governorate's directorate of a service speaks as
        "<governorate> <service> Directorate" ("Aleppo Health Directorate"); the place after the service (with
        "في" or without) must be one the place reader knows, and names the governorate as for a governor."""
        found = self._office_noun(k, "directorate_noun", directorate_matcher())
        if found is None:
            return None
        hit, j = found
        j += self.word(j) in wordset("in_preposition")
        if j not in self.place_at:
            return None
        place = self.place_at[j]
        name = place.attrs.get("admin1") or place.attrs.get("name_en", "")
        if not name:
            return None
        k1 = self.place_ends[j]
        return Speaker(self.raw[self.rs(k):self.re_(k1 - 1)], f"{name} {hit.entry['service_en']} Directorate",
                       "officials", False, k, k1, f"directorate:{hit.phrase}+{place.text}")

    def _office_noun(self, k: int, noun: str, services: PhraseMatcher) -> tuple[Hit, int] | None:
        """A body's noun (word set ``noun``: "مديرية"، "وزارة") at token k and the service it runs right after
        ("الصحة"): the service's entry and the token after it, or None."""
        if self.word(k) not in wordset(noun) or k + 1 >= len(self.toks):
            return None  # "... بينما نفت وزارة" cut at the sentence's end: no service after it
        hit = services.match_at(self.f, self.toks, k + 1)
        return None if hit is None else (hit, k + 1 + hit.n_words)

    def _ministry_at(self, k: int) -> Speaker | None:
        """"وقالت وزارة الصحة"، "وزارة الطوارئ وإدارة الكوارث"، "وزارة الخارجية التركية": a ministry of a portfolio
        (``ministries.tsv``) speaks as "<nationality> Ministry of <portfolio>"; the nationality adjective after
        the portfolio names the state, else the ministry is Syria's, as "وزارة الداخلية" is (sources.tsv)."""
        found = self._office_noun(k, "ministry_noun", ministry_matcher())
        if found is None:
            return None
        hit, j = found
        return self._ministry_named(k, j, hit, "ministry")

    def ministry_label_at(self, k: int) -> Speaker | None:
        """A portfolio at token k without its noun "وزارة" ("الداخلية"، "الدفاع التركية"), a label's short
        name of the ministry: named as ``_ministry_at`` names it, the nationality adjective included."""
        hit = ministry_matcher().match_at(self.f, self.toks, k) if k < len(self.toks) else None
        if hit is None:
            return None
        return self._ministry_named(k, k + hit.n_words, hit, "ministry-label")

    def _ministry_named(self, k: int, j: int, hit, rule: str) -> Speaker:
        """The ministry whose portfolio ends before token j: a nationality adjective at j names its state (and is
        part of the span), else it is Syria's."""
        nat = nationalities().get(self.word(j)) if j < len(self.toks) else None
        state = nat.name_en if nat is not None and nat.name_en else ""
        k1 = j + 1 if state else j
        return Speaker(self.raw[self.rs(k):self.re_(k1 - 1)], f"{state or 'Syrian'} Ministry of {hit.entry['portfolio_en']}",
                       "government body", False, k, k1, f"{rule}:{hit.phrase}" + (f"+{state}" if state else ""),
                       side=nat.side if state else "")

    def _minister_at(self, k: int) -> Speaker | None:
        """"وأعلن وزير الدفاع أن": a minister named by the portfolio he holds, with neither a name (then the
        person reader has read him) nor a state ("وزير الدفاع التركي": ``_office_at``), speaks for his
        ministry, Syria's as a ministry without a nationality is: "Syrian Ministry of Defence"."""
        found = self._office_noun(k, "minister_noun", ministry_matcher())
        if found is None:
            return None
        hit, j = found
        if j < len(self.toks) and nationalities().get(self.word(j)) is not None:
            return None
        return Speaker(self.raw[self.rs(k):self.re_(j - 1)], f"Syrian Ministry of {hit.entry['portfolio_en']}",
                       "government body", False, k, j, f"minister:{hit.phrase}")

    def _office_at(self, k: int) -> Speaker | None:
        """"وقال وزير الدفاع التركي إن": an office (a role title of ``person_roles.tsv``, not a rank) and
        the nationality of the state it serves, without a name after them; the office holder speaks
        ("Turkish defence minister"). With a name after them the person reader has read the speaker."""
        hit = role_matcher().match_at(self.f, self.toks, k)
        if hit is None or hit.entry["rank"] == "1":
            return None
        j = k + hit.n_words
        nat = nationalities().get(self.word(j))
        if nat is None or not nat.name_en:
            return None
        return Speaker(self.raw[self.rs(k):self.re_(j)], f"{nat.name_en} {hit.entry['role_en']}", "officials",
                       False, k, j + 1, f"office:{hit.phrase}+{nat.name_en}", side=nat.side)

    def _body_of(self, k: int, k0: int) -> Speaker | None:
        """"مدير المرصد", "المتحدث باسم وحدات حماية الشعب": who speaks for a named body is that body (a
        spokesperson, director or media office at token k, then the body); the phrase starts at k0."""
        hit = head_matcher().match_at(self.f, self.toks, k) if k < len(self.toks) else None
        if not hit:
            return None
        j = k + hit.n_words
        while j < len(self.toks) and self.word(j) in wordset("speaker_head_link"):
            j += 1
        body = self.speaker_at(j) or self.named_again(j)
        if body is None or body.anonymous:
            return None
        return Speaker(self.raw[self.rs(k0):self.re_(body.k1 - 1)], body.name_en, body.kind, False, k0, body.k1,
                       f"speaker_heads.tsv:{hit.phrase}+{body.rule}", body.actor_id, body.side)

    def named_again(self, k: int) -> Speaker | None:
        """A definite noun at token k repeating the head of a body named before ("قيادة الوحدات" after "وحدات
        حماية الشعب"، "المتحدث باسم الهيئة" after "هيئة تحرير الشام"): the body last named so. The head is
        the first word of the body's name, its article dropped; a word of three letters or fewer is no head."""
        al = wordlist("definite_article")[0]
        word = self.word(k)
        if not word.startswith(al) or len(word) < len(al) + 3:
            return None
        for m in reversed(self.named):
            words = fold_text(m.text).split()
            head = words[0].removeprefix(al) if words else ""
            owner = _owner_row(words, word[len(al):])
            if owner is not None and not (len(head) > 2 and head == word[len(al):]):
                return Speaker(self.raw[self.rs(k):self.re_(k)], owner["name_en"], owner["kind"], False, k, k + 1,
                               f"named-again-owner:{owner['id']}", owner.get("actor_id", ""))
            if len(head) > 2 and head == word[len(al):]:
                row = _source_row_of(m.text)
                name_en, kind = (row["name_en"], row["kind"]) if row else (m.attrs.get("name_en", ""),
                                                                           _actor_kind(m.attrs))
                return Speaker(self.raw[self.rs(k):self.re_(k)], name_en, kind,
                               False, k, k + 1, f"named-again:{m.attrs.get('id', '')}", m.attrs.get("id", ""),
                               m.attrs.get("side", ""))
        return None

    def _named_monitor(self, sp: Speaker, row: dict[str, str]) -> Speaker | None:
        """"المرصد الوطني لتوثيق الانتهاكات"، "مرصد دمشق لحقوق الإنسان": a bare monitor noun (wordset
        monitor_head_source: read alone, the Syrian Observatory or a local monitor) followed by a modifier
        (``monitor_names.tsv``) or a place is another monitor that names itself; its English name is composed
        "<modifier> Monitor <purpose>". None when no modifier follows."""
        if row["id"] not in wordset("monitor_head_source"):
            return None
        j = sp.k1
        mod = monitor_name_matcher().match_at(self.f, self.toks, j) if j < len(self.toks) else None
        if mod is not None and mod.entry["part"] == "modifier":
            name, j1 = mod.entry["name_en"], j + mod.n_words
        elif (place := self.place_at.get(j)) is not None and place.attrs.get("name_en"):
            name, j1 = str(place.attrs["name_en"]), self.place_ends.get(j, j + 1)
        else:
            return None
        purpose = monitor_name_matcher().match_at(self.f, self.toks, j1) if j1 < len(self.toks) else None
        if purpose is not None and purpose.entry["part"] == "purpose":
            name, j1 = f"{name} Monitor {purpose.entry['name_en']}", j1 + purpose.n_words
        else:
            name += " Monitor"
        return Speaker(self.raw[self.rs(sp.k0):self.re_(j1 - 1)], name, row["kind"], False, sp.k0, j1,
                       f"{sp.rule}+named", sp.actor_id, sp.side, dative=sp.dative)

    def _members_of(self, sp: Speaker) -> Speaker | None:
        """"رصد نشطاء المرصد السوري لحقوق الإنسان": members of a monitor in construct (a source of wordset
        member_source, indefinite, in construct: no sound plural's ن, no و before the monitor's name right after)
        report for it, as "مراسل الأناضول" does for
        the outlet: the monitor is the first hop. None otherwise (task src36)."""
        if sp.rule.removeprefix("sources.tsv:") not in wordset("member_source") or sp.k1 >= len(self.toks) \
                or self.word(sp.k1 - 1).endswith(wordlist("sound_plural_ending")) \
                or self.word(sp.k1).startswith(wordlist("conjunction_clitic")):
            return None  # "ناشطون ولجان التنسيق": no construct (its ن kept), a conjunction: two speakers
        body = self.speaker_at(sp.k1)
        if body is None or body.anonymous or body.kind != "monitor" or body.rule.startswith(
                (OBSERVATORY_BACKREF, NETWORK_BACKREF)):
            return None
        return Speaker(self.raw[self.rs(sp.k0):self.re_(body.k1 - 1)], body.name_en, body.kind, False, sp.k0,
                       body.k1, f"{sp.rule}+members-of:{body.rule}", body.actor_id, body.side, dative=sp.dative)

    def _named_network(self, k: int) -> Speaker | None:
        """"الشبكة الوطنية لرصد الانتهاكات"، "شبكة الرصد الميداني": a network noun (wordset monitor_network_head)
        that names a monitoring purpose is a monitor, named as the monitors of ``monitor_names.tsv`` are: "<modifier>
        Network <purpose>", or "<modifier> Monitoring Network" when the monitoring noun (monitor_network_noun) comes
        first. A bare "الشبكة" after such a network is it (``observatory`` holds the one named last); a network
        naming no monitoring ("شبكة الكهرباء"، "الشبكة السورية") is no speaker."""
        if self.word(k) not in wordset("monitor_network_head"):
            return None
        j = k + 1
        watch = self.word(j) in wordset("monitor_network_noun")
        j += watch
        mod = monitor_name_matcher().match_at(self.f, self.toks, j) if j < len(self.toks) else None
        name = ""
        if mod is not None and mod.entry["part"] == "modifier":
            name, j = mod.entry["name_en"] + " ", j + mod.n_words
        purpose = None
        if not watch and j < len(self.toks):
            purpose = monitor_name_matcher().match_at(self.f, self.toks, j)
            purpose = purpose if purpose is not None and purpose.entry["part"] == "purpose" else None
        if watch or purpose is not None:
            name = f"{name}Monitoring Network" if watch else f"{name}Network {purpose.entry['name_en']}"
            j1 = j + (purpose.n_words if purpose is not None else 0)
            return Speaker(self.raw[self.rs(k):self.re_(j1 - 1)], name, "monitor", False, k, j1,
                           f"{NETWORK_RULE}{self.raw[self.rs(k):self.re_(j1 - 1)]}")
        o = self.observatory
        if j == k + 1 and o is not None and o.rule.startswith(NETWORK_RULE):
            return Speaker(self.raw[self.rs(k):self.re_(k)], o.name_en, o.kind, o.anonymous, k, k + 1,
                           f"{NETWORK_BACKREF}{o.rule}", o.actor_id, o.side)
        return None

    def _outlet_of(self, sp: Speaker, start: int) -> Speaker:
        """"مراسل الأناضول" -> Anadolu: an outlet's own correspondent speaks for the outlet (the named
        outlet right after, without the dative ل: "مراسل لرويترز" is a hop, read by ``_hops_after``)."""
        if sp.rule != "sources.tsv:correspondent" or sp.k1 >= len(self.toks):
            return sp
        j = sp.k1
        hit = source_matcher().match_at(self.f, self.toks, j)
        if not hit or hit.entry["anonymous"] == "1":
            hit = bare_outlet_matcher().match_at(self.f, self.toks, j)
        if not hit or hit.fstart != self.toks[j][0]:
            named = self._named_outlet(j)  # "مراسل صحيفة الوطن": the outlet's noun, then its name
            if named is None:
                return self._own_reporter_at(sp) or self._latin_outlet(sp, start) or sp
            return Speaker(self.raw[start:self.re_(named.k1 - 1)], named.name_en, named.kind, False, sp.k0,
                           named.k1, f"{sp.rule}+outlet:{named.rule}", named.actor_id, dative=sp.dative)
        r = hit.entry
        return Speaker(self.raw[start:hit.end], r["name_en"], r["kind"], False, sp.k0, j + hit.n_words,
                       f"{sp.rule}+outlet:{r['id']}", r.get("actor_id", ""), dative=sp.dative)

    def _latin_outlet(self, sp: Speaker, start: int) -> Speaker | None:
        """"أفادت مراسلة الـ"MTV" نقلاً عن مصادر"، "قال مراسل الـLBC": a name in Latin letters right after the
        correspondent, behind the article "الـ" that Arabic puts before a foreign name, is the outlet he works for,
        though sources.tsv does not list it; the correspondent is the first hop ("MTV correspondent", as the
        shared gold names a correspondent of an outlet it does not know), and a "نقلاً عن" after the name is an
        inner hop, no longer cut off by an unread word (task deny24); a later "المراسل" is he. None otherwise."""
        j = sp.k1
        if j < len(self.toks) and self.word(j) in wordset("detached_article"):
            j += 1  # "الـ "MTV"": the article written apart from the quoted name
        if j >= len(self.toks):
            return None
        folded = _LATIN_NAME.fullmatch(self.word(j))  # (folded: no tatweel, no quotes, lower case)
        name = _LATIN_NAME.fullmatch(self.raw[self.rs(j):self.re_(j)].strip(_OPEN_QUOTES + _CLOSE_QUOTES))
        if folded is None or name is None or folded.group(1) not in wordset("detached_article") | {""}:
            return None
        end = self.re_(j)
        end += len(self.raw[end:end + 1]) if self.raw[end:end + 1] in _CLOSE_QUOTES else 0
        return Speaker(self.raw[start:end], f"{name.group(2)} correspondent", sp.kind, False, sp.k0,
                       j + 1, f"{sp.rule}+outlet:latin-name", dative=sp.dative)

    def _own_reporter_at(self, sp: Speaker) -> Speaker | None:
        """"قال مصدر عسكري لمراسل الوكالة"، "أفاد مراسل الموقع": a correspondent of "the agency" (a definite noun
        of an outlet's kind, wordset own_outlet_noun, with no name after it), when no outlet's correspondent
        was named before in the article, is the page's own reporter, as "مراسلنا" is: told to him is told to
        the article itself (no hop of its own). None otherwise (task src32)."""
        j = sp.k1
        if self.outlet is not None or self.word(j) not in wordset("own_outlet_noun") or self._named_outlet(j):
            return None
        return Speaker(self.raw[self.rs(sp.k0):self.re_(j)], sp.name_en, sp.kind, sp.anonymous, sp.k0, j + 1,
                       OWN_REPORTER, dative=sp.dative)

    def _affiliated(self, sp: Speaker) -> Speaker:
        """"مصادر في الجيش السوري" -> "Syrian army sources": a generic source tied to an actor; "مصادر
        كردية" -> "Kurdish sources", "مسؤول أمريكي" -> "US officials": an anonymous source or official
        qualified by a nationality adjective (nisba) is that nationality's."""
        nat = nationalities().get(self.word(sp.k1)) if sp.anonymous else None
        official = sp.kind in wordset("nisba_source_kind") and sp.rule.startswith("sources.tsv:")
        if nat is not None and nat.name_en and (official or sp.rule == "sources.tsv:sources"):
            plural = "s" if self.word(sp.k0).endswith(wordlist("plural_source")) else ""
            sp.name_en = f"{nat.name_en} source{plural}" if sp.rule == "sources.tsv:sources" \
                else f"{nat.name_en} {sp.name_en}"
            sp.name = self.raw[self.rs(sp.k0):self.re_(sp.k1)]
            sp.k1 += 1
            sp.rule += f"+nisba:{nat.name_en}"
            return sp
        noun = AFFILIATED_NOUNS.get(sp.rule)
        if noun is None:
            return sp
        plural = "s" if self.word(sp.k0).endswith(wordlist("plural_source")) else ""
        if self.word(sp.k1) in wordset("affiliation_prep"):
            j0 = sp.k1 + 1
        elif self.word(sp.k1).startswith(wordlist("affiliation_clitic")):
            j0 = sp.k1
        else:
            return sp
        act = self.actors.get(j0)
        if not act:
            return sp
        k1, m = act
        close = self.word(sp.k1) in wordset("close_to_body")
        sp.name_en = f"{m.attrs.get('name_en', '')} {noun}{plural}"
        sp.name = self.raw[self.rs(sp.k0):self.re_(k1 - 1)]
        sp.k1, sp.actor_id, sp.side = k1, m.attrs.get("id", ""), m.attrs.get("side", "")
        sp.rule += f"+affiliation:{sp.actor_id}"
        if not plural and not close:
            # "مصدر في المعارضة المسلحة": one source inside a body speaks for it, as an official of it does
            # ("مسؤول إعلامي في قسد"), by the body's name as a speaker (sources.tsv first: "وزارة الداخلية");
            # "مصدران في الجيش" stay "Syrian army sources", "مصدر مقرب من" its own. The source stays
            # anonymous, its hop "X source": no independent origin (an outlet quoting it and quoting no one
            # are one chain)
            hit = source_matcher().match_at(self.f, self.toks, j0)
            named = hit.entry["name_en"] if hit and hit.entry["anonymous"] != "1" and j0 + hit.n_words == k1 else ""
            sp.hop_label, sp.kind = sp.name_en, _actor_kind(m.attrs)
            sp.name_en = named or m.attrs.get("name_en", "")
            sp.rule += "+speaks-for-body"
        return sp

    def find_speaker_after(self, k: int, limit: int) -> Speaker | None:
        """The first speaker at k.., skipping only time words and the like."""
        skips = skip_words()
        for j in range(k, min(limit, len(self.toks))):
            sp = self.speaker_at(j)
            if sp:
                return sp
            if self.match("comp", j) or self.word(j) not in skips or j - k >= MAX_SKIP:
                return self._name_then_office(k, limit)
        return None

    def _name_then_office(self, k: int, limit: int) -> Speaker | None:
        """"وقال سامر الحلبي، مدير المرصد، إن": a name of a few words (no clause mark inside), then,
        after a comma or not, the office it holds for a body (a spokesperson or director,
        ``speaker_heads.tsv``) in apposition; the body speaks. The name is not checked against a list:
        the office after it is what tells."""
        for i in range(k, min(limit - 1, k + NAME_WORDS)):
            if self.match("comp", i) or _marker_starts(self.word(i)):
                return None
            body = self._body_of(i + 1, k)
            if body is not None:
                return body
            if any(c in self.f.text[self.toks[i][1]:self.toks[i + 1][0]] for c in marks("clause_marks")):
                return None
        return None


def _hops_after(s: _Sent, first: Speaker, limit: int) -> tuple[list[Speaker], int]:
    """Further hops after the first speaker: "عن X", "نقلا عن X", "لرويترز", "في تصريح لـX"."""
    hops = [first]
    k = first.k1
    learned = first.k0 > 0 and s.word(first.k0 - 1) in wordset("learn_verb")
    origin = _published_by(s, first, k, limit)
    if origin is not None:  # "التقارير التي نشرتها صحيفة X": the reports are X's
        hops, k = [origin], origin.k1
    while k < limit and len(hops) < 4:
        k = _past_acronym(s, k, limit)
        relay = _inserted_relay(s, k, limit)
        if relay is not None:  # "قال المرصد، بحسب رويترز، إن": Reuters carried what the monitor said
            hops.insert(0, relay)
            k = relay.k1
            continue
        opening = _hop_opening(s, k)
        if not opening and learned and len(hops) == 1 and s.word(k) in wordset("hop_from_learned"):
            opening = 1  # "علمت عنب بلدي من مصادر أهلية أن": what the outlet learned, it heard from the sources
        if opening:
            j = k + opening
            sp = s.find_speaker_after(j, limit)
            if not sp:
                break
            hops.append(sp)
            k = sp.k1
            continue
        j = s.past_location(k)  # "مصدر محلي في محافظة القنيطرة لـX": where the speaker is, then X
        if j > k and _hop_opening(s, j):
            k = j  # "مراسلة قناة X في دمشق نقلاً عن مصدر": the seat describes the hop; the chain goes on after it
            continue
        while j < limit and s.word(j) in wordset("hop_interview"):
            j += 1
        if j > k and (carrier := _carried_by(s, j, limit)) is not None:
            hops.insert(0, carrier)  # "في تصريح نقلته وسائل الإعلام الرسمية": the outlet that carried it
            k = carrier.k1
            continue
        sp = s.speaker_at(j) if j < limit else None
        if sp is None and j < limit and s.word(j - 1) in wordset("dative_clitic"):
            sp = s.quoted_outlet_at(j)  # "مصدر لـ"الوطن""
        if not (sp and (sp.dative or s.word(j - 1) in wordset("dative_clitic"))):
            sp = _outlet_past_words(s, k, limit)
        if sp is not None:
            if sp.rule != OWN_REPORTER:  # "قال محافظ إدلب لمراسلنا": told to the article itself, no hop
                hops.insert(0, sp)  # the outlet the speaker spoke to is the outer hop
            k = sp.k1
            continue
        break
    return hops, k


def _hop_opening(s: _Sent, j: int) -> int:
    """How many words at j open an inner hop: 1 for "عن X", 2 for "نقلاً عن X", 0 for none. After a speaker's seat
    too ("مراسل الميادين في حلب نقلاً عن مصدر"): the place names where the speaker sits, no event place and no end
    of the chain (task left33)."""
    w = s.word(j)
    if w in wordset("hop_from"):
        return 1
    return 2 if w in wordset("hop_from_lead") and s.word(j + 1) in wordset("hop_from") else 0


def _carried_by(s: _Sent, j: int, limit: int) -> Speaker | None:
    """"وقال مصدر عسكري، في تصريح نقلته وسائل الإعلام الرسمية، إن ...": a relative verb of carrying (wordset
    relay_relative_verb) after the statement's noun names the medium that carried the speaker's words, the
    outer hop as "في تصريح لوكالة سانا" makes the agency; that medium, else None (task src27)."""
    if j >= limit or s.word(j) not in wordset("relay_relative_verb"):
        return None
    sp = s.speaker_at(j + 1) if j + 1 < limit else None
    return sp if sp is not None and not sp.anonymous and sp.kind in wordset("audience_kind") else None


_ACRONYM_WORDS = 3  # "(سانا)"، "(قسد)"، "(أوتشا)": a short bracket


def _past_acronym(s: _Sent, k: int, limit: int) -> int:
    """"نقلت الوكالة العربية السورية للأنباء (سانا) عن مصدر في وزارة الدفاع": a short bracket right after a
    speaker's name holds its acronym, not a hop: the chain goes on after it (task probe17). The token after
    the bracket, else ``k``."""
    if k >= limit or k == 0 or "(" not in s.raw[s.re_(k - 1):s.rs(k)]:
        return k
    for j in range(k, min(limit, k + _ACRONYM_WORDS)):
        if ")" in s.raw[s.re_(j):s.rs(j + 1) if j + 1 < len(s.toks) else s.re_(j) + 2]:
            return j + 1
    return k


def _inserted_relay(s: _Sent, k: int, limit: int) -> Speaker | None:
    """"أكد المرصد - وفقا لوكالة الأنباء الألمانية - أن"، "قال المرصد، بحسب رويترز، إن": an "according to"
    inserted right after a speaker (behind a comma or a dash) names the medium that carried the speaker's
    words, the outer hop; that medium, else None."""
    if k == 0 or k >= limit or not s.match("prep", k):
        return None
    gap = s.f.text[s.toks[k - 1][1]:s.toks[k][0]]
    if not any(c in gap for c in marks("comma_marks") + marks("dash_marks")):
        return None
    j = k + s.match("prep", k).n_words
    if s.word(j) in wordset("dative_clitic"):
        j += 1
    sp = s.speaker_at(j) if j < limit else None
    return sp if sp is not None and not sp.anonymous and sp.kind in wordset("audience_kind") else None


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """The first words of ``_Sent``'s governorate, governor, directorate and ministry readers."""
    return wordset("governorate_backref") | wordset("governor_noun") | wordset("directorate_noun") \
        | wordset("ministry_noun")


@lru_cache(maxsize=1)
def _body_group() -> MatcherGroup:
    """The tables ``_Sent._body_of`` (a speaker's head) and ``_office_at`` (a role title) begin with."""
    return MatcherGroup((head_matcher(), role_matcher()))


@lru_cache(maxsize=1)
def _comma_set() -> frozenset[str]:
    """The comma marks as a set of characters: a gap is tested by one C call, not a generator over the marks."""
    return frozenset(marks("comma_marks"))


@lru_cache(maxsize=1)
def _audience_group() -> MatcherGroup:
    """The tables a speaker of an audience's kind (wordsets audience_kind) begins with at its own word: a
    source entry (an outlet, or the correspondent or observatory word before one), an outlet's noun before
    its name, a spokesperson's head before the body it speaks for (which may be an outlet)."""
    return MatcherGroup((source_matcher(), outlet_noun_matcher(), head_matcher()))


def _may_be_audience(s: _Sent, j: int) -> bool:
    """Whether ``s.speaker_at(j)`` may give a speaker of an audience's kind: an actor mention at ``j`` (a person
    before the body they speak for), a word the tables of :func:`_audience_group` can begin with, or the
    correspondent word standing for the outlet named before. Every other speaker ``speaker_at`` reads (a
    governorate, a governor, a directorate, a ministry, an office) is officials or a government body, so
    :func:`_outlet_past_words` skips those words without the dozen look-ups of ``speaker_at`` (task speed15)."""
    w = s.word(j)
    return j in s.actors or _audience_group().starts(w) or (
        s.outlet is not None and w in wordset("correspondent_backref"))


def _outlet_past_words(s: _Sent, k: int, limit: int) -> Speaker | None:
    """"قال قيادي في الفصائل لـ"العربي الجديد""، "قال مسؤولون في الدفاع المدني لرويترز" (a force or a named
    body the speaker belongs to), "قال مدير المرصد سامر الحلبي لفرانس برس"، "قال مصدر،
    فضل عدم الكشف عن هويته، لرويترز": the speaker's affiliation (في/من and a force the actor reader knows),
    a name of a few words, or one aside between commas (the wish to stay unnamed) may stand between a
    speaker and the named outlet that heard them; the outlet, else None. Outside an aside, any other
    preposition ends the search ("مصادر في بلدة X لـ"), and so do a complementizer and an inner hop (عن),
    where the statement or the next speaker begins. Only a medium can be the one that heard: "مكتب الأمم
    المتحدة المعني بتنسيق الشؤون الإنسانية" is affiliated."""
    words, aside, j = 0, False, k
    while j < min(limit, k + OUTLET_GAP + ASIDE_WORDS + 1):
        if j > 0 and not _comma_set().isdisjoint(s.f.text[s.toks[j - 1][1]:s.toks[j][0]]):
            aside = not aside
        if s.match("comp", j) or (not aside and s.word(j) in wordset("hop_from")):
            return None
        sp = s.speaker_at(j) if _may_be_audience(s, j) else None
        if sp is not None and not sp.anonymous and sp.kind in wordset("audience_kind") \
                and (sp.dative or s.word(j - 1) in wordset("dative_clitic")):
            return sp
        if not aside and s.word(j) in wordset("affiliation_prep"):
            body = s.speaker_at(j + 1) if j + 1 not in s.actors else None
            if j + 1 not in s.actors and (body is None or body.anonymous or body.dative):
                return None
            j = s.actors[j + 1][0] if body is None else body.k1  # "في الفصائل", "في الدفاع المدني": past the body
        else:
            j += 1
        words += not aside
        if words > OUTLET_GAP:
            return None
    return None


def _published_by(s: _Sent, first: Speaker, k: int, limit: int) -> Speaker | None:
    """"وتقول التقارير التي نشرتها صحيفة X": anonymous reports a relative clause says a named outlet
    published are that outlet's; the outlet, else None."""
    if not first.anonymous or s.word(k) not in wordset("relative_pronoun") or not _is_report_verb(s.word(k + 1)):
        return None
    sp = s.speaker_at(k + 2) if k + 2 < limit else None
    return sp if sp is not None and not sp.anonymous else None


def _scope_from(s: _Sent, k: int, end: int) -> tuple[tuple[int, int], int]:
    """The attributed span: after a complementizer, a colon or inside a quote; else after token k. A speech
    participle before the complementizer owns it ("نفت سانا سقوط المدينة، مؤكدة أن ..."): the verb's span is then
    its own object, from token k (task read21b)."""
    for j in range(k, min(len(s.toks), k + COMP_WINDOW)):
        if s.rs(j) >= end or s.match("verb", j) or s.match("prep", j) or (j > k and s.match("continue", j)):
            break
        if s.match("comp", j) and s.word(j - 1) not in wordset("not_complementizer"):
            return (s.re_(j), end), j + 1
    start = s.re_(k - 1) if k > 0 else s.sent.start
    text = s.raw[start:end]
    lead = len(text) - len(text.lstrip(marks("scope_lead_marks")))
    start += lead
    paren = re.match(r"\([^()]{1,40}\)[\s،,]*", s.raw[start:end])
    if paren:  # "قوات سوريا الديمقراطية (قسد) عن ..."
        start += paren.end()
    rel = _relative_clause().match(s.raw[start:end])
    if rel:  # "المرصد، الذي يراقب الصراع، إن ..."
        start = _quote_in(s.raw, start, start + rel.end(), end)
    start = _quote_after_name(s.raw, start, end)
    stop = _quote_end(s.raw, start, end)
    if stop is not None:
        return (start + 1, stop), k
    return (start, end), k


def _quote_end(raw: str, q: int, end: int) -> int | None:
    """Where the quote opening at ``q`` closes, when one does before ``end`` and holds a statement (four
    words or more: "على قرية "تل دبس"" quotes a name, not what was said)."""
    if q >= end or raw[q] not in _OPEN_QUOTES:
        return None
    stop = raw.find(_CLOSE_QUOTE.get(raw[q], raw[q]), q + 1, end)
    return stop if stop > q and len(raw[q:stop].split()) >= 4 else None


def _quote_in(raw: str, start: int, stop: int, end: int) -> int:
    """Where a describing clause read from ``start`` to its comma at ``stop`` ends: at ``stop``, unless a quoted
    statement opens inside it ("وقالت الهيئة التي تقود المعركة في منشور "حررنا البلدة، ..."": the clause ends
    where what was said begins; it does not run into the statement up to the statement's first comma). A short
    quoted name in the clause ("التي تعرف باسم "درع الفرات"،") is no statement (task src27)."""
    for q in range(start, stop):
        if raw[q] in _OPEN_QUOTES and _quote_end(raw, q, end) is not None:
            return q
    return stop


def _quote_after_name(raw: str, start: int, end: int) -> int:
    """"وقال رئيس المجلس المحلي سالم الخطيب “...”": a speaker's name (a few words, no clause mark) before an
    opening quote; the quote is what was said, so the scope starts there. Else ``start`` unchanged."""
    m = _name_before_quote().match(raw, start, end)
    return m.end() if m and _quote_end(raw, m.end(), end) is not None else start


_CLOSE_QUOTE = {"«": "»", "“": "”"}  # other quote marks close with themselves


@lru_cache(maxsize=1)
def _name_before_quote() -> re.Pattern[str]:
    """One to four words, none holding a clause mark or a full stop, then an opening quote."""
    stops = re.escape("".join(marks("clause_marks")) + "." + _OPEN_QUOTES)
    quotes = re.escape(_OPEN_QUOTES)
    return re.compile(rf"(?:[^\s{stops}]+:?\s+){{1,4}}(?=[{quotes}])")


def _speaker_attrs(a: Attribution) -> dict:
    hops = a.hops
    chain = [h.hop_label or h.name_en for h in hops]
    named = [h.name_en for h in hops if not h.anonymous]
    root = named[-1] if named else chain[0]
    first = hops[0]
    attrs = {"name": first.name, "name_en": first.name_en, "kind": first.kind, "chain": chain,
             "root": root}
    speaker = next((h for h in hops if h.actor_id), None)
    if speaker:
        attrs["actor_id"], attrs["side"] = speaker.actor_id, speaker.side
    elif first.rule.startswith("office:") and first.side:
        # "وقال وزير الدفاع السوري: قواتنا ...": a state's office holder names no actor, but his first
        # person is that state's forces (read only by _speaker_coref; task sides22)
        attrs["office_side"] = first.side
    return attrs


def _copy_attrs(prev: Mention) -> dict:
    keep = ("name", "name_en", "kind", "chain", "root", "actor_id", "side", "office_side")
    return {k: prev.attrs[k] for k in keep if k in prev.attrs}


def _belief_passive(s: _Sent, k: int) -> bool:
    """"برصاص مسلحين يرجح أنهم من خلايا التنظيم": a verb of belief right after an indefinite noun of people and
    before its pronoun ("أنهم") is the passive "it is believed", which describes them (read/actors.py reads
    the group they are believed to belong to); no speaker, not the force named before."""
    return k > 0 and s.word(k) in wordset("belief_verb") and s.word(k + 1) in wordset("belief_pronoun") \
        and not s.word(k - 1).startswith(wordlist("definite_article"))


def _last_actor(s: _Sent, before_tok: int, prev_actors: list[Mention]) -> Mention | None:
    """The actor a subjectless verb or a possessive noun refers to.

    The first actor before the word in this sentence, else the previous sentence's first actor: the
    subject in the usual verb-subject-object order ("وجهت قوات X نداء لقوات Y").
    """
    here = [m for k, (_, m) in sorted(s.actors.items())
            if k < before_tok and m.attrs.get("side") != "civilians"]
    if here:
        return here[0]
    pool = [m for m in prev_actors if m.attrs.get("side") != "civilians"]
    return pool[0] if pool else None


def _actor_speaker(s: _Sent, m: Mention) -> Speaker:
    return Speaker(m.text, m.attrs.get("name_en", ""), _actor_kind(m.attrs), False, -1, -1,
                   f"antecedent:{m.attrs.get('id', '')}", m.attrs.get("id", ""), m.attrs.get("side", ""))


def _backref_target(recent: list[Mention], row: dict[str, str]) -> Mention | None:
    """The earlier attribution a back-reference row of ``source_verbs.tsv`` points back at: "المصادر"/
    "المصدر" the last one naming a source; a row that points at an agency ("الوكالة") the last agency
    quoted ("بحسب وكالة سانا ... ونقلت الوكالة عن")."""
    if row.get("points_at") == "agency":
        agency = next((m for m in reversed(recent[-6:]) if m.attrs.get("kind") in wordset("agency_kind")), None)
        if agency is not None:
            return agency
    for m in reversed(recent[-6:]):
        if any(w in m.text for w in wordlist("source_noun")):
            return m
    return recent[-1] if recent else None


def _agency_row(backref: Hit | None) -> bool:
    """Whether a back-reference row of ``source_verbs.tsv`` points at an agency ("الوكالة")."""
    return backref is not None and backref.entry.get("points_at") == "agency"


def _agency_here(last: Attribution, backref: Hit) -> bool:
    """A back-reference to "the agency" ("الوكالة") whose agency was quoted earlier in the same sentence:
    the sentence's last attribution has an agency as its first hop. Without this, a sentence holding both
    ("وفق وكالة سانا، ونقلت الوكالة عن ضابط ...") gave "الوكالة" to the force named before it."""
    if not _agency_row(backref) or not last.hops:
        return False
    return last.hops[0].kind in wordset("agency_kind")


def _head_anaphor(s: _Sent, k: int, recent: list[Mention]) -> Mention | None:
    """A definite noun repeating the head of a speaker named before points back at it, as "المصدر" does:
    "وقالت الوزارة" after "وزارة الداخلية", "وأضاف التجمع" after "تجمع أحرار حوران". The head is the
    first word of the earlier speaker's name, its article dropped ("المرصد السوري" → "مرصد")."""
    al = wordlist("definite_article")[0]
    word = s.word(k)
    if not word.startswith(al) or len(word) < len(al) + 3:
        return None
    for m in reversed(recent[-6:]):
        words = fold_text(str(m.attrs.get("name", ""))).split()
        head = words[0].removeprefix(al) if words else ""
        if len(head) > 2 and head == word[len(al):]:
            return m
    return None


def _fronted_anaphor(s: _Sent, k: int, lo: int, recent: list[Mention]) -> tuple[int, Mention] | None:
    """"وكانت الوزارة قد أعلنت ..."، "وكان التجمع قال ...": a definite noun repeating the head of a speaker named
    before (``_head_anaphor``), fronted as the subject of the report verb at token k (right before it, or before
    its "قد") and opening its clause (after كان, as ``_svo_speaker``'s speakers do). Returns its token and the
    speaker it points back at, else None (task src36)."""
    j = k - 1 - (s.word(k - 1) in wordset("qad_particle"))
    if j < max(lo, 0):
        return None
    m = _head_anaphor(s, j, recent)
    return (j, m) if m is not None and _starts_clause(s, j) else None


def _document_subject(s: _Sent, k: int) -> bool:
    """"وقال البيان إن"، "وأوضح التقرير أن": a definite document (wordset report_document) as a report verb's
    subject, its complementizer right after it (or after a describing word): the statement named before speaks,
    in the words of whoever issued it."""
    word = s.word(k) if k < len(s.toks) else ""
    if not word.startswith(wordlist("definite_article")[0]) or word not in wordset("report_document"):
        return False
    j = k + 1 + (s.word(k + 1) in wordset("document_adjective"))
    return bool(s.match("comp", j))


def _document_reach(s: _Sent, k: int) -> int:
    """How many sentences back a subjectless report verb may find the attribution it goes on: the one before
    it ("وأضاف أن"), or, with a definite document as its subject ("وقال البيان إن"، "وأوضح التقرير أن"), the
    statement named some sentences before, which its article points back at (a quoted statement spans several)."""
    return DOCUMENT_REACH if _document_subject(s, k) else 1


def _document_of_anaphor(s: _Sent, k: int, recent: list[Mention]) -> Mention | None:
    """"وذكر بيان للوزارة أن": a document (wordset report_document) then, with the dative ل, a definite
    noun repeating the head of a speaker named before ("الوزارة" after "وزارة الداخلية"): that speaker."""
    if s.word(k) not in wordset("report_document") or not s.word(k + 1).startswith(wordlist("dative_clitic")):
        return None
    al = wordlist("definite_article")[0]
    word = s.word(k + 1)[1:]
    word = word if word.startswith(al) else al[:1] + word  # "للوزارة": the ل of "ال" merges with the dative
    for m in reversed(recent[-6:]):
        words = fold_text(str(m.attrs.get("name", ""))).split()
        head = words[0].removeprefix(al) if words else ""
        if len(head) > 2 and al + head == word:
            return m
    return None


def _read_sentence(s: _Sent, recent: list[Mention], prev_actors: list[Mention]) -> list[Attribution]:
    """Every attribution of one sentence, left to right."""
    out: list[Attribution] = []
    k, n = 0, len(s.toks)
    consumed_until = 0
    head = _headline(s)
    if head is not None:
        out.append(head)
        k = consumed_until = s.tok_of(head.scope[0]) or 0
    markers = marker_matchers()
    # the markers in the order they are tried, looked up once a sentence rather than at every token
    tried = [(kind, markers[kind]) for kind in ("prep", "continue", "verb", "masdar", "noun") if kind in markers]
    # the words a marker may begin at, read off the sentence's token table: most words begin none
    starts = with_role(s.toks, "attribution_marker", _marker_starts, _marker_group().bits)
    while (at := bisect_left(starts, k)) < len(starts):
        k = starts[at]  # (a word before it begins no marker: the loop went past it one word at a time)
        hit, kind = None, ""
        for marker, matcher in tried:
            hit = matcher.match_at(s.f, s.toks, k)
            if hit:
                kind = marker
                break
        if not hit:
            k += 1
            continue
        row = hit.entry
        if kind == "verb" and _belief_passive(s, k):
            k += 1  # "مسلحين يرجح أنهم من خلايا التنظيم": "it is believed", no one speaks (task probe17)
            continue
        if kind == "continue" and s.word(k) in wordset("affiliated_adjective") \
                and s.word(k + 1).startswith(wordlist("dative_clitic")):
            k += 1  # "مصدر عسكري تابع للنظام": affiliated to, not "he went on"
            continue
        att = Attribution(hit.start, hit.end, hit.phrase, kind, denial=row["denial"] == "1",
                          rule=f"{kind}:{hit.phrase}")
        after = k + hit.n_words
        last_src = out[-1] if out else None
        if kind == "noun":
            if last_src:
                att.hops, att.copied = last_src.hops, last_src.copied
            else:
                m = _last_actor(s, k, prev_actors)
                if not m:
                    k = after
                    continue
                att.hops = [_actor_speaker(s, m)]
            att.scope, _ = _scope_from(s, after, _clause_end(s, hit.start))
            out.append(att)
            k = after
            continue
        if kind == "masdar":  # "بعد إعلان المعارضة سيطرتها": a speaker must follow at once
            sp = s.speaker_at(after)
            if sp:
                att.hops, endk = _hops_after(s, sp, n)
                att.scope, _ = _scope_from(s, endk, _clause_end(s, s.rs(min(endk, n - 1))))
                att.end = s.re_(endk - 1)
                out.append(att)
                consumed_until = endk
            k = max(after, consumed_until)
            continue
        if kind == "prep" and s.word(after) in wordset("dative_clitic"):
            after += 1
        if kind == "prep":
            after = _past_relative_verb(s, after)
        sp = s.find_speaker_after(after, n) if kind != "prep" else s.speaker_at(after)
        backref = s.match("backref", after) if not sp else None
        anaphor = _head_anaphor(s, after, recent) if not sp and not backref else None
        if anaphor is None and not sp and not backref and kind == "verb":
            anaphor = _document_of_anaphor(s, after, recent)  # "وذكر بيان للوزارة أن"
        if not sp and not backref and anaphor is None and kind == "verb":
            sp = s.named_again(after)  # "وقالت الوحدات في بيان" after "وحدات حماية الشعب"
        if not sp and not backref and kind == "verb" and s.word(k) in wordset("impersonal_report"):
            k = after  # "يُذكر أن ...": it is recalled, by no one; the article's own background
            continue
        relayed = _relayed(s, kind, after, recent, n) if not sp and not backref else None
        if sp and kind == "verb" and _denied_report(s, out, k, consumed_until):
            k = after  # "نفت الوزارة ما تداولته وسائل إعلام عن ...": the report denied, the denier speaks
            continue
        if sp and not _reports_with_object(s, row.get("object", ""), _hops_after(s, sp, n)[1]):
            k = after  # "وجهت الطائرات ضربات"، "رفع علم النظام": no call, no complementizer, no report
            continue
        if sp:
            att.hops, endk = _hops_after(s, sp, n)
            if kind == "continue":
                att.kind = "verb"
        elif relayed is not None:  # "ونقلت عن مصدر عسكري": the last speaker relays an inner one
            att.copied, endk = relayed
            att.continues = True
        elif anaphor is not None:  # "وقالت الوزارة": the ministry named before ("بيان للوزارة": two words)
            endk = after + (2 if s.word(after) in wordset("report_document") else 1)
            att.copied = _copy_attrs(anaphor)  # named again, as if in full: a fresh report, not a go-on
            att.rule += "|head-anaphor"
        elif kind in ("continue",) or backref or (
                kind == "verb" and (s.match("comp", after) or s.word(after) == "" or _prep_comp(s, after)
                                    or _skipped_comp(s, after) or _document_subject(s, after))):
            document = kind == "verb" and not backref and _document_subject(s, after)
            endk = after + (backref.n_words if backref else 0) + document
            earlier = _backref_target(recent, backref.entry) if backref else (recent[-1] if recent else None)
            here = _last_actor(s, k, []) if kind == "verb" and not backref else None
            svo = _svo_speaker(s, k, consumed_until) if kind == "verb" and k > 0 else None
            if svo is not None:  # "المقدم X قال إن ..."
                att.hops, att.kind = [svo], "svo"
                att.start = s.rs(svo.k0)
            elif backref and last_src and _agency_here(last_src, backref):
                # "بحسب وكالة سانا، ونقلت الوكالة عن ضابط ...": the agency quoted earlier in this sentence
                att.hops, att.copied, att.continues = last_src.hops, last_src.copied, True
            elif (posted := _posted_before(s, k, consumed_until)) is not None and not backref:
                att.hops, att.kind = [posted], "svo"  # "نشرت حسابات مقطعاً مصوراً قالت إنه ..."
            elif last_src and not backref:
                att.hops, att.copied, att.continues = last_src.hops, last_src.copied, True
            elif here is not None:  # "وجهت قوات X نداء قالت إنه ..."
                att.hops, att.kind = [_actor_speaker(s, here)], "pro-drop"
            elif earlier is not None and (kind != "verb" or backref
                                          or earlier.sentence >= s.sent.index - _document_reach(s, after)):
                att.copied, att.continues = _copy_attrs(earlier), True
            elif document:  # "وقال البيان" with no statement's issuer before it: no one to name
                k = after
                continue
            else:
                # "وقالت الوكالة" with no agency quoted before: the outlet speaking of itself, not a force
                m = _last_actor(s, k, prev_actors) if kind == "verb" and not _agency_row(backref) else None
                if not m:
                    k = after
                    continue
                att.hops, att.kind = [_actor_speaker(s, m)], "pro-drop"
        elif kind == "verb" and k > 0 and _svo_speaker(s, k, consumed_until):
            sp = _svo_speaker(s, k, consumed_until)
            if _denied_report(s, out, sp.k0, consumed_until):  # "نفت الوزارة تقارير تحدثت عن ..."
                k = after
                continue
            att.hops, att.kind, endk = [sp], "svo", after
            att.start = s.rs(sp.k0)
        elif kind == "verb" and k > 0 and (fronted := _fronted_anaphor(s, k, consumed_until, recent)) is not None:
            # "وكانت الوزارة قد أعلنت ...": the ministry named before, fronted before its verb
            att.copied, endk = _copy_attrs(fronted[1]), after
            att.kind, att.start = "svo", s.rs(fronted[0])
            att.rule += "|head-anaphor"
        else:
            k = after
            continue
        if kind == "prep" and k > 1:
            att.scope = (s.rs(_clause_start_tok(s, consumed_until)), _inserted_end(s, endk, hit.start))
        else:
            if s.match("noun", endk):  # "عن مصدر عسكري نفيه للأنباء"
                att.denial = att.denial or s.match("noun", endk).entry["denial"] == "1"
                endk += 1
            att.scope, _ = _scope_from(s, endk, s.sent.end)
            if kind in ("verb", "continue"):  # "«...»، قال مصدر لـX"، "«...»، أضاف المصدر"
                att.scope = _said_before(s, k, endk, consumed_until) or att.scope
        last_tok = max(endk - 1, k + hit.n_words - 1)
        att.end = max(att.end, s.re_(min(last_tok, n - 1)))
        out.append(att)
        consumed_until = endk
        k = max(endk, after)
    _cut_scopes(s, out)
    for a in out:
        a.scope = _trim(s.raw, *a.scope)
    for a in out:
        if _denial().search(s.f.text[_fpos(s, a.scope[0]):_fpos(s, a.scope[1])][:80]):
            a.denial = True
    return out


def _after_line_label(s: _Sent) -> int:
    """The first word after a live page's line label ("عاجل | ناشطون: ..."، "10:15 — مصادرنا: ..."): a word or a
    time of day set off by a bar or a dash says how urgent or when; the speaker, if any, follows it. 0 without one."""
    for k in range(min(LABEL_REACH, len(s.toks) - 1)):
        gap = s.f.text[s.toks[k][1]:s.toks[k + 1][0]]
        if LINE_LABEL_BAR in gap or any(c in gap for c in marks("dash_marks")):
            return k + 1
    return 0


def _colon_before(s: _Sent, k: int) -> bool:
    """A speech colon in the gap before token k ("الداخلية: ..."): what follows it is the speaker's."""
    return 0 < k < len(s.toks) and any(c in s.f.text[s.toks[k - 1][1]:s.toks[k][0]]
                                       for c in marks("speech_colon_marks"))


def _portfolio_label(s: _Sent, k: int) -> Speaker | None:
    """"عاجل | الداخلية: ..."، "الدفاع: ...": a ministry's portfolio (``ministries.tsv``) alone, closed by a
    colon where a headline's speaker stands, is the ministry's short name; it speaks as "وزارة الداخلية" would.
    Followed by any other word ("الدفاع المدني: ...") it is no ministry."""
    sp = s.ministry_label_at(k)
    return sp if sp is not None and _colon_before(s, sp.k1) else None


def _past_channel(s: _Sent, k: int) -> int:
    """"وزارة الداخلية عبر معرفاتها الرسمية: ...": the channel a body speaks through ("عبر" and a few words,
    wordset speech_channel) between the speaker and its colon: the token after it when a colon ends it, else k."""
    if k >= len(s.toks) or s.word(k) not in wordset("speech_channel"):
        return k
    for j in range(k + 2, min(k + 2 + CHANNEL_WORDS, len(s.toks))):
        if _colon_before(s, j):
            return j
    return k


def _headline(s: _Sent) -> Attribution | None:
    """"المرصد: قوات النظام تسيطر على ..."، "مصادر لـ"عنب بلدي": انسحاب ...": a speaker (with the outlet it
    talked to) that opens a sentence and is closed by a colon says what follows; headlines attribute so.
    A governorate is not such a speaker: "محافظة درعا:" is a dateline. A sentence with no colon has none
    (most: the speaker and its hops are not read; task speed15)."""
    if not s.toks or not any(c in s.f.text for c in marks("speech_colon_marks")):
        return None
    k0 = _after_line_label(s)
    sp = s.speaker_at(k0) or _portfolio_label(s, k0)
    if sp is None or sp.rule.startswith("governorate:"):
        return None
    hops, endk = _hops_after(s, sp, len(s.toks))
    endk = _past_channel(s, endk)
    if not _colon_before(s, endk):
        return None
    # after a line label the line is a flash of its own ("عاجل | X: ..."), not a headline over the page
    rule = f"{FLASH_RULE}:colon" if k0 else "headline:colon"
    att = Attribution(s.rs(k0), s.re_(endk - 1), ":", "headline", hops=hops, rule=rule)
    att.scope = (s.rs(endk), s.sent.end)
    return att


@lru_cache(maxsize=1)
def _report_verbs() -> frozenset[str]:
    """The folded one-word reporting verbs of ``source_verbs.tsv`` ("ذكرت", "أعلن", "نقل")."""
    return frozenset(f for r in load_tsv("source_verbs.tsv") if r["type"] == "verb"
                     for f in split_forms(r["forms"]) if " " not in f)


def is_report_verb(word: str) -> bool:
    """Public name of :func:`_is_report_verb` for the extractor (a speaker right after the verb)."""
    return _is_report_verb(word)


def _is_report_verb(word: str) -> bool:
    """A reporting verb, bare or with its object pronoun ("ذكرته", "نقلها")."""
    verbs = _report_verbs()
    return word in verbs or any(word.endswith(p) and word[:-len(p)] in verbs for p in wordlist("object_pronoun_suffix"))


def _past_relative_verb(s: _Sent, k: int) -> int:
    """After "وفق"/"بحسب": the relative ما with its reporting verb ("وفق ما ذكرته X", "وفقا لما نقله X")
    and the verb's pronoun object ("بحسب ما أفادت به X") stand before the speaker; the token after them."""
    if s.word(k) in wordset("relative_ma") and (_is_report_verb(s.word(k + 1))
                                                or s.word(k + 1) in wordset("witness_verb")):
        k += 2  # "بحسب ما شاهده مراسلنا": what a reporter saw is his report (task src37)
    if s.word(k) in wordset("report_object_pronoun"):
        k += 1
    return _past_document(s, k)


def _past_document(s: _Sent, k: int) -> int:
    """After "وفق"/"بحسب"/"طبقا لـ": the document the words come in ("طبقا لبيان الجيش X"، "بحسب تقرير
    للمرصد"، "وفق بيان صادر عن وزارة X"، "وفق حصيلة جديدة أعلنها المرصد") stands before the speaker; the
    token of the speaker, else k (no speaker right after the document: "بحسب بيان" alone names no one)."""
    w = s.word(k)
    docs = wordset("report_document")
    if w not in docs and not (w[:1] in wordset("dative_clitic") and w[1:] in docs):
        return k
    j = k + 1
    if s.word(j) in wordset("document_adjective"):  # "وفق حصيلة جديدة ..."
        j += 1
    if s.word(j) in wordset("document_issued") and s.word(j + 1) in wordset("hop_from"):
        j += 2
    elif s.word(j) in wordset("document_obtained") and s.word(j + 1) in wordset("obtained_on"):
        j += 2  # "بحسب معلومات حصل عليها مراسلنا": the one who obtained them (task src37)
    elif _is_report_verb(s.word(j)):  # "وفق حصيلة أعلنها المرصد": the verb, its object the document
        j += 1
    return j if s.speaker_at(j) is not None else k


def _inserted_end(s: _Sent, endk: int, start: int) -> int:
    """Where a trailing "بحسب X" scope ends: at the preposition, unless the clause goes on right after the
    speaker ("وواصلت بحسب سانا وحدات الجيش عملياتها"): an inserted attribution covers its whole clause."""
    if endk >= len(s.toks):
        return start
    gap = s.f.text[s.toks[endk - 1][1]:s.toks[endk][0]]
    if any(c in gap for c in marks("clause_marks")):
        return start
    return _clause_end(s, s.rs(endk))


def _relayed(s: _Sent, kind: str, after: int, recent: list[Mention], n: int) -> tuple[dict, int] | None:
    """"وذكرت وسائل إعلام رسمية ... ونقلت عن مصدر عسكري قوله ...": a subjectless reporting verb with its
    inner hop (عن X) relays X for the speaker of the sentence before; (attrs with the longer chain, the
    token after X). None when the verb has a subject, no inner hop follows, or no speaker came just before."""
    if kind not in ("verb", "continue") or s.word(after) not in wordset("hop_from") or not recent \
            or recent[-1].sentence < s.sent.index - 1:
        return None
    inner = s.find_speaker_after(after + 1, n)
    if inner is None:
        return None
    attrs = _copy_attrs(recent[-1])
    chain = list(attrs.get("chain") or [attrs.get("name_en", "")])
    attrs["chain"] = [*chain, inner.name_en]
    if not inner.anonymous:
        attrs["root"] = inner.name_en
    return attrs, inner.k1


def _said_before(s: _Sent, k: int, endk: int, lo: int) -> tuple[int, int] | None:
    """""انسحبت القوات من البلدة"، قال مصدر لـX": the statement stands before its reporting verb, closed by a
    comma, and nothing but the speaker (with the outlet that heard them, or a back-reference: "«...»، أضاف
    المصدر") follows the verb to the end of the sentence; the statement, from the clause start after the
    last attribution, is the scope. None when words follow the speaker or no comma stands before the verb."""
    if k == 0 or endk < len(s.toks):
        return None
    gap = s.f.text[s.toks[k - 1][1]:s.toks[k][0]]
    if not any(c in gap for c in marks("comma_marks")):
        return None
    start, end = _trim(s.raw, s.rs(lo) if 0 < lo < k else s.sent.start, s.re_(k - 1))
    q = s.raw[start] if start < end else ""
    if q and q in _OPEN_QUOTES and _CLOSE_QUOTE.get(q, q) in s.raw[end - 1:end + 1]:
        start += 1  # the words said, without their quote marks
        end -= s.raw[end - 1] == _CLOSE_QUOTE.get(q, q)
    return start, end


def _reports_with_object(s: _Sent, wanted: str, endk: int) -> bool:
    """Whether a verb that reports only with a given object has it after its speaker (token endk on):
    "call", a call noun right there ("وجهت قوات X نداءً"); "comp", a complementizer within a few words
    ("علمت عنب بلدي من مصادر محلية أن"). A verb with no such demand always reports."""
    if wanted == "call":
        return s.word(endk) in wordset("call_noun")
    if wanted == "comp":
        return any(s.match("comp", j) for j in range(endk, min(endk + COMP_WINDOW, len(s.toks))))
    if wanted == "recording":  # "ظهر قائد X في مقطع مصور يؤكد فيه": he speaks in the recording he appears in
        # ("ظهر X في تسجيل قال فيه إن": the verb of saying with its complementizer reads it itself)
        return s.word(endk) in wordset("in_preposition") and s.word(endk + 1) in wordset("recording_noun") \
            and not any(s.match("comp", j) for j in range(endk + 2, min(endk + 2 + COMP_WINDOW, len(s.toks))))
    return True


def _denied_report(s: _Sent, out: list[Attribution], j: int, lo: int) -> bool:
    """"نفت وزارة الدفاع، الثلاثاء، تقارير إعلامية تحدثت عن انسحاب ..."، "نفى المصدر ما تداولته وسائل إعلام عن
    ...": a report that is the object of a denying verb is the claim denied, not a new attribution: the
    denier's scope runs on over it, and the denier is who the sentence quotes. The report's speaker (or the
    relative ما before its verb) stands at token j right after the denier (from token lo), with only words
    that may stand between a verb and its speaker, or the place the denier speaks from, between."""
    last = out[-1] if out else None
    if last is None or not last.denial or last.kind not in ("verb", "svo") or lo >= len(s.toks):
        return False
    skips, ma = skip_words(), wordset("relative_ma")
    k = lo
    while k < j and k - lo < MAX_SKIP and (k in s.place_at or (s.word(k) in skips and s.word(k) not in ma)):
        k = s.place_ends[k] if k in s.place_at else k + 1  # "نفت وزارة الدفاع في دمشق، الثلاثاء، ..."
    k += k < j and s.word(k) in ma
    return k == j


def _prep_comp(s: _Sent, k: int) -> bool:
    """"وأشارت إلى أن ...", "ولفت في تقرير، إلى أن ...": the verb's preposition (after words that may stand
    between a verb and its speaker) then a complementizer; the speaker is the one before."""
    skips = skip_words()
    j = k
    while j - k < MAX_SKIP and s.word(j) in skips:
        j += 1
    return s.word(j) in wordset("report_prep") and bool(s.match("comp", j + 1))


def _skipped_comp(s: _Sent, k: int) -> bool:
    """"وقالت في بيان إن ..."، "وأضافت في بيان مقتضب، أن ...": a subjectless reporting verb, then only words that
    may stand between a verb and its speaker (source_skip.tsv) or describe the statement (wordset
    document_adjective), then its complementizer; the speaker is the one before, as with the complementizer
    right after the verb."""
    skips, adjectives = skip_words(), wordset("document_adjective")
    j = k
    while j - k < MAX_SKIP and (s.word(j) in skips or s.word(j) in adjectives):
        j += 1
    return j > k and bool(s.match("comp", j))


def _svo_speaker(s: _Sent, k: int, lo: int) -> Speaker | None:
    """A speaker that ends right before the verb at token k ("الجيش السوري ينفي"), or whose seat ("في X", X a
    place) ends there: "قيادة الأمن الداخلي في محافظة حماة تعلن" (task src32), also before "قد": "وكان سكان في
    طرنجة قد أفادوا" (task src36)."""
    for j in range(max(lo, k - SVO_WINDOW), k):
        sp = s.speaker_at(j)
        end = s.past_location(sp.k1) if sp is not None else k  # "سكان في طرنجة": past the seat
        ends = sp is not None and (end == k or (end == k - 1 and s.word(k - 1) in wordset("qad_particle")))
        if sp and ends and _starts_clause(s, j):
            return sp
    return None


def _posted_before(s: _Sent, k: int, lo: int) -> Speaker | None:
    """"تداولت صفحات مقاطع مصورة قالت إنها لانسحاب ..."، "نشرت حسابات مقطعاً مصوراً قالت إنه ...": a subjectless
    reporting verb right after a video or post (a social-media source of sources.tsv, kind "social media")
    describes it; whoever posted it speaks, not the force named before. Unlike a fronted subject, the post
    is the verb's object before it, so no clause start is asked for."""
    for j in range(max(lo, k - SVO_WINDOW), k):
        sp = s.speaker_at(j)
        if sp is not None and sp.k1 == k and sp.kind == "social media":
            return sp
    return None


def _starts_clause(s: _Sent, j: int) -> bool:
    """Token j opens the sentence or follows a comma, so it can be a fronted subject; so can it after an
    opening كان ("وكان المرصد ذكر", "وكان الجيش قد أعلن")."""
    if j == 0:
        return True
    if s.word(j - 1) in wordset("kana_form") and _starts_clause(s, j - 1):
        return True
    gap = s.f.text[s.toks[j - 1][1]:s.toks[j][0]]
    if s.word(j - 1).isdigit() and any(c in gap for c in marks("time_label_dash")):
        return True  # "11:20 - قيادة الأمن الداخلي ... تعلن": a live page's time, its dash, then the line
    if LINE_LABEL_BAR in gap and s.word(j - 1) in wordset("ticker_mark"):
        return True  # "عاجل | مصدر في الأمن العام ينفي": a ticker's mark, its bar, then the line (task side38)
    return any(c in gap for c in marks("clause_marks"))


def _fpos(s: _Sent, raw_pos: int) -> int:
    """The first folded position at or after a raw offset: the index rises with the text (folding
    keeps the characters' order), so by bisection, not a scan of the sentence's characters."""
    return bisect_left(s.f.index, raw_pos)


def _clause_end(s: _Sent, pos: int) -> int:
    for a, b in s.sent.clauses:
        if a <= pos < b:
            return b
    return s.sent.end


def _clause_start_tok(s: _Sent, k: int) -> int:
    return min(k, len(s.toks) - 1) if s.toks else 0


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """A scope without surrounding spaces, commas or the final full stop."""
    while start < end and raw[start] in marks("trim_lead_marks"):
        start += 1
    while end > start and raw[end - 1] in marks("trim_trail_marks"):
        end -= 1
    return start, end


def _cut_scopes(s: _Sent, atts: list[Attribution]) -> None:
    """A scope ends where the next attribution of the sentence begins."""
    for a, b in zip(atts, atts[1:], strict=False):
        if a.scope[0] < b.start < a.scope[1]:
            end = b.start
            while end > a.scope[0] and s.raw[end - 1] in marks("scope_trail_marks"):
                end -= 1
            for w in wordlist("scope_linkers"):
                if s.raw[a.scope[0]:end].endswith(w):
                    end -= len(w)
            a.scope = (a.scope[0], end)


def read_sources(article: Article) -> Article:
    """Append one ``source`` mention per attribution; re-point "قواتنا" at the sentence's speaker."""
    recent: list[Mention] = []
    prev_actors: list[Mention] = []
    governorate: Mention | None = None
    outlet: Speaker | None = None
    observatory: Speaker | None = None  # the observatory named last (a bare "المرصد" after it is it)
    named: list[Mention] = []
    own = _masthead_monitor(article)
    page = page_keys(article)
    for sent in article.sentences:
        s = _Sent(article, sent, governorate, outlet, named, observatory)
        governorate = s.places[-1] if s.places else governorate
        for att in _read_sentence(s, recent, prev_actors):
            if own is not None and att.hops and _the_page_itself(s, att.hops[0], own):
                continue  # "رصد المرصد" on the monitor's own page: the article speaking, no attribution
            # the outlet a correspondent was named for; a back-reference to it names no new one (its rule
            # embeds the outlet's, and re-reading it would wrap that rule again at every "المراسل")
            outlet = next((h for h in att.hops if "+outlet:" in h.rule
                           and not h.rule.startswith(CORRESPONDENT_BACKREF)), outlet)
            observatory = next((h for h in att.hops if h.rule.startswith("sources.tsv:") and h.rule.removeprefix(
                "sources.tsv:").split("+")[0] in wordset("observatory_source") or h.rule.startswith(NETWORK_RULE)),
                               observatory)
            rule = att.rule + ("" if not att.hops else "|" + att.hops[0].rule)
            if len(att.hops) > 1 and is_page_outlet(att.hops[0].name_en, page):
                # "قالت مصادر محلية لموقع تلفزيون سوريا" on Syria TV's own page: told to the page itself, no hop
                # of its own; the speaker it heard is the first hop (GUIDELINES: the article is no source)
                att.hops = att.hops[1:]
                rule += PAGE_OUTLET_RULE
            attrs = att.copied if att.copied is not None else _speaker_attrs(att)
            attrs = dict(attrs)
            attrs.update({"verb": att.marker, "denial": att.denial, "scope_start": att.scope[0],
                          "scope_end": max(att.scope), "continues": att.continues,
                          "mode": att.kind})
            m = Mention("source", att.start, att.end, article.raw[att.start:att.end], sent.index, attrs, rule)
            article.mentions.append(m)
            recent.append(m)
        _speaker_coref(article, sent.index)
        prev_actors = [m for _, (_, m) in sorted(s.actors.items())]
        named = named + [m for m in prev_actors if m.attrs.get("id") and m.attrs.get("side") != "civilians"
                         and not m.rule.startswith("person")]
    if not article.id.endswith("#title") and (said := title_attribution(article)) is not None:
        article.meta["title_source"] = said
    return article


def page_keys(article: Article) -> frozenset[str]:
    """The names a page's address spells, lower case, letters and digits only: every run of its host's labels
    joined ("syria.tv" -> "syriatv", "syria"; "www.aljazeera.net" -> "aljazeeranet", "aljazeera") and every
    part of a hyphenated label ("reuters-ar" -> "reutersar", "reuters"). Read from the page's ``outlet`` (a
    host, as the ingest records it), else its ``url``; empty without either."""
    host = (article.outlet or "").strip().lower()
    if not host and article.url:
        host = urlsplit(article.url).hostname or ""
    host = host.split("://")[-1].split("/")[0]
    labels = [lab for lab in host.split(".") if lab and lab != "www"]
    keys: set[str] = set()
    for i in range(len(labels)):
        for j in range(i + 1, len(labels) + 1):
            keys.add(_alnum("".join(labels[i:j])))
        keys.update(_alnum(part) for part in labels[i].split("-"))
    return frozenset(k for k in keys if len(k) >= PAGE_KEY_MIN)


def _alnum(text: str) -> str:
    """Lower-case Latin letters and digits only ("Enab-Baladi" -> "enabbaladi"): a host's labels and an outlet's
    English name are compared in this one spelling."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


@lru_cache(maxsize=1)
def _hosted_names() -> dict[str, frozenset[str]]:
    """English name of an outlet -> the page keys of its hosts (``outlet_hosts.tsv``), for outlets whose name
    does not spell their address ("Al-Araby Al-Jadeed" on alaraby.co.uk)."""
    names = {r["id"]: r["name_en"] for r in load_tsv("sources.tsv")}
    out: dict[str, set[str]] = {}
    for r in load_tsv("outlet_hosts.tsv"):
        if r["id"] in names:
            for host in r["hosts"].split("|"):
                out.setdefault(names[r["id"]], set()).add(_alnum(host.strip()))
    return {k: frozenset(v) for k, v in out.items()}


def is_page_outlet(name_en: str, page: frozenset[str]) -> bool:
    """Whether a speaker's English name is the page's own outlet: the name, letters and digits only, is one
    its address spells, with or without a leading "al" ("Syria TV" on syria.tv, "Deir ez-Zor 24" on
    deirezzor24.net, "Al Jazeera Net" on aljazeera.net, "Al-Thawra" on thawra.sy), or one of the hosts
    ``outlet_hosts.tsv`` gives it ("Al-Araby Al-Jadeed" on alaraby.co.uk). The page's own outlet told something is the article telling it (task src38)."""
    key = _alnum(name_en)
    bare = re.sub(r"^(al|el)(?=[a-z]{3})", "", key)  # "Al-Thawra" on thawra.sy, as the scorer drops "al-"
    if any(len(k) >= PAGE_KEY_MIN and k in page for k in {key, bare}):
        return True
    return bool(_hosted_names().get(name_en, frozenset()) & page)  # "Al-Araby Al-Jadeed" on alaraby.co.uk


def _masthead_monitor(article: Article) -> str | None:
    """The page's own monitor when its first line or its title is a masthead ("المرصد الشامي لمتابعة النزاعات |
    حصيلة يومية"، "الشبكة السورية لحقوق الإنسان | تقرير"): see ``_masthead_in``. None when neither is one."""
    if article.sentences and article.sentences[0].is_heading:
        got = _masthead_in(article, article.sentences[0])
        if got is not None:
            return got
    title = (article.title or "").strip()
    if LINE_LABEL_BAR not in title:
        return None
    from ..clean.segment import segment  # the title alone, as title_attribution reads it
    head = segment(Article(id=f"{article.id}#title", raw=title, text=title, published=article.published))
    return _masthead_in(head, head.sentences[0]) if head.sentences else None


def _masthead_in(article: Article, line: Sentence) -> str | None:
    """A masthead: a line whose words before a bar open with a monitor's noun (wordset masthead_monitor_noun)
    and hold no colon (not "عاجل | المرصد: ...", a flash quoting it). Returns the sources.tsv rule of the full
    name the masthead spells ("" when the lexicon knows no longer name there), else None."""
    text = article.raw[line.start:line.end]
    head = text.split(LINE_LABEL_BAR, 1)[0] if LINE_LABEL_BAR in text else ""
    if not head.strip() or any(c in head for c in marks("speech_colon_marks")):
        return None
    s = _Sent(article, line)
    if not s.toks or s.word(0) not in wordset("masthead_monitor_noun"):
        return None
    sp = s.speaker_at(0)
    return sp.rule if sp is not None and sp.k1 - sp.k0 > 1 and s.re_(sp.k1 - 1) <= line.start + len(head) else ""


def _the_page_itself(s: _Sent, hop: Speaker, own: str) -> bool:
    """Whether a speaker on a monitor's own page is that page: the bare definite noun pointing back at the
    masthead ("رصد المرصد"، "وثقها المرصد"، "بحسب المرصد"), or the full name the masthead spells. A monitor
    the page names otherwise ("قال المرصد السوري لحقوق الإنسان" under another monitor's masthead) is quoted."""
    if hop.k1 - hop.k0 == 1 and s.word(hop.k0) in wordset("observatory_backref"):
        return True
    return bool(own) and hop.rule == own


def title_attribution(article: Article) -> dict | None:
    """The speaker an article's title attributes it to ("تلفزيون سوريا: توغل قوة ..."، "قسد: مقتل 63 ..."), read
    as a headline attribution of the title alone (the cleaner lifts the title out of the sentences), or None.
    The article then relays what that speaker reports: the extractor gives it the events no scope covers."""
    title = (article.title or "").strip()
    if not any(c in title[:TITLE_SPEAKER_CHARS] for c in marks("speech_colon_marks")):
        return None
    from ..clean.segment import segment  # a reader run on the title alone: the one headline it may hold
    from .actors import read_actors
    from .persons import read_persons
    from .places import read_places
    head = segment(Article(id=f"{article.id}#title", raw=title, text=title, published=article.published))
    found = read_sources(read_persons(read_actors(read_places(head))))
    m = next((m for m in found.mentions if m.kind == "source" and m.sentence == 0
              and m.attrs.get("mode") == "headline"), None)
    return {k: m.attrs[k] for k in ("name", "name_en", "kind", "chain") if k in m.attrs} if m else None


def _speaker_coref(article: Article, index: int) -> None:
    """First-person possessives ("قواتنا") belong to the speaker of the attribution covering them; so does a
    third-person one the actor reader found no antecedent for, in the speaker's own report ("نفت دمشق أن تكون
    قواتها قصفت X": the government that speaks, as "أعلنت أنقرة أن قواتها" is Turkey; task left13)."""
    sources = article.mentions_of("source", index)
    for m in article.mentions_of("actor", index):
        orphan = m.attrs.get("person") == 3 and m.attrs.get("coref") and not m.attrs.get("id") \
            and "antecedent_start" not in m.attrs
        if m.attrs.get("person") != 1 and not orphan:
            continue
        covering = [src for src in sources
                    if src.attrs["scope_start"] <= m.start < src.attrs["scope_end"]] or ([] if orphan else sources)
        src = covering[-1] if covering else None
        if orphan and src is not None and src.start > m.start:
            continue
        if src and src.attrs.get("actor_id"):
            side = src.attrs.get("side", "")
            if orphan and not side and src.attrs["actor_id"] in actor_entries():
                # a speaker no actor was read at ("دمشق" is a place to the actor reader): its actor's
                # reading at the article's date, with its periods for the event's date (sides over time)
                m.attrs.update(actor_attrs(actor_entries()[src.attrs["actor_id"]], article_day(article)))
                side = m.attrs.get("side", "")
            m.attrs.update({"id": src.attrs["actor_id"], "side": side,
                            "name_en": src.attrs.get("name_en", ""),
                            "antecedent": src.attrs["actor_id"], "antecedent_source": True})
            m.rule = "coref:speaker-source"
        elif src and src.attrs.get("office_side") and m.attrs.get("person") == 1:
            # "قال وزير الدفاع السوري: قواتنا": the forces of the state whose office speaks, its side's
            # generic actor with its periods (the side read at the event's date)
            m.attrs.update({**side_actor_attrs(src.attrs["office_side"], article_day(article)),
                            "id": "", "antecedent_source": True})
            m.rule = "coref:speaker-office"
