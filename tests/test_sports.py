"""Team names in team-sports reports (extractor/sports.py): fixture lines, sponsor clubs, clubs by place."""
from __future__ import annotations

import pytest

import extractor
from extractor.sports import (fixture_sides, listed_teams, locative_before, player_names, sponsor_club,
                              table_teams, team_name_start, team_names_re)

#: A match report needs two team-sports words (see orgs.is_sport_doc); this tail supplies them.
SPORT = " HLV hai đội đều hài lòng với trận đấu ở vòng 15 của giải bóng đá."


def sides(text: str) -> list[str]:
    return [text[a:b] for a, b in fixture_sides(text)]


@pytest.mark.parametrize("text,expected", [
    ("Kết quả: Thun - Hamburg: 1-0 Stuttgart - Middlesbrough: 1-2",
     ["Thun", "Hamburg", "Stuttgart", "Middlesbrough"]),
    # glued lines: the next fixture starts right after the previous score
    ("Arsenal- Stoke City: 2-1Sheffield Utd - Aston Villa: 3-1",
     ["Arsenal", "Stoke City", "Sheffield Utd", "Aston Villa"]),
    ("GĐT - Hải Phòng 3-1 (Tostao 14')", ["GĐT", "Hải Phòng"]),
    ("Trận Hải Phòng - Đà Nẵng 2-1 diễn ra chiều qua", ["Hải Phòng", "Đà Nẵng"]),  # opener dropped
    ("khả năng trọng tài đã nhận tiền để làm trận Khánh Hoà - Huda Huế ở giải hạng Nhất",
     ["Khánh Hoà", "Huda Huế"]),
    ("Vasco da Gama - Flamengo (2-2)", ["Vasco da Gama", "Flamengo"]),
    # schedule lines: a kick-off time or a date instead of a score, times glued to the next side
    ("Vòng 5: G.HN.ACB - GĐT 17hNam Định - SLNA 16hĐà Nẵng - Hòa Phát 17h",
     ["G.HN.ACB", "GĐT", "Nam Định", "SLNA", "Đà Nẵng", "Hòa Phát"]),
    ("Betis - Villarreal 23hR. Madrid - Levante 1h, 29/11", ["Betis", "Villarreal", "R. Madrid", "Levante"]),
    ("Lịch: Nam Định - GĐT (16/5)", ["Nam Định", "GĐT"]),
])
def test_fixture_sides(text, expected):
    assert sorted(sides(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Tuyến Hà Nội - Hải Phòng sẽ mở thêm chuyến.",        # a route: no score, no match noun
    "Giải diễn ra tại Hà Nội - Hải Phòng 10-12/5.",        # a date range, not a score
    "Đội đã thắng 3-1 trong trận gặp đội bạn.",
    "Tuyến xe Hà Nội - Hải Phòng hoạt động 24h mỗi ngày.",  # a time, but no pair right before it
])
def test_not_fixtures(text):
    assert sides(text) == []


@pytest.mark.parametrize("text,place,expected", [
    ("Tôn Hoa Sen Cần Thơ thắng 2-0.", "Cần Thơ", "Tôn Hoa Sen Cần Thơ"),
    ("Đội chủ nhà Gạch Đồng Tâm Long An dẫn đầu.", "Long An", "Gạch Đồng Tâm Long An"),
    ("Sau đó Sông Đà Nam Định vươn lên.", "Nam Định", "Sông Đà Nam Định"),  # sponsor words that are common words
    ("Đội Khánh Hòa hòa 1-1.", "Khánh Hòa", None),        # a head, not a sponsor
    ("Tại Hải Phòng, trời mưa.", "Hải Phòng", None),     # a preposition opens the sentence
    ("trợ lý Lê Quang Ninh cho biết", "Quang Ninh", None),  # a person's name
    ("HLV Hữu Thắng Nghệ An nói.", "Nghệ An", None),       # a person cue before the run
])
def test_sponsor_club(text, place, expected):
    a = sponsor_club(text, text.index(place), 0)
    assert (text[a:text.index(place) + len(place)] if a >= 0 else None) == expected


def test_locative_before():
    text = "Cầu thủ người Hải Phòng chơi ở Hải Phòng, còn Hải Phòng thắng."
    starts = [i for i in range(len(text)) if text.startswith("Hải Phòng", i)]
    assert [locative_before(text, a) for a in starts] == [True, True, False]


CLUBS = team_names_re(["Barcelona", "Real Madrid", "Real", "Milan", "AC Milan", "Santos", "Marseille"])


@pytest.mark.parametrize("text,expected", [
    ("Barcelona vất vả củng cố ngôi đầu bảng", ["Barcelona"]),            # no cue: the topic is the cue
    ("Trận Real Madrid thắng Milan 2-0", ["Real Madrid", "Milan"]),        # longest name first
    ("Ronaldinho (Barcelona), Luque (Deportivo)", ["Barcelona"]),
    ("anh chuyển đến Barcelona với giá 20 triệu euro", ["Barcelona"]),     # a move is a transfer
    ("trận đấu diễn ra tại Barcelona hôm qua", []),                        # a locative: the city
    ("khán giả người Milan thất vọng", []),
    ("tiền đạo Santos ghi bàn", []),                                       # a person cue: a player
    ("Milan Baros ghi bàn thứ hai", []),                                   # a longer (person's) name
    ("trận gặp Olympique Marseille tối qua", []),
])
def test_listed_teams(text, expected):
    assert [text[a:b] for a, b in listed_teams(text, CLUBS)] == expected


def test_player_names():
    text = ("Bảng C: Udinese 3-0 Panathinaikos(Iaquinta 27', 73')Bremen 0-2 Barcelona(Deco 13'). "
            "Vicente (Barcelona) chơi hay. Tampines Rovers (Singapore) thắng, Chelsea (Anh) hòa.")
    # scorers with the minute and names with a listed club in brackets; a club with its country is no player
    assert player_names(text, CLUBS) == {"Iaquinta", "Deco", "Vicente"}


def test_scorers_are_not_clubs():
    text = ("Phút 27, Iaquinta mở tỷ số. Udinese thắng 3-0 (Iaquinta 27', Di Natale 60'). "
            "Sau trận, Iaquinta nói anh hạnh phúc." + SPORT)
    assert "Iaquinta" not in org_names(text) and "Udinese" in org_names(text)


@pytest.mark.parametrize("text,place,expected", [
    ("U23 Việt Nam thắng U23 Lào 3-0", "Việt Nam", "U23 Việt Nam"),
    ("trận gặp U.21 Syria", "Syria", "U.21 Syria"),
    ("Tuyển nữ Việt Nam tại SEA Games", "Việt Nam", "Tuyển nữ Việt Nam"),
    ("các cầu thủ đội tuyển Việt Nam", "Việt Nam", None),  # lower case: a description, the country is the name
])
def test_team_name_start(text, place, expected):
    k = text.index(place)
    a = team_name_start(text, k)
    assert (text[a:k + len(place)] if a >= 0 else None) == expected


def test_national_team_one_sense_per_document():
    text = ("Việt Nam thắng Lào 3-0 ở trận mở màn. Sau trận, Việt Nam tiếp tục tập luyện, "
            "còn các cô gái Việt Nam nghỉ ngơi tại Việt Nam." + SPORT)
    labels = [m["label"] for m in extractor.extract(text)["mentions"] if m["text"] == "Việt Nam"]
    # the team twice; a nationality ("các cô gái Việt Nam") and a place ("tại Việt Nam") stay places
    assert labels == ["ORG", "ORG", "LOC", "LOC"]


def test_listed_clubs_only_in_sports_articles():
    sport = "Sau trận thua, Barcelona rơi xuống thứ ba và HLV Rijkaard bị chỉ trích." + SPORT
    travel = "Du khách đến Tây Ban Nha thường ghé Barcelona và Madrid vào mùa hè."
    assert "Barcelona" in org_names(sport)
    assert "Barcelona" not in org_names(travel)
    linked = [m for m in extractor.extract(sport)["mentions"] if m["text"] == "Barcelona"]
    assert linked[0]["entity_id"] == "fc-barcelona"  # sports_teams.csv's org_id links the club


def org_names(text: str) -> list[str]:
    return [m["text"] for m in extractor.extract(text)["mentions"] if m["label"] == "ORG"]


def test_fixture_teams_in_a_match_report():
    names = org_names("Lượt đi vòng 1/8 cúp UEFA:\nĐêm 16/2 Thun - Hamburg: 1-0 Stuttgart - Palermo: 1-2."
                      " Hamburg vẫn còn cơ hội đi tiếp." + SPORT)
    # both sides of every fixture, and a side's later bare mention (one sense per document)
    assert {"Thun", "Hamburg", "Stuttgart", "Palermo"} <= set(names)
    assert names.count("Hamburg") == 2


def test_sponsor_club_replaces_the_province():
    text = "Tôn Hoa Sen Cần Thơ thua 1-2 trên sân nhà." + SPORT
    names = org_names(text)
    assert "Tôn Hoa Sen Cần Thơ" in names and "Cần Thơ" not in names


def test_province_team_is_the_team_throughout_but_not_as_a_place():
    text = ("Gạch Đồng Tâm hạ Hải Phòng 3-1 chiều nay. Sau bàn thua, Hải Phòng chơi cố gắng, "
            "nhưng khán giả ở Hải Phòng thất vọng." + SPORT)
    rec = extractor.extract(text)
    labels = [(m["text"], m["label"]) for m in rec["mentions"] if m["text"] == "Hải Phòng"]
    assert labels == [("Hải Phòng", "ORG"), ("Hải Phòng", "ORG"), ("Hải Phòng", "LOC")]


def test_no_teams_outside_sports():
    text = "Tuyến cao tốc Hà Nội - Hải Phòng 2-1 làn được Bộ Giao thông vận tải phê duyệt."
    assert "Hà Nội" not in org_names(text) and "Hải Phòng" not in org_names(text)


def test_sport_word_lists_are_single_words():
    """sponsor_club compares one word at a time: a phrase in these lists would never match."""
    import json

    from extractor.sports import _DATA
    data = json.loads(_DATA.read_text(encoding="utf-8"))["sport_teams"]
    for name in ("not_sponsor", "person_cues"):
        assert data[name] and all(" " not in x for x in data[name]), name
        assert len(set(x.lower() for x in data[name])) == len(data[name]), f"duplicates in {name}"


def test_one_context_cue_does_not_spread_a_name():
    """'vượt qua X' fits a player as well as a club: one such cue is not evidence for the whole
    article; a second cue is."""
    once = "Phút 20, Zamorano vượt qua hai hậu vệ rồi sút trúng cột. Sau trận, Zamorano nói anh rất tiếc." + SPORT
    assert org_names(once).count("Zamorano") <= 1
    twice = ("Lecco thắng Varese 2-0 ở vòng trước. Tuần này Lecco hòa Monza. "
             "Sau trận, Lecco vẫn đứng đầu bảng." + SPORT)
    assert org_names(twice).count("Lecco") == 3


def test_country_with_a_glued_score_is_still_found():
    """The segmenter sometimes makes one word of a country and the score after it ('Andorra 4-0')."""
    text = "Hà Lan đánh bại Andorra 4-0 và Ý thắng Belarus 4-1 ở vòng loại." + SPORT
    names = org_names(text)
    assert "Andorra" in names and "Belarus" in names


def test_vietnamese_name_in_apposition_is_not_a_club():
    text = ("Khi còn nằm dưới tay ông Thanh, đội bóng này cũng không tránh khỏi bùng nhùng. "
            "Ông Thanh nói sẽ trở lại." + SPORT)
    assert "Thanh" not in org_names(text)


def test_league_table_rows_are_teams():
    table = ("Xếp hạng V-League 2005 (sau 15/6)\nTT\nĐội\nTrận\nTH\nBĐiểm\n1GĐT\n15\n94\n231\n"
             "2Bình Dương\n15\n94\n231\n3Đà Nẵng\n15\n66\n324\n")
    # the rank is glued to the name; a header glued to the next rank ("BĐiểm\n1GĐT") is no team
    assert [table[a:b] for a, b in table_teams(table)] == ["GĐT", "Bình Dương", "Đà Nẵng"]
    flat = "28 / 11 / 98 / 42 / 8Sampdoria / 28 / 10 / 11 / 741 / 9Bologna / 28 / 98 / 11 / 35 / 10 / Chievo / 28 / 89"
    assert [flat[a:b] for a, b in table_teams(flat)] == ["Sampdoria", "Bologna", "Chievo"]
    assert table_teams("Tiến Dũng\n15 tuổi") == []  # one name before a number is no table
    points = "Bảng 2\nĐội\nTrận\nĐiểm\nUkraina\n820\nHy Lạp \n815\nThổ Nhĩ Kỳ\n813\n"  # name + glued numbers
    assert [points[a:b] for a, b in table_teams(points)] == ["Ukraina", "Hy Lạp", "Thổ Nhĩ Kỳ"]
    names = org_names(table + SPORT)
    assert {"GĐT", "Bình Dương", "Đà Nẵng"} <= set(names)


def test_venue_after_a_locative_is_not_a_club():
    text = "Anh sẽ chơi trận chia tay tại sân Maracana (Brazil) trước 80.000 khán giả." + SPORT
    assert "Maracana" not in org_names(text)


def test_player_role_words_keep_a_name_a_person():
    text = "Tuy vắng chân sút chủ lực Ikene Ikenwa, đội chủ nhà vẫn thắng Bình Định 1-0." + SPORT
    assert "Ikene Ikenwa" not in org_names(text)


def test_home_nations_and_glued_country_names():
    """The UK's home nations play as national teams; the segmenter sometimes glues a foreign
    country name to the Vietnamese verb after it ('Ireland thắng'), which is no cut word."""
    text = "Bắc Ireland thắng Anh 1-0, còn Xứ Wales thua Ba Lan 0-1 và Scotland hòa Na Uy 0-0." + SPORT
    names = org_names(text)
    assert {"Bắc Ireland", "Xứ Wales", "Scotland"} <= set(names)
    places = [m["text"] for m in extractor.extract("Anh em nhà họ đều đi làm ở Iraq.")["mentions"] if m["label"] == "LOC"]
    assert places == ["Iraq"]  # "Anh em" is a word, not England


def test_results_page_with_one_sports_word_is_a_sports_article():
    from extractor.orgs import is_sport_doc
    text = ("Kết quả giải hạng Nhất vòng 10\nTiền Giang - Quảng Nam: 3-0 (Anh Thoại 6, Trí Trọng 88)\n"
            "Thanh Hoá - QK7: 1-0 (Sĩ Mạnh 60)\n")  # one sports word ("hạng Nhất") and two score lines
    assert is_sport_doc(text)
    assert {"Tiền Giang", "Quảng Nam", "Thanh Hoá"} <= set(org_names(text))


def test_individual_sport_mentioned_once_does_not_unmake_a_football_report():
    from extractor.orgs import is_sport_doc
    football = ("Đội tuyển bóng đá nữ Việt Nam thắng Thái Lan 2-1 trong trận đấu chiều qua. HLV Mai Đức Chung "
                "hài lòng với hàng tiền vệ. Thủ môn và các hậu vệ chơi chắc chắn trong cả trận đấu. ")
    assert is_sport_doc(football + "Ở môn cờ vua, đoàn Việt Nam giành thêm một HCV.")
    assert not is_sport_doc("Tay vợt Federer thắng Nadal trong trận đấu tối qua. Hạt giống số 1 tiếp tục tiến bước.")


def test_team_cues_of_a_league_report():
    text = ("Bảng xếp hạng sau 14 vòng đấu: 1- Thanh Hóa 25 điểm, 2- Đồng Tháp 25 điểm. Vừa hạ gục đội đầu bảng "
            "Đồng Tháp tuần trước, Thanh Hóa tự tin. Hàng thủ của Đồng Nai sẽ gặp khó trước chủ nhà Quảng Nam. "
            "Giải có 6 đội Hà Nam, Than Cửa Ông, Thái Nguyên và Hà Tây tham dự." + SPORT)
    names = org_names(text)
    assert {"Thanh Hóa", "Đồng Tháp", "Đồng Nai", "Quảng Nam", "Thái Nguyên", "Hà Tây"} <= set(names)


def test_a_coach_with_his_country_in_brackets_is_a_person():
    text = "Phát biểu sau trận: HLV Ivan Kolev (Myanmar) nói các cầu thủ đã cố gắng." + SPORT
    assert not [n for n in org_names(text) if "Kolev" in n]


def test_a_team_country_stays_a_place_as_a_language_or_a_nation():
    text = ("Đức thắng Hà Lan 2-1 trong trận đấu của giải bóng đá, HLV hài lòng. Những câu giao tiếp cơ bản "
            "trong tiếng Đức. Nước Đức chuẩn bị chu đáo. HLV Peter Withe (Đức) nói.")
    rec = extractor.extract(text)
    assert [m["text"] for m in rec["mentions"] if m["label"] == "ORG"] == ["Đức", "Hà Lan"]
    # a player's club and its country in brackets; the team's players
    text = ("Hà Lan thắng Đức 2-1 trong trận đấu của giải bóng đá, HLV hài lòng. Danh sách: Joel Griffiths "
            "(Neuchatel Xamax, Đức), các cầu thủ Đức thất vọng.")
    orgs = [m["text"] for m in extractor.extract(text)["mentions"] if m["label"] == "ORG"]
    assert orgs.count("Đức") == 1


def test_award_list_names_people_with_their_country():
    text = ("Giải thưởng bóng đá châu Á. HLV hay nhất: Adnan Hamd Majeed (Iraq) / Cầu thủ hay nhất: Ali Karimi "
            "(Iran). Trận đấu hay.")
    assert not org_names(text)
