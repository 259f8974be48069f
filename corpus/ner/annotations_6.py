"""Hand annotation of ORG mentions for check set 6 (general_news_org_6.jsonl).
Same format as annotations_5.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_6.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions (sets 1-5) only."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Test_Full/Kinh doanh/KD_TT_T_ (7243).txt": [
    ("Cục Thuế TP.HCM", A),      # "Trưởng phòng Thuế thu nhập cá nhân (Cục Thuế TP.HCM)": the unit is fused
                                 # into the title, the bracketed parent is tagged (set 2)
    ("Coca Cola", A),            # "Hãng Coca Cola": capitalised Hãng = descriptor (set 3)
    ("Tổng Cục Thuế", A),
    # "ngành" generic; Lam Trường, Phương Thanh = persons
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (1394).txt": [
    ("Công ty Dragon Bicycle Vietnam", A),
    ("Dragon Bicycle Vietnam", "not_after: Công ty"),
    ("Ủy ban châu Âu", A),
    ("EU", A),                   # "bán phá giá vào EU", "thị trường EU và Canada" (set 2: EU listed with countries)
    # headline "xe đạp Dragon" = the product; "Khu công nghiệp Nhơn Trạch" = site; Đài Loan, Canada = places
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (5796).txt": [
    ("UBND TP HCM", A),
    ("Sở Quy hoạch - Kiến trúc", A),
    ("Công ty Kho bãi thành phố", A),   # generic place tail kept (set 2 "Công an thành phố")
    ("Công ty Vật liệu xây dựng", A),   # "... thuộc Tổng Công ty địa ốc Sài Gòn": thuộc ends the span
    ("Tổng Công ty địa ốc Sài Gòn", A),
    ("Ban Kinh tế Ngân sách thành phố", A),
    ("Ánh Sáng", A),                    # "doanh nghiệp tư nhân Ánh Sáng": descriptor excluded
    ("Ban chỉ đạo 80", [0]),            # "Ban chỉ đạo 80 - về việc ...": the dash opens an apposition
    ("Ban chỉ đạo 80 TP HCM", A),
    ("UBND thành phố", A),
    ("Hội đồng đấu giá thành phố", A),
    # "trình UBND thu hồi" = bare type acronym (set 4); "Nhà nước" not tagged (set 1); headline TP HCM = place
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (1168).txt": [
    ("Bộ Tài nguyên môi trường", A),   # "Thứ trưởng Bộ Tài nguyên môi trường Đặng Hùng Võ": whole name inside a title
    ("Sở Tài nguyên môi trường TP HCM", A),
    ("UBND TP", A),                     # "quy định mới của UBND TP": acronym + (abbreviated generic) place tail (set 4)
    # Luật đất đai = law; "các tổ chức tín dụng" generic
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Train_Full/Vi tinh/VT_VNE_ (1217).txt": [
    ("ReignCom", A),
    ("Apple", A),
    # iRiver, H10, iPod, iPod Mini = products
],
"data/vntc/raw/Train_Full/Vi tinh/VT_VNE_ (1198).txt": [
    ("Đại học Bách khoa Hà Nội", A),
    ("Đại học Bách khoa", "not_before: Hà Nội"),   # "cuộc thi Tin học trẻ do Đại học Bách khoa phát động"
    ("Trung tâm phát triển và ứng dụng phần mềm công nghiệp", A),   # "... (DASI Center) thuộc Đại học ..."
    ("DASI Center", A),
    # "khoa cơ khí" lower-case, descriptive (set 5); TTVN 2004 = contest; MechanicalAssist, MA, myGraphX,
    # iCAD, Visual C++ = products; vietstarse.com only inside an e-mail address
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (3071).txt": [
    ("Yahoo", "not_before: Mail"),   # the company, incl. headline "qua Yahoo" and "Yahoo server" (set 1 tagged
                                     # "trang web của Yahoo", "trang Yahoo"); Yahoo Mail = the product (set 1)
    ("Microsoft", A), ("Time Warner", A),   # "Hotmail của Microsoft và AOL của Time Warner": owners named as such
    # PhotoMail, Hotmail = products; AOL here a mail service listed with Hotmail ("dịch vụ mail khác như
    # Hotmail, AOL"; "Hotmail của Microsoft và AOL của Time Warner"), so not tagged
],
"data/vntc/raw/Train_Full/Vi tinh/VT_TT_ (2494).txt": [
    ("Microsoft", A),
    ("MCI", A),                      # "công ty MCI": descriptor excluded
    # Windows Live Messenger, MSN Messenger = products; Mees.be, BetaNews, Messenger Blog = web services
    # integrated in the product (not cited as sources)
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (2384).txt": [
    ("AFC", A),
    ("Iran", [0, 3, 5]),        # "đội tuyển Iran" (descriptor excluded, set 3), "giúp Iran giành", "Đội bóng đá trong
                                # nhà hay nhất: Iran"; "cầu thủ Iran" = nationality; "Ali Karimi (Iran)" = affiliation
    ("Nhật Bản", [0, 1, 2, 3]), # the national team in the award/ranking context (set 1); "Homare Sawa (Nhật Bản)" not
    ("Bahrain", [1]),           # "vượt qua Bahrain và Iraq"; "tiền đạo người Bahrain" = nationality
    ("Iraq", [0, 1, 2]),        # teams; "Adnan Hamd Majeed (Iraq)" = affiliation in the list, not tagged
    ("Trung Quốc", [1]),        # "Trung Quốc vẫn được nhận danh hiệu Fair Play"; "Bắc Kinh (Trung Quốc)" = place
    ("U19 Trung Quốc", A),      # the women's U19 team, tagged whole (cf. set 1 "Tuyển nữ Việt Nam")
    ("CLB Al Ahli", A),
    ("Perugia", A), ("Atletico Madrid", A),   # "Một số CLB như Perugia (Italy) và Atletico Madrid": plural head excluded
    ("CLB Al Ittihad", A),
    ("Al Ittihad", "not_after: CLB"),
    # Asian Cup, Champion League châu Á, Olympic Athens = events; Fair Play = award; Italy, Tây Ban Nha,
    # Ảrập Xêut, Các Tiểu vương quốc Ảrập thống nhất = places
],
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (1348).txt": [
    ("Anh", [0, 1, 2, 5]),      # "đội tuyển Anh", "tuyển Anh", "giữa Anh và Bồ Đào Nha", "cùng đội tuyển Anh";
                                # "trở về Anh", "Siêu Cup nước Anh", "giải Ngoại hạng Anh" not
    ("Bồ Đào Nha", A),
    ("Áo", A), ("Balan", A),    # "hai trận gặp Áo (ngày 4/9) và Balan"
    ("Arsenal", A),             # incl. "HLV Arsenal" (cf. set 2 "Chủ tịch FIFA")
    ("MU", A), ("Everton", A),  # "sân Goodison Park của Everton": the stadium is a site
    # Euro 2004, Community Shield Cup, Premier League, World Cup 2006 = competitions; "người Pháp" = nationality
],
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (1044).txt": [
    ("FIFA", A),
    ("CONCACAF", A),            # the confederation's acronym after its zone
    # national teams in the FIFA ranking (set 1 convention); "bóng đá Mỹ" -> Mỹ like "đội tuyển X" -> X
    ("Hy Lạp", A),
    ("Mỹ", [0, 1, 2, 6]),       # not "các cầu thủ Mỹ" (nationality), "Bắc Trung Mỹ", "Nam Mỹ" (regions)
    ("Argentina", A), ("CH Czech", A), ("Brazil", A), ("Pháp", A), ("Tây Ban Nha", A),
    ("Hà Lan", A), ("Bồ Đào Nha", A), ("Italy", A), ("Thổ Nhĩ Kỳ", A), ("Đức", A), ("Mexico", A),
    ("Anh", [1]),               # list entry; "Những chú sư tử Anh" = epithet (set 3), not tagged
    ("Indonesia", A), ("Việt Nam", A), ("Thái Lan", A), ("Singapore", A), ("Malaysia", A),
    ("Myanmar", A), ("Lào", A), ("Campuchia", A), ("Philippines", A), ("Brunei", A),
    # Euro 2004, World Cup = competitions; Nam Âu, châu Âu, Đông Nam Á = regions
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (6151).txt": [
    ("CLB Đông Á", [0, 3]),     # headline and related-article headline
    ("CLB Đông Á- Thép Pomina", A),
    ("CLB Đông Á - Thép Pomina", A),
    ("Đông Á", [4, 5]),         # related headlines "Đông Á trở lại hạng Nhất", "Sẽ xử Đông Á"
    ("Cơ quan cảnh sát điều tra Bộ Công an", A),   # unit + juxtaposed parent = one span (set 1)
    ("Bình Định", A),           # "trận đấu gặp Bình Định": club by place (set 3)
    ("Sở TDTT Cần Thơ", A),
    ("Cần Thơ", [1]),           # "Cần Thơ phải xuống hạng Nhì": the club
    ("FIFA", A),
    # "giám đốc điều hành CLB" bare; "cơ quan điều tra" generic; V-League, hạng Nhất quốc gia = competitions
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_TN_T_ (8367).txt": [
    ("Sở Giao thông - Công chánh", A),   # "Giám đốc Sở Giao thông - Công chánh Hà Văn Dũng"
    ("UBND thành phố", A),
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (6799).txt": [
    ("Công an TP HCM", [0]),    # "Phó phòng cảnh sát giao thông Công an TP HCM": unit fused into the title (set 2)
    ("phòng Cảnh sát giao thông Công an TP HCM", A),   # named department (lower-case head, set 2 "phòng Nghiên
                                # cứu ...") juxtaposed with its parent = one span
    ("Nguyễn Thị Minh Khai", A), ("Lê Quý Đôn", A), ("Ernst Thalmann", A),   # "những trường trọng điểm như ...":
                                # schools; the descriptor is excluded
    # "ngành giáo dục" generic; TP HCM = place
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (9245).txt": [
    ("Hội Cựu chiến binh Việt Nam của Mỹ", A),  # Vietnam Veterans of America (VVA): "của Mỹ" is part of the
                                # rendered name, without it the name is the Vietnamese association's
    ("VVA", A),
    ("Ủy ban Trung ương Cựu chiến binh Việt Nam", A),
    ("VAV", A),
    ("Hội Cựu chiến binh Việt Nam", [1]),   # "Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam": "Chủ tịch Trung
                                # ương" is the title; [0] is inside the VVA name
    ("Ủy ban Sáng kiến cựu chiến binh", A),  # "Chủ nhiệm Ủy ban ...": whole name inside a title
    # "Sáng kiến cựu chiến binh" in quotes = the programme; headline "Mỹ trao đổi", "phía Việt Nam" = countries
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_NLD_ (4871).txt": [
    ("NLĐ", A),                 # source tag (set 1)
    ("Vụ ĐH và Sau ĐH", A),     # incl. "Vụ trưởng Vụ ĐH và Sau ĐH", "chuyên viên Vụ ĐH và Sau ĐH"
    # "vụ này" anaphor; Luật Giáo dục, Nghị định ... = laws; "ban soạn thảo" generic; ĐH, CĐ = levels
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (6019).txt": [
    ("Liên Hợp Quốc", A),       # "toà án Liên Hợp Quốc ...", "toà án ... của Liên Hợp Quốc": the lower-case
                                # descriptive tribunal is not a name, the UN is tagged
    ("LHQ", A),
    ("The Daily Telegraph", A), # "tờ The Daily Telegraph"
    ("Giáo hội Thiên chúa giáo", A),   # the (Croatian) Catholic Church as an institution that acts
    ("Hội đồng Giám mục Croatia", A),
    ("EU", A),
    # Vatican, "toà thánh (Vatican)" = the state (set 2); "đạo Cơ đốc Chính thống" = a religion;
    # "tu viện dòng Franciscan" = a monastery (site); "chính quyền Croatia" not tagged (set 1)
],
"data/vntc/raw/Train_Full/The gioi/TG_TN_ (2339).txt": [
    ("Cơ quan năng lượng nguyên tử quốc tế", A),
    ("IAEA", A),
    ("Hội đồng Bảo an", A),     # "Hội đồng Bảo an (HĐBA) LHQ": name, bracketed acronym and parent are 3 spans
    ("HĐBA", A),
    ("LHQ", A),
    # Tehran = metonymy (set 2); Hiệp ước không phổ biến vũ khí hạt nhân = treaty
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (7535).txt": [
    ("Đảng ủy Côn Đảo", A),     # "Bí thư Đảng ủy Côn Đảo" (cf. set 5 "Đảng ủy Fafilm VN")
    ("Ủy ban hòa giải hòa hợp dân tộc Côn Đảo", A),   # "Chủ tịch Ủy ban ...": whole name inside a title
    # nhà lao, trại 6, nhà tù Phú Quốc = sites; "bảo vệ tổ chức" generic
],
"data/vntc/raw/Train_Full/The gioi/TG_ VNE_ (718).txt": [
    ("Bộ Dầu mỏ", A),
    ("Bộ Văn hoá", A),
    ("al-Jazeera", A),          # "theo đài al-Jazeera": descriptor excluded
    ("Salafist Abu Bakr al-Seddiq", A),   # "nhóm Salafist Abu Bakr al-Seddiq": descriptor excluded
    # "học viện cảnh sát" lower-case, a site; "Bộ trưởng Quốc phòng Mỹ" = title; thủy quân lục chiến Mỹ,
    # lực lượng ..., nhóm chiến binh dòng Sunni = generic; chính quyền Iraq lâm thời; Abu Ghraib = prison
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Train_Full/Van hoa/VH_NLD_ (4289).txt": [
    ("Sân khấu Kịch Phú Nhuận", A),   # the theatre company staging the play (set 4 theatre companies)
    ("Kịch Phú Nhuận", "not_after: Sân khấu"),
    ("TFS", A),                 # "được TFS phát sóng" (the studio, set 3)
    # Trôi theo dòng đời, Chị Dậu, Cỏ dại, Người Bình Xuyên = works
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (9992).txt": [
    ("Đại học Quốc gia Hà Nội", A),
    ("Đại học Nông lâm TP HCM", A),
    ("trường Đại học Dân lập Duy Tân", A),   # lower-case head + capitalised full name (set 2)
    ("Cao đẳng Nghệ thuật Hà Nội", A),
    ("Trung học Văn hóa Nghệ thuật Đà Nẵng", A),
    # the contest is an event; "Ban giám khảo" generic (set 2 Ban tổ chức); "Đặng Hào Quang (Hà Nội)" = place
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (1709).txt": [
    ("Phước Sang film", A),     # "ông chủ hãng Phước Sang film": descriptor excluded; Phước Sang alone = person
    ("sân khấu Kịch Sài Gòn", A),   # lower-case official name of the theatre company (cf. Sân khấu Kịch Phú Nhuận)
    ("Thiên Ngân", A),          # "do Thiên Ngân tài trợ": the sponsoring film company
    # "hãng phim tư nhân" generic; film titles = works
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Test_Full/Suc khoe/SK_NLD_T_ (6161).txt": [
    ("Khoa Hồi sức Cấp cứu Bệnh viện Chợ Rẫy TPHCM", A),   # unit + juxtaposed parent (set 1)
    ("NLĐ", A),
    ("Bệnh viện Chợ Rẫy", [1]),
    ("Khoa Hồi sức Cấp cứu", [1]),   # "được chuyển lên Khoa Hồi sức Cấp cứu"; [2] "Trưởng Khoa Hồi sức Cấp cứu"
                                     # = unit fused into a title with no named parent (set 2), not tagged
    # "một cơ sở làm nước khoáng" generic
],
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (2850).txt": [
    ("Bảo hiểm xã hội VN", A),
    ("Bộ Tài chính", A), ("Bộ Y tế", A),
    # "Trưởng ban Bảo hiểm xã hội tự nguyện" = title with a fused unit, no named parent; BHYT = the insurance
    # scheme; "chính phủ" lower-case (set 1); "Cơ quan quản lý", "cấp ủy đảng" generic
],
"data/vntc/raw/Train_Full/Suc khoe/SK_TT_ (2295).txt": [
    ("Sở Y tế", A),
    ("BV Nhi đồng 1", A),
    ("Nhi đồng 2", A),          # "BV Nhi đồng 1 và Nhi đồng 2": singular head stays with the first conjunct (set 4)
    ("Viện Da liễu Trung ương", A),   # "Trưởng khoa Khám bệnh, Viện Da liễu Trung ương"
    # "viện tiếp nhận" anaphor; "y tế cơ quan", "trạm y tế" generic
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (1628).txt": [
    ("Cơ quan An ninh điều tra Công an TP HCM", A),
    ("TAND thành phố", A),
    ("Toà dân sự TAND TP HCM", A),   # "nguyên thẩm phán Toà dân sự TAND TP HCM": court division + parent
    # "VKS truy tố" bare (set 4); "vàng SJC" = product; "cơ quan chức năng/điều tra" generic
],
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (788).txt": [
    ("Ngân hàng Quân đội", A),
    ("Đội Thi hành án quận Tân Bình", A),
    ("Ngân hàng Thương mại cổ phần Quân đội", A),
    ("TAND Phú Nhuận", A),
    ("Công ty TNHH chứng khoán Thăng Long", A),
    ("TAND Tân Bình", A),
    ("Toà Lao động TAND TP HCM", A),
    ("VKSND TP HCM", A), ("VKSND Tối cao", A),
    # "Đội thi hành án", "cơ quan thi hành án" lower-case generic; "Hội đồng quản trị ngân hàng" generic;
    # NHQĐ only inside the decision number "460/2003/NHQĐ"; "Chi nhánh ngân hàng" generic; Bộ luật Hình sự = law
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Test_Full/Khoa hoc/KH_NLD_T_ (1912).txt": [
    ("Liên hợp quốc", A),
    ("Harrods", A), ("Fortnum &amp; Mason", A),   # "Các hãng thực phẩm lớn như ...": the source keeps &amp;
    ("Tổ chức Nông Lương", A),  # "Tổ chức Nông Lương (FAO) của LHQ"
    ("FAO", A),
    ("LHQ", A),
    ("Hiệp hội dinh dưỡng Anh", A),
    # Mauritania, Kazakhstan = places
],
"data/vntc/raw/Train_Full/Khoa hoc/KH_VNE_ (59).txt": [
    ("Đại học Padua", A),
    ("CORILA", A),
    # "Ủy ban chịu trách nhiệm liên lạc với ..." = a description of CORILA, not its name; "chính phủ Italy"
    # lower-case; MOSE = project
],
}
