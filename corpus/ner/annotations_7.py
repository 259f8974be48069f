"""Hand annotation of ORG mentions for check set 7 (general_news_org_7.jsonl).
Same format as annotations_5.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_7.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions (sets 1-5) only."""
A = "all"
P = "data/vntc/raw/"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
P + "Test_Full/Kinh doanh/KD_VNE_T_ (7146).txt": [
    ("Quỹ bảo tồn VN", A),                 # headline: the fund, lower-case "bảo tồn" (a repeat of the name)
    ("Quỹ Bảo tồn VN", A),
    ("Quỹ Bảo tồn Việt Nam", A),           # a fund with its own management board that invests in projects
    ("VCF", A),                            # (cf. set 4 "Quỹ Hỗ trợ phát triển"), not a bare financing facility
    ("Ngân hàng thế giới", A),
    ("Quỹ Môi trường toàn cầu", A),
    ("Chính phủ Hà Lan", A),               # capitalised Chính phủ + country (set 1 "Chính phủ Tây Ban Nha")
    ("Cục kiểm lâm", A),                   # "Cục trưởng Cục kiểm lâm": the body inside the title
    ("Đại sứ quán Hà Lan", A),             # embassy = diplomatic mission, an organisation; "tại Hà Nội" ends it
    # "lễ khởi động Quỹ", "Quỹ cũng sẽ" = bare anaphoric head; "Trưởng ban quản lý VCF" = title unit (only VCF);
    # "nhiều tổ chức, chính phủ" generic
],
P + "Train_Full/Kinh doanh/KD_ VNE_ (1231).txt": [
    ("Công ty Phát triển Phụ gia và Sản phẩm dầu mỏ", A),
    ("Ford", A), ("GM", A), ("Toyota", A),   # "Nhiều hãng ôtô lớn như Ford, GM, Toyota": descriptor excluded
    ("Bộ Kế hoạch Đầu tư", [0]),           # "các chuyên gia Bộ Kế hoạch Đầu tư"
    ("Viện chiến lược Bộ Kế hoạch Đầu tư", A),  # institute juxtaposed with its parent ministry: one span
    ("Tổng công ty xăng dầu VN", A),
    ("Petrolimex", A),
    # Đề án ... = plan; Nhà nước not tagged (set 1); "các đầu mối nhập khẩu", "doanh nghiệp này" generic/anaphor
],
P + "Test_Full/Kinh doanh/KD_VNE_T_ (3823).txt": [
    ("EU", A),                             # headline "lên án Mỹ và EU" (international body listed with countries, set 2)
    ("Liên minh châu Âu", A),
    ("Tổ chức Thương mại Quốc tế", A),     # the text's rendering of the WTO
    ("WTO", A),
    ("Cơ quan Quản lý ngoại hối Trung Quốc", A),
    ("Bộ Tài chính Mỹ", A),
    ("Uỷ ban châu Âu", A), ("EC", A),
    # "Bộ trưởng Thương mại Trung Quốc" = title; Bắc Kinh, Washington, Mỹ, Trung Quốc = states/metonymy
],
P + "Test_Full/Kinh doanh/KD_VNE_T_ (6567).txt": [
    ("Bộ Tài chính", A),
    ("Cơ quan phát triển Pháp", A),        # "Tập đoàn Cơ quan phát triển Pháp (AFD)": Tập đoàn = descriptor (set 1)
    ("Cơ quan Phát triển Pháp", A),
    ("AFD", A),
    ("Ngân hàng Phát triển châu Á", A),
    ("KFW Entwicklungsbank", A),
    ("Bộ Kế hoạch và Đầu tư", A),
    # "Chương trình hỗ trợ phát triển các doanh nghiệp nhỏ và vừa" = programme
],
# ------------------------------------------------------------------- Vi tinh
P + "Test_Full/Vi tinh/VT_TT_T_ (6051).txt": [
    ("CA", A),
    ("FPT", "not_after: Phân phối"),
    ("Công ty Phân phối FPT", A),          # the distribution company, whole inside the title (set 2)
    # BrighStor, eTrust, Unicenter = products; www.ca.com = web address
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (1883).txt": [
    ("Intel", A),                          # every mention is the company (maker of Centrino, "của Intel")
    ("AMD", A),                            # "đối thủ AMD"
    # Centrino, Sonoma, Pentium M, Alviso, 915 Express, Turion = products
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (1359).txt": [
    ("Shadowcrew", A), ("Carderplanet", A), ("Darkprofits", A),   # "3 tổ chức ...": named criminal organisations
    # headline "Tình báo Mỹ", "mật vụ Mỹ", "cơ quan tình báo Mỹ" = lower-case/descriptive renderings of the
    # US Secret Service, generic (like "chính quyền Hong Kong", set 1); "Tường lửa" = an operation
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (1801).txt": [
    ("Acer", "not_before: TravelMate"),    # "Acer TravelMate Smart Card" = product designation (set 4)
    ("Intel", "not_before: Sonoma"),       # "công nghệ Intel Sonoma" = product; "mới nhất của Intel" = the maker
    # Travelmate 8100, TM8100, Pentium M, PRO/Wireless 2915ABG = products; "nhà sản xuất máy tính Đài Loan" generic
],
# ------------------------------------------------------------------ The thao
P + "Test_Full/The thao/TT_VNE_T_ (5941).txt": [
    ("Real Madrid", A),
    ("Real", "not_before: Madrid"),        # club short name (headline "Real - Barca", "khoác áo Real", ...)
    ("Barca", A),
    ("Anh", "after: ĐT"),                  # "Thủ quân ĐT Anh": ĐT (đội tuyển) descriptor excluded (set 3)
    ("MU", A),
    # "Tiền vệ người Anh" = nationality; "đội bóng xứ Catalan" = epithet; sân Bernabeu = site; el clasico = event
],
P + "Train_Full/The thao/TT_NLD_ (5706).txt": [
    ("VFF", A),                            # "VFF khóa III/IV": the term is not part of the span (set 4)
    ("Hội đồng Trọng tài", A),             # "Hội đồng Trọng tài (HĐTT) quốc gia khóa III": the acronym splits the name
    ("HĐTT quốc gia", A),
    ("HĐTT", "not_before: quốc gia"),
    ("Thường vụ LĐBĐ VN", A),              # standing committee juxtaposed with its parent (set 4 "Thường vụ Quốc hội")
    # "cơ quan điều tra (CQĐT)", CQĐT = generic investigating body; "BTC giải" = ban tổ chức (set 1)
],
P + "Test_Full/The thao/TT_NLD_T_ (8801).txt": [
    ("U23 VN", A),                         # age-class teams named whole, like set 1 "Tuyển nữ Việt Nam"
    ("U23 Singapore", A),                  # "đội U23 Singapore" -> descriptor đội excluded
    ("The Straits Times", A),              # "nhật báo Singapore The Straits Times (TST)"
    ("TST", A),
    ("LĐBĐ Malaysia", A), ("LĐBĐ Indonesia", A), ("LĐBĐ Thái Lan", A), ("LĐBĐ Singapore", A),
    ("LĐBĐ Đông Nam Á", A),
    ("Indonesia", "after: đội"),           # "đội Indonesia trong sạch": the team (set 1 "các đội Indonesia")
    ("Thái Lan", "after: cả"),             # "thắng bất kỳ đội bóng nào ..., kể cả Thái Lan": the team
    ("Singapore", "after: tuyển"),         # "đội tuyển Singapore" (set 3)
    # "các LĐBĐ lớn", "mỗi LĐBĐ" generic; "trưởng đoàn bóng đá Singapore" = title; Malaysia Cup, giải vô địch
    # Malaysia, Cúp Quốc gia Malaysia, SEA Games 23 = competitions; "ở Singapore", "Luật pháp của Singapore" = place/state
],
P + "Test_Full/The thao/TT_TT_T_ (7788).txt": [
    ("CLB Villarreal", A),
    ("Villarreal", "not_after: CLB"),      # headline, "CLB nhỏ Villarreal" (adjective between), "của Villarreal"
    ("CLB AZ Alkmaar", A),
    ("Real Madrid", A),
    ("UEFA", A),                           # "cúp UEFA" (set 4)
    ("Hà Lan", A),                         # "đội tuyển quốc gia Hà Lan": descriptor excluded (set 3)
    ("Juventus", A), ("Everton", A),
    # La Liga, Champions Legaue = competitions; sân Goodison Park = site; "nhiều CLB lớn" generic
],
# ---------------------------------------------------------- Chinh tri Xa hoi
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (628).txt": [
    ("Bộ Nông nghiệp và Phát triển nông thôn", A),
    ("Cục Kiểm lâm", A),
    # "Cục trưởng Kiểm lâm", "Bộ trưởng Nông nghiệp và Phát triển nông thôn" = titles (no Cục/Bộ before the name);
    # "UBND xã" = each commune's committee (generic, not one body); kiểm lâm = the force, generic
],
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3318).txt": [
    ("Thành ủy TP HCM", "not_after: tổ chức"),
    ("Ban tổ chức Thành ủy TP HCM", A),   # the Party committee's organisation commission juxtaposed with its parent
    ("Trung tâm Anh văn Hội Việt - Mỹ", A),
    ("Trung Tâm Anh Văn Hội Việt - Mỹ", A),
    ("Anh văn Hội Việt - Mỹ", "not_after: Trung tâm"),   # "chọn Anh văn Hội Việt - Mỹ làm trung tâm"
    ("Anh văn Hội Việt Mỹ", A),
    ("Viện Kiểm định Giáo dục Mỹ", A), ("Viện Kiểm Định Giáo dục Mỹ", A),
    ("ETS", A),
    # TOEIC = a test (product)
],
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3213).txt": [
    ("UBND TP HCM", A),
    ("UBND huyện Củ Chi", A),
    ("Sở Quy hoạch - Kiến trúc", A),
    ("Sở Tài nguyên - Môi trường", A),
    ("An Phú", A),                         # "công ty bò sữa An Phú": lower-case head + descriptor excluded (set 2)
],
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (4712).txt": [
    ("Bộ Công an", A),
    ("Bộ Giao thông Vận tải", A),          # "Thứ trưởng Bộ Giao thông Vận tải": the body inside the title
    ("Tổng công ty Đường sắt Việt Nam", A),
    ("Cục Đường sắt Việt Nam", A),
    ("Chính phủ", A),
    ("Vụ Vận tải", A),                     # a named department of the ministry
    # "lãnh đạo Tổng công ty", "của Bộ", "Bộ này" = anaphors; ngành đường sắt, công an các địa phương generic
],
# ------------------------------------------------------------------ The gioi
P + "Train_Full/The gioi/TG_VNE_ (1273).txt": [
    ("EU", A),                             # headline, and "(bài EU)"
    ("Nghị viện châu Âu", A),
    ("Đảng Độc lập", A),
    ("đảng Xã hội", A),                    # the Socialist group (set 1 "đảng Xã hội")
    ("Dân chủ Tự do", A),                  # "phe lớn thứ ba - Dân chủ Tự do": the Liberal Democrat group
    ("Uỷ ban châu Âu", A),
    ("Trung tâm Xã hội Dân chủ", A),       # the French party (CDS)
    # "Uỷ viên về giao thông", "tân uỷ viên" = titles; "Đảng này", "Uỷ ban bắt đầu" = anaphors
],
P + "Test_Full/The gioi/TG_VNE_T_ (5898).txt": [
    ("Đảng Dân chủ", A),                   # "Đảng Dân chủ đối lập (DJP)": "đối lập" = descriptor after the name
    ("DJP", A),                            # also "đảng DJP": lower-case head before an acronym excluded (set 2)
    ("đảng Dân chủ tự do", A),
    ("LDP", A),
    ("Komeito mới", A),                    # "đảng Komeito mới" (New Komeito): lower-case head before a bare name excluded
    ("Thương viện", A),                    # capitalised upper house acting ("Thương viện bác bỏ")
    # lower-case "bầu cử quốc hội", "giải tán quốc hội", "hạ viện Nhật" not tagged (like lower-case chính phủ, set 1);
    # "quân đội Nhật", "bưu điện Nhật", "hệ thống bưu điện" generic
],
P + "Train_Full/The gioi/TG_TN_ (2476).txt": [
    ("Cảnh sát Ấn Độ", A),                 # police by place (set 5 "Cảnh sát Rotterdam")
    ("BBC", A), ("AFP", A),                # sources
    # "Chính quyền đã xác nhận", "lực lượng an ninh" generic
],
P + "Train_Full/The gioi/TG_ VNE_ (570).txt": [
    ("Bộ Ngoại giao Trung Quốc", A),
    ("Hội đồng Bảo an Liên Hiệp Quốc", A),  # council juxtaposed with its parent: one span
    # "Tổng thống Mỹ", "Ngoại trưởng Nhật Bản" = titles; Bình Nhưỡng, Washington = metonymy; CHDCND Triều Tiên = state
],
# ------------------------------------------------------------------- Van hoa
P + "Train_Full/Van hoa/VH_VNE_ (1976).txt": [
    ("New Straits Times", A),              # the media group whose digital TV system airs the clip
    ("ASEAN", A),                          # "trại thanh niên ASEAN", "trại sáng tác ASEAN 2003": ORG inside an event name (set 2)
    # giải Cyberjaya Digital Video = award; SEA Games = event
],
P + "Test_Full/Van hoa/VH_VNE_T_ (7108).txt": [
    ("Những ngôi sao nhỏ", A),             # "nhóm múa Những ngôi sao nhỏ": a dance group (set 4 music groups)
    ("Trường Múa Việt Nam", A),
    ("Bông Sen", A),                       # "nhà hát ca múa nhạc dân tộc Bông Sen": theatre company whose artists perform
                                           # (set 4); lower-case head + descriptor excluded before the bare name (set 2)
    # Nhà hát TP HCM = venue; Đào Lý Bôi = a competition; "các trường Đại học nghệ thuật tại Bắc Kinh" generic plural;
    # giải Mai Vàng = award
],
P + "Test_Full/Van hoa/VH_VNE_T_ (1421).txt": [
    ("Forbes", A),                         # "tạp chí Forbes" -> Forbes (descriptor); the magazine that makes the ranking
    ("Rolling Stones", A),                 # "ban nhạc Rolling Stones": band = organisation (set 4 music groups)
    ("Real Madrid", A),                    # "câu lạc bộ hoàng gia Real Madrid": descriptor excluded
    ("Anh", A),                            # "đội trưởng tuyển Anh" (set 5 "tuyển Hà Lan")
    # The Passion of the Christ, Harry Potter = works
],
# ------------------------------------------------------------------ Suc khoe
P + "Train_Full/Suc khoe/SK_TT_ (2238).txt": [
    ("Trung tâm Y tế dự phòng Đồng Tháp", A),
    ("Trung tâm Y tế dự phòng Trà Vinh", A),
    ("BV Bệnh nhiệt đới", A),
    ("Cục Y tế dự phòng và phòng chống HIV/AIDS", A),
    ("Bộ Y tế", A),
    ("Cục Y tế dự phòng", "not_before: và"),   # short name of the same body
    # "cục vừa khuyến cáo" lower-case anaphor; "cơ quan y tế" generic; BN = patient
],
P + "Train_Full/Suc khoe/SK_VNE_ (1307).txt": [
    ("Công ty ICA Pharmaceuticals", A),
    ("ICA", "not_before: Pharmaceuticals"),
    ("Bộ Y tế", A),
    ("Tổ chức Y tế Thế giới", A),
    # Inhivinir, Indinavir = drugs; "chương trình quốc gia phòng chống AIDS" = programme; "Công ty cũng" anaphor
],
P + "Test_Full/Suc khoe/SK_VNE_T_ (2704).txt": [
    ("Ủy ban Dân số, Gia đình  Trẻ em", A),   # the & of "Dân số, Gia đình & Trẻ em" is lost in VNTC (two spaces kept,
                                               # set 4 "Frost  Sullivan"); the comma is inside the name
    ("VnExpress", A),
    # Công viên Tao Đàn = site; "các Bệnh viện", "trạm y tế" generic
],
# ----------------------------------------------------------------- Phap luat
P + "Test_Full/Phap luat/PL_VNE_T_ (1022).txt": [
    ("Cơ quan An ninh điều tra Công an TP Hà Nội", A),
    ("Địa chính - nhà đất và đô thị huyện Sóc Sơn", A),   # "nguyên trưởng phòng Địa chính ...": title word + body,
                                           # the text then names the body "Phòng Địa chính - nhà đất - đô thị huyện" (set 3)
    ("Phòng Địa chính - nhà đất - đô thị huyện", A),
    ("Thanh tra xây dựng huyện", A),       # generic place tail kept (set 2 "Công an thành phố")
    # "cán bộ địa chính xã Minh Phú" = a post; cơ quan công an / an ninh / điều tra, chính quyền huyện generic
],
P + "Train_Full/Phap luat/PL_ VNE_ (1115).txt": [
    ("VKSND TP HCM", A),
    ("Công an quận Tân Bình", A),
    ("TAND thành phố", A),
    # bare "VKS" (headline, "VKS quyết định") not tagged (set 4); cơ quan điều tra, cơ quan chức năng generic;
    # công viên Chiến Thắng = site
],
# ----------------------------------------------------------------- Khoa hoc
P + "Train_Full/Khoa hoc/KH_VNE_ (1854).txt": [
    ("Viện Công nghệ và Khoa học Công nghiệp Tiến bộ", A),   # "... (AIST) ở Tokyo": ở + place ends the span (set 5)
    ("AIST", A),
    ("Đại học Keio", A),
    ("Hiệp hội Burton", A),
    # "phát ngôn viên của Viện" bare head
],
P + "Train_Full/Khoa hoc/KH_VNE_ (340).txt": [
    ("Đại học Santa Barbara", A),
    ("Đại học Cambrigde", A),              # source spelling kept
    ("Trung tâm nghiên cứu vật lý cơ bản", A),
    ("Phòng thí nghiệm vật lý quốc gia Anh", A),   # the National Physical Laboratory, a national research institution
                                           # (parent after "thuộc"), not a single lab facility
    ("Carnegie Tech", A),                  # "trường Carnegie Tech": the name already names the school type
    ("đại học Carnegie-Mellon", A),        # lower-case head kept: without it the university's name is incomplete
    ("Đại học Northwestern", A),           # "khoa hóa của Đại học Northwestern": lower-case khoa hóa descriptive (set 5)
    # giải Nobel = award; Nữ hoàng Anh = title
],
}
