"""Hand annotation of ORG mentions for check set 3 (general_news_org_3.jsonl).
Same format as annotations_2.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_3.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions only."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (2480).txt": [
    ("SSC", A),
    ("công ty cổ phần Giống cây trồng miền Nam", A),  # lower-case head + capitalised full name
    ("TTGDCK TP HCM", A),                            # Trung tâm giao dịch chứng khoán, place tail kept
    ("Ủy Ban Chứng khoán Nhà nước", A),              # whole ORG name inside the title "Chủ tịch ..."
    ("Công ty chứng khoán Ngân hàng đầu tư và phát triển Việt Nam", A),  # unit + juxtaposed parent = one span
    # "V.P." = author initials
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (6665).txt": [
    ("Công ty Bulog", A),
    ("Bulog", "not_after: Công ty"),
    ("Hiệp hội Lương thực VN", A),
    ("Vietfoods", A),
    # Indonesia, VN = countries (trade partners), not tagged
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (7205).txt": [
    ("Cục thuế TP HCM", A),     # "Trưởng phòng Thuế thu nhập cá nhân - Cục thuế TP HCM": title, then the parent
    ("Cục thuế thành phố", A),  # generic place tail kept (cf. Công an thành phố)
    ("Cục thuế", [1, 2]),       # "đến Cục thuế": short capitalised name that still carries the name
    ("Tổng cục Thuế", A),
    # "cơ quan thuế" / "Cơ quan thuế" = generic; Mỹ Tâm = person
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (1471).txt": [
    # "các Bộ Tài chính, Kế hoạch - Đầu tư, Công nghiệp, ...": shared plural head "các Bộ"
    # excluded as set 2's "các bộ Thương mại, Công nghiệp" (here capitalised), each ministry a span
    ("Tài chính", A),
    ("Kế hoạch - Đầu tư", A),
    ("Công nghiệp", A),
    ("Nông nghiệp và Phát triển Nông thôn", A),
    ("Xây dựng", A),
    ("Y tế", A),
    ("Thương mại", A),
    ("Chính phủ", A),   # "của Chính phủ" and "Thủ tướng Chính phủ" (x2)
    # "UBND các tỉnh, thành phố" = generic; "các bộ", "tổ điều hành thị trường" generic; Trung ương no
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (2094).txt": [
    ("Motorola", A),
    ("Hiệp hội GSM", A),
    # 3GSM / Đại hội 3GSM = event; bare GSM = the network standard; C100 = product
],
"data/vntc/raw/Train_Full/Vi tinh/VT_TT_ (2517).txt": [
    ("AP", A),                    # news agency cited as source
    ("Bảo tàng quốc gia Iraq", A),  # museum as an institution (it has a web address); see README set 3
    ("Dialogue Channel", A),      # "tổ chức xã hội Dialogue Channel": descriptor excluded
    ("Internet Corporation for Assigned Names and Numbers", A),
    ("ICANN", A),
    # "một số...Viện bảo tàng Iraq" = generic plural (some Iraqi museums); "các cơ quan nhà nước Iraq" generic
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (1251).txt": [
    ("Hiệp hội các tổng biên tập Mỹ và Canada", A),
    ("APME", A),
    ("Belden Associates", A),
    ("The Command Post", A),   # a (personal) news site = media outlet, cf. VnExpress in set 2
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (3521).txt": [
    ("Secunia", A),
    ("Gentoo Linux", A),      # "nhóm khảo sát bảo mật của Gentoo Linux": the project as an organisation
    ("Trung tâm phản ứng sự cố bảo mật Pháp SIRT", A),  # name + juxtaposed acronym = one span (cf. Petrovietnam)
    ("iDefense", A),
    # "bản vá lỗi cho chương trình Linux của Suse, Red Hat, Gentoo, ...": the makers that released patches
    ("Suse", A), ("Red Hat", A), ("Gentoo", "not_before: Linux"), ("Ubuntu", A),
    ("Mandriva", A), ("Debian", A), ("FreeBSD", A),
    ("Microsoft", A),
    # zlib, Linux, BDS, Xbox, OpenSSH, Windows, Office, MSN Messenger, Internet Explorer = products;
    # Wikipedia = the encyclopedia (a work); "Hãng cũng" = anaphor
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (1639).txt": [
    ("CLB Arsenal", A),
    ("Arsenal", "not_after: CLB"),
    ("Liên đoàn bóng đá Thái Lan", A),
    ("Liên đoàn bóng đá Việt Nam", A),
    ("Việt Nam", "after: đội tuyển"),   # national team: descriptor "đội tuyển" excluded (cf. set 1 "các đội Indonesia")
    ("LĐBĐVN", A),
    # "Việt Nam và Thái Lan đang phối hợp", "phía Việt Nam", "như Thái Lan" = countries as actors; places;
    # bare "Liên đoàn" = anaphor; "đội tuyển Olympic" generic; Tiger Cup = competition
],
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (1103).txt": [
    ("Đà Nẵng", A),          # the club throughout (dẫn dắt Đà Nẵng, Cựu HLV Đà Nẵng, ...), cf. set 1 Pahang
    ("Sông Đà Nam Định", A),
    ("LG.HN.ACB", A),
    ("HAGL", A),
    ("Bình Định", A),        # "(Bình Định)" = the player's former club
    # "CLB sông Hàn" = epithet, not a name; V-League = competition; sân Chi Lăng = site
],
"data/vntc/raw/Test_Full/The thao/TT_TN_T_ (8463).txt": [
    ("GĐTLA", A),            # "ĐKVĐ GĐTLA": ĐKVĐ (đương kim vô địch) = descriptor
    ("Thân Hoa Thượng Hải", A),
    ("Mitsustar Hải Phòng", A),
    ("Gạch", A),             # the club's short name ("cho Gạch")
    ("HP", A),               # "đội HP", "HP một lần nữa" = Hải Phòng club
    # sân Long An / "tại Long An" = site; Cúp C1 châu Á = competition
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (5742).txt": [
    ("Tiền Giang", [0, 3, 4, 5, 6, 7]),  # the club; #1 "có mặt ở Tiền Giang" = place; #2 inside "CLB Tiền Giang"
    ("CLB Tiền Giang", A),
    ("HA Gia Lai", A),
    ("Hoàng Anh Gia Lai", A),
    ("CLB Bình Định", A),
    ("Bình Định", "not_after: CLB"),   # "Trận gặp Bình Định"
    ("Đà Nẵng", A),                    # "trận đấu tập với Đà Nẵng"
    # "đội bóng sông Tiền", "đội bóng đất võ" = epithets; bare "CLB" anaphor;
    # "Trung tâm TDTT Thành Long ... nơi CLB trú" = training venue (facility); V-League = competition
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_TT_ (3408).txt": [
    ("Sawaco", A),
    ("TT", A),       # "TT -" dateline source tag = Tuổi Trẻ (cf. set 1 NLĐ)
    ("Chi nhánh Cấp nước Tân Hòa", A),
    ("Tổng công ty Cấp nước Sài Gòn", A),
    ("Chi nhánh Cấp nước Phú Hòa Tân", A),
    ("UBND TP.HCM", A),
    ("UBND TP", "not_followed: .HCM"),   # generic place tail kept (cf. Đoàn Xiếc TP)
    # Nhà máy nước Tân Hiệp, Nhà máy nước ngầm Hóc Môn = plants (facilities, sources of water)
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (855).txt": [
    ("BAT", [0]),                       # headline; the others are inside "BAT Vietnam" / "BAT Việt Nam"
    ("British American Tobaco Vietnam", A),
    ("BAT Vietnam", A),
    ("BAT Việt Nam", A),
    ("Sài Gòn Giải Phóng", A),          # "Báo Sài Gòn Giải Phóng": "báo" is a descriptor even capitalised
    ("Mặt trận Tổ quốc huyện Cần Giờ", A),
    ("Hà Nội Mới", A),                  # "báo Hà Nội Mới"
    # "Quỹ hỗ trợ giảm nghèo" = the project/fund scheme, not an organisation; "Lãnh đạo huyện Cần Giờ" = place
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_TN_ (1376).txt": [
    ("UBND tỉnh Quảng Nam", A),
    ("Ban đền bù giải tỏa", A),   # "Ban đền bù giải tỏa của huyện Điện Bàn": "của" ends the span like "thuộc"
    ("UBND xã Điện Thắng Trung", A),
    ("UBND huyện Điện Bàn", A),
    # KCN Trảng Nhật = site; "lãnh đạo xã", "chủ đầu tư" generic; "xã Điện Thắng Trung giải quyết" = commune (place)
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3467).txt": [
    ("Sở Lao động Thương binh Xã hội thành phố", A),  # after the title "Trưởng phòng Bảo trợ xã hội,"
    ("Bộ Y tế", A),
    ("Bộ Lao động Thương binh Xã hội", A),
    ("Cộng đồng châu Âu", A), ("EC", A),
    ("Ban Quản lý Dự án", A),    # short capitalised name (cf. Ban pháp chế)
    # "Dự án hỗ trợ" = the project
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Train_Full/The gioi/TG_VNE_ (1555).txt": [
    ("Quốc dân Đảng", A),
    ("Quốc dân đảng", A),
    ("đảng Dân tiến", A),
    ("Dân tiến", "not_after: đảng"),
    ("Nghị viện Đài Loan", A),
    ("Nghị viện", "not_before: Đài Loan"),  # "tại Nghị viện": unique parliament name, like Quốc hội
    ("Liên minh Đoàn kết Đài Loan", A),
    # "Liên minh đối lập" = descriptive (the opposition alliance); Bắc Kinh = metonymy; chính phủ lower-case
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (4868).txt": [
    ("Uỷ ban tình báo", A),       # "Uỷ ban tình báo trong Quốc hội Hàn Quốc": "trong" ends the span like "thuộc"
    ("Quốc hội Hàn Quốc", A),
    ("Đảng Lao động Triều Tiên", A),
    # Bình Nhưỡng = metonymy; "các công ty thương mại", "các cơ quan chính phủ" generic
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (1703).txt": [
    ("Tổ chức Chữ thập đỏ", A),   # "Tổ chức Chữ thập đỏ nước này": "nước này" is not part of the name
    ("Cứu trợ Khẩn cấp", A),      # "tổ chức Cứu trợ Khẩn cấp": descriptor excluded
    ("Corriere della Sera", A),   # "tờ Corriere della Sera"
    ("Văn phòng tổ chức Chữ thập đỏ Italy", A),  # office + juxtaposed parent (cf. Thanh tra Sở Y tế)
    # Roma = metonymy; "tình báo Italy", "cơ quan tình báo", "sứ quán" generic
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (6409).txt": [
    ("Quốc hội Malaysia", A),
    ("The Star", A),              # "báo The Star"
    # "các cơ quan nhà nước", "các kênh truyền hình và đài phát thanh" generic
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (3891).txt": [
    ("Phước Sang", A),            # "hãng Phước Sang"
    ("Giải Phóng", A),            # "hãng Giải Phóng"
    ("hãng phim truyện VN", A),   # the studio's full name in lower case (cf. công an phường 27)
    ("Trung tâm Sản xuất chương trình truyền hình VN", A),
    ("Đài Bình Dương", A), ("Đài Bạc Liêu", A),   # stations: "Đài" is the head of the name
    ("TFS", A),                   # "Hãng TFS": descriptor excluded (capital only as list-item start)
    # Cánh diều vàng = award; LHP = festivals; "Hồng Sơn" (person or studio?) ambiguous, not tagged;
    # "chương trình Điện ảnh chiều thứ bảy" = TV programme; Ban tổ chức, nhà đài generic; Cung Văn hoá = site
],
"data/vntc/raw/Train_Full/Van hoa/VH_VNE_ (2116).txt": [
    ("Quốc hội Singapore", A),
    ("Đại học Quốc gia", A),
    ("Ủy ban thanh niên Kebun Baru", A),
    # "của quốc hội" lower-case = generic; Vòng quay may mắn / Chiếc nón kỳ diệu = TV programmes
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (4205).txt": [
    ("Bệnh viện Củ Chi", A),
    ("Khoa thận - niệu ghép", A),       # named department; comma ends it, parent is its own span
    ("Bệnh viện nhân dân 115", A),
    ("UBND huyện Củ Chi", A),
    ("trung tâm y tế Củ Chi", A),       # lower-case official name of the district health centre
    ("Bệnh viện cấp cứu Trưng Vương", A),
    # "khoa chạy thận nhân tạo" = descriptive (not a name); bare "bệnh viện", "đơn vị này" anaphors
],
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (3619).txt": [
    ("Tổ chức Y tế Thế giới", A),
    ("WHO", A),
    ("Roche", A),      # "Hãng dược Roche": descriptor excluded
    # Bộ trưởng Y tế Thái Lan / Philippine = titles; hội nghị = event; Tamiflu = product
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (1747).txt": [
    ("TAND TP HCM", A),
    ("Công an huyện Gò Công Tây", A),   # ", tỉnh Tiền Giang": comma ends the span
    # Thuận Kiều Plaza = site
],
"data/vntc/raw/Train_Full/Phap luat/PL_NLD_ (4673).txt": [
    ("NLĐ", A),
    ("UBND TPHCM", A),
    ("Sở Giao thông Công chánh", A),
    ("GTCC", [0]),                      # "(GTCC)": bracketed acronym = own span
    ("Sở GTCC", A),
    ("Thanh tra GTCC TPHCM", A),        # "Phó trưởng Ban Thanh tra GTCC TPHCM": title excluded, the body is
                                        # named "Thanh tra GTCC" in the next sentences
    ("Thanh tra GTCC", "not_before: TPHCM"),   # "lực lượng Thanh tra GTCC": descriptor excluded
    # "các sở, ngành", "các hợp tác xã" generic
],
# ------------------------------------------------------------------ Doi song
"data/vntc/raw/Train_Full/Doi song/DS_TN_ (4507).txt": [
    ("Đại học Hàng hải", A),
    ("Hội Khuyến học xã", A),            # generic place tail kept
    ("Ủy ban Mặt trận Tổ quốc tỉnh", A),
    # "lò bánh tét" generic
],
"data/vntc/raw/Train_Full/Doi song/DS_ VNE_ (582).txt": [
    ("Thế giới giày", A),     # "cửa hàng Thế giới giày": shop (establishment), descriptor excluded
    ("Vina Giày", A), ("TT", A), ("Thượng Đình", A), ("Bitis", A),   # "doanh nghiệp ... như ..."
    ("VnExpress", A),
    ("Vĩnh Giày", A),         # "chủ cửa hàng Vĩnh Giày"
    # chợ Hàng Da, Mơ, Hôm = markets (sites); streets not tagged
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (1215).txt": [
    ("Viện Công nghệ Hóa học TP HCM", A),
    ("Công ty Vàng bạc Đá quý Phú Nhuận-PNJ", A),   # name + juxtaposed trade name = one span
    ("Công ty PNJ", A),
],
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (1432).txt": [
    ("Hội bảo vệ Thiên nhiên và môi trường Việt Nam", A),
    ("Viện Khoa học Thuỷ lợi", A),
    ("Bộ NNPTNT", A),          # "Bộ trưởng Bộ NNPTNT"
    # hồ Ba Bể = location
],
}
