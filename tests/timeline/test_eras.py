"""The era table: derived file shape, lookups in both scripts, year arithmetic."""

import csv

import pytest

from quizapp.paths import ERAS_CSV
from quizapp.timeline import eras


def test_table_has_merged_eras_with_both_scripts():
    with ERAS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0].keys() >= {"name", "name_hans", "variants", "dynasty", "first_day", "last_day", "year1_first_day"}
    assert all(row["year1_first_day"] for row in rows)
    kangxi = [row for row in rows if row["name"] == "康熙"]
    assert len(kangxi) == 1  # the continuation row (id 1204) is merged into id 660
    assert kangxi[0]["era_ids"] == "660|1204"
    assert kangxi[0]["last_day"] == "1723-02-04"


@pytest.mark.parametrize(
    ("name", "dynasty", "year1"),
    [("宣統", "清", 1909), ("宣统", "清", 1909), ("康熙", "清", 1662), ("咸平", "北宋", 998), ("民國", "民國", 1912),
     ("民国", "民國", 1912), ("光緒", "清", 1875), ("光绪", "清", 1875), ("昇平", "東晉", 357)],
)
def test_lookup_in_either_script_and_variants(name, dynasty, year1):
    found = eras.lookup(name)
    assert found, name
    assert any(era.dynasty == dynasty and era.year1 == year1 for era in found)


def test_gregorian_year_of_era_year():
    (kangxi,) = eras.lookup("康熙")
    assert kangxi.gregorian_year(36) == 1697
    (xuantong,) = eras.lookup("宣統")
    assert xuantong.gregorian_year(3) == 1911
    assert xuantong.span_years >= 3


def test_ambiguous_name_lists_every_dynasty_oldest_first():
    taiping = eras.lookup("太平")
    assert [era.dynasty for era in taiping] == ["孫吳", "北燕", "南梁", "遼"]
    assert [era.year1 for era in taiping] == sorted(era.year1 for era in taiping)


def test_continuation_only_era_counts_from_the_era_it_continues():
    later_tang = [era for era in eras.lookup("天祐") if era.dynasty == "後唐"]
    assert later_tang and later_tang[0].year1 == 904 and later_tang[0].year1_inferred


def test_bc_eras_use_astronomical_years():
    (yuanshou,) = [era for era in eras.lookup("元壽") if era.dynasty == "西漢"]
    assert yuanshou.year1 == -1  # 2 BC


def test_unknown_name():
    assert eras.lookup("不是年號") == ()
    assert not eras.is_era_name("1945")
