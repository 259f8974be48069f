"""Acronym definitions: paired good/bad examples (textacy-style tables)."""
from __future__ import annotations

import pytest

import extractor
from extractor.acronyms import letters_match, looks_like_acronym

GOOD = [  # (text, short, long, defined_in_text)
    ("Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ dự án.", "JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản", "true"),
    ("Viện Nghiên cứu Môi trường Vân Nam, Trung Quốc (YIES) ký thỏa thuận.", "YIES",
     "Viện Nghiên cứu Môi trường Vân Nam, Trung Quốc", "true"),
    ("khu vực kinh tế tập thể (KTTT), hợp tác xã (HTX) phát triển.", "KTTT", "kinh tế tập thể", "true"),
    ("khu vực kinh tế tập thể (KTTT), hợp tác xã (HTX) phát triển.", "HTX", "hợp tác xã", "true"),
    ("Ngân hàng Phát triển Châu Á, gọi tắt là ADB, cho vay.", "ADB", "Ngân hàng Phát triển Châu Á", "true"),
    ("ADB (Ngân hàng Phát triển Châu Á) cho vay 10 triệu USD.", "ADB", "Ngân hàng Phát triển Châu Á", "true"),
    ("tổ chức Bánh Mỳ cho Thế giới (Bfw) và Cơ quan Viện trợ Ailen (IrishAID)", "Bfw", "Bánh Mỳ cho Thế giới", "true"),
    ("tổ chức Bánh Mỳ cho Thế giới (Bfw) và Cơ quan Viện trợ Ailen (IrishAID)", "IrishAID",
     "Cơ quan Viện trợ Ailen", "true"),
    ("5 dự án (Initiative for ASEAN Integration - IAI) do Hàn Quốc tài trợ.", "IAI",
     "Initiative for ASEAN Integration", "true"),
    ("Australia đã ký một Bản ghi nhớ chung (MOU) với Trung Quốc.", "MOU", "Bản ghi nhớ chung", "true"),
    ("Vụ Khoa học, Công nghệ và Hợp tác quốc tế họp. Lãnh đạo Vụ KHCN&HTQT báo cáo.", "KHCN&HTQT",
     "Khoa học, Công nghệ và Hợp tác quốc tế", "false"),
    ("Phòng Khoa học và Hợp tác quốc tế phối hợp với Vụ HTQT.", "HTQT", "Hợp tác quốc tế", "false"),
]

BAD = [  # (text, short that must not be paired)
    ("Thỏa thuận hợp tác với Viện (2019 - 2023) đã ký.", "2019 - 2023"),      # a bracketed year
    ("Hội thảo diễn ra tại Trung tâm Hội nghị (Hà Nội) hôm qua.", "Hà Nội"),  # a bracketed place
    ("Kết quả này đã được công bố (Nguyễn, 2019) trước đó.", "Nguyễn, 2019"),  # a citation
    ("Theo bác sĩ Trần Văn A (T.V.A) thì bệnh đã giảm.", "T.V.A"),             # a person's initials
    ("Ngân hàng Phát triển châu Á (AFD) cho vay.", "AFD"),                      # the gazetteer contradicts it
    ("Theo Chỉ thị 04/CT-TW của Ban Bí thư.", "CT"),                             # a document code
]


def pairs(text: str) -> dict[str, tuple[str, str]]:
    return {a["short"]: (a["long"], a["defined_in_text"]) for a in extractor.extract(text)["acronyms"]}


@pytest.mark.parametrize("text,short,long,defined", GOOD)
def test_good_pairs(text, short, long, defined):
    assert pairs(text).get(short) == (long, defined)


@pytest.mark.parametrize("text,short", BAD)
def test_bad_pairs(text, short):
    got = pairs(text)
    assert short not in got or got[short][1] == "false"  # never an in-text definition
    for s, (long, defined) in got.items():
        assert short not in long


def test_later_mentions_link_to_the_defined_organisation():
    rec = extractor.extract("Quỹ Phát triển Nông thôn Xyz (QPX) được thành lập. Năm sau, QPX tài trợ cho "
                            "Bộ Y tế. QPX cũng làm việc với JICA.")
    qpx = [o for o in rec["organizations"] if o["acronym"] == "QPX"]
    assert len(qpx) == 1 and qpx[0]["name"] == "Quỹ Phát triển Nông thôn Xyz"
    assert qpx[0]["mentions"] == 4  # the long form and three uses of the acronym


@pytest.mark.parametrize("token,expected", [
    ("JICA", True), ("KH&CN", True), ("TP.HCM", True), ("IrishAID", True), ("Bfw", True), ("CAFEO38", True),
    ("Hà", False), ("II", False), ("2019", False), ("Microsoft", False), ("TS", False), ("Vifotec", False),
    ("Anh", False), ("Ong", False),  # a Vietnamese word whose only vowel is its capital
])
def test_acronym_shape(token, expected):
    assert looks_like_acronym(token) is expected


@pytest.mark.parametrize("short,words,expected", [
    ("KTTT", "kinh tế tập thể", True),
    ("KH&CN", "khoa học và công nghệ", True),
    ("UBND", "Ủy ban nhân dân", True),
    ("ĐBSCL", "đồng bằng sông Cửu Long", True),
    ("BVMT", "bảo vệ môi trường", True),
    ("JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản", False),   # cross-lingual: letters do not match
    ("HTX", "hợp tác", False),
])
def test_vietnamese_letter_matching(short, words, expected):
    assert letters_match(short, words.split()) is expected
