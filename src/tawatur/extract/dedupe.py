"""One event per happening within an article (see ``eval/GUIDELINES.md``)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..clean.normalize import fold_text
from ..lang.ar import clitic_forms
from ..model import Event, Place
from ..read.wordsets import marks, wordlist, wordset
from .frames import ARMED_SIDES
from .polarity import LATER
from .sides import actor_of
from .when import moved_off, stated_in_text

# how a rule ends when the event's side is not stated in the text (``_unstated``)
UNSTATED_SIDES = ("side:implied", "side:clash-unnamed")
# the mark events.py puts in an advance's rule when it tells progress in a place ("تقدم ... في X"), not toward it
WITHIN = "within"
# the mark events.py puts in a takeover told as the expulsion of the force that held the place ("سيطر التنظيم على X
# قبل أن تطرده الفصائل منها"): the holder's takeover before it is another happening, whatever its side's basis
RETAKEN = "expelled:holder"
SEQUENCE_TOLD = "polarity:sequence:"  # a trigger told after "قبل أن" (extract/events.py): what came next

# A move on one place is one happening: two forces credited with the same takeover, entry, advance or
# withdrawal on the same day are two sources (or a side misread), annotated once with the first-named
# force (GUIDELINES "Sides"). Attacks, casualties, deployments and agreements have two parties in earnest.
_ONE_MOVER = frozenset({"take_control", "enter", "advance", "withdraw"})


def _place_key(e: Event) -> str:
    """The gazetteer id, else the folded name without its article ("السمكة" and "سمكة" are one village)."""
    p = e.place
    if p is None:
        return ""
    if p.gazetteer_id:
        return p.gazetteer_id
    name, al = fold_text(p.name), wordlist("definite_article")[0]
    return name[len(al):] if name.startswith(al) and len(name) > len(al) + 2 else name


def dedupe(events: list[Event], sentences: dict[int, str] | None = None) -> list[Event]:
    """One event per (type, polarity, place, side) in an article: the best-attributed, earliest.

    A side that was only implied (no actor named) does not make a second event where the same happening
    already has one, named or implied. ``sentences`` (index -> text) lets a date of the trigger's sentence
    outside its evidence clause count as the event's own (``_own_date``)."""
    best: dict[tuple, Event] = {}
    order: list[tuple] = []
    events = [e for e in events if not _weapon_of_strike(e, events) and not _repelled_retold(e, events)
              and not _loss_told_with_taker(e, events)]
    _mark_alike(events)
    own = _own_dated(events, sentences or {})

    def apart(a: Event, b: Event) -> bool:
        return _apart(a, b) or _own_dates_apart(a, b, own) or _dead_apart(a, b)

    for e in _one_mover_a_day(events):
        implied = _unstated(e)
        base = (e.type, e.polarity, _place_key(e))
        same = [best[k] for k in order if k[:3] == base and not apart(best[k], e)]
        if implied and (same := [k for k in same if not _told_days_apart(k, e)]) \
                and not any(_attributed_retelling(e, k) for k in same):
            _keep_toll(same[0], e)
            _keep_stated_date(same[0], (same[0], e))  # a guessed side folded in may still tell the day
            continue  # an implied side is a guess: it makes no second event of a happening already kept
        if implied and (others := [best[k] for k in order if k[:3] == base and _dead_apart(best[k], e)]):
            _tag(e, DEAD_APART)  # why a toll of a guessed side stands beside one of this place: another side's dead
            _by_the_other_dead(e, others)
        if _borrowed_strike(e) and any(not _unstated(k) for k in same):
            continue  # "اشتباكات بين X وY ... حيث تصعد قوات Y قصفها": the fighting told, with its first force
        key = (*base, e.actor.side)
        if not implied:
            for k in [k for k in order if k[:3] == base and _unstated(best[k])
                      and not apart(best[k], e) and not _attributed_retelling(best[k], e)]:
                order.remove(k)
                best.pop(k)
        cur = best.get(key)
        if cur is not None and _own_dates_apart(cur, e, own):
            # another day's happening of this kind, side and place: kept beside one of its own day, if told
            twin = next((best[k] for k in order if k[:4] == key and len(k) > 4 and DAYS_APART in best[k].rule
                         and not _own_dates_apart(best[k], e, own)), None)
            if twin is None:
                key, cur = (*key, len(order)), None
                _tag(e, DAYS_APART)
            else:
                key, cur = next(k for k in order if best[k] is twin), twin
        if cur is not None and _dead_apart(cur, e):
            # another side's dead, told at the same place with the same stated side (mostly none): kept beside
            # the toll of those dead, if one is kept (task tolls41)
            twin = next((best[k] for k in order if k[:4] == key and not _dead_apart(best[k], e)), None)
            if twin is None:
                key, cur = (*key, len(order)), None
                _tag(e, DEAD_APART)
                _by_the_other_dead(e, [best[k] for k in order if k[:4] == key[:4]])
            else:
                key, cur = next(k for k in order if best[k] is twin), twin
        if cur is not None and _kinds_apart(cur, e):
            key, cur = (*key, len(order)), None  # another `other` of this side and place (years apart: one, GUIDELINES)
            _tag(e, DATED_APART)
        elif cur is not None and cur.sentence == e.sentence and _taken_back_after(cur, e):
            key, cur = (*key, len(order)), None  # "سيطروا على X قبل أن تستعيدها القوات": the place changed hands back
        elif cur is not None and _alike_apart(cur, e):
            key, cur = (*key, len(order)), None  # a happening called similar to the one kept: another one
        if cur is None:
            best[key] = e
            order.append(key)
        else:
            if _better_told(e, cur):
                best[key] = e
            _keep_stated_date(best[key], (cur, e))
            _keep_toll(best[key], e if best[key] is cur else cur)
    kept = [best[k] for k in order]
    # progress in a place ("تقدم القوات في المنطقة") the same force is told taking in another sentence is that
    # takeover retold ("تقدمت في X وسيطرت على تلال" in one sentence is the stage before it)
    taken = {(e.polarity, _place_key(e), e.actor.side, e.sentence) for e in kept if e.type == "take_control"}
    kept = [e for e in kept if not (e.type == "advance" and f"+{WITHIN} " in e.rule and any(
        k[:3] == (e.polarity, _place_key(e), e.actor.side) and k[3] != e.sentence for k in taken))]
    # what was expected (an agreement's terms, a plan) and is reported done in the same article is the
    # done event only
    # done only (a later batch, postponed or of those who remain, is another happening: it stands)
    # (not a happening of another year: "وكانت قسد قد سيطرت على X في 2015" fulfils no term of this year's deal)
    done: dict[tuple[str, str], set[str]] = {}
    told_at: dict[tuple[str, str], int] = {}  # the last sentence that tells each (type, place) done
    done_days: dict[tuple[str, str], list[str]] = {}  # the days each (type, place) is told done
    for e in kept:
        if e.polarity == "asserted" and not _deal_made(e):
            key = (e.type, _place_key(e))
            done.setdefault(key, set()).add(e.date.value[:4])
            told_at[key] = max(told_at.get(key, -1), e.sentence)
            done_days.setdefault(key, []).append(e.date.value or "")
    kept = [e for e in kept if not (e.polarity == "expected" and _fulfilled(e, done.get((e.type, _place_key(e))))
                                    and f" polarity:{LATER}:" not in e.rule
                                    and not _dated_after_done(e, done_days[(e.type, _place_key(e))])
                                    and not _predicted_after(e, told_at[(e.type, _place_key(e))]))]
    return [e for e in kept if not _vaguer_than_another(e, kept)]


def _weapon_of_strike(e: Event, events: list[Event]) -> bool:
    """"هاجم مسلحون حاجزاً للأمن العام في بلدة X بقذائف الهاون": a munition behind instrumental بـ, written after the
    strike's object and place in the clause that tells the strike, is that strike's weapon, not a second strike; read
    on its own it takes the side of a force near it (here the checkpoint's, the target's), so one happening stood
    twice with two sides (task dedupe30). The strike of the same clause (same evidence span), place and polarity
    keeps it. A reply by another force tells its own verb ("وردت الفصائل بقذائف الهاون على ...") and so its own
    clause's strike, which this leaves alone."""
    if e.type != "attack" or e.evidence is None or not _instrument_word(e.trigger):
        return False
    return any(o is not e and o.type == "attack" and o.polarity == e.polarity and o.sentence == e.sentence
               and o.evidence is not None and (o.evidence.start, o.evidence.end) == (e.evidence.start, e.evidence.end)
               and _place_key(o) == _place_key(e) and not _instrument_word(o.trigger) for o in events)


REPELLED = "side:repeller-adversary"  # how sides.py ends the rule of an attack whose side is its repeller's enemy


def _repelled_retold(e: Event, events: list[Event]) -> bool:
    """"شنت مجموعات موالية للحكومة هجوماً على X" ... "وقالت قسد إن مقاتليها صدوا الهجوم على X": the definite attack a
    force repelled recalls the attack on X told before it the same day; its side, the repeller's enemy, is a guess
    (the table's adversary), so the defender's telling stood as a second attack with another side. One happening that
    two sentences credit to different forces is annotated once, with the first-named force (GUIDELINES "Sides"; task
    dedupe30). An indefinite one ("صدوا هجوماً جديداً على X") may be another attack and stands."""
    if e.type != "attack" or not e.rule.endswith(REPELLED) or not _definite_attack(e.trigger):
        return False
    day = (e.date.value or "")[:10]
    return len(day) == 10 and any(
        o.type == "attack" and o.polarity == e.polarity and 0 <= o.sentence < e.sentence
        and (o.date.value or "")[:10] == day and _place_key(o) == _place_key(e)
        and not _unstated(o) and not o.rule.endswith(REPELLED) for o in events)


def _definite_attack(trigger: str) -> bool:
    """Whether the attack a repel verb governs is written with the article ("صدوا الهجوم"، "التصدي للهجوم")."""
    return any(w.startswith(wordlist("definite_noun_prefix")) for w in fold_text(trigger).split()[1:])


def _loss_told_with_taker(e: Event, events: list[Event]) -> bool:
    """"وكانت البلدة قد خرجت عن سيطرة الوحدات الكردية حين سيطرت عليها فصائل الجيش الوطني": the place leaving the
    loser's control and the force that took it, in one sentence, are one takeover told from both ends; its side is the
    taker's (GUIDELINES actor_side: "the side that took it"). Read alone, the loss takes the loser's adversary from a
    table or a guess, and stood beside the taker's as a second takeover with another side (task dedupe30). A retaking
    by the loser ("قبل أن تستعيدها") is another happening: a regain verb keeps both."""
    if e.type != "take_control" or not _loss_told(e):
        return False
    regain = wordlist("regain_verb")
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.sentence == e.sentence >= 0
               and _place_key(o) == _place_key(e) and o.actor.side != e.actor.side and not _loss_told(o)
               and not _unstated(o) and not fold_text(o.trigger).startswith(regain) for o in events)


def _loss_told(e: Event) -> bool:
    """A takeover read from the place leaving someone's control ("خرجت عن سيطرة"، "خروج المدينة عن سيطرة")."""
    return bool(e.trigger.strip()) and fold_text(e.trigger.split()[0]).startswith(wordlist("control_loss_head"))


def _instrument_word(trigger: str) -> bool:
    """A trigger that is a munition behind instrumental بـ ("بقذائف"، "بصواريخ"): what a strike was made with."""
    head = fold_text(trigger.split()[0]) if trigger.strip() else ""
    arms = wordset("strike_instrument") | wordset("munition")
    return any(head.startswith(c) and head[len(c):] in arms for c in wordlist("instrument_clitic"))


def _fulfilled(e: Event, years: set[str] | None) -> bool:
    """Whether an expected event is told done: a done event of its type and place, of its year (an undated one
    on either side counts), not one years before it (task read20a)."""
    if not years:
        return False
    year = e.date.value[:4]
    return not year or "" in years or year in years or any(y > year for y in years)


def _dated_after_done(e: Event, days: list[str]) -> bool:
    """An expected happening its own words date after every done telling of its type and place ("ومن المقرر أن
    تعقد اللجنة جلسة صلح في X يوم السبت المقبل" beside arrests made there yesterday, both `other`): what is done by
    then is not what is still to come, so the expected one stands (task polar41). A date its words do not state (the
    article's, the lead's news day, a recap's: _NOT_OWN) says nothing of when it is to come."""
    d = e.date
    if not d.value or d.basis == "published" or not d.text or d.text.startswith(_NOT_OWN) or not all(days):
        return False
    return all(d.value[:len(day)] > day[:len(d.value)] for day in days)


def _predicted_after(e: Event, last_done: int) -> bool:
    """A prediction ("يتوقع ناشطون أن تشن القوات حملة واسعة على البلدة خلال الأيام المقبلة") told after every done
    telling of its type and place looks ahead to another happening: the strike told before it does not fulfil
    it, so it stays expected (task read20b). A deal's terms or a plan are what the done telling carries out,
    wherever it stands."""
    cue = e.rule.partition(" polarity:")[2].partition(" side:")[0]
    head = fold_text(e.trigger.split()[0]) if e.trigger else ""
    # a definite noun ("لبحث تطورات العملية العسكرية في X") recalls the happening told, which it does not predict
    return last_done < e.sentence and not head.startswith(_DEFINITE) \
        and not _PREDICTION.isdisjoint(cue.replace("|", " ").replace(":", " ").split())


_PREDICTION = wordset("prediction_word")
_DEFINITE = tuple(wordlist("definite_article"))


def _deal_made(e: Event) -> bool:
    """An agreement told made ("ينص الاتفاق في X على الإفراج عن ..."): an `other` at the place its terms concern,
    yet not one of them done: a release or a handover the deal sets out stays expected beside it (task left26)."""
    if e.type != "other" or not e.trigger:
        return False
    return not wordset("deal_noun").isdisjoint(clitic_forms(fold_text(e.trigger.split()[0])))


ALIKE = "dedupe:alike"  # the rule tag of a happening the text calls similar to one told, and of its toll
DATED_APART = "dedupe:dated-apart"  # the rule tag of an `other` kept beside one of its kind told of another day
DEAD_OF = "dead:"  # the rule tag casualties.py gives a toll whose own words count a force's dead ("dead:isis")
DEAD_APART = "dedupe:dead-apart"  # the rule tag of a toll kept beside one of the same key counting another side's dead
DAYS_APART = "dedupe:own-dates-apart"  # the rule tag of an event kept beside one its own sentence dates apart
INSIDE = "dedupe:countryside-inside"  # the rule tag of an event whose countryside's telling the same day was dropped
LOCATED = "dedupe:locator-dropped"  # the rule tag of an event whose countryside locator made no event of its own


def _tag(e: Event, tag: str) -> None:
    """Record on an event which dedupe rule kept or merged it, before its side's tag (readers test how a rule
    ends: ``side:implied``)."""
    head, mark, side = e.rule.rpartition(" side:")
    e.rule = f"{head} {tag}{mark}{side}" if mark else f"{e.rule} {tag}"


# How a strike got its place when it named none of its own: from the place a witness verb or the sentence
# before gave to the fighting (events.py / where.py ``_fallback_places``).
_BORROWED_PLACE = ("place:witness", "place:continuation")
SHARED_SUBJECT = "subject:shared"  # the rule tag of an event whose subject a joined verb shared (sides.py)


def _unstated(e: Event) -> bool:
    """A side the text does not state: implied (a pro-drop guess) or none for a clash's toll whose dead are
    not said to be anyone's (``side:clash-unnamed``, extract/casualties.py). Neither makes a second event."""
    return e.rule.endswith(UNSTATED_SIDES)


def _better_told(told: Event, kept: Event) -> bool:
    """Whether a later telling of a happening kept is its more specific sentence (GUIDELINES "Unit").

    A telling that names its agent at its own verb is more specific than one whose subject a joined verb
    shared. One attributed to a source is more specific than the article's own, which is mostly a lead that
    sums up what the body says who reports ("سيطرت القوات على X" ... "وقالت سانا إن ...") -- unless the
    article's own telling states a day of its own and the source tells another: the outlet then reports the
    happening itself, with its day ("قصفت الطائرات البلدة اليوم الأحد"), and a party quoted later ("وقال
    ناشطون إنها قصفتها أمس") retells it less exactly or tells an earlier strike; source and date stay the
    kept telling's, never merged from two sentences."""
    if _shared(kept) and not _shared(told):
        return True
    if kept.source.name_en != "the article" or told.source.name_en == "the article":
        return False
    return not _own_day_apart(kept, told)


def _attributed_retelling(told: Event, kept: Event) -> bool:
    """A telling whose side was implied and that states its number ("وخرجت 30 حافلة تقل 900 شخص من X، وفق سانا")
    of a happening the article told in its own voice, with the same side stated and no number ("خروج المقاتلين
    من X" in the lead): the same key, so it does not fold into the kept telling as a guess does, and the source's
    counted telling is the more specific one (``_better_told``, GUIDELINES "Unit"; task src27). A guessed side
    that disagrees with the stated one still folds, and so does a retelling with no number of its own ("وقضت على
    أعداد كبيرة من الإرهابيين"، "وتسببت الغارات بدمار"): mostly a vaguer echo of the lead (measured: without the
    number test the project's article sets probe15, probe16 and probe19 lost their lead tellings)."""
    return told.actor.side == kept.actor.side and kept.source.name_en == "the article" \
        and told.source.name_en != "the article" and not _own_day_apart(kept, told) \
        and bool(told.quantity) and not kept.quantity


def _own_day_apart(own: Event, told: Event) -> bool:
    """The article's own telling dated by a day word of its own sentence (not the article's date nor a news
    day borrowed from another sentence: ``when.stated_in_text``), the other telling to another day."""
    return stated_in_text(own.date) and own.date.value[:10] != (told.date.value or "")[:10]


def _dead_of(e: Event) -> str:
    """The side of the dead a toll's own words count (casualties.py's ``dead:`` tag), "" when they name none."""
    return next((t[len(DEAD_OF):] for t in e.rule.split() if t.startswith(DEAD_OF)), "") if e.type == "casualties" \
        else ""


def _dead_apart(a: Event, b: Event) -> bool:
    """Two tolls at one place, each counting in its own words the dead of another force ("قتل تسعة من مقاتلي
    الفصائل" ... "وقتل ستة من جنود النظام"؛ "أوقعت الغارات قتلى في صفوف التنظيم" ... "مقتل مئة من قوات النظام"):
    each side's dead is its own toll (the shared gold annotates one per side, each inflicted by the other), even
    when the inflicting side stated for both is the same, mostly none. A toll that names no one's dead (a total,
    "ليرتفع عدد القتلى إلى"، a source's other count) or the same force's is the toll retold (task tolls41)."""
    da, db = _dead_of(a), _dead_of(b)
    return bool(da) and bool(db) and da != db


OTHER_DEAD = "side:other-dead"  # the side tag of a toll kept apart, inflicted by the force whose dead the other counts


def _by_the_other_dead(e: Event, others: list[Event]) -> None:
    """A toll kept apart (``_dead_apart``) whose inflicting side the text leaves unstated is credited to the force
    whose dead the toll beside it counts: the shared gold annotates one toll per side, each inflicted by the
    other (train K01, K02, K14, P15, P17), so "مقتل ثلاثين من قوات النظام" told beside the jihadists' dead is the
    jihadists' doing (GUIDELINES: casualties, the side inflicting them; task tolls42). So is one a strike told
    before lent the very force it counts (a toll is never inflicted by its own dead). A side the text states, or
    none, is kept."""
    own_dead = e.actor.side == _dead_of(e)
    if not own_dead and (e.actor.side != "unknown" or not _unstated(e)):
        return
    side = next((d for o in others if (d := _dead_of(o)) in ARMED_SIDES and d != _dead_of(e)), None)
    if side is None:
        return
    e.actor = actor_of(None, side, e.date.value or None)
    head, mark, _ = e.rule.rpartition(" side:")
    e.rule = f"{head} {OTHER_DEAD}" if mark else f"{e.rule} {OTHER_DEAD}"


def _keep_toll(kept: Event, dropped: Event) -> None:
    """A toll told twice in one sentence keeps the number either word gives: "حصيلة غير نهائية تشير إلى
    مقتل 19" is one toll, its noun without a count, its "مقتل" with one."""
    if kept.type == "casualties" and not kept.quantity and dropped.quantity and kept.sentence == dropped.sentence:
        kept.quantity, kept.quantity_of = dropped.quantity, dropped.quantity_of


def _shared(e: Event) -> bool:
    """Whether an event's subject was shared from the verb before it ("وأصبحوا يقاتلون": rule
    ``subject:shared``): a telling that names its agent at the verb itself is the more specific one."""
    return f" {SHARED_SUBJECT} " in f" {e.rule} "


def _borrowed_strike(e: Event) -> bool:
    """An attack that names no place of its own and borrows the place of fighting already told is part of
    that fighting: one happening credited to two forces is annotated once, with the first-named force."""
    return e.type == "attack" and any(t.split("+")[0] in _BORROWED_PLACE for t in e.rule.split())  # (+verdict)


def _apart(a: Event, b: Event) -> bool:
    """Two events dated in different years ("2015-05" and "2017-03-02"): a retaking years later is
    another happening, whatever sides were guessed (weeks apart may still be one campaign misdated)."""
    va, vb = (a.date.value or "")[:4], (b.date.value or "")[:4]
    return (len(va) == len(vb) == 4 and va != vb) or _retaken_apart(a, b) or _kinds_apart(a, b) \
        or _alike_apart(a, b)


_SIMILAR = wordset("similar_happening_word")
_SIMILAR_STEMS = wordlist("similar_happening_stem")  # a cheap gate before the evidence is folded
_EDGE_MARKS = marks("evidence_edge_marks")


def _mark_alike(events: list[Event]) -> None:
    """Tag each happening the text calls similar to one told (``_another_of_its_kind``), and the toll its sentence
    tells ("تعرضت القرية لقصف مماثل أدى إلى مقتل راعٍ": the dead of that other strike), as another happening."""
    alike = {id(e): e for e in events if _another_of_its_kind(e)}
    struck = {e.sentence for e in alike.values() if e.type == "attack"}
    for e in events:
        if id(e) in alike or (e.type == "casualties" and e.sentence in struck):
            _tag(e, ALIKE)


def _alike_apart(a: Event, b: Event) -> bool:
    """One of two tellings in two sentences tagged by ``_mark_alike``: another happening of the kind, not the
    other retold. In one sentence they stay one ("ويأتي الهجوم بعد أسبوع من هجوم مماثل على X": the definite
    recall and the similar one share a reading of the sentence's place, not two strikes at it)."""
    return a.sentence != b.sentence and (f" {ALIKE}" in a.rule or f" {ALIKE}" in b.rule)


def _another_of_its_kind(e: Event) -> bool:
    """"تعرضت القرية في حزيران الماضي لقصف مماثل"، "شن هجوماً مماثلاً"، "اشتباكات مماثلة": a word of likeness
    (wordset similar_happening_word) within two words after the trigger compares the happening with one told, so
    it is another happening of that kind, never the told one retold (task miss33)."""
    if e.evidence is None or not e.trigger or not any(stem in e.evidence.text for stem in _SIMILAR_STEMS):
        return False
    words = [w.strip(_EDGE_MARKS) for w in fold_text(e.evidence.text).split()]
    trig = [w.strip(_EDGE_MARKS) for w in fold_text(e.trigger).split()]
    n = len(trig)
    start = next((i for i in range(len(words) - n + 1) if words[i:i + n] == trig), -1)
    return start >= 0 and any(w in _SIMILAR for w in words[start + n:start + n + 2])


def _own_dates_apart(a: Event, b: Event, own: set[int]) -> bool:
    """Two tellings in two sentences, each dated by a day or a month its own sentence states, the dates differing
    ("قصفت الطائرات بلدة X في الحادي عشر من نيسان" ... "وقصفت البلدة مجدداً صباح اليوم"): a background happening
    and today's, two happenings of one place (GUIDELINES "Unit"; task dedupe36). A date only inherited (the
    article's, the lead's news day, the sentence before's, a day moved off another happening) is no telling of
    another day: a lead and its body stay one. Dates of two precisions that agree ("2014-04" and "2014-04-11")
    are one. Days close together (two at most: "فر المدنيون الاثنين" and "وصلت القوات السبت إلى مشارف المدينة التي
    تشهد حركة النزوح") are often one happening, or a day of another clause of the sentence (a weekday names the
    news of the week, not always the event's own): they stay one."""
    if a.sentence == b.sentence or id(a) not in own or id(b) not in own:
        return False
    va, vb = a.date.value, b.date.value
    if a.date.precision == b.date.precision == "day":
        return abs(_days_between(va, vb)) > _NEAR_DAYS
    n = min(len(va), len(vb), 7)
    return va[:n] != vb[:n]


def _own_dated(events: list[Event], sentences: dict[int, str]) -> set[int]:
    """The ids of the events dated by their own clause (``_own_date``), and of the tolls a strike of their sentence
    brought about ("قصفت القوات البلدة صباح اليوم، ما أدى إلى مقتل شاب": the toll's place and day are the strike's,
    events.py ``place:from-attack``), which happened when it did.

    Only tellings that ``_own_dates_apart`` can be asked of are scanned: those whose (type, polarity, place) is
    told in another sentence too, and the strikes of a sentence whose toll is one of them (scanning every event's
    sentence cost about 1.1M instructions an article)."""
    asked = _told_in_two_sentences(events)
    tolls = [e for e in asked if e.type == "casualties" and f" {FROM_ATTACK} " in f" {e.rule} "]
    toll_sentences = {e.sentence for e in tolls}
    strikes = [e for e in events if e.type == "attack" and e.sentence in toll_sentences]
    scan = {id(e): e for e in [*asked, *strikes]}
    own = {i for i, e in scan.items() if _own_date(e, sentences.get(e.sentence, ""))}
    struck = {(e.sentence, e.date.value) for e in strikes if id(e) in own}
    return own | {id(e) for e in tolls if (e.sentence, e.date.value) in struck}


def _told_in_two_sentences(events: list[Event]) -> list[Event]:
    """The events whose (type, polarity, place) another sentence's event shares: the only pairs dedupe may keep
    apart by their own dates."""
    sentences: dict[tuple, set[int]] = {}
    for e in events:
        sentences.setdefault((e.type, e.polarity, _place_key(e)), set()).add(e.sentence)
    return [e for e in events if len(sentences[(e.type, e.polarity, _place_key(e))]) > 1]


FROM_ATTACK = "place:from-attack"  # how events.py marks a toll that took its place from the strike told with it


def _own_date(e: Event, sentence: str = "") -> bool:
    """A day or month read from the event's own clause: its words stand in its sentence (the evidence, when the
    sentence is not given) close to the trigger, and it is no fallback, recap bound, retelling's or shifted day
    (``when``'s marks start those texts), nor the start of a state after "منذ" ("يشهد محيط السد معارك متقطعة منذ
    أوائل كانون الأول"، "وقصفت منذ ذلك الحين"), nor the time of what came before, after "بعد". A date further from
    the trigger (eight words) belongs to another clause ("أكبر بلدة تستعيدها القوات منذ إعلان تشكيلها الشهر
    الماضي"، "ويأتي تحرير X بعد أشهر من طرد المسلحين من مدينة Y في حزيران الماضي": Y's month, not X's)."""
    d = e.date
    if d.precision not in ("day", "month") or len(d.value or "") < 7 or d.basis == "published" or not d.text:
        return False
    if d.text.startswith(_NOT_OWN) or moved_off(d) or e.evidence is None or not e.trigger.strip():
        return False
    words, when, trig = _folded_words(sentence or e.evidence.text), _folded_words(d.text), set(_folded_words(e.trigger))
    at = [i for i in range(len(words) - len(when) + 1) if words[i:i + len(when)] == when]
    heads = [j for j, w in enumerate(words) if w in trig]
    return any(abs(i - j) <= _OWN_DATE_REACH
               and _ANOTHER_TIME.isdisjoint(words[j + 1:i] if j < i else words[max(i - 1, 0):j + 1 + _SINCE_AFTER])
               for i in at for j in heads)


@lru_cache(maxsize=512)
def _folded_words(text: str) -> tuple[str, ...]:
    """A text's folded words, edge marks stripped; cached because the events of one sentence each ask it of that
    sentence."""
    return tuple(w.strip(_EDGE_MARKS) for w in fold_text(text).split())


# a word that opens another happening's time between a trigger and a date: "منذ" (a state's start), "بعد/عقب" (what
# came before the happening: "بعد أشهر من طرد المسلحين من مدينة Y في حزيران الماضي")
_ANOTHER_TIME = wordset("since_preposition") | wordset("since_linker")
_OWN_DATE_REACH = 8  # words between a trigger and a date of its own clause at most
# words after a trigger where a time of its own ("وقصفت منذ ذلك الحين المدينة مرات عدة") says a date before it is
# another clause's ("تدخلت روسيا في أيلول 2015، وقصفت منذ ذلك الحين ..."): the happening spans the time since
_SINCE_AFTER = 3


_NEAR_DAYS = 2  # days apart at most that two own-dated tellings may still be one happening
_NOT_OWN = ("article date", "news day:", "recap", "retold:", "named after:", "going on since:", "operation start:")


def _kinds_apart(a: Event, b: Event) -> bool:
    """Two ``other`` events at one place that the text dates apart, one by a date it states ("حظر تجوال في
    المدينة" today, "حملة دهم فيها الأسبوع الماضي"): ``other`` holds many kinds of happening (a curfew, an
    arrest campaign, a deal, a release), so a second one told of another day is another happening, not the
    first retold (task dedupe19). Dates of two precisions that agree ("2025-03" and "2025-03-10") are one."""
    if a.type != "other" or b.type != "other" or a.sentence == b.sentence:
        return False
    va, vb = a.date.value or "", b.date.value or ""
    told = any(d.text not in ("", "article date") and d.basis != "published" for d in (a.date, b.date))
    return told and bool(va) and bool(vb) and not (va.startswith(vb[:10]) or vb.startswith(va[:10]))


def _retaken_apart(a: Event, b: Event) -> bool:
    """One sentence tells a force taking a place and another expelling it ("سيطر التنظيم على X لأيام، قبل أن
    تطرده الفصائل منها"): two takeovers by two sides, though the first side was a guess (task backref17)."""
    if a.sentence != b.sentence:
        return False
    if a.actor.side != b.actor.side and any(f" {RETAKEN} " in f" {e.rule} " for e in (a, b)):
        return True
    return _taken_back_after(a, b)


def _taken_back_after(a: Event, b: Event) -> bool:
    """Of two takeovers of one place in one sentence, one told by a verb of taking back and the other not
    ("سيطر خلاله على X، قبل أن يستعيدها الجيش"): the place changed hands back, two happenings, though the first
    side was a guess; with one side for both, only when the taking back is told as what came after ("قبل أن
    تستعيدها القوات", rule ``polarity:sequence:``), not a takeover retold (task recall38)."""
    if a.type != "take_control" or b.type != "take_control":
        return False
    regain = wordlist("taken_back_verb")
    conj = wordlist("conjunction_proclitic")

    def regained(e: Event) -> bool:
        w = fold_text(e.trigger or "").split()
        w = w[0] if w else ""
        return (w[1:] if w[:1] in conj and len(w) > 4 else w).startswith(regain)
    if regained(a) == regained(b):
        return False
    back = a if regained(a) else b
    return a.actor.side != b.actor.side or f" {SEQUENCE_TOLD}" in f" {back.rule}"


def _told_days_apart(a: Event, b: Event) -> bool:
    """Two events each dated by a day its text states, the days differing ("- 27 آب: اشتباكات قرب قرية X"،
    "- 28 آب: غارات تركية على X"): a timeline's or a weekly roundup's two happenings, not one told twice, so an
    implied side does not fold the second into the first (task probe18). Told in one sentence ("قتل ستون في المعارك
    التي اندلعت يوم الأربعاء، فيما قتل عدد من المسلحين") they stay one toll of one battle. Only strikes and
    clashes: a toll told again on a later day is that toll updated, a takeover told again that takeover (train
    folds K and M fell when every type was split)."""
    def stated(d) -> bool:
        return d.precision == "day" and bool(d.value) and d.basis != "published" and d.text not in ("", "article date")

    return a.type == b.type == "attack" and a.sentence != b.sentence \
        and stated(a.date) and stated(b.date) and a.date.value != b.date.value


def _keep_stated_date(kept: Event, told: tuple[Event, Event]) -> None:
    """A happening told twice, once undated ("تمكن النظام من السيطرة على X") and once with its day
    ("وقال الجيش يوم الخميس إن قواته استعادت X"), happened on the day the text states, when that day is
    of the article's news (up to two days before it: a day further back is more likely an earlier
    happening of the same kind, "خروج الدفعة الأولى يوم الجمعة")."""
    if kept.date.text != "article date":
        return
    stated = [e.date for e in told if e.date.value and e.date.precision == "day"
              and e.date.text not in ("", "article date") and e.date.basis != "published" and not moved_off(e.date)
              and 0 <= _days_between(e.date.value, kept.date.value) <= 2]
    if stated:
        kept.date = stated[0]


def _days_between(earlier: str, later: str) -> int:
    """Days from one ISO date to another (a large number when either is unreadable)."""
    try:
        return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 1 << 20


def _vaguer_than_another(e: Event, events: list[Event]) -> bool:
    """"ريف حلب" when the same article reports the same kind of event in "ريف حلب الغربي"; a
    governorate ("توغل في محافظة درعا") when it reports the same kind of event at a place inside it
    ("توغلت في بلدة X غرب درعا"): a lead that sums up what the body tells in detail adds no event."""
    p = e.place
    if p is not None and _unnamed_facility(p):
        return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
                   and o.place.kind == p.kind and (o.place.lat, o.place.lon) == (p.lat, p.lon)
                   and not _unnamed_facility(o.place) for o in events)
    if p is not None and e.type in _GATHERINGS and _gathered_at_building(e, events):
        return True
    if p is None or p.kind not in ("countryside", "governorate") or not p.admin1:
        return False
    if p.kind == "governorate":
        told_again = e.type in _ONE_MOVER or " place:backref:" in e.rule or (  # "ونزوح للأهالي منها"
            e.type in _DESTINED and _capital_told(e, events))
        return told_again and not _whole(e) and any(
            o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
            and o.place.kind not in ("governorate", "region", "country") and o.place.admin1 == p.admin1
            for o in events)
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
               and o.place.kind == "countryside" and o.place.admin1 == p.admin1
               and o.place.gazetteer_id != p.gazetteer_id and o.place.name.startswith(p.name + " ")
               for o in events) or _locator_told(e, events) or _told_inside(e, events)


def _side_fits(vague: Event, specific: Event) -> bool:
    """The same force, or none stated at the vaguer telling: a countryside's move whose side is guessed or
    unknown may be the one the town's sentence credits to a named force. A town's move whose force is only
    guessed ("باتجاه ريف دمشق الغربي وصولاً إلى محيط داريا") is no retelling of the countryside's named one."""
    if _unstated(specific) and not _unstated(vague):
        return False  # the town's force only guessed: the countryside's telling names it, and may be another move
    return vague.actor.side == specific.actor.side or _unstated(vague) or vague.actor.side == "unknown"


def _told_inside(e: Event, events: list[Event]) -> bool:
    """"تقدمت القوات في ريف إدلب الجنوبي" in a lead and "تقدمت نحو مدينة خان شيخون" in the body, the same day, or
    a countryside framing the town in one sentence: one happening told at the countryside and again at the one
    town inside it, annotated once at the more specific place (GUIDELINES "Unit"; task twice20): the town's event
    of the same type, polarity and day, its side the countryside's or the countryside stating none. Not when the
    article tells that kind at several towns of the governorate (the countryside then sums up a campaign, told
    apart), nor at the town the countryside is named after ("X وريفها" is two places); a force's moves only
    (``_MOVES_INSIDE``)."""
    if e.type not in _MOVES_INSIDE:
        return False
    p, day = e.place, (e.date.value or "")[:10]
    towns = [o for o in events if o is not e and o.type == e.type and o.polarity == e.polarity
             and o.place is not None and o.place.kind not in _FRAMES and o.place.admin1 in (p.admin1, "")]
    if len(day) < 10 or len({_place_key(o) for o in towns}) != 1:
        return False
    hit = next((o for o in towns if o.place.admin1 and (o.date.value or "")[:10] == day and _side_fits(e, o)
                and f" {fold_text(o.place.name)} " not in f" {fold_text(p.name)} "), None)
    if hit is not None and INSIDE not in hit.rule:
        _tag(hit, INSIDE)
    return hit is not None


# the kinds a countryside's telling is folded into its town's (``_told_inside``): a force's moves. Strikes and tolls at
# a countryside are a campaign or an area's count told beside its towns ("صعدت غاراتها على ريف إدلب ... غارات على بلدة
# X"; train P: a countryside's toll beside the dam's), destinations name two places, `other` is many kinds
_MOVES_INSIDE = _ONE_MOVER | {"deploy"}


def _locator_told(e: Event, events: list[Event]) -> bool:
    """"سيطر التنظيم على حقل X للغاز في ريف حمص الشرقي": a countryside written after a place of the same event
    in one sentence, behind "في" or "بـ", says where that place lies (GUIDELINES "Locators are not event places"):
    the same event at the place, told with its locator, adds none there (task dedupe19). "X وريفها" joins the
    countryside by "و", and "وسعت سيطرتها بريف حماة ... ودخلت المدينة" tells the countryside first: two places.
    A locator follows its place closely (two words between at most: "بلدة X بالكامل في ريف حماة"); one further
    on belongs to another phrase ("وصلت العائلات إلى مدينة X هرباً من المعارك في ريف Y": where they fled from)."""
    p = e.place
    if e.evidence is None:
        return False
    located = {fold_text(n).split()[0]: (o, len(fold_text(n).split())) for o in events
               if o is not e and o.type == e.type and o.polarity == e.polarity and o.sentence == e.sentence
               and o.actor.side == e.actor.side and o.place is not None and o.place.admin1 == p.admin1
               and o.place.kind not in _FRAMES for n in (o.place.name, *o.place.aliases) if n.strip()}
    head = fold_text(p.name).split()[:1]
    if not located or not head:
        return False
    words, at, clitics = fold_text(e.evidence.text).split(), wordset("in_preposition"), wordlist("in_clitic")
    for i, w in enumerate(words):
        clitic = any(w == c + head[0] for c in clitics)
        if clitic or (w == head[0] and i > 0 and words[i - 1] in at):
            start = i if clitic else i - 1  # (where the locator phrase begins)
            o = next((located[h][0] for j, h in enumerate(words[:i])
                      if h in located and start - (j + located[h][1]) <= _LOCATOR_GAP), None)
            if o is not None:
                if LOCATED not in o.rule:
                    _tag(o, LOCATED)
                return True
    return False


_FRAMES = frozenset({"countryside", "governorate", "region", "country"})  # places that frame others
_LOCATOR_GAP = 2  # words between a place and its locator at most ("بالكامل"، an adjective of the place)


# Moves that name where people go: "باتجاه محافظة إدلب" in one sentence and "باتجاه إدلب" in the next are one
# destination told twice.
_DESTINED = frozenset({"displacement", "evacuation"})


def _capital_told(e: Event, events: list[Event]) -> bool:
    """Whether the article tells the same move at the city that gives the governorate its name ("محافظة
    إدلب" and "إدلب"): the governorate is that city said more vaguely."""
    p = e.place
    name = fold_text(p.name).split()[-1:] if p else []
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.place is not None
               and o.place.kind in ("city", "governorate_capital", "capital") and o.place.admin1 == p.admin1
               and fold_text(o.place.name).split() == name for o in events)


# kinds of facility a report tells by its town ("مبنى البلدية"، "كنيسة X في بلدة Y"; read/places.py keeps the town
# among their aliases), and the events that gather people in front of one
_TOWN_TOLD = wordset("town_told_facility_kind")
_GATHERINGS = frozenset({"protest"})


def _gathered_at_building(e: Event, events: list[Event]) -> bool:
    """"وخرج العشرات من سكان X في تجمع أمام مبنى البلدية": the protest of the town's people at a building of
    the town is one protest (GUIDELINES "Unit": one event per type, polarity and place; task read18a), kept at
    the building, whose aliases hold the town, so a gold naming either matches it. A strike on a town and its
    hospital ("قصف المدينة ومشفاها") is two targets and stays two events."""
    if e.place.gazetteer_id.startswith("fac:"):
        return False
    town = fold_text(e.place.name)
    return any(o is not e and o.type == e.type and o.polarity == e.polarity and o.sentence == e.sentence
               and o.place is not None and o.place.kind in _TOWN_TOLD
               and town in {fold_text(a) for a in o.place.aliases} for o in events)


def _unnamed_facility(p: Place) -> bool:
    """"ساحة في الرقة": a facility named only by its kind and town, vaguer than a named one of its kind
    there ("حررت ساحة في الرقة ... حررت دوار النعيم" tells one square twice)."""
    if not p.gazetteer_id.startswith("fac:"):
        return False  # (tested first: most places are no facility, and need no fold)
    words = fold_text(p.name).split()
    return len(words) >= 3 and words[1] in wordset("in_preposition")


def _whole(e: Event) -> bool:
    """"سيطرت على كامل محافظة إدلب": a quantifier of wholeness makes the governorate the object itself."""
    words = fold_text(e.evidence.text).split()
    head = fold_text(e.place.name).split()[:1] if e.place else []
    return any(w in wordset("whole_quantifier") and words[i + 1:i + 2] == head for i, w in enumerate(words))


def _day(e: Event) -> date | None:
    try:
        return date.fromisoformat(e.date.value[:10]) if e.date.precision == "day" else None
    except ValueError:
        return None


def _same_move(a: Event, b: Event) -> bool:
    """Same type, polarity and place, another side, within a day: a retaking takes longer."""
    if a.type != b.type or a.polarity != b.polarity or _place_key(a) != _place_key(b):
        return False
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= 1


def _told_apart(a: Event, b: Event) -> bool:
    """Two forces named taking one place in one sentence by two triggers ("استعادت القوات المدينة بعد يوم من
    طردها منها على أيدي الفصائل"): the sentence tells a retaking and the loss before it, two happenings."""
    return (a.sentence == b.sentence >= 0 and a.trigger != b.trigger and a.actor.side != b.actor.side
            and not a.rule.endswith("side:implied") and not b.rule.endswith("side:implied"))


RETAKING = "dedupe:retaking"  # the rule tag of a takeover kept as the change of hands back after another's


def _retaking(e: Event, first: Event) -> bool:
    """A force named taking a place back in a sentence after another force's takeover of it ("سيطرت الفصائل على
    البلدة صباحاً" ... "واستعادت قوات النظام البلدة مساءً"): the place changed hands back, its own event, though
    told of the same day (GUIDELINES "Sides" folds one happening credited to two forces, not two happenings)."""
    if e.type != "take_control" or first.actor.side == e.actor.side or not 0 <= first.sentence < e.sentence:
        return False
    if _unstated(e) or e.evidence is None:
        return False
    regain, conj = wordlist("regain_verb"), wordlist("conjunction_proclitic")
    for w in fold_text(e.evidence.text).split():
        bare = w[1:] if w[:1] in conj and len(w) > 4 else w
        if bare.startswith(regain):
            return True
    return False


def _one_mover_a_day(events: list[Event]) -> list[Event]:
    """Keep the first-named force of a one-mover happening (``_ONE_MOVER``) credited to two sides.

    An implied side never pushes out a named one (``dedupe`` then drops the implied)."""
    kept: list[Event] = []
    # only events of one sentence are told apart: each event is checked against its sentence's, not all
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    # the kept events a move could be the same as: same type, polarity and place, and dated to a day
    # (``_same_move`` needs both); looked up, not scanned, so a page of thousands of events stays linear
    movers: dict[tuple[str, str, str], list[Event]] = {}
    for e in events:
        implied = e.rule.endswith("side:implied")
        key = (e.type, e.polarity, _place_key(e)) if e.type in _ONE_MOVER and _day(e) else None
        if e.sentence >= 0 and any(_told_apart(o, e) and _same_move(o, e) for o in by_sentence[e.sentence]):
            kept.append(e)  # its own sentence tells it apart from the other force's move
            if key:
                movers.setdefault(key, []).append(e)
            continue
        same = [k for k in movers.get(key, ()) if _same_move(k, e)
                and (implied or not k.rule.endswith("side:implied"))] if key else []
        if same and _retaking(e, same[0]):
            _tag(e, RETAKING)  # why the same day's second takeover stands
            same = []
        if same:
            _keep_stated_date(same[0], (same[0], e))
            continue
        kept.append(e)
        if key:
            movers.setdefault(key, []).append(e)
    return kept
