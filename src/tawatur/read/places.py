"""The place reader: every place a sentence names, resolved against the gazetteer.

The article is folded once; each sentence's words are scanned left to right for the longest gazetteer
name (the first word may carry the proclitics و ف ب ل ك and the article). Around each name the reader
looks for the structures news Arabic builds places with:

* a cue word before it ("مدينة", "بلدتي", "مطار", "محافظتي", "ريفي"...; ``cues.tsv``) which hints the
  kind, lets "محافظة X" resolve to the governorate, and keeps an unknown name after "بلدة"/"قرية" as an
  unresolved place rather than losing it;
* coordinated lists and duals ("السخنة والفرقلس وتدمر", "ريفي حماة الشمالي والجنوبي"): members share
  ``group``; "X وريفها" adds the countryside of X on "ريفها";
* locators right after a place ("تلبيسة بريف حمص", "سراقب شرقي إدلب", "قرب بلدة الحراك"): role
  "locator", ``locates`` = index in ``article.mentions`` of the first place of the list it locates;
  its governorate also decides between homonyms of the located place.

Names that are common words (``ambiguous.tsv``) need a cue, a locator or a list around them. Homonyms
are chosen by the stated locator, then the governorates the rest of the article names, then the cue's
kind, population and layer.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from ..clean.normalize import Folded, fold
from ..model import Article, Mention
from .gazetteer import AREA_KINDS, Cue, Entry, Gazetteer
from .lexicon import first_word_forms

# Word tokens: \w covers Arabic letters and digits but, unlike the U+0600 block, not "،" "؛" "؟".
_WORD = re.compile(r"\w+")
# Between two words of one name only spaces or a hyphen may stand (no comma, no full stop).
_GAP_OK = re.compile(r"^[\s\-]*$")
# Kinds located by ACLED-style precision: 3 = a region stands for the place, 2 = part of / near.
_PRECISION = {"country": 3, "governorate": 3, "countryside": 3, "region": 3, "district": 3,
              "mountain": 2, "road": 2, "area": 2, "camp": 1}
# Words that introduce a locator right after a place (folded). Directions come from the gazetteer.
_LOC_PREPS = ("في", "قرب", "بالقرب", "بمحيط", "محيط", "ضمن", "داخل", "جنوب", "شمال", "شرق", "غرب")
_NEAR_TAIL = ("من",)
# First words that make a two-word name: "كفر الطون", "تل الشيحة", "عين النورية".
_NAME_HEADS = frozenset({"كفر", "تل", "عين", "دير", "خربه", "ابو", "ام", "بيت", "جبل", "راس", "قلعه",
                         "خان", "بير", "بئر", "مزرعه", "تله", "جسر", "سد", "عرب", "بني", "حي", "باب",
                         "مرج", "وادي", "سهل", "جب", "معره", "تلول", "نبع", "عيون", "قصر"})
_DIRECTIONS = {"الشمالي": 0, "الجنوبي": 180, "الشرقي": 90, "الغربي": 270}
_RIFHA = {"ريفها", "ريفيها", "وريفها", "وريفيها", "ريفه", "وريفه"}
_MAIN_POINT_KINDS = frozenset({"city", "town", "village", "neighbourhood", "airport", "base", "crossing",
                               "checkpoint", "unit", "prison", "bridge", "port", "hill", "camp",
                               "mountain", "road", "area", "dam"})


@dataclass
class _Found:
    """A place found in a sentence, before homonyms are chosen."""

    ti: int  # first token (after the cue)
    tj: int  # token after the name
    fstart: int
    fend: int
    candidates: list[Entry]
    key: str
    cue: Cue | None = None
    cue_word: str = ""
    role: str = "main"
    group: int = -1
    locates: int = -1  # index in the sentence's found list
    rule: str = ""
    extra: dict = field(default_factory=dict)


def _fold_pos(f: Folded, orig: int) -> int:
    return bisect.bisect_left(f.index, orig)


class _SentenceScanner:
    """Scans one sentence's tokens; ``found`` collects places in text order."""

    def __init__(self, gaz: Gazetteer, f: Folded, toks: list[tuple[int, int, str]]) -> None:
        self.gaz, self.f, self.toks = gaz, f, toks
        self.found: list[_Found] = []
        self.next_group = 0

    # -------------------------------------------------------------- low-level matching
    def _gap_ok(self, a: int, b: int) -> bool:
        if b >= len(self.toks):  # no token after the last one ("... في ريف." ends the sentence)
            return False
        return all(_GAP_OK.match(self.f.text[self.toks[k][1]:self.toks[k + 1][0]]) for k in range(a, b))

    def name_at(self, i: int, clitics: bool = True) -> tuple[int, int, str, list[Entry]] | None:
        """Longest gazetteer name starting at token ``i``: (prefix length, end token, key, entries)."""
        if i >= len(self.toks):
            return None
        forms = first_word_forms(self.toks[i][2]) if clitics else [(self.toks[i][2], 0)]
        forms += [(w, p) for w, p in self._lil_forms(self.toks[i][2]) if (w, p) not in forms]
        best = None
        for form, plen in forms:
            n_max = min(self.gaz.max_words.get(form, 0), len(self.toks) - i)
            for n in range(n_max, 0, -1):
                if best and n <= best[1] - i:
                    break
                if n > 1 and not self._gap_ok(i, i + n - 1):
                    continue
                key = " ".join([form, *(t[2] for t in self.toks[i + 1:i + n])])
                hit = self.gaz.lookup(key)
                if hit:
                    best = (plen, i + n, key, hit)
                    break
        return best

    @staticmethod
    def _lil_forms(word: str) -> list[tuple[str, int]]:
        """"للرستن" -> "الرستن" is in first_word_forms; "لدمشق" / "بدمشق" -> "دمشق" too; add "وب" cases."""
        out = []
        m = re.match("^[وف]?[بلك]", word)
        if m and len(word) - m.end() >= 3:
            out.append((word[m.end():], m.end()))
        return out

    def cue_at(self, i: int) -> tuple[Cue, int] | None:
        """A cue word at token ``i`` (clitics allowed): the cue and the prefix length."""
        if i >= len(self.toks):
            return None
        for form, plen in first_word_forms(self.toks[i][2]):
            cue = self.gaz.cues.get(form)
            if cue:
                return cue, plen
        return None

    def _allowed(self, key: str, cue: Cue | None, context: bool) -> bool:
        policy = self.gaz.ambiguous.get(key)
        if policy is None:
            return True
        if policy == "cue":
            return cue is not None or context
        return False

    # -------------------------------------------------------------- structures
    def _add(self, ti: int, tj: int, plen: int, key: str, cands: list[Entry], cue: Cue | None,
             cue_word: str, rule: str) -> _Found:
        fs = self.toks[ti][0] + plen
        fe = self.toks[tj - 1][1]
        item = _Found(ti, tj, fs, fe, cands, key, cue, cue_word, rule=rule)
        self.found.append(item)
        return item

    def place_at(self, i: int, context: bool = False, cue: Cue | None = None,
                 cue_word: str = "") -> _Found | None:
        """A place at token ``i``: a full name (which may itself begin with a cue word), or a cue
        followed by a name, or an unknown name after a cue that allows it. ``cue`` is the cue of
        the list this place continues ("محافظتي السويداء والقنيطرة")."""
        if cue is not None:
            whole = self._cue_name(i, cue, clitics=True)
            if whole:
                plen, j, key, cands = whole
                return self._add(i, j, plen, key, cands, cue, cue_word, "gazetteer+cue")
        hit = self.name_at(i)
        c = self.cue_at(i)
        if hit and (not c or hit[1] > i + 1):
            plen, j, key, cands = hit
            first = key.split()[0]
            own_cue = self.gaz.cues.get(first) if len(key.split()) > 1 else None
            if self._allowed(key, cue or own_cue, context):
                return self._add(i, j, plen, key, cands, cue or own_cue,
                                 cue_word or (own_cue.form if own_cue else ""), "gazetteer")
            return None
        if c:
            cue2, _plen = c
            if not self._gap_ok(i, i + 1):
                return None
            whole = self._cue_name(i + 1, cue2)
            if whole:
                _plen, j, key, cands = whole
                item = self._add(i + 1, j, 0, key, cands, cue2, cue2.form, "gazetteer+cue")
                item.fstart = self.toks[i][0] + c[1]  # the cue is part of this name: "ريفي حماة"
                return item
            nxt = self.name_at(i + 1, clitics=False)
            if nxt and self.gaz.ambiguous.get(nxt[2]) != "never":
                plen, j, key, cands = nxt
                return self._add(i + 1, j, plen, key, cands, cue2, cue2.form, "gazetteer+cue")
            if cue2.unknown_ok:
                return self._unknown(i + 1, cue2, cue2.form)
        return None

    def _cue_name(self, i: int, cue: Cue, clitics: bool = False
                  ) -> tuple[int, int, str, list[Entry]] | None:
        """A name that begins with the cue's singular: "محافظتي" + "السويداء" -> "محافظة السويداء".

        Returns (prefix length, end token, key without the cue, entries)."""
        if i >= len(self.toks):
            return None
        n_max = min(self.gaz.max_words.get(cue.singular, 0) - 1, len(self.toks) - i)
        forms = first_word_forms(self.toks[i][2]) if clitics else [(self.toks[i][2], 0)]
        for n in range(n_max, 0, -1):
            if n > 1 and not self._gap_ok(i, i + n - 1):
                continue
            for form, plen in forms:
                key = " ".join([form, *(t[2] for t in self.toks[i + 1:i + n])])
                hit = self.gaz.lookup(f"{cue.singular} {key}")
                if hit:
                    return plen, i + n, key, hit
        return None

    def _unknown(self, i: int, cue: Cue, cue_word: str) -> _Found | None:
        """An unknown name right after a cue: one word, or two for "كفر X" / "تل X"-style names."""
        if i >= len(self.toks):
            return None
        w = self.toks[i][2]
        if not _looks_like_name(w, self.gaz):
            return None
        j = i + 1
        if j < len(self.toks) and self._gap_ok(i, j):
            w2 = self.toks[j][2]
            if w in _NAME_HEADS and _looks_like_name(w2, self.gaz) and w2 not in _DIRECTIONS \
                    and not self.gaz.cues.get(w2) and not w2.endswith(("يه", "يين", "ين")):
                j += 1
        key = " ".join(t[2] for t in self.toks[i:j])
        return self._add(i, j, 0, key, [], cue, cue_word, "cue-unknown")

    def scan(self) -> None:
        i = 0
        while i < len(self.toks):
            item = self.place_at(i, context=True)
            if item is None:
                i += 1
                continue
            i = self._follow(item)

    def _follow(self, first: _Found) -> int:
        """After a place: its list or dual, "وريفها", then a locator. Returns the next token."""
        members = [first]
        j = first.tj
        cue = first.cue if first.cue and first.cue.number in ("2", "n") else None
        while j < len(self.toks) and self._gap_ok(j - 1, j) and self.toks[j][2].startswith("و"):
            w = self.toks[j][2]
            if w in _RIFHA or w[1:] in _RIFHA:
                nxt = self._rifha(members[-1], j)
            elif w[1:] in _DIRECTIONS and members[-1].candidates \
                    and members[-1].candidates[0].kind == "countryside":
                nxt = self._sibling_direction(members[-1], j)
            else:
                nxt = self.place_at(j, context=cue is not None, cue=cue, cue_word=cue.form if cue else "")
                if nxt is None and cue and cue.number == "2" and len(members) == 1:
                    nxt = self._unknown_conj(j, cue, first.cue_word)
            if nxt is None:
                break
            members.append(nxt)
            j = nxt.tj
        if j < len(self.toks) and self.toks[j][2] in _RIFHA:
            extra = self._rifha(members[-1], j)
            if extra:
                members.append(extra)
                j = extra.tj
        if len(members) > 1:
            for m in members:
                m.group = self.next_group
            self.next_group += 1
        loc = self._locator(members, j)
        if loc is not None:
            return loc.tj
        # an ambiguous first name (policy "cue") needs the list or a locator to stand
        if len(members) == 1 and self.gaz.ambiguous.get(first.key) == "cue" and first.cue is None:
            self.found.remove(first)
        return j

    def _unknown_conj(self, j: int, cue: Cue, cue_word: str) -> _Found | None:
        """The second member of a dual whose name is unknown: "بلدتي الحراك وفلانة"."""
        item = self._unknown(j, cue, cue_word)
        if item is not None:
            item.fstart += 1  # drop the conjunction
        return item

    def _rifha(self, of: _Found, j: int) -> _Found | None:
        """"X وريفها" / "X وريفها الشمالي": the countryside of X."""
        if not of.candidates:
            return None
        key = f"ريف {fold_name(of.candidates[0].name)}"
        end = j + 1
        if end < len(self.toks) and self.toks[end][2] in _DIRECTIONS and self._gap_ok(j, end):
            if self.gaz.lookup(f"{key} {self.toks[end][2]}"):
                key, end = f"{key} {self.toks[end][2]}", end + 1
        cands = self.gaz.lookup(key)
        if not cands:
            return None
        plen = 1 if self.toks[j][2].startswith("و") else 0
        return self._add(j, end, plen, key, cands, None, "", "rifha")

    def _sibling_direction(self, prev: _Found, j: int) -> _Found | None:
        """"ريفي حماة الشمالي والجنوبي": the second direction of the same countryside."""
        e = prev.candidates[0]
        base = e.name
        for adj in _DIRECTIONS:
            if base.endswith(" " + adj) or fold_name(base).endswith(" " + adj):
                base = fold_name(base)[: -len(adj) - 1]
                break
        else:
            return None
        key = f"{fold_name(base)} {self.toks[j][2][1:]}"
        cands = self.gaz.lookup(key)
        if not cands:
            return None
        return self._add(j, j + 1, 1, key, cands, prev.cue, prev.cue_word, "gazetteer+direction")

    def _locator(self, members: list[_Found], j: int) -> _Found | None:
        """A place right after a place (or list) that says where it lies."""
        if j >= len(self.toks) or not self._gap_ok(j - 1, j):
            return None
        w = self.toks[j][2]
        k = j
        prep = ""
        if w in _LOC_PREPS:
            prep, k = w, j + 1
            if w in ("بالقرب", "قرب") and k < len(self.toks) and self.toks[k][2] in _NEAR_TAIL:
                k += 1
        n_before = len(self.found)
        loc = self.place_at(k, context=True) if k < len(self.toks) else None
        if loc is None:
            return None
        kind = loc.candidates[0].kind if loc.candidates else (loc.cue.kind if loc.cue else "")
        via_b = not prep and k == j and loc.fstart > self.toks[j][0]  # "بريف حمص"
        direction = loc.candidates and loc.candidates[0].kind == "countryside" \
            and not loc.key.startswith("ريف")
        main_kind = members[0].candidates[0].kind if members[0].candidates else "town"
        ok = (prep in ("قرب", "بالقرب", "بمحيط", "محيط") or direction
              or ((prep or via_b) and (kind in AREA_KINDS
                                       or (kind == "city" and main_kind in _MAIN_POINT_KINDS - {"city"})
                                       or kind == "mountain")))
        if not ok:
            del self.found[n_before:]
            return None
        loc.role = "locator"
        loc.locates = self.found.index(members[0])
        for m in members:
            m.extra["locator_admin1"] = loc.candidates[0].admin1 if loc.candidates else ""
        # a list of locators ("بريفي حماة وحمص") is rare; the first one is enough
        return loc


def fold_name(name: str) -> str:
    from ..clean.normalize import fold_text
    return fold_text(name)


def _looks_like_name(w: str, gaz: Gazetteer) -> bool:
    """A word that may be an unknown place name: Arabic letters, not a function or common word."""
    if len(w) < 2 or not re.fullmatch("[\u0621-\u064a]+", w):
        return False
    for form, _plen in first_word_forms(w):
        if gaz.ambiguous.get(form) == "never" or form in gaz.cues:
            return False
    return True


def _precision(kind: str) -> int:
    return _PRECISION.get(kind, 1)


def _choose(gaz: Gazetteer, item: _Found, context: Counter) -> Entry | None:
    if not item.candidates:
        return None
    if len(item.candidates) == 1:
        return item.candidates[0]
    admin = item.extra.get("locator_admin1") or None
    if not admin and context:
        admin = context.most_common(1)[0][0]
    kind = item.cue.kind if item.cue else None
    return gaz.rank(item.candidates, admin, kind)[0]


def _mention(item: _Found, e: Entry | None, f: Folded, sentence: int, text: str) -> Mention:
    s, t = f.span(item.fstart, item.fend)
    if e is None:
        attrs = {"id": "", "name": text[s:t], "name_en": "", "lat": None, "lon": None, "admin1": "",
                 "kind": item.cue.kind if item.cue else "", "geo_precision": 3, "population": None,
                 "aliases": [], "resolved": False}
        rule = f"{item.rule}:{item.cue_word}"
    else:
        aliases = [n for n in [*e.variants, e.name_en, *e.variants_en] if n and n != e.name]
        attrs = {"id": e.id, "name": e.name, "name_en": e.name_en, "lat": e.lat, "lon": e.lon,
                 "admin1": e.admin1, "kind": e.kind, "geo_precision": _precision(e.kind),
                 "population": e.population, "aliases": aliases[:12], "resolved": True}
        rule = f"{item.rule}:{e.id}"
    attrs.update({"cue": item.cue_word, "group": item.group, "role": item.role, "locates": -1})
    return Mention("place", s, t, text[s:t], sentence, attrs, rule)


def read_places(article: Article) -> Article:
    """Add a place :class:`Mention` for every place named in ``article.sentences`` (offsets into raw)."""
    gaz = Gazetteer.default()
    if not article.sentences or not article.raw:
        return article
    f = fold(article.raw)
    per_sentence: list[tuple[int, list[_Found]]] = []
    for sent in article.sentences:
        a, b = _fold_pos(f, sent.start), _fold_pos(f, sent.end)
        toks = [(m.start() + a, m.end() + a, m.group()) for m in _WORD.finditer(f.text[a:b])]
        sc = _SentenceScanner(gaz, f, toks)
        sc.scan()
        per_sentence.append((sent.index, sc.found))
    context: Counter = Counter()
    for _, found in per_sentence:
        for it in found:
            admins = {c.admin1 for c in it.candidates if c.admin1}
            if len(admins) == 1 and it.candidates[0].kind != "country":
                context[admins.pop()] += 1
    group_base = 0
    for idx, found in per_sentence:
        base = len(article.mentions)
        for it in found:
            m = _mention(it, _choose(gaz, it, context), f, idx, article.raw)
            if it.group >= 0:
                m.attrs["group"] = group_base + it.group
            if it.locates >= 0:
                m.attrs["locates"] = base + it.locates
            article.mentions.append(m)
        groups = [it.group for it in found if it.group >= 0]
        group_base += (max(groups) + 1) if groups else 0
    return article
