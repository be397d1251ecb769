"""Constructions met in whole articles of 2011-2024 written for bench/articles_probe6b (issue 12, task probe6b):
sentences written for these tests, with invented details. Types as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _seen(text: str, published: str = "2019-06-01") -> set[tuple[str, str, str]]:
    events = analyze(Article(id="p6b", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in events if e.place}


def test_took_refuge_in_every_person():
    """"لجأت العائلات إلى بلدة X"، "قد لجأوا إلى بلدتي X وY": civilians who took refuge are displaced to
    where they went, whatever the person of the verb ("لجأت" is no purpose ل before a word "جات")."""
    assert ("displacement", "asserted", "نبل") in _seen("لجأت مئات العائلات إلى بلدة نبل بعد القصف.")
    got = _seen("وكان آلاف المدنيين قد لجأوا إلى بلدتي نبل والزهراء في شتاء 2016.")
    assert {("displacement", "asserted", "نبل"), ("displacement", "asserted", "الزهراء")} <= got


def test_a_bare_count_before_took_refuge_counts_people():
    """"نزح الآلاف من المنطقة، بينهم مئات لجأوا إلى مدينة X": the count right before the verb is its
    subject, people; a force resorting to a means ("لجأ الجيش إلى القصف") takes refuge nowhere."""
    got = _seen("ونزح آلاف الأشخاص من القرى الحدودية، بينهم مئات لجأوا إلى مدينة القامشلي.")
    assert ("displacement", "asserted", "القامشلي") in got
    got = _seen("ولجأ الجيش إلى القصف المدفعي على مدينة حلب.")
    assert not any(t == "displacement" for t, _, _ in got)


def test_repositioned_outside_a_place_is_a_withdrawal():
    """"أعادت القوات تموضعها خارج بلدة X": the euphemism of a statement for leaving X; repositioning
    "في" a place tells no departure."""
    got = _seen("وقال متحدث عسكري إن الوحدات أعادت تموضعها خارج بلدة عين عيسى فجر اليوم.")
    assert ("withdraw", "asserted", "عين عيسى") in got
    got = _seen("وأعادت الوحدات تموضعها في محيط بلدة عين عيسى.")
    assert not any(t == "withdraw" for t, _, _ in got)


def test_security_restored_to_a_town_is_a_takeover():
    """"أعادت وحدات الجيش الأمن والاستقرار إلى مدينة X": an army statement's words for taking X; working
    toward it ("تعمل على إعادة الأمن") is an aim, no event."""
    got = _seen("وأعلنت القيادة أن وحدات الجيش أعادت الأمن والاستقرار إلى بلدة خان شيخون.")
    assert ("take_control", "asserted", "خان شيخون") in got
    got = _seen("وقال المحافظ إن الحكومة تعمل على إعادة الأمن إلى بلدة خان شيخون.")
    assert not any(t == "take_control" for t, _, _ in got)


def test_what_a_move_is_made_to_avoid_did_not_happen():
    """"انسحبت الفصائل لتجنب سقوط ضحايا"، "تفادياً لوقوع اشتباكات": the toll or clash avoided is no
    event; the move stands."""
    got = _seen("انسحبت الفصائل من بلدة كفرنبل لتجنب سقوط ضحايا بين المدنيين.")
    assert ("withdraw", "asserted", "كفرنبل") in got
    assert not any(t == "casualties" for t, _, _ in got)
    got = _seen("وأخلت القوات حاجزها عند مدخل بلدة كفرنبل تفادياً لوقوع اشتباكات مع الأهالي.")
    assert not any(t == "attack" for t, _, _ in got)


def test_a_town_word_points_at_the_town_the_sentence_opens_on():
    """"وفي حرستا، قال مراسلنا إن القوات انتشرت في المدينة": the sentence's fronted town is what "المدينة"
    points at, though the sentence before called another place a city."""
    got = _seen("وغادر المقاتلون مدينة دوما صباحاً. وفي حرستا، قال مراسلنا إن دورية روسية انتشرت ظهراً في المدينة.")
    assert ("deploy", "asserted", "حرستا") in got
    assert ("deploy", "asserted", "دوما") not in got


def test_a_fronted_town_frames_a_neighbourhood_named_after_the_trigger():
    """"وفي دير الزور، قال ناشطون إن الأمن أطلق النار على متظاهرين خرجوا في حي X": the fronted town frames
    the sentence; the neighbourhood it names after the trigger is where the shooting and the protest were."""
    got = _seen("وفي حمص، قال ناشطون إن عناصر الأمن أطلقوا النار على متظاهرين خرجوا بعد صلاة الجمعة في حي الخالدية.")
    assert ("attack", "asserted", "الخالدية") in got or ("attack", "asserted", "حي الخالدية") in got
    assert not any(p == "حمص" for _, _, p in got)


def test_a_second_that_clause_goes_on_with_the_report():
    """"قال ناشطون إن الدبابات اقتحمت مدينة X، وإن ثمانين مدنياً قتلوا": the second "وإن" clause of the
    same report names no place: the dead are of the town just told."""
    got = _seen("قال ناشطون إن دبابات الجيش اقتحمت مدينة الرستن فجراً، وإن عشرين مدنياً قتلوا برصاص القناصة.")
    assert ("casualties", "asserted", "الرستن") in got


def test_its_entrance_points_back_at_the_town():
    """"كمائن نصبها مسلحون على مدخلها الجنوبي": the pronoun on "مدخل" (entrance) points at the town just
    named, as "مداخلها" does."""
    got = _seen("وقال التلفزيون إن الجيش دخل مدينة الرستن، وإن جنوداً قتلوا في كمين نصبه مسلحون على مدخلها الشمالي.")
    assert ("attack", "asserted", "الرستن") in got


def test_civilians_moved_out_are_displaced():
    """"أخلت فرق الدفاع المدني سكان أبنية متصدعة في مدينة X": the subject decides the type (GUIDELINES), and
    here those who leave are the residents; "أخلت القوات مواقعها في X" stays a withdrawal."""
    got = _seen("وأخلت فرق الإنقاذ سكان أبنية متصدعة في مدينة حارم إلى خيام قريبة.", "2023-02-09")
    assert ("displacement", "asserted", "حارم") in got
    assert not any(t == "withdraw" for t, _, _ in got)
    assert ("withdraw", "asserted", "حارم") in _seen("وأخلت القوات مواقعها في مدينة حارم ليلاً.")


def test_a_count_of_targets_is_no_aim():
    """"قصفت طائرات 16 هدفاً للتنظيم في محيط X": "هدفاً" counts what was struck, not an aim ("هدفه السيطرة"),
    so the place after it is the strike's; "هجوماً هدفه السيطرة على X" stays an aim."""
    got = _seen("وقصفت طائرات حربية 16 هدفاً للتنظيم في محيط بلدة تادف خلال الليل.", "2017-02-20")
    assert any(t == "attack" and "تادف" in p for t, _, p in got)
    got = _seen("وأعلن الجيش بدء هجوم هدفه السيطرة على بلدة تادف.", "2017-02-20")
    assert not any(t == "take_control" for t, _, _ in got)


def test_the_camp_word_points_at_the_last_camp():
    """"غادر مئات الأشخاص المخيم باتجاه مدينة X" after "مخيم الركبان": the camp left is the origin, and the
    destination named does not make the word idle."""
    got = _seen("وقصفت الطائرات محيط مخيم الركبان. وقال المتحدث إن مئات الأشخاص غادروا المخيم باتجاه مدينة حمص.")
    assert {("displacement", "asserted", "الركبان"), ("displacement", "asserted", "حمص")} <= got



def test_clearing_booby_traps_is_no_car_bomb():
    """"تمشيط المنطقة لإزالة الألغام والمفخخات": booby traps removed, no strike; a car bomb that goes off
    ("انفجرت سيارة مفخخة في X") stays one."""
    got = _seen("سيطر الجيش على بلدة جوباس، وتتواصل عمليات التمشيط لإزالة الألغام والمفخخات.", "2020-03-02")
    assert not any(t == "attack" for t, _, _ in got)
    assert any(t == "attack" for t, _, _ in _seen("وانفجرت سيارة مفخخة في بلدة جوباس.", "2020-03-02"))


def test_a_wish_tells_no_happening():
    """"نريد أن نخرج"، "يريدون العودة إلى X": a wish, no departure and no return."""
    assert not _seen("وقالت أم لخمسة أطفال في مخيم الركبان: نريد أن نخرج من هنا.")
    assert not _seen("ويريد الأهالي العودة إلى بلدة القصير قبل الشتاء.")


def test_a_woman_arriving_is_displaced():
    """"سيدة وصلت إلى حي X": a civilian (one woman, a child, an old man) arriving is displaced, no entry of a
    force."""
    got = _seen("وروت سيدة وصلت إلى حي الخالدية أنها مشت مع أطفالها ساعتين.", "2012-03-01")
    assert ("displacement", "asserted", "الخالدية") in got
    assert not any(t == "enter" for t, _, _ in got)


def test_from_them_both_is_where_people_left():
    """"قصف حيي X وY، وفرت عائلات منهما نحو Z": "منهما" points at the two places just named, the origins,
    though a destination follows."""
    got = _seen("وتواصل القصف على حيي الخالدية والبياضة، وفرت عائلات كثيرة منهما نحو مدينة تلكلخ.", "2012-03-01")
    moved = {p for t, _, p in got if t == "displacement"}
    assert all(any(name in p for p in moved) for name in ("الخالدية", "البياضة", "تلكلخ"))


def test_the_governorate_word_points_at_its_seat_not_a_neighbourhood():
    """"ونفى مسؤول في المحافظة أن تكون القوات قصفت أي حي" after "مدينة حماة" and two of its neighbourhoods:
    the governorate's seat, Hama, not the last neighbourhood named."""
    got = _seen("قال ناشطون إن الدبابات دخلت مدينة حماة. وقالوا إنها قصفت حي الحاضر. "
                "ونفى مسؤول في المحافظة أن تكون القوات قد قصفت أي حي سكني.", "2011-07-31")
    assert ("attack", "denied", "حماة") in got
