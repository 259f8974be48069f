"""Hand annotation of ORG mentions for check set 4 (general_news_org_4.jsonl).
Same format as annotations_3.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_4.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions only."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (2413).txt": [
    ("Bộ Công nghiệp", A),
    ("Ban đổi mới và phát triển doanh nghiệp", A),
    ("Tổng công ty Điện tử và Tin học Việt Nam", A),
    ("Tổng công ty Điện lực", A),   # "Tổng công ty Điện lực, Dầu khí": singular head stays with the first conjunct,
    ("Dầu khí", A),                 # the elided second name is its own span (cf. set 2 "Thương mại, Công nghiệp")
    ("Tổng công ty Thiết bị kỹ thuật điện", A),
    ("Tổng công ty 91", A),
    # headline "Công nghiệp đẩy mạnh ..." = the industry sector / ministry, ambiguous: not tagged;
    # "không lập thêm Ban chỉ đạo cổ phần hóa" = a kind of committee that is NOT set up (non-referential);
    # "Công ty TNHH nhà nước một thành viên" = legal form; "Hội đồng quản trị" generic; "thuộc Bộ" bare head
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (5546).txt": [
    ("Ngân hàng Phát triển Việt Nam", A),   # the planned bank, named ("tên gọi dự kiến")
    ("Bộ Tài chính", A),
    ("Quỹ Hỗ trợ phát triển", A),           # the state development-assistance fund (an institution)
    # "Nhà nước", "ngân hàng trung ương" generic; "Danh mục hàng hóa, dịch vụ ..." = a list
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (140).txt": [
    ("Ngân hàng phát triển châu Á", A), ("ADB", A),
    ("Ngân hàng Hợp tác quốc tế Nhật Bản", A), ("JBIC", A),
    # countries, "hành lang Đông Tây (East West Corrider)", sân bay / cầu / hầm = places
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (2106).txt": [
    ("Pacific Airlines", "not_after: tái cơ cấu"),
    ("Pacific", "not_before: Airlines"),     # short name of the airline
    ("VnExpress", A),
    ("Bộ Tài chính", A),
    ("Ban chỉ đạo tái cơ cấu Pacific Airlines", A),  # the steering committee being set up (capitalised name)
    ("Cục Tài chính doanh nghiệp", A),
    ("Vietnam Airlines", A),
    ("Chính phủ", A),
    ("Tổng công ty Du lịch Sài Gòn", A),
    ("Công ty xăng dầu hàng không Việt Nam", A),
    ("Công ty dịch vụ hàng không sân bay Tân Sân Nhất", A),
    ("Công ty bay dịch vụ hàng không Việt Nam", A),
    ("Công ty xuất nhập khẩu hàng không", A),
    ("Công ty thương mại và đầu tư giao thông vận tải", A),
    # bare "Bộ" (x3) anaphor; "ban chỉ đạo" lower-case anaphor; Airbus = aircraft (product);
    # "hãng hàng không quốc gia VN" = description; "hãng tư vấn kiểm toán", "hội đồng quản trị" generic
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (4340).txt": [
    ("VietCERT", A),
    ("Bộ Bưu chính Viễn thông", A),
    ("Trung tâm phản ứng nhanh sự cố máy tính quốc gia", A),  # "dự án Trung tâm ...": the centre's name
    ("Chính phủ", A),
    ("Hiệp hội các quốc gia Đông Nam Á", A),
    ("Vietnam Computer Emergency Response Team", A),          # name gloss (cf. set 2 GOV3)
    ("BKIS", A),
    ("Đại học Bách khoa", A),        # "BKIS thuộc Đại học Bách khoa": thuộc ends the span
    ("Trung tâm Internet Việt Nam", A), ("VNNIC", A),
    ("Vụ Viễn thông", A),
    # "mô hình CERT" = generic type; "các Trung tâm xử lý nhanh sự cố máy tính" generic plural;
    # "trực thuộc Bộ", "Trung tâm này" anaphors
],
"data/vntc/raw/Train_Full/Vi tinh/VT_VNE_ (861).txt": [
    ("HP", "not_before: Image"),     # "HP Image Zone" = software product
    ("Hewlett-Packard", A),
    ("T-Mobile Mỹ", A),              # regional branch keeps its place tail (cf. set 2 Intel châu Á)
    ("T-Mobile", "not_before: Mỹ"),  # "hãng T-Mobile": descriptor excluded
    # iPaq, h6315, rx3715, ProtectTools = products; "bộ vi xử lý Intel 624 MHz" = product designation
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (4145).txt": [
    ("Apple", A),
    ("Motorola", A),
    ("Nokia", A), ("Samsung", A),    # "N91 của Nokia, SGH i300 của Samsung": the makers
    ("Solutions Research", A),       # "tổ chức Solutions Research (Mỹ)"
    ("Forrester", A),
    ("Quả táo", A),                  # "của "Quả táo"": Vietnamese rendering of Apple's name (cf. set 2 name glosses)
    # iPhone KOKR, KOKR, iTunes, iPod, Walkman W800i, N91 = products/services; P2P, CD generic
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (2752).txt": [
    ("Frost  Sullivan", A),          # "Frost & Sullivan" with the & lost in the source (two spaces kept)
    ("Juniper Networks VN", A),      # Vietnamese branch, place tail kept
    ("Juniper Networks", "not_before: VN"),
    # SSL VPN, IP Sec VPN = technologies
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (2746).txt": [
    ("HĐND tỉnh Khánh Hoà", A),
    ("Sở TDTT tỉnh Khánh Hoà", A),
    ("Hội đồng nhân dân tỉnh", A),   # "... tỉnh khoá IV": generic place tail kept, the term (khoá IV) is not the name
    # "đại biểu HĐND" = bare type acronym, not tagged; "ngành TDTT tỉnh" = sector; SEA Games = events
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (4352).txt": [
    ("Liên đoàn bóng đá Italy", A),
    ("liên đoàn bóng đá Italy", A),  # lower-case repeat of the full name (cf. set 1 công an phường 27)
    ("FIFA", A),
    # "hiệp hội trọng tài quốc gia" = lower-case description; bare "liên đoàn", "hiệp hội trọng tài" anaphors;
    # World Cup 2006, Serie A, Champions League = competitions
],
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (2696).txt": [
    ("MU", A),
    ("AC Milan", A),
    ("Milan", "not_after: AC"),
    # Champion League = competition; Manchester = city; sân Old Trafford = site
],
"data/vntc/raw/Test_Full/The thao/TT_NLD_T_ (9058).txt": [
    ("VN", "after: đội tuyển"),      # national team (cf. set 3 "đội tuyển Việt Nam" -> Việt Nam)
    ("LĐBĐ VN", A),
    ("UEFA", A),                     # inside the competition name "Cúp UEFA" (cf. set 2 ASEAN in event names)
    ("SK Slavia Praha", A),
    ("Slavia Praha", "not_after: SK"),
    ("M.U", A),                      # "đội trẻ M.U": descriptor excluded
    # "mang đến VN", "đến VN" = country as place; cúp C1, giải VĐQG Anh, Ý = competitions
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (973).txt": [
    ("ĐH Sài Gòn", A),
    ("Sở Giáo dục và Đào tạo TP HCM", A),
    ("Sở Giáo dục và Đào tạo", "not_before: TP HCM"),
    ("Sở Giáo dục", "not_before: và"),   # "ý kiến của Sở Giáo dục": short capitalised name
    ("Trường TH Kinh tế", A),
    ("cao đẳng bán công Hoa Sen", A),    # lower-case official name of the college (cf. set 3 trung tâm y tế Củ Chi)
    ("UBND TP HCM", A),
    ("trường trung học Kinh tế", A),     # "hai trường trung học Kinh tế và trường trung học Lý Tự Trọng"
    ("trường trung học Lý Tự Trọng", A),
    # "Bộ trưởng Giáo dục và Đào tạo" = title; bare "Bộ", "Sở" anaphors; "các trường cao đẳng, ..." generic
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_TT_ (3206).txt": [
    ("Ban Chỉ đạo Trung ương Phòng cháy chữa cháy rừng", A),
    ("Cục Kiểm lâm", A),
    # "UBND các cấp các địa phương" generic; districts and provinces = places
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_NLD_ (4639).txt": [
    ("NLĐ", A),
    ("Thành hội Phật giáo TP", A),     # generic place tail kept
    ("Giáo hội Phật giáo VN", A),
    # "chính quyền các cấp" generic
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_TT_ (3225).txt": [
    ("Thường vụ Quốc hội", A),         # short name of the Uỷ ban thường vụ Quốc hội (headline and body)
    ("Uỷ ban thường vụ Quốc hội", A),
    ("HĐND Hà Nội", A),
    ("HĐND thành phố", A),
    ("UBND Hà Nội", A),
    # "Trưởng ban dân nguyện" = title (lower-case unit, no parent named); "Hà Nội nên sớm bỏ" = city as actor;
    # bare "thường trực HĐND", "các Bộ, ngành trung ương" generic; Hiến pháp = law
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (1911).txt": [
    ("SPA", A),        # "Hãng thông tấn SPA": descriptor excluded
    ("Bộ Nội vụ", A),
    ("Al-Qaeda", A),
    # "lực lượng an ninh", "cảnh sát" generic; Riyadh, quận King Fahd = places
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (1680).txt": [
    ("Nghị viện EU", A),               # headline: the European Parliament
    ("Nghị viện châu Âu", A),
    ("EU", "not_after: Nghị viện"),
    ("Hội đồng Bảo an", A),
    ("Ủy ban châu Âu", A),
    # "hội đồng lập pháp London", "166 hội đồng địa phương" lower-case descriptions;
    # "Chính phủ phe trung hữu" = sentence-initial generic "the government"; countries not tagged
],
"data/vntc/raw/Train_Full/The gioi/TG_TN_ (2481).txt": [
    ("EU", A),
    ("AFP", A),        # "hãng tin AFP"
    # "Bộ trưởng Nội vụ Belarus" = title; "phe đối lập" faction; công viên Yanka Kupala = site
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (4163).txt": [
    ("Đài truyền hình Uzbekistan", A),
    ("Ferghana.ru", A),                # the news site cited as source (cf. set 3 The Command Post); the first
                                       # mention is glued to "trang web" in the source ("webFerghana.ru") and is
                                       # not on a token boundary, so only the second one is a span
    ("Phong trào Hồi giáo Uzbekistan", A), ("IMU", A),
    ("Taliban", A),                    # "các trại Taliban" and the related-link headline
    # "vớiItar-Tass": glued in the source, not on a token boundary, so not annotatable (caveat);
    # "Cơ quan báo chí của Tổng thống Karimov" = description; Matxcơva = metonymy; "quân đội" generic
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Train_Full/Van hoa/VH_VNE_ (2171).txt": [
    ("TAND TP HCM", A),
    ("Công ty TNHH Nhạc Xanh", A),
    ("Công ty Nhạc Xanh", A),
    ("HTV7", A),                       # "đài HTV7": the station as media organisation, lower-case descriptor excluded
    ("GMC", A), ("F5", A),             # "nhóm hát GMC", "nhóm hát F5": music groups are organisations (new in set 4, README.md)
    # "Giai điệu tình yêu" = TV programme; "công ty", "tòa", "tòa án" generic
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (7934).txt": [
    ("Vivendi Universal", A),          # "công ty Vivendi Universal": descriptor excluded
    ("Universal", "not_after: Vivendi"),
    ("UPPFI", A),
    ("Hiệp hội các nhà sản xuất âm nhạc Pháp", A),
    # "Elvis của nước Pháp" = epithet of the singer; "tòa án", "công ty này", "hãng đĩa cũ" generic/anaphors
],
"data/vntc/raw/Test_Full/Van hoa/VH_TT_T_ (11270).txt": [
    ("Quỹ hỗ trợ trẻ em VN", A),       # "Chủ tịch HÐBT Quỹ hỗ trợ trẻ em VN": unit fused into the title, only the
                                       # named parent is tagged (cf. set 2 Trưởng ban Pháp chế HĐND TP HCM)
    ("VTV3", A),                       # "truyền hình trực tiếp trên VTV3": the channel as broadcaster
    ("Nhà hát Tuổi Trẻ", A), ("Nhà hát Múa rối", A),   # theatre companies ("các nghệ sĩ của ...")
    ("Liên đoàn Xiếc VN", A),
    ("Quỹ Bảo trợ trẻ em VN", A),
    # Trung tâm Triển lãm Văn hóa - Nghệ thuật VN, Trung tâm Triển lãm Vân Hồ, Công viên văn hóa Ðầm Sen = venues;
    # "Thế giới trẻ thơ", "Vì thế giới trẻ thơ" = programme/campaign; Ban tổ chức generic
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Train_Full/Suc khoe/SK_ VNE_ (112).txt": [
    ("Cục kiểm dịch Campuchia", A),
    ("Bộ Nông nghiệp Trung Quốc", A),
    ("Bộ Nông nghiệp", "not_before: Trung Quốc"),
    ("Minh báo", A),                   # "Tờ Minh báo của Hong Kong" (Ming Pao): newspaper
    # bare "Bộ yêu cầu" anaphor; "chính quyền Quảng Tây", "giới chức nông nghiệp" generic
],
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (4309).txt": [
    ("Ngân hàng Standard Chartered", A),          # headline list item: capitalised head of the name kept
    ("Standard Chartered", "not_after: Ngân hàng"),  # "ngân hàng Standard Chartered" (lower-case descriptor) and bare
    ("viện Dinh dưỡng", A),            # lower-case head + capitalised name (Viện trưởng viện Dinh dưỡng)
    ("Bộ Y tế", A),
    ("Viện Tim mạch", A),
    ("Bệnh viện Việt Pháp Hà Nội", A),
    # "dự án Ánh sáng là niềm tin" = project; "ngày Lương thực thế giới", hội thảo = events; H.H. = author
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (402).txt": [
    ("VKSND TP HCM", A),
    ("VKSND thành phố", A),            # generic place tail kept
    ("Công ty TNHH Công Bình", A),
    ("Cơ quan Cảnh sát điều tra Công an TP HCM", A),   # unit + juxtaposed parent = one span
    ("TAND TP HCM", A),
    # bare "VKSND truy tố", "VKS" = type acronyms (cf. bare CSGT); "cơ quan công an", "tòa" generic
],
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (2023).txt": [
    ("Đội chống hàng giả Công an Hà Nội", A),   # unit + juxtaposed parent = one span
    ("Cục quản lý Dược Bộ Y tế", A),            # idem
    ("thanh tra Y tế Hà Nội", A),               # the Hanoi health inspectorate, lower-case head + capitalised name
    ("VnExpress", A),
    # "cửa hàng tân dược số 3 Hàng Cá" = unnamed shop (address); "Cơ quan điều tra", "công an" generic
],
# ------------------------------------------------------------------ Doi song
"data/vntc/raw/Test_Full/Doi song/DS_VNE_T_ (1037).txt": [
    ("Hội đồng kỷ luật Bệnh viện Bình dân", A),  # council + juxtaposed parent = one span
    ("Hội đồng kỷ luật", "not_before: Bệnh viện"),  # "làm việc với Hội đồng kỷ luật": short capitalised name
    ("Sở Y tế", A),
    ("Sở Công an", A),
    # "bệnh viện" lower-case anaphor; "Trưởng phòng nghiệp vụ y" = title
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (57).txt": [
    ("Công ty hóa chất 21", A),
    ("Tổng cục Công nghiệp Quốc phòng", A),
    # "mà Công ty và các chuyên gia": bare capitalised head = anaphor; "ban giám đốc công ty" generic
],
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (543).txt": [
    ("Medical Modeling LLC", A),       # "công ty Medical Modeling LLC thuộc Golden": descriptor excluded, thuộc ends
    ("Bảo tàng Tự Nhiên và Khoa học Denver", A),   # museum as an institution (cf. set 3)
    # "máy in 3 chiều Z-corp" = product designation; Golden, Colorador = places
],
}
