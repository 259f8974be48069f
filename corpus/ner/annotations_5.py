"""Hand annotation of ORG mentions for check set 5 (general_news_org_5.jsonl).
Same format as annotations_3.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_5.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions (sets 1-3) only."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (1486).txt": [
    ("Techcombank", A),
    ("Viettel", "not_before: Mobile"),      # headline "Viettel chính thức khai trương"
    ("công ty điện tử viễn thông quân đội", A),  # Viettel's official name (Công ty Điện tử Viễn thông
                                            # Quân đội) written in lower case, cf. set 3 "hãng phim truyện VN"
    ("Viettel Mobile", A),                  # the mobile operator acting ("đã phủ sóng")
    # "ngân hàng", "mạng này" anaphors; "V.P." author initials; VND/USD currencies
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (963).txt": [
    ("ADB", A),
    ("Ngân hàng Phát triển châu Á", A),
    ("ASEAN", A),                           # "Bộ trưởng Tài chính của 10 nước ASEAN": the association
    # hội nghị thường niên = event; "Asian BondOnline" = a website; Đông Á, Hàn Quốc = places
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (2464).txt": [
    ("Bộ Kế hoạch Đầu tư", A),              # "Thứ trưởng thường trực Bộ Kế hoạch Đầu tư": the body inside the title
    ("Chính phủ", A),
    ("Bộ Công nghiệp", A),
    # "Thứ trưởng Công nghiệp" = title (no Bộ); Hội nghị toàn quốc về phát triển bền vững = event;
    # "ngành nông nghiệp" generic; VN = country
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (836).txt": [
    ("Hiệp hội có vốn đầu tư trực tiếp nước ngoài", A),
    ("FIEA", A),
    ("Công ty Cáp Vina Daesung", A),
    ("MPI", A),        # "Thứ trưởng Kế hoạch và Đầu tư (MPI)": the bracketed acronym names the ministry
                       # (own span; the title before it is not tagged); "MPI đặt hy vọng"
    ("Đảng", A),       # "chính sách của Đảng và Nhà nước": capitalised bare Đảng = the party (like Chính phủ);
                       # Nhà nước not tagged (set 1)
    # "câu lạc bộ có vốn đầu tư nước ngoài" (the predecessor, lower-case description) and "hiệp hội",
    # "Tổ chức này" anaphors not tagged; Luật Đầu tư nước ngoài = law
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (5018).txt": [
    ("I-O Data", A),
    ("HP", A), ("IBM", A), ("Dell", A),
    # HDP-U = product line; Tompai.A, FunLove = malware; Windows = product
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (2406).txt": [
    ("Symantec", A),   # "công ty bảo mật Symantec (Mỹ)": descriptor excluded
    ("Microsoft", A),
    # ISP = generic (nhà cung cấp dịch vụ Internet); "trung tâm phản ứng nhanh của Symantec" = title unit;
    # Windows XP Service Pack 2, Spybot, Mac = products
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (378).txt": [
    ("Sharp", A), ("Intel", A), ("IBM", A),
    # Zaurus SL-6000, XScale, WebSphere, Java, Linux, CompactFlash, Wi-Fi = products/standards
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (4099).txt": [
    ("Nhật báo Thượng Hải", A),   # "Tờ Nhật báo Thượng Hải" (Shanghai Daily): "Tờ" is the descriptor; "Nhật báo"
                                  # stays, otherwise only the city is left (cf. set 3 "Đài Bình Dương")
    ("Hội thanh niên Trung quốc", A),
    ("Harian Metro", A),          # "tờ Harian Metro"
    ("Bộ nội vụ Malaysia", A),    # "Thứ trưởng Bộ nội vụ Malaysia"
    # Trung Quốc, Malaysia = countries; "chính phủ Malaysia" lower-case; cảnh sát generic
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (4207).txt": [
    ("CLB Arsenal", A),
    ("Arsenal", "not_after: CLB"),
    ("Cảnh sát Rotterdam", A),    # the city's police force (cf. set 1 "Cảnh sát giao thông TP HCM")
    ("Hà Lan", "after: tuyển"),   # "tuyển Hà Lan", "đội tuyển Hà Lan": descriptor excluded (set 3 "đội tuyển Việt Nam");
                                  # "tại Hà Lan" = place, "Tiền đạo trẻ Hà Lan" = nationality
    ("Phần Lan", A),              # "trận đấu với tuyển Phần Lan"
    ("MU", A),
    ("Southampton", A),
    # Giải ngoại hạng Anh, Premier League, Cup Liên đoàn = competitions; "khẩu thần công" = epithet;
    # sân Higburry = site
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (4892).txt": [
    ("Crystal Palace", A),
    ("ITV", A), ("Sky Sports", A),   # broadcasters (contract partners)
    ("CLB Plymouth", A),
    # Championship, Serie A, Premiership, Primera Liga, Bundesliga, Ligue I = competitions;
    # "BTC Championship": BTC = ban tổ chức (generic, set 1); bare "CLB" anaphor
],
"data/vntc/raw/Test_Full/The thao/TT_NLD_T_ (8587).txt": [
    ("CLB GĐTLA", A),
    ("GĐTLA", "not_after: CLB"),   # "dẫn dắt GĐTLA"
    ("LĐBĐ VN", A),
    ("ĐTVN", A),                   # abbreviation of "Đội tuyển Việt Nam" (cf. set 1 "Tuyển nữ Việt Nam"): the
                                   # descriptor cannot be split off an acronym, so the whole token is the span
    ("Văn phòng Luật sư AIC", A),  # "Trưởng Văn phòng Luật sư AIC": the body inside the title
    # ĐTQG = "đội tuyển quốc gia" (generic, no name); đội Olympic, đội U20 Quốc gia generic;
    # SEA Games 23, Tiger Cup 2006, V-League 2005 = competitions; bare "CLB" anaphor
],
"data/vntc/raw/Train_Full/The thao/TT_ VNE_ (416).txt": [
    ("Chelsea", A),
    ("Monaco", A),
    # Champions League = competition; "CLB thành London" = epithet
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_VNE_ (210).txt": [
    ("Chính phủ", A),          # "Thủ tướng Chính phủ"
    ("UBND TP HCM", A),
    ("Tuổi Trẻ", A), ("Thanh Niên", A),   # source tags of the news items
    ("Trung tâm Quản lý và điều hành vận tải hành khách công cộng TP HCM", A),
    ("UBND thành phố", A),     # generic place tail kept (set 2 "Công an thành phố", set 3 "UBND TP")
    ("Sở Giáo dục - Đào tạo", A),
    ("Sở Giao thông - Công chính", A),
    ("Tổng công ty Điện lực VN", A),
    # bare "Trung tâm kiến nghị" anaphor; cầu Thủ Thiêm, cầu Sài Gòn, công trình thủy điện Sông Ba Hạ,
    # Hòn Dung = sites/facilities; BOT = contract form; "59 trường" generic
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (2102).txt": [
    ("Bộ Thủy sản", A),
    ("Bộ Thuỷ sản", A),        # second spelling (uỷ)
    ("Chính phủ", A),          # "Thủ tướng Chính phủ"
    # "các bộ Y tế, Công an, Thương mại": shared plural head excluded (set 2), each ministry a span
    ("Y tế", A), ("Công an", A), ("Thương mại", A),
    # "Đoàn công tác của Bộ Thủy sản": delegation generic, "của" ends the span
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3251).txt": [
    ("Liên đoàn phụ nữ dân chủ quốc tế", A),   # "Tổng thư ký Liên đoàn ...": the body inside the title
    ("Đảng", A),               # "các cơ quan của Đảng, Nhà nước, Chính phủ": the party (Nhà nước not tagged)
    ("Chính phủ", A),
    ("Hội LH Phụ Nữ Việt Nam", A),
    ("Bảo tàng Phụ nữ Việt Nam", A),   # museum as institution (set 3); it opens the exhibition
    # Hội trường Ba Đình = venue; phong trào Ba đảm đang = movement; ngày Quốc tế phụ nữ = day
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (5977).txt": [
    ("Cục khảo thí", "not_before: và"),   # "Cục khảo thí (Bộ GDĐT)": short capitalised name
    ("Bộ GDĐT", A),
    ("Cục khảo thí và Kiểm định chất lượng giáo dục", A),
    # ĐH, CĐ, THPT generic; "89 trường" generic
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (5619).txt": [
    ("EU", A),
    ("Uỷ ban châu Âu", A), ("EC", A),
    ("Helios Airways", A),
    ("Chính phủ Colombia", A),   # capitalised + country (set 1 "Chính phủ Tây Ban Nha")
    ("West Caribbean Airways", A),
    ("France Inter", A),         # "France Inter radio": the station, English "radio" = descriptor
    ("FAA", A),
    ("Liên minh châu Âu", A),    # "25 nước Liên minh châu Âu"
    ("Flash Airlines", A),
    # "chính phủ Pháp" lower-case; Anh, Đức, Italy, Thuỵ Sĩ = countries; Boeing 737 = aircraft model
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (1199).txt": [
    ("Đảng Golkar", A),
    ("Golkar", "not_after: Đảng"),
    ("Đảng Đấu tranh vì Dân chủ Indonesia", A), ("PDIP", A),
    ("Nahdaltul Ulama", A),      # "tổ chức Hồi giáo lớn nhất nước Nahdaltul Ulama": descriptor excluded
    # "tổ chức phi chính phủSoegeng Sarjadi": a real ORG, but fused to the previous word by a missing
    # space in the source, so no token-bounded span is possible (see the set-5 caveats in README.md);
    # "đảng này" anaphor; "nội các", "quân đội" generic
],
"data/vntc/raw/Train_Full/The gioi/TG_ VNE_ (407).txt": [
    ("Công đảng", A),            # Blair's Labour party (x2)
    ("Quốc hội", A),             # the British parliament
    ("đảng Bảo thủ", A),         # lower-case head included (set 1 "đảng Xã hội")
    ("Hội đồng Bảo an", A),
    # London = metonymy; "chính phủ" lower-case; "liên quân" generic; Cố vấn An ninh Quốc gia = title
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (548).txt": [
    ("LHQ", "not_after: nhi đồng"),
    ("Quỹ nhi đồng LHQ", A), ("UNICEF", A),
    # Washington = metonymy; "Lính thủy đánh bộ Mỹ" = the soldiers; "các cơ quan cứu trợ nhân đạo" generic;
    # related headline "Chính phủ mới của Haiti": capital only from the line start, "của" ends the span, so
    # bare generic "Chính phủ" is left and not tagged
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (8254).txt": [
    ("US Weekly", A),   # "tờ US Weekly" buys and publishes the photos
    ("Sun", A),         # "tờ Sun đưa tin"
],
"data/vntc/raw/Train_Full/Van hoa/VH_NLD_ (3773).txt": [
    ("Match du Monde", A),               # "Tạp chí Match du Monde": capitalised "Tạp chí" is a descriptor (set 3 "Báo")
    ("Nhạc viện Thành phố Hồ Chí Minh", A),
    ("khoa Thanh nhạc", A),              # named department (set 2 "khoa Bỏng"); lower-case "khoa thanh nhạc" = descriptive
    ("Mực Tím", A),                      # "giải nhất Giọng ca vàng báo Mực Tím": ORG inside a contest name (set 2)
    ("Vafaco", A),
    ("Trung tâm ca nhạc nhẹ", A),        # "chỉ huy ban nhạc Trung tâm ca nhạc nhẹ": "ban nhạc" = the band (descriptor)
    ("Nhạc viện TP.HCM", A),             # "tốt nghiệp Trung cấp Nhạc viện TP.HCM": Trung cấp = the level
    # bare "Nhạc viện" ("hệ Trung cấp Nhạc viện") = anaphoric head; Liên hoan giọng ca vàng châu Á,
    # Giọng hát hay Xuân 1997 = contests; song titles not tagged
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (2589).txt": [
    ("Viện Vắcxin và các chế phẩm sinh học Nha Trang", A),
    ("Viện Khoa học và Công nghệ Việt Nam", A),
    ("Đại học Nông lâm TP HCM", A),
    # bare "Viện vừa sản xuất", "Viện đang xin phép" = anaphoric heads; Chitosan, Glucosamine = products
],
"data/vntc/raw/Train_Full/Suc khoe/SK_VNE_ (1531).txt": [
    ("WHO", A),          # incl. "GMP-WHO", "GMP - WHO": ORG inside a standard's name (set 2 rule for events/programmes)
    ("Tổ chức Y tế Thế giới", A),
    ("ASEAN", A),        # "GMP của ASEAN"
    ("Bộ Y tế", A),
    # GMP = standard; bare "Bộ cho biết" anaphor; "các xí nghiệp", "cơ sở sản xuất" generic
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (875).txt": [
    ("Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an quận Ba Đình", A),  # unit + juxtaposed parent
    ("Công ty TNHH Hoàn Xa", A),
    ("Hoàn Xa", "not_after: TNHH"),    # "nhân viên của Hoàn Xa"
    # "công an tới tìm", "trinh sát" generic; "tổ thợ sơn" = a work team
],
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (865).txt": [
    ("Fafilm Việt Nam", A),      # headline "giám đốc Fafilm Việt Nam tại TP HCM": "tại" ends the span
    ("Công ty Fafilm VN", A),    # "(Giám đốc Công ty Fafilm VN tại TP HCM)"
    ("Đảng ủy Fafilm VN", A),    # the company's party committee: body + juxtaposed parent, one span
    ("Pháp Luật TP HCM", A), ("Tuổi Trẻ", A),   # source tags
    ("TAND quận 10", A),
    # "kiểm điểm về mặt Đảng" = party discipline (aspect), not a mention of the party as actor;
    # "Công an Huỳnh Hoàng Anh", "Công an Lâm Văn Niệm" = policeman + person; "cảnh sát giao thông",
    # "Các cơ quan tố tụng quận 10" generic; Nhà hát Hòa Bình = site; Trưởng phòng Kế toán tài chính = title
],
# ------------------------------------------------------------------ Doi song
"data/vntc/raw/Train_Full/Doi song/DS_ VNE_ (2620).txt": [
    ("Phở 24", A),       # the restaurant chain (establishment/company, set 2), incl. "Tên gọi Phở 24"
    ("McDonald's", A), ("KFC", A),   # "cửa hàng thức ăn nhanh kiểu McDonald's, gà rán KFC": the chains
    # Nhật, Dubai, Hàn Quốc, Indonesia = places
],
"data/vntc/raw/Test_Full/Doi song/DS_VNE_T_ (2044).txt": [
    # text without most diacritics in the source; spans copy the source spelling
    ("Tông cuc canh sat nhân dân", A),   # "Pho tông cuc trương Tông cuc canh sat nhân dân": title, then the body
    ("công an Binh Dương", A),           # the provincial police investigating (lower-case official short name,
                                         # cf. set 1 "công an phường 27"); "công an cac tinh thanh" generic
    ("Binh Dương", "not_after: công an"),   # the club: "giưa Binh Dương va Thê Công", "đôi bong đa Binh Dương"
    ("Thê Công", A),                     # the club Thể Công
    # Phương Nam, Hưu Thăng, Lee Yoo Sung, Văn Lưu = players; bare "câu lac bô" anaphor
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (730).txt": [
    ("Hiệp hội hành tinh", A),   # The Planetary Society; "ở Pasadena" ends the span
    ("NASA", A),
    ("Cơ quan vũ trụ châu Âu", A),
    # "NASA, Cơ quan vũ trụ châu Âu, Nhật Bản và Nga": the countries are not tagged (set 2);
    # Cosmos 1 = spacecraft/project
],
"data/vntc/raw/Train_Full/Khoa hoc/KH_VNE_ (1331).txt": [
    ("Viện công nghệ Massachusetts", A),
    ("Đại học Glasgow Caledonian", A),
    # FFA = a brain area
],
}
