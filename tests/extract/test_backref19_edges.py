"""Task backref19: edge words ("في محيطه"، "على أطرافها"، "عند مداخلها") point at the place just named, a
facility as well as a town, or at the back-reference noun of their sentence. Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.tokens import Token
from tawatur.extract.backrefs import MASCULINE, edge_gender
from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2016-05-10") -> list[tuple[str, str]]:
    evs = analyze(Article(id="b19", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_masculine_edge_after_a_preposition_is_the_facility_not_the_town_before() -> None:
    got = events("سيطرت قوات سوريا الديمقراطية على بلدة الطبقة ثم على سد الفرات، وتدور اشتباكات مع التنظيم في محيطه.")
    assert ("attack", "سد الفرات") in got and ("attack", "الطبقة") not in got
    got = events("دخلت الفصائل بلدة سرمدا ثم سيطرت على معبر باب الهوى، وقصفت طائرات النظام تجمعاتها عند مدخله.")
    assert ("attack", "معبر باب الهوى") in got and ("attack", "سرمدا") not in got


def test_a_masculine_edge_after_an_airport_named_for_a_town_is_the_airport() -> None:
    got = events("سيطر مقاتلو التنظيم على مطار الطبقة العسكري، فيما قصف الطيران تجمعاتهم في محيطه.")
    assert ("attack", "مطار الطبقة العسكري") in got and ("attack", "الطبقة") not in got


def test_a_feminine_edge_after_a_feminine_facility_is_the_facility_not_the_city() -> None:
    got = events("وصلت تعزيزات للجيش إلى مدينة حلب. وقال مصدر عسكري إن الفصائل تهاجم كلية التسليح وتدور معارك في محيطها.")
    assert ("attack", "كلية التسليح") in got and ("attack", "حلب") not in got


def test_an_edge_word_reaches_the_noun_of_its_sentence_past_a_governorate() -> None:
    text = ("اشتبك عناصر الأمن مع مسلحين في مدينة الصنمين. وقتل اثنان من المسلحين خلال الاشتباكات. "
            "وفرضت قيادة الأمن في محافظة درعا حظر تجوال في المدينة حتى إشعار آخر ابتداء من ليل اليوم، "
            "بينما انتشرت دوريات للجيش على مداخلها.")
    got = events(text, "2025-04-02")
    assert ("deploy", "الصنمين") in got and ("deploy", "محافظة درعا") not in got


def test_edge_gender_reads_the_pronoun_only_after_a_preposition() -> None:
    assert edge_gender([Token(0, "في"), Token(1, "محيطه")], 1) == MASCULINE
    assert edge_gender([Token(0, "علي"), Token(1, "اطرافه")], 1) == MASCULINE
    assert edge_gender([Token(0, "قري"), Token(1, "محيطه")], 1) == ""  # "قرى محيطة": the adjective
    assert edge_gender([Token(0, "في"), Token(1, "محيطها")], 1) == ""  # its own gender decides


def test_a_takeover_of_unnamed_villages_of_a_countryside_is_at_the_countryside() -> None:
    got = events("سيطر مقاتلو الفصائل على قرى في ريف حلب الجنوبي بعد معارك استمرت يومين.")
    assert [t for t, p in got if p.startswith("ريف حلب")] == ["take_control"]
    got = events("اقتحمت قوات النظام قرى بريف درعا الشرقي صباح اليوم.")
    assert [t for t, p in got if p.startswith("ريف درعا")] == ["enter"]


def test_named_villages_after_the_countryside_are_the_places() -> None:
    got = events("سيطرت الفصائل على قرى في ريف حماة الشمالي، أبرزها كفرنبودة والهبيط.", "2019-05-25")
    assert ("take_control", "كفرنبودة") in got and not any(p.startswith("ريف حماة") for _, p in got)


def test_two_directions_without_wa_are_one_side_of_the_countryside() -> None:
    got = events("سيطرت قوات النظام على مدينة تدمر، ثم قصفت طائراتها ريفها الشمالي الشرقي.")
    assert ("attack", "ريف تدمر الشمالي الشرقي") in got
    got = events("استعادت الفصائل مدينة جسر الشغور، ثم تقدمت نحو ريفها الجنوبي والغربي.")
    assert ("advance", "ريف جسر الشغور الجنوبي") in got and ("advance", "ريف جسر الشغور الغربي") in got


def test_the_quarter_word_skips_a_quarter_named_in_passing() -> None:
    got = events("قصفت مدفعية النظام حي القابون من مواقعها قرب حي برزة. ثم قتل خمسة مدنيين في الحي جراء القصف.")
    assert ("casualties", "القابون") in got and not any(p == "برزة" for _, p in got)
    got = events("اقتحم مقاتلو المعارضة حي صلاح الدين انطلاقاً من حي الأنصاري. واعتقل المقاتلون عناصر من الأمن في الحي.")
    assert ("other", "صلاح الدين") in got and not any(p == "الأنصاري" for _, p in got)


def test_the_quarter_word_keeps_a_quarter_of_its_own_sentence() -> None:
    got = events("دخلت الفصائل حي الحمدانية. وقال سكان في حي الفرقان إنهم رأوا الجنود يغادرون مواقعهم في الحي.")
    assert ("withdraw", "الفرقان") in got or ("withdraw", "حي الفرقان") in got


def test_a_strike_that_made_a_force_leave_takes_no_place_from_the_withdrawal() -> None:
    got = events("سيطر الجيش على بلدة بصر الحرير، بعد يوم من انسحاب الفصائل منها إثر قصف مدفعي عنيف.", "2018-06-27")
    assert ("withdraw", "بصر الحرير") in got and ("attack", "بصر الحرير") not in got
    got = events("سيطرت الفصائل على بلدة خان طومان التي انسحب منها جنود النظام تحت ضغط هجوم واسع.", "2016-05-06")
    assert ("attack", "خان طومان") not in got


def test_a_strike_naming_its_own_target_after_a_withdrawal_stays() -> None:
    got = events("انسحبت فصائل الجيش الوطني من قرية الحمام بعد قصف تركي على مواقع قسد في محيط سد تشرين.", "2025-01-18")
    assert ("attack", "سد تشرين") in got


def test_a_definite_strike_after_a_withdrawal_recalls_the_strikes_told() -> None:
    text = ("قصفت طائرات مجهولة مواقع للميليشيات في مدينة الميادين. "
            "وقال ناشط إن عناصر الميليشيات أخلوا مقرات في المدينة بعد الغارات.")
    assert ("attack", "الميادين") in events(text, "2021-01-13")
