"""Task speed16 (issue 13): a mention's attributes answer ``get`` with their own dict's bound ``get`` (a C call).

The cut changes no answer: every sequence of sets, unsets and updates gives the ``get``, ``[]``, ``in``, order
and ``to_dict`` a plain dict given the same sequence gives; a copy (pickle, ``copy``, ``deepcopy``, as a
process pool or ``analyze_many`` makes one) answers from its own fields, never from the ones it was copied
from; and every mention the pipeline makes from our own sentences reads its own dict.
"""
from __future__ import annotations

import copy
import pickle
import random

from tawatur.attrs import UNSET, ActorAttrs, MentionAttrs, PlaceAttrs
from tawatur.model import Article
from tawatur.pipeline import analyze

_KEYS = ["id", "name", "kind", "resolved", "group", "role", "country", "lat"]
_VALUES = ["x", "", 0, False, None, "main", 3.5, UNSET]


def _same(a: MentionAttrs, model: dict) -> None:
    assert list(a) == list(model) and len(a) == len(model) and a.to_dict() == model
    for k in [*_KEYS, "_order"]:
        assert a.get(k) == model.get(k) and a.get(k, "d") == model.get(k, "d"), k
        assert (k in a) == (k in model), k
    # the one difference: ``get("get")`` is the dict's method (no field is named so, no rule asks it)
    assert a.get.__self__ is a.__dict__ and "get" not in a and "get" not in a.to_dict()


def test_every_sequence_of_sets_answers_as_a_dict() -> None:
    rng = random.Random(16)
    for _ in range(300):
        start = {k: rng.choice(_VALUES) for k in rng.sample(_KEYS, rng.randint(0, 4))}
        a = PlaceAttrs.of(start)
        model = {k: v for k, v in start.items() if v is not UNSET}
        _same(a, model)
        for _ in range(rng.randint(1, 8)):
            k, v = rng.choice(_KEYS), rng.choice(_VALUES)
            how = rng.randrange(3)
            if how == 0:
                setattr(a, k, v)
            elif how == 1:
                a[k] = v
            else:
                a.update({k: v})
            if v is UNSET:
                model.pop(k, None)
            else:
                model[k] = v
            _same(a, model)
        for twin in (pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(a)):
            _same(twin, model)
            twin.name = "another"  # a copy's fields are its own
            assert a.get("name") == model.get("name")


def test_built_by_the_dataclass_init_too() -> None:
    a = ActorAttrs(id="saa", side="government")
    assert a.get("id") == "saa" and a.get("side") == "government" and a.get("actor") is None
    assert list(a) == ["id", "side"] and a.get.__self__ is a.__dict__


def test_every_mention_of_our_sentences_reads_its_own_fields() -> None:
    texts = ["قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب الجنوبي أمس، وفق المرصد السوري لحقوق الإنسان.",
             "وسيطرت قوات الحكومة على قرية تل الورد بعد معارك مع فصائل المعارضة استمرت يومين.",
             "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في مدينة الباب بريف حلب الشرقي."]
    seen = 0
    for text in texts:
        art = analyze(Article(id="s16", raw=text, published="2024-03-10"))
        for m in art.mentions:
            assert m.attrs.get.__self__ is m.attrs.__dict__, m
            assert m.attrs.to_dict() == {k: m.attrs[k] for k in m.attrs}
            seen += 1
    assert seen > 6
