"""(1) A toll that counts people out of a force by a bare count ("اثنين من عناصر الأمن العام قتلا"): the counted are
its dead, so their force did not inflict it; after the fall of Damascus, with no killer named, the toll is
unknown (GUIDELINES actor_side), not the side the story's clash lends a pro-drop subject. Sentences written for
task side29 (bench/sentences/side29.txt). (2) A strike told by "تعرّض X لـ" with a place as its subject
and no force named after it is as unstated as shells that fell: unknown, unless it came from the air. (3) A clash
"مع" a group of no side or a pronoun ("اشتبكت معهم") is the story's force's."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

CLASH = "اندلعت اشتباكات بين قوات الأمن العام ومسلحين محليين في بلدة الصورة الكبيرة. "


def toll_sides(text: str, day: str = "2025-06-01") -> set[str]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {e.actor.side for e in art.events if e.type == "casualties"}


def test_a_number_word_counting_a_force_out_names_its_dead() -> None:
    got = toll_sides(CLASH + "وقال مصدر طبي إن اثنين من عناصر الأمن العام قتلا جراء قذائف سقطت على البلدة.")
    assert got == {"unknown"}


def test_the_same_force_named_as_who_fired_inflicted_the_toll() -> None:
    got = toll_sides(CLASH + "وقال مصدر طبي إن اثنين من المسلحين قتلا برصاص عناصر الأمن العام في البلدة.")
    assert got == {"government"}


HELD = "سيطرت قوات النظام على قرية الحميدية. وفي ريف حماة الشمالي "


def strike_sides(text: str, day: str = "2013-05-01") -> set[str]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {e.actor.side for e in art.events if e.type == "attack"}


def test_a_place_that_underwent_shelling_names_no_firer() -> None:
    assert strike_sides(HELD + "تعرضت بلدة كفرزيتا لقصف بقذائف الهاون والصواريخ.") == {"unknown"}


def test_a_firer_named_past_the_weapon_still_counts() -> None:
    assert strike_sides(HELD + "تعرضت بلدة كفرزيتا لقصف بقذائف الهاون من قوات النظام.") == {"government"}


def test_an_air_strike_undergone_keeps_the_side_that_flew() -> None:
    assert strike_sides(HELD + "تعرضت بلدة كفرزيتا لغارات جوية عنيفة.") == {"government"}


PATROLS = "سيّرت قوات الأمن العام دوريات في مدينة الضمير. "


def test_a_clash_with_a_group_of_no_side_is_the_story_force() -> None:
    got = strike_sides(PATROLS + "وقال مصدر أمني إن الدورية اشتبكت مع مهربين قرب بلدة الرحيبة.", "2025-08-01")
    assert got == {"government"}


def test_a_clash_with_them_is_the_story_force() -> None:
    got = strike_sides(PATROLS + "وتعقبت الدورية المهربين واشتبكت معهم قرب بلدة الرحيبة.", "2025-08-01")
    assert got == {"government"}


def test_a_clash_between_two_groups_of_no_side_stays_unknown() -> None:
    got = strike_sides(PATROLS + "واندلعت اشتباكات بين مسلحين من عائلتين في بلدة الرحيبة.", "2025-08-01")
    assert got == {"unknown"}


def test_a_group_said_to_have_opened_fire_is_the_attacker() -> None:
    got = strike_sides(PATROLS + "وقال مصدر أمني إن الدورية اشتبكت مع أفراد العصابة الذين بادروا بإطلاق النار قرب "
                                 "بلدة الرحيبة.", "2025-08-01")
    assert got == {"unknown"}
