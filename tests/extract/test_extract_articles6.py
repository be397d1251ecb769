"""Constructions met in whole articles of 2025-2026 written for bench/articles2025 (issue 12, task articles6):
sentences written for these tests, with invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2025-06-01") -> set[tuple[str, str, str]]:
    events = analyze(Article(id="art6", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in events if e.place}


def test_shells_with_a_word_between_projectile_and_fall_are_a_strike():
    """"قذائف هاون سقطت على بلدة X", "صاروخاً واحداً سقط في حي X": the projectile, one word of kind or
    count, then its fall: a strike on X, not X falling to a force."""
    got = _seen("وذكر ناشطون أن قذائف هاون سقطت على بلدة الصورة الكبيرة بعد منتصف الليل.")
    assert any(t == "attack" for t, _, _ in got)
    assert not any(t == "take_control" for t, _, _ in got)
    got = _seen("وأعلنت الشرطة أن صاروخاً واحداً سقط في حي الوعر مساء أمس.")
    assert any(t == "attack" and "الوعر" in p for t, _, p in got)
    assert not any(t == "take_control" for t, _, _ in got)
    # a town that falls is still a takeover
    got = _seen("سقطت بلدة الصورة الكبيرة بيد المسلحين بعد ظهر اليوم.")
    assert any(t == "take_control" for t, _, _ in got)


def test_a_mass_grave_is_logged_where_it_lies():
    """"عثرت فرق البحث على مقبرة جماعية قرب قرية X": exhumed victims of earlier years, an event an analyst
    logs at the place of the grave (type other)."""
    got = _seen("عثرت فرق البحث صباح اليوم على مقبرة جماعية قرب قرية المليحة.")
    assert ("other", "asserted", "المليحة") in got
    assert not _seen("وتحدث الأهالي عن المقبرة القديمة للبلدة وعن أشجار الزيتون فيها.")


def test_a_strike_already_told_set_against_a_later_happening_is_no_new_strike():
    """"وتأتي الضربة بعد أيام من تسلم الجيش معبر X": the strike is the one the article opened with; the
    clause dates it against another happening, at another place. "وجاءت الاشتباكات في X" (the clash's own
    place right after it) still tells a clash at X."""
    got = _seen("وتأتي الضربة بعد أيام من انتشار قوات الأمن العام في مدينة الصنمين.")
    assert not any(t == "attack" for t, _, _ in got)
    assert ("deploy", "asserted", "الصنمين") in got
    got = _seen("وجاءت الاشتباكات في بلدة الكرك الشرقي بين مجموعتين مسلحتين.")
    assert any(t == "attack" and "الكرك" in p for t, _, p in got)


def test_a_day_still_to_come_after_until_is_when_it_ends_not_when_it_happened():
    """"فرضت حظر تجوال في مدينة X حتى صباح الغد": tomorrow is the curfew's end; it was imposed on the
    article's day. "غادرت مئتا عائلة حتى صباح اليوم" (as of this morning) keeps today."""
    def dates(text: str) -> set[str]:
        return {e.date.value for e in analyze(Article(id="art6", raw=text, published="2026-01-08")).events}
    assert dates("فرضت قوات الأمن العام حظر تجوال في مدينة الميادين حتى صباح الغد.") == {"2026-01-08"}
    assert dates("فرضت القوات أمس حظر تجوال في مدينة جبلة حتى صباح يوم الأحد.") == {"2026-01-07"}


def test_detained_with_a_person_as_object_is_an_arrest():
    """"أوقفت دورية ثلاثة مشتبه بهم في حي X", "أعلنت توقيف ضابط سابق في مدينة Y": أوقف with the person
    detained is an arrest (other); "أوقفت الفصائل القتال في X" (stopped the fighting) is none."""
    got = _seen("وأوقفت دورية للشرطة ثلاثة مشتبه بهم في حي الشعار بحلب.", "2025-02-01")
    assert any(t == "other" and "الشعار" in p for t, _, p in got)
    assert ("other", "asserted", "حماة") in _seen("أعلنت الوزارة توقيف ضابط سابق في مدينة حماة.", "2025-02-01")
    assert not any(t == "other" for t, _, _ in _seen("أوقفت الفصائل القتال في محيط بلدة مورك.", "2025-02-01"))


def test_shells_seized_are_materiel_not_a_strike():
    """"دهمت القوات مزرعة ... وصادرت بنادق وقذائف كانت مخبأة فيها": shells seized or found are materiel
    taken; the shells word must not make a strike there. Shells fired still do."""
    got = _seen("دهمت القوات مزرعة في بلدة الدريكيش وصادرت بنادق وقذائف كانت مخبأة فيها.", "2025-02-01")
    assert not any(t == "attack" for t, _, _ in got)
    got = _seen("قصفت المدفعية بلدة الصنمين بقذائف الهاون.", "2025-02-01")
    assert ("attack", "asserted", "الصنمين") in got
