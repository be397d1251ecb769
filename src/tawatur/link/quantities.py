"""Quantities as ranges, so "نحو 50 قرية" vs "42 قرية" or "200" vs "عشرات" can be compared.

A stated quantity becomes an interval [low, high]: an exact number is a point, a hedge ("نحو 50")
widens it by 15%, "أكثر من 50" is [50, inf), a number word ("عشرات") is its conventional range. Two
reports contradict when their intervals do not overlap.
"""
from __future__ import annotations

import math
import re

from ..clean.normalize import fold_text
from .data import vague_quantities

_NUM = re.compile(r"\d+(?:[.,]\d+)?")
APPROX = 0.15


def parse_quantity(text: str | None) -> tuple[float, float] | None:
    """The interval a quantity text stands for, or None when it holds no number."""
    if not text:
        return None
    folded = fold_text(str(text))
    hedge = ""
    for row in vague_quantities():
        if row["kind"] != "range" and row["form"] in folded:
            hedge = row["kind"]
            break
    m = _NUM.search(folded)
    if m:
        value = float(m.group().replace(",", "."))
        if hedge == "approx":
            return value * (1 - APPROX), value * (1 + APPROX)
        if hedge == "atleast":
            return value, math.inf
        if hedge == "atmost":
            return 0.0, value
        return value, value
    for row in vague_quantities():
        if row["kind"] == "range" and re.search(rf"(?:^|\s|[وبل]){re.escape(row['form'])}(?:$|\s)", folded):
            return float(row["low"]), float(row["high"])
    return None


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]
