"""Score the pipeline on sentences a session wrote itself (bench/sentences/*.txt): one sentence an article,
with the events eval/GUIDELINES.md gives it. A quick check of a story's constructions beside the gold sets;
it prints each sentence the pipeline misreads (missed, spurious, wrong side) and the totals.

Places match as score.py matches them, approximately: the folded names (no diacritics, alef/ya/ta marbuta
folded, a leading و/ب/ل/ف and ال stripped) are equal, one contains the other, or one is an alias.

An expected event may carry a fifth field, its source (type@place@polarity@side@source, the first hop in
English as GUIDELINES.md names it, "the article" when the outlet reports it). Those are scored as score.py
scores sources on matched pairs: the English names, ASCII-folded, lower-cased, with al-/el- and everything
but letters and digits dropped, must be equal. Lines of four fields are scored as before.

An expected event's type may carry the number it states (``casualties=42@place@polarity@side``: the toll
as GUIDELINES.md's ``quantity`` gives it, digits for a count, the word for a vague one, "عشرات"). Those are
scored as number accuracy on matched pairs: a count must equal the first number of the event's quantity,
a vague word its folded text. Types without "=" are scored as before.

An expected event may end with a date field (``...@side@2019-03-04``, or ``...@side@source@2019-03``: a field
after the side that is a year, a month or a day). Those are scored as date accuracy on matched pairs, as
score.py scores dates: at the expected date's precision (the event's day must start with it).

A text may hold " ¶ " between sentences: a paragraph break (the lead line of an article, then its next
paragraph), for constructions that depend on paragraphs."""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from tawatur.model import Article
from tawatur.pipeline import analyze

HERE = Path(__file__).parent
PARAGRAPH = " ¶ "  # a paragraph break inside a line's text (a lead line, then a paragraph that goes on with it)
_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_FOLD = str.maketrans("أإآىة", "ااايه")
_CLITICS = re.compile("^(و|ب|ل|ف)?(ال)?")


def norm(name: str) -> str:
    """A place name folded as score.py folds it, near enough for a sentence check."""
    words = _DIACRITICS.sub("", name).translate(_FOLD).split()
    return " ".join(_CLITICS.sub("", w) if len(w) > 4 else w for w in words)


def norm_en(s: str) -> str:
    """An English source name folded as score.py folds it before comparing."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(al|el|ar|as|ad|ash|at|az|an|ed|es|et)[-\s]", "", s)
    return re.sub(r"[^a-z0-9]", "", s)


def source_ok(got, want: tuple[str, ...]) -> bool:
    """Whether a matched event's source is the expected one (score.py: name_en, else name)."""
    src = got.source.name_en or got.source.name
    return bool(norm_en(src)) and norm_en(src) == norm_en(want[4])


_DATE_FIELD = re.compile(r"\d{4}(-\d\d){0,2}")


def parse_wanted(field: str) -> tuple[tuple[str, ...], str | None, str | None]:
    """An expected event's fields, the number its type may carry ("casualties=42" -> 42), and its date."""
    w = field.split("@")
    etype, _, number = w[0].partition("=")
    day = None
    if len(w) > 4 and _DATE_FIELD.fullmatch(w[-1]):
        day = w.pop()
    return (etype, *w[1:]), number or None, day


def date_ok(got, day: str) -> bool:
    """Whether a matched event's date agrees with the expected one at the expected precision."""
    value = str(got.date.value or "")[:10]
    return bool(value) and value.startswith(day)


def number_ok(got, number: str) -> bool:
    """Whether a matched event states the expected number: the same count, or the same vague word."""
    qty = _DIACRITICS.sub("", str(got.quantity or "")).translate(_FOLD)
    if number.isdigit():
        m = re.search(r"\d+", qty)
        return m is not None and int(m.group()) == int(number)
    return bool(qty) and norm(qty) == norm(number)


def matches(got, want: tuple[str, ...]) -> bool:
    etype, place, polarity = want[:3]
    if got.type != etype or got.polarity != polarity or got.place is None:
        return False
    names = {norm(got.place.name), *(norm(a) for a in got.place.aliases)}
    p = norm(place)
    return p in names or p in norm(got.place.name) or norm(got.place.name) in p


def score(path: Path) -> dict[str, int]:
    tot = {"tp": 0, "fp": 0, "fn": 0, "side": 0, "src_n": 0, "src_ok": 0, "num_n": 0, "num_ok": 0,
           "date_n": 0, "date_ok": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        day, text = line.split("|", 1)
        text, expected = text.rsplit("|", 1)  # a text may hold "|" (a ticker's "09:15 عاجل | ...")
        wanted = [parse_wanted(x) for x in expected.split(";") if x]
        got = list(analyze(Article(id="s", raw=text.replace(PARAGRAPH, "\n"), published=day)).events)
        missed, wrong_side, wrong_source, wrong_number, wrong_date = [], [], [], [], []
        for w, number, day in wanted:
            hit = next((g for g in got if matches(g, w)), None)
            if hit is None:
                missed.append(w)
                continue
            got.remove(hit)
            if number is not None:
                tot["num_n"] += 1
                if number_ok(hit, number):
                    tot["num_ok"] += 1
                else:
                    wrong_number.append((*w[:2], number, hit.quantity))
            if day is not None:
                tot["date_n"] += 1
                if date_ok(hit, day):
                    tot["date_ok"] += 1
                else:
                    wrong_date.append((*w[:2], day, hit.date.value, hit.date.text))
            if hit.actor.side != w[3]:
                wrong_side.append((*w[:2], hit.actor.side))
            if len(w) > 4:
                tot["src_n"] += 1
                if source_ok(hit, w):
                    tot["src_ok"] += 1
                else:
                    wrong_source.append((*w[:2], w[4], hit.source.name_en))
        tot["tp"] += len(wanted) - len(missed)
        tot["fn"] += len(missed)
        tot["fp"] += len(got)
        tot["side"] += len(wrong_side)
        if missed or got or wrong_side or wrong_source or wrong_number or wrong_date:
            print(text)
            for w in missed:
                print("   missed  ", "@".join(w))
            for g in got:
                print("   spurious", g.type, g.place.name if g.place else "", g.polarity, g.actor.side, g.rule)
            for w in wrong_side:
                print("   side    ", w)
            for w in wrong_source:
                print("   source  ", w)
            for w in wrong_number:
                print("   number  ", w)
            for w in wrong_date:
                print("   date    ", w)
    return tot


def main() -> None:
    paths = [Path(a) for a in sys.argv[1:]] or sorted((HERE / "sentences").glob("*.txt"))
    for path in paths:
        t = score(path)
        p = t["tp"] / max(1, t["tp"] + t["fp"])
        r = t["tp"] / max(1, t["tp"] + t["fn"])
        f = 2 * p * r / max(1e-9, p + r)
        src = f" source {t['src_ok'] / t['src_n']:.3f} ({t['src_n']})" if t["src_n"] else ""
        num = f" number {t['num_ok'] / t['num_n']:.3f} ({t['num_n']})" if t["num_n"] else ""
        num += f" date {t['date_ok'] / t['date_n']:.3f} ({t['date_n']})" if t["date_n"] else ""
        print(f"{path.name}: events {t['tp'] + t['fn']} P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"side {1 - t['side'] / max(1, t['tp']):.3f}{src}{num}")


if __name__ == "__main__":
    main()
