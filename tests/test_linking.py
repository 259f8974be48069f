"""Linking organisation names to gazetteer rows: exact alias, expanded abbreviation, fuzzy match
within a length guard (extractor/linking.py)."""
from __future__ import annotations

import pytest

from extractor.linking import Linker
from extractor.pipeline import get_gazetteer


@pytest.fixture(scope="module")
def linker() -> Linker:
    return Linker(get_gazetteer())


@pytest.mark.parametrize("name,entity_id,method", [
    ("Cơ quan Hợp tác Quốc tế Nhật Bản", "jica", "alias"),
    ("cơ quan hợp tác quốc tế nhật bản", "jica", "alias"),          # case folded
    ("Cơ quan Hợp tác Quốc tê Nhật Bản", "jica", "fuzzy"),          # a lost tone mark
    ("Bảo hiểm xã hội VN", "vn-vss", "alias"),                      # "VN" for a closing "Việt Nam"
])
def test_links(linker, name, entity_id, method):
    got = linker.link(name)
    assert got is not None and (got.entity_id, got.method) == (entity_id, method)


def test_a_longer_name_is_another_body(linker):
    # the provincial union is not the national one, however similar the strings
    assert linker.link("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tỉnh Thừa Thiên Huế") is None


def test_repeated_names_give_the_same_answer(linker):
    first = linker.link("Cơ quan Hợp tác Quốc tê Nhật Bản")
    assert linker.link("Cơ quan Hợp tác Quốc tê Nhật Bản") == first
    assert linker.link("Một tổ chức không ai biết") is None
    assert linker.link("Một tổ chức không ai biết") is None
