"""Hand annotation of ORG mentions for check set 8 (general_news_org_8.jsonl).
Same format as annotations_6.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_8.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions (sets 1-7) only."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (4948).txt": [
    ("IMF", A),
    ("EU", A),                                   # headline "kinh tế của EU" (international body, sets 2, 6, 7)
    ("Quỹ Tiền tệ quốc tế", A),
    ("Ngân hàng Trung ương châu Âu", A),
    ("ECB", A),
    ("Tổ chức Hợp tác kinh tế và Phát triển", A),   # + bracketed OECD (set 1)
    ("OECD", A),
    # "Tổ chức tài chính này" anaphor; "chính phủ Đức, Italy và Áo" lower-case; "khu vực đồng euro" = region
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (1259).txt": [
    ("Bộ Thương mại", A),
    ("Quốc hội", A),
    # Trung Quốc = country
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (1385).txt": [
    ("Quỹ tiền tệ quốc tế", A),                  # incl. "Trưởng đại diện Quỹ tiền tệ quốc tế tại Việt Nam" (tại ends)
    ("IMF", A),
    ("Ngân hàng thế giới", A),
    ("Nhóm tài trợ đồng chính kiến", A),         # the Like-Minded Donor Group, a named donor group that pledges
    ("WTO", A),                                  # incl. "thời kỳ hậu WTO" (ORG inside a name, set 2)
    # sentence-initial "Chính phủ và nhà tài trợ" (capital from the line start, later "chính phủ" lower-case,
    # set 4/5); "chính phủ Việt Nam" lower-case; "các ngân hàng thương mại nhà nước" generic;
    # "Chương trình tăng cường năng lực ...", "Kế hoạch hành động hài hoà" = programme / plan; VN = country
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (83).txt": [
    ("Tổng công ty Hàng không Việt Nam", A),
    ("Vietnam Airlines", A),
    ("TTXVN", A),                                # news agency cited as source ("Theo tin từ TTXVN")
    ("Air France", A),                           # "Hãng Hàng không Pháp Air France": descriptor excluded (set 3 Hãng)
    # Boeing 767 = aircraft model; Frankfurt, Paris, Hà Nội = places
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (1447).txt": [
    ("Quốc hội", A),                             # "Quốc hội nước này" = the Italian parliament (capitalised)
    ("Panda", A),                                # "hãng phần mềm Tây Ban Nha Panda": descriptor excluded
    # headline "nghị viện Italy", "thượng nghị viện", "thượng viện" lower-case (set 7); Tasin = a worm;
    # Windows Registry = product
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (3249).txt": [
    ("UBND thành phố", A),                       # incl. "Phó Chủ tịch UBND thành phố" (whole name inside a title)
    ("Sở Bưu chính Viễn thông", A),
    ("Quỹ hỗ trợ đào tạo CNTT", A),              # a fund being set up with its own staff and operating rules
                                                 # ("tổ chức nhân sự của Quỹ"), cf. sets 4 and 7
    # "các ban ngành", "sở, ngành" generic; bare "Sở", "Quỹ" = anaphoric heads; "Tuần lễ nhân lực CNTT" = event
],
"data/vntc/raw/Train_Full/Vi tinh/VT_VNE_ (321).txt": [
    ("HP", [0, 2]),                              # headline, "của HP"; #3 "HP Compaq d200", #4 "HP CRT" = products
    ("HP Việt Nam", A),                          # "Hãng HP Việt Nam": descriptor excluded, branch keeps place tail
    ("Intel", [0]),                              # "công nghệ siêu phân luồng của Intel"; later Intel Pentium 4,
                                                 # Intel Extreme Graphics 2 = products (set 4)
    ("Microsoft", A),                            # "hệ điều hành mới nhất của Microsoft"
    # Compaq Business Desktop d240 Microtower, Windows XP, Mandrakes Linux = products
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (2738).txt": [
    ("Yahoo", "not_before: My"),                 # the company; "Yahoo My Web" = product
    ("Google", A),
    ("Ask Jeeves", A),
    ("MSN", A),                                  # listed among "những hãng" (companies) and acting; cf. set 1's MSN product
    ("Amazon", A),                               # "Trang A9 của Amazon": A9 = a site
    # My Web, History, My Jeeves = products/services
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Test_Full/The thao/TT_TN_T_ (8217).txt": [
    ("FA", A),                                   # inside "Cúp FA" (set 4 "Cúp UEFA")
    ("Liverpool", A),
    ("Manchester United", A),
    ("M.U", A),
    ("Chelsea", A),
    ("Man.City", A),
    ("Aston Villa", A),
    ("Bolton", "not_before: Wanderers"),
    ("Bolton Wanderers", A),
    ("West Ham", "not_before: United"),
    ("West Ham United", A),
    ("Preston North End", A), ("Crystal Palace", A), ("Coventry City", A), ("Middlesbrough", A),
    ("Newcastle United", A), ("Southampton", A), ("Manchester City", A), ("Everton", A),
    ("Colchester United", A), ("Charlton Athletic", A), ("Brentford", A), ("Stoke City", A),
    ("Reading", A), ("Birmingham City", A),
    # Premier League = competition; "(II)" = division; "Hai đội bóng ... nước Anh" = epithet
],
"data/vntc/raw/Test_Full/The thao/TT_NLD_T_ (8656).txt": [
    ("Ủy ban Olympic Ý", A),
    ("CONI", A),
    ("AC Milan", A),
    ("Juventus", A),
    # Quảng trường Thánh Peter, St. Peter Square = sites; Vatican City = place; Serie A = competition;
    # "các liên đoàn quốc gia", "các hãng tin của Ý" generic
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (4717).txt": [
    ("Chelsea", A),
    ("Arsenal", A),
    ("Milan", A),
    ("Sun", A),                                  # "tờ Sun còn tiết lộ" (media, set 5)
    ("Lyon", A),
    ("CLB Sevilla", A),                          # CLB = head noun (set 1)
    ("Sevilla", "not_after: CLB"),
    ("EU", A),                                   # "công dân của EU", "ngoài EU" (EU tagged throughout, sets 2, 6, 7)
    ("UEFA", A),
    ("Marca", A),
    ("Real", A),
    ("FIFA", A),
    # "Nhà ĐKVĐ Anh", "CLB Italy", "đội chủ sân Highbury" = epithets; Champions League, Primera Liga,
    # "giải vô địch Pháp" = competitions; London, Italy, Anh, Pháp, Tây Ban Nha = places
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (3161).txt": [
    ("Bayern Munich", A),
    ("Bayern", "not_before: Munich"),
    ("Arsenal", A),
    ("Bolton", A),
    ("FA", A),                                   # inside "Cup FA"
    # Champions League = competition; "đội bóng thành London" = epithet
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_NLD_T_ (8987).txt": [
    ("Người Lao Động", A),                       # "Báo Người Lao Động": Báo = descriptor (set 3)
    ("Sở GD-ĐT TPHCM", A),
    ("Sở GD- ĐT TP", A),                         # Cần Thơ's department, generic place tail TP (set 6 "UBND TP")
    ("Sở GĐ ĐT TP Cần Thơ", A),
    ("Sở GD-ĐT Tiền Giang", A),
    # headline "Nhiều sở GD-ĐT" generic plural; bare "Sở"/"sở" anaphoric; "Ban Giám đốc" (the board of the
    # department, generic), "hội đồng thẩm định đề thi", "các phòng giáo dục", "các trường THPT" generic
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_TT_ (3593).txt": [
    ("UBND Q.10", A),
    ("Sở GTCC", A),                              # "phó ban thanh tra giao thông công chính (GTCC - thuộc Sở GTCC)":
                                                 # the unit is fused into the title (set 2), only the parent is tagged;
                                                 # the bracketed GTCC spells out the sector, not a body
    ("Công ty Đô thị và kinh doanh nhà Q.10", A),
    ("Thanh tra TP", A),                         # the city inspectorate (generic place tail, set 6 "UBND TP")
    ("Sở Xây dựng", A),
    ("UBND TP", A),
    # "đoàn thanh tra", "đoàn kiểm tra", "đơn vị thi công", "chủ đầu tư", "doanh nghiệp nhà nước" generic
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (6073).txt": [
    ("ĐH Zeeland", A),                           # headline "ĐH Zeeland của Hà Lan": của ends the span (set 3)
    ("Chính phủ Hà Lan", A),                     # capitalised + country (sets 1, 7)
    ("Công ty Giáo dục và Đào tạo Quốc tế ATLANTIC", A),
    # bare "Trường"/"trường" anaphoric; TOEFL, IELTS = tests; addresses = places
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (958).txt": [
    ("Sở Văn hóa - Thông tin Hải Phòng", A),
    ("PA25", A),                                 # police unit code (set 1 "PC15")
    # "Trưởng phòng Bảo vệ an ninh văn hóa - tư tưởng": unit fused into a title, no named parent (set 6);
    # "thanh tra của Sở" generic; "các báo", "ngành giáo dục" generic; "Nữ sinh Ngô Quyền" = film title
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Train_Full/The gioi/TG_TT_ (1880).txt": [
    ("EU", A),                                   # headline "Iran - EU", "3 nước EU" (x3)
    ("Reuters", A),                              # "Hãng tin Reuters": descriptor excluded
    ("Cơ quan năng lượng nguyên tử quốc tế", A), # "ủy ban Cơ quan ... (IAEA)": lower-case "ủy ban" (its board) excluded
    ("IAEA", A),
    ("Bộ Ngoại giao Anh", A),
    ("Hội đồng bảo an Liên hiệp quốc", A),       # council + juxtaposed parent = one span
    # Iran, Anh, Pháp, Đức, Nga = states; Vienne/Vienna, Moscow = places
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (1291).txt": [
    ("BBC", A),
    ("AP", A),
    # "HãngReuter": fused to the previous word in the source, not token-bounded (set 4), left out;
    # "Lực lượng an ninh Thái Lan", "cảnh sát", "chính phủ" generic; "tư lệnh cảnh sát tỉnh Yala" = title
],
"data/vntc/raw/Train_Full/The gioi/TG_NLD_ (3032).txt": [
    ("Hội đồng An ninh Tối cao", A),             # "Phó Chủ tịch Hội đồng An ninh Tối cao": whole name inside a title
    ("Cơ quan Nguyên tử năng Quốc tế", A),
    ("IAEA", A),
    ("Hội đồng Bảo an Liên Hiệp Quốc", A),
    # "cơ quan này" anaphor; "Ngoại trưởng Iran" = title; Iran, Nga, Nhật Bản = states/places
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (4604).txt": [
    ("FSB", A),                                  # "cơ quan an ninh Nga FSB": descriptor excluded
    ("Ekho Moskvy", A),                          # "Đài phát thanh Ekho Moskvy": descriptor excluded (set 3 Đài only kept
                                                 # before a province name)
    # "tại Kremlin" (glued "Ngatại") = site; "Cảnh sát đã được điều động" generic; "Giới chức Nga",
    # "phiến quân Chechnya" generic
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (9797).txt": [
    ("NXB Văn hóa Thông tin", A),
    ("VHTT", "not_after: NXB"),                  # bracketed acronym of the publisher, its own span
    ("NXB VHTT", A),
    ("Thể Thao Văn Hóa", A),                     # "(Theo Thể Thao Văn Hóa)": source
    ("VnExpress", A),
    # "NXB cũng chịu khó tiếp thị" = bare head (anaphor); "nhà thờ Thiên Chúa" = the church as religion,
    # lower-case; "Mật mã Da Vinci" = book
],
"data/vntc/raw/Train_Full/Van hoa/VH_NLD_ (3770).txt": [
    ("Trung tâm Lạc Hồng Audio- Video", A),
    ("Trung tâm Lạc Hồng Audio - Video", A),
    ("Công ty Nhiếp ảnh TPHCM", A),
    ("Người Lao Động", A),                       # "Báo Người Lao Động" (x2)
    ("Quản lý Nghệ thuật Sở VHTT TPHCM", [0]),   # "Trưởng Phòng | Quản lý Nghệ thuật Sở VHTT TPHCM": body after a
                                                 # title word, named again later (sets 3, 7)
    ("Phòng Quản lý Nghệ thuật Sở VHTT TPHCM", [1]),   # "nay là Phòng ...": named on its own, with its parent
    ("Sài Gòn Audio- Video", A),
    ("Sở VHTT TPHCM", [2, 3, 5]),                # #0, #1 inside the department spans, #4 inside "Thanh tra Sở ..."
    ("Thanh tra Sở VHTT TPHCM", A),              # set 1 "Thanh tra Sở Y tế"
    # "Trưởng Phòng Ca múa nhạc" (the department's former name) fused into a title; "cơ quan chức năng",
    # "cơ quan quản lý" generic; Tình ca 50, Phố đêm = works
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (7261).txt": [
    ("UBND thành phố", A),                       # "tại hội trường UBND thành phố" (institution named as a place, set 6)
    ("Hội nhà văn Việt Nam", A),
    ("UBND TP HCM", A),
    # "Giải thưởng văn học - nghệ thuật TP HCM" = award; "Trường trung học cơ sở Lê Quý Đôn (kiến trúc sư ...)"
    # and "Khu du lịch Bến Thành non nước" = architectural works in the prize list, not the school acting
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Train_Full/Suc khoe/SK_TN_ (3278).txt": [
    ("Ban chỉ đạo phòng chống SARS và cúm gia cầm", A),
    ("Bộ Y tế", A),
    ("Viện Vệ sinh dịch tễ T.Ư", A),
    # Tamiflu = product
],
"data/vntc/raw/Train_Full/Suc khoe/SK_ VNE_ (955).txt": [
    ("Bệnh viện Mắt TP HCM", A),
    ("Bệnh viện Mắt trung ương", A),
    ("Bệnh viện Nhi Đồng 1", A),
    # ROP = a disease
],
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (4427).txt": [
    ("Bệnh viện Đại học y dược TP HCM", A),
    ("Bệnh viện Đại học y dược", "not_before: TP"),
    ("Đại học y dược", "not_after: Bệnh viện"),   # "các bác sĩ tại Đại học y dược", "các bác sĩ Đại học y dược"
    ("Viện Hàn lâm Mỹ", A),                      # "... thuộc Viện Hàn lâm Mỹ": thuộc ends the span
    # "Trưởng khoa Răng - Hàm - Mặt, Bệnh viện ...": unit fused into the title (set 6), only the hospital
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (625).txt": [
    ("Công an huyện Tư Nghĩa", A),
    ("Thanh Niên", A), ("Tiền Phong", A),        # source tags of the news items (set 5)
    ("Cơ quan cảnh sát điều tra tỉnh Trà Vinh", A),   # official name with place tail (set 4 "Cơ quan Cảnh sát điều
                                                 # tra Công an TP HCM"; the bare generic CQĐT of set 7 is different)
    ("TAND tỉnh Thanh Hóa", A),
    # "báo công an", "giao nộp công an" generic; "nhà xe" generic
],
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (2016).txt": [
    ("Cơ quan Cảnh sát điều tra Công an thành phố Biên Hòa", A),   # ", tỉnh Đồng Nai": comma ends the span
    ("Tổng cục Dạy nghề", A),
    # "các Sở giáo dục", "các trung tâm dạy nghề", "các UBND phường, xã", "cơ quan công an",
    # "cơ quan chức năng thành phố Biên Hòa", "các phòng công chứng" generic
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Train_Full/Khoa hoc/KH_TT_ (1477).txt": [
    ("Sở Khoa học - công nghệ TP.HCM", A),       # "trưởng phòng sở hữu trí tuệ, Sở ...": comma, parent tagged
    ("Cục Sở hữu trí tuệ", A),                   # "Cục Sở hữu trí tuệ (SHTT) VN": bracket splits the name (set 7)
    ("SHTT", [0]),                               # bracketed acronym of the name part (set 3 "(GTCC)")
    # "cơ quan SHTT của quốc gia đó", "văn phòng dịch vụ SHTT", "cơ quan SHTT sẽ tra cứu" generic;
    # "chi nhánh phía Nam" generic; "Nhà nước" not tagged
],
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (1151).txt": [
    ("Hội đồng nghiệm thu Hội Khoa học kỹ thuật xây dựng TPHCM", A),   # council + juxtaposed parent (set 4)
    ("Ban chỉ huy Phòng chống lụt bão thành phố", A),
    ("Hội Khoa học kỹ thuật xây dựng TP HCM", A),   # "Chủ tịch Hội ...": whole name inside a title
    ("Bộ Xây dựng", A),
    ("Xí nghiệp Công trình công ích huyện Cần Giờ", A),
    # "Trưởng nhóm Nghiên cứu và phát triển công nghệ mới": unit fused into a title, no named parent;
    # "Một doanh nghiệp tư nhân khác" generic
],
}
