"""Hand annotation of ORG mentions for check set 9 (general_news_org_9.jsonl).
Same format as annotations_7.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_9.py (helpers in buildlib.py).
Annotated blind: from the article text and the README conventions (sets 1-7) only."""
A = "all"
P = "data/vntc/raw/"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
P + "Train_Full/Kinh doanh/KD_ VNE_ (1067).txt": [
    ("DOC", A),                            # headline, "(DOC)", "của DOC", "nếu DOC"
    ("Thương vụ Việt Nam", A),             # "Thương vụ Việt Nam tại Mỹ": the trade mission (like set 7's embassy); tại ends it
    ("Bộ Thương mại Mỹ", A),
    ("Hải quan Mỹ", A),                    # capitalised service + country acting ("Hải quan Mỹ sẽ yêu cầu"), like
                                           # set 7 "Cảnh sát Ấn Độ"; the later lower-case "hải quan sẽ được lệnh" generic
    ("Ủy ban Hiệp thương quốc tế Mỹ", A),
    ("USITC", A),
    # Trung Quốc, Mỹ = states; "7 công ty lớn", "các nhà nhập khẩu" generic
],
P + "Test_Full/Kinh doanh/KD_VNE_T_ (4017).txt": [
    ("Tổng cục Hải quan", A),
    ("Đại sứ quán Italya", A),             # source spelling; "tại Việt Nam" ends the span (set 5)
    # "Cục Hải quan các tỉnh, thành phố" = every province's customs office (generic plural, cf. set 7 "UBND xã");
    # "xe máy Piaggio", "xe gắn máy hiệu Piaggio", "Piaggio Vespa LX 125" = the brand of the product (set 4 makers in
    # product designations; set 1 motorbike models); "các cơ quan chức năng" generic
],
P + "Test_Full/Kinh doanh/KD_VNE_T_ (6985).txt": [
    ("VnExpress", A),
    ("Cụm cảng hàng không miền Nam", A),   # also inside the titles "Trưởng phòng tài chính ...", "Chánh văn phòng ..."
    ("Cục quản lý giá", A),                # "Cục quản lý giá thuộc Bộ Tài chính": thuộc ends the span
    ("Bộ Tài chính", A),
    # "lãnh đạo Cụm cảng", "Cụm cảng hàng không quyết định" = bare type head without "miền Nam" (anaphor);
    # "quyết định 2308/CCMN" = acronym in a document number (set 6); sân bay Tân Sơn Nhất = site; Thông tư 35 = law
],
P + "Train_Full/Kinh doanh/KD_ VNE_ (1545).txt": [
    ("WTO", A),
    ("EU", A),
    ("Tổ chức Thương mại Thế giới", A),
    ("Liên minh châu Âu", A),
    # Brazil, Thái Lan, Australia, Pháp = states; "tổ chức này", "khối này" anaphors; Hiệp định về nông nghiệp = treaty
],
# ------------------------------------------------------------------- Vi tinh
P + "Test_Full/Vi tinh/VT_VNE_T_ (995).txt": [
    ("IDC", A),                            # "công ty nghiên cứu IDC": descriptor excluded (set 1)
    ("Sun", A),                            # "Sun tuyên bố phát triển ..."
    ("Microsoft", A),                      # "hệ điều hành của Microsoft": the maker
    # Linux, Windows, Solaris OS = products; "công ty nghiên cứu" (bare) anaphor
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (3092).txt": [
    ("Coldplay", A),                       # band (set 4 music groups, set 7 "ban nhạc Rolling Stones")
    ("HMV", A),                            # "HMV, một dịch vụ phân phối nhạc tại Anh": the music retailer
    ("Oasis", A),
    # Crazy Frog, Speed of Sound, Lyla = works/products; Official UK Charts = a chart (ranking)
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (2699).txt": [
    ("Đại học Texas AM", A),               # the & of "Texas A&M" is lost in VNTC
    ("Sun Microsystems", A),
    ("Evans Data", A),                     # "hãng khảo sát Evans Data": descriptor excluded (set 3 "Hãng")
    ("Forrester Research", A),
    ("Microsoft", A),                      # "Visual Basic của Microsoft", "ngôn ngữ của Microsoft": the maker
    ("RedMonk", A),
    # C++, Java, C#, Visual Basic, PHP, Python = languages; Mas Rover = programme
],
P + "Test_Full/Vi tinh/VT_VNE_T_ (3336).txt": [
    ("Microsoft", [0, 1, 2, 5, 6, 7]),     # not inside "Microsoft Windows XP Professional" / "Microsoft Office
                                           # Professional" (products, set 4); "Chủ tịch tâp đoan Microsoft" -> Microsoft
    ("Bộ giáo dục và đào tạo VN", A),      # lower-case words of the ministry's name, head Bộ capitalised
    ("Phòng Thương mại và công nghiệp VN", A),
    ("VCCI", A),
    ("Văn phòng Microsoft Việt Nam", A),   # the company's Vietnam office (set 2 "Intel châu Á", set 3 "Văn phòng tổ chức
                                           # Chữ thập đỏ Italy")
    ("Trung tâm trợ giúp điện tử", A),     # "Trung tâm trợ giúp điện tử của VCCI": của ends the span (set 3)
    # Partners in Learning (PiL), School Agreement = programme/licence; Seattle = place
],
# ------------------------------------------------------------------ The thao
P + "Test_Full/The thao/TT_NLD_T_ (9237).txt": [
    ("Tây Ban Nha", [0, 1, 2, 3, 4, 6]),   # the team in match context (set 6); not "nhiều CĐV Tây Ban Nha" (fans,
                                           # nationality use, set 5)
    ("Liverpool", A),                      # "trong màu áo “quỉ đỏ” Liverpool": the club; the epithet is not tagged
    ("Slovakia", A),                       # the team, also "HLV Galis của Slovakia" (the team he coaches)
    ("FIFA", A),
    ("Thuỵ Sĩ", A), ("Thổ Nhĩ Kì", A),      # "Thuỵ Sĩ thắng Thổ Nhĩ Kì 2 – 0"
    ("CH Czech", A),
    ("Na Uy", A),                          # "trên sân nhà Na Uy": the beaten team
    # "đến Đức", "nước Đức" = place (the World Cup host); SVĐ Vicente Calderon = site; World Cup = competition;
    # "xứ “bò tót”" = epithet; "đội chủ nhà" generic
],
P + "Train_Full/The thao/TT_ VNE_ (33).txt": [
    ("Parma", A),
    ("Parmalat", A),
    ("Chelsea", A),
    ("U21 Italy", A),                      # "đội U21 Italy": age-class team (set 7), descriptor đội excluded
    ("UEFA", A),                           # "Cup UEFA" (set 4)
    ("Fiorentina", A),
    # Serie A = competition; Stamford Bridge = site; "đội bóng Italy" = the Italian club (descriptive);
    # "tập đoàn chế biến sữa này" anaphor
],
P + "Train_Full/The thao/TT_NLD_ (5846).txt": [
    ("Đà Nẵng", A),                        # the club throughout (set 3 club-by-place): headline, "hai đội Đà Nẵng và ...",
                                           # "3 hậu vệ Đà Nẵng", "cho Đà Nẵng"
    ("NLĐ", A),                            # the photo credit (set 1)
    ("AFC", A),                            # "AFC Champions 2006": ORG inside a competition name (sets 2, 4)
    ("Jeonbuk Hyundai Motors", A),
    # "(Hàn Quốc)" = the club's country; sân Chi Lăng = site
],
P + "Test_Full/The thao/TT_TT_T_ (7893).txt": [
    ("AC Milan", A),
    ("La Stampa", A),                      # "Trên tờ La Stampa": the paper as medium; tờ = descriptor
    # "Bà đầm già" = epithet of Juventus (set 3 epithets); "lịch sử CLB" bare head; sân Del Alpi = site
],
# ---------------------------------------------------------- Chinh tri Xa hoi
P + "Train_Full/Chinh tri Xa hoi/XH_NLD_ (3681).txt": [
    ("NLĐO", A),                           # source tag (set 1)
    ("Bộ Giáo dục - Đào tạo", A),
    ("A 25", A), ("PA 25", A),             # "A 25, PA 25 của Bộ Công an": police department codes (set 1 "PC15")
    ("Bộ Công an", A),
    ("Sở Công an Hà Nội", A), ("Sở Công An Hà Nội", A),
    ("Vụ Đại học và Sau đại học", A),      # "Phó vụ trưởng Vụ ...": the body inside the title (set 2)
    ("TTXVN", A),
    # Bách Khoa, Tạ Quang Bửu, Đồng Tâm, ... = wards (places); "chính quyền các phường", "công an phường sở tại" generic
],
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3891).txt": [
    ("Bộ Tư pháp Việt Nam", A),            # "Thứ trưởng Bộ Tư pháp Việt Nam": the body inside the title
    ("Bộ Ngoại giao Pháp", A),             # "Quốc vụ khanh Bộ Ngoại giao Pháp"
    ("Ủy ban Theo dõi hiệp định hợp tác song phương về cho nhận con nuôi", A),   # the joint committee; mà ends it
    ("Quốc hội", "not_before: Pháp"),      # "Quốc hội nước này": capitalised, the French parliament
    ("Quốc hội Pháp", A),
    # "cơ quan con nuôi mới của Pháp", "cơ quan này" generic / anaphor; Việt Nam, Pháp = states
],
P + "Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (6956).txt": [
    ("Đất Việt", [0]),                     # "Công ty quảng cáo Đất Việt": lower-case descriptor between head and name
                                           # excluded (set 1 "Công ty bảo mật SEC Consult")
    ("Công ty Quảng cáo Đất Việt", A),     # capitalised: the full official name (set 2 "công ty Nước giải khát Tribeco")
    ("Tổng cục Du lịch", A),
    ("tổng cục Du lịch", A),               # "Phó tổng cục Du lịch" (elided Phó tổng cục trưởng): the body inside the title
    # "Ban tổ chức" (set 1); "du lịch Việt Nam" = the sector; "chương trình hành động quốc gia" = programme
],
P + "Test_Full/Chinh tri Xa hoi/XH_NLD_T_ (9436).txt": [
    ("Thị ủy La Gi", A),                   # "Bí thư Thị ủy La Gi": the body inside the title
    ("NLĐ", A),
    ("BCH Tỉnh Đảng bộ Bình Thuận", A),    # executive committee juxtaposed with its parent: one span (set 7
    ("BCH Đảng bộ tỉnh Bình Thuận", A),    # "Thường vụ LĐBĐ VN")
    ("Tỉnh ủy", A),                        # "Thường vụ Tỉnh ủy" (a post): the named parent, the Bình Thuận Party committee
    ("Văn phòng Chính phủ", A),
    ("Sở Kế hoạch - Đầu tư", A),
    ("Sở Kế hoạch Đầu tư", A),
    # bare "BCH đã thống nhất" = type acronym (set 4); "công văn số 304/VPCP" = document number (set 6);
    # "ngoài cơ quan", "25 doanh nghiệp" generic
],
# ------------------------------------------------------------------ The gioi
P + "Test_Full/The gioi/TG_VNE_T_ (7559).txt": [
    ("EU", A),                             # "Các nước EU", "của EU", "EU đã đưa thêm", and inside the gloss of Ecofin
    ("Uỷ ban châu Âu", A),
    ("EC", A),
    ("Ecofin", A),                         # the gloss "hội đồng các bộ trưởng tài chính EU" is a lower-case description
                                           # (set 6 CORILA), only EU inside it is tagged
    ("Chính phủ Hy Lạp", A),
    # Brussels = metonymy; "ủy ban đe dọa" lower-case anaphor; titles; "khối đồng tiền chung" generic
],
P + "Train_Full/The gioi/TG_VNE_ (1057).txt": [
    ("PLO", "not_after: Hội đồng"),   # "phong trào PLO": descriptor excluded
    ("Nội các Palestine", A),              # "Thứ trưởng Nội các Palestine": capitalised cabinet + country inside the title
    ("Hội đồng PLO", A),                   # council juxtaposed with its parent: one span
    ("Al Jazeera", A),
    # "Ban lãnh đạo Palestine" (headline) = the leadership, generic; "bệnh viện quân sự ở Paris" unnamed;
    # Intifada = event; "Báo giới Israel" generic
],
P + "Train_Full/The gioi/TG_TT_ (2270).txt": [
    ("BBC", "not_before: News"),           # "truyền hình BBC": descriptor excluded
    ("BBC News 24", A),                    # "đài BBC News 24": the channel (set 4 broadcasters)
    ("AP", A),                             # photo credit
    ("CNN", A),
    # "tòa án" generic; "trại giam tại Hà Lan" = site; The Hague = place; "phía Nga" = state
],
P + "Test_Full/The gioi/TG_NLD_T_ (7825).txt": [
    ("Cảnh sát Anh", A),                   # capitalised police + country (set 5 "Cảnh sát Rotterdam", set 7 "Cảnh sát Ấn Độ")
    ("The Sun", A),                        # "báo Anh The Sun": descriptor excluded
    # lower-case "nhóm cảnh sát Anh", "cảnh sát Pháp" not tagged (set 7 lower-case institution + country);
    # Mercedes = the car; "hoàng gia Anh" = royal family; Pont D'Alma = site
],
# ------------------------------------------------------------------- Van hoa
P + "Test_Full/Van hoa/VH_VNE_T_ (7333).txt": [
    ("CBS", A),                            # "đài CBS"
    ("ABC", A),                            # "(kênh ABC)", "Một bộ phim khác của ABC"
    # Emmy = award; series titles = works
],
P + "Test_Full/Van hoa/VH_VNE_T_ (7747).txt": [
    ("Eon Productions", A),
    ("Eon", "not_before: Productions"),    # "làm ở Eon, công ty sản xuất phim Bond"
    ("Sun", A),                            # "báo Sun" (set 5 "Sun")
    # "thành Liverpool" = place; "truyền hình Anh" generic; LHP quốc tế Edinburgh, giải ... = awards/events
],
P + "Test_Full/Van hoa/VH_VNE_T_ (2226).txt": [
    ("OutKast", A),                        # the duo (music group, set 4)
    ("MTV", A),                            # "giải MTV châu Âu" (x2), "MTV 2004": the ORG inside the award/event name
                                           # (sets 2, 4); "MTV cũng trao giải": the broadcaster acting
    ("Black Eyed Peas", A),                # "Nhóm Black Eyed Peas": descriptor excluded
    ("Linkin Park", A),
    ("D12", A),
    ("No Doubt", A),                       # "ban nhạc đang được yêu chuộng tại Mỹ No Doubt"
    ("La Strada", A),                      # "tổ chức La Strada": descriptor excluded
    # Grammy, AMA (giải Âm nhạc Mỹ), Free Your Mind = awards; Rome = place; persons
],
# ------------------------------------------------------------------ Suc khoe
P + "Test_Full/Suc khoe/SK_VNE_T_ (4147).txt": [
    ("EC", A),                             # headline "EC tài trợ" and "(EC)"
    ("Viện Chiến lược  Chính sách Bộ Y tế", A),   # & lost in VNTC (two spaces kept, set 4); institute + parent = one span
    ("Trung tâm Xã hội học", A),
    ("Orbis Quốc tế", A),                  # "tổ chức Orbis Quốc tế tại Việt Nam": descriptor excluded, tại ends it
    ("Bệnh viện Mắt Trung ương", A),
    ("Bệnh viện Chợ Rẫy TP HCM", A),
    ("Ủy ban châu Âu", A),
    ("Gia đình  Xã hội", A),               # "báo Gia đình & Xã hội" (& lost): descriptor excluded
    ("Anmum", A),                          # "hãng sữa Anmum", co-organiser of the workshop
    ("Đại học Y dược TP HCM", A),
    # "dự án Hỗ trợ chăm sóc sức khỏe ..." = project; "2 cơ sở" generic
],
P + "Test_Full/Suc khoe/SK_VNE_T_ (4539).txt": [
    ("Sở Y tế TP HCM", A),
    ("Sở Y tế", [1]),                      # "giữa Sở Y tế với ...": short capitalised name (set 4 "Sở Giáo dục")
    ("Sở Y tế thành phố", A),              # generic place tail kept (set 2)
    ("Bộ Y tế", A),
    # "báo cáo lên Sở" bare head; "các công ty, xí nghiệp", "các cơ sở y tế" generic
],
P + "Test_Full/Suc khoe/SK_VNE_T_ (5476).txt": [
    ("LG Electronics", A),                 # "Hãng LG Electronics": Hãng = descriptor (set 3)
    ("Viện Nghiên cứu Khoa học Nông nghiệp Trung Quốc", A),
    ("Đại học Quốc gia Seoul", A),
    # "phòng nghiên cứu điều hòa nhiệt độ của LG Electronics" = lower-case descriptive unit in a title;
    # Neo Plasma Plus, Anti-A.I. Aircon = products
],
# ----------------------------------------------------------------- Phap luat
P + "Train_Full/Phap luat/PL_TT_ (2097).txt": [
    ("QH", [0, 1, 3, 4, 7, 8]),            # abbreviation of the unique Quốc hội (tagged like Quốc hội, not a bare type
                                           # acronym like HĐND); also inside the law name "Luật tổ chức QH" and the
                                           # title "tổng thư ký QH"
    ("Ủy ban Pháp luật", A),               # "Ủy ban Pháp luật của Quốc hội": của ends the span
    ("Quốc hội", A),
    ("Ủy ban Kinh tế", "not_before: và ngân sách"),   # planned committees being set up (set 4 referential bodies)
    ("Ủy ban Tài chính - ngân sách", A),
    ("Ủy ban Kinh tế và ngân sách QH", A),  # existing committee juxtaposed with its parent
    ("Ủy ban Thường vụ QH", A),
    ("Ủy ban Tư pháp", A),
    ("Ủy ban giám sát tư pháp", A),        # the alternative name of the planned committee (in brackets)
    ("Chính phủ", A),
    ("Viện Kiểm sát nhân dân tối cao", A),
    ("Tòa án nhân dân tối cao", A),
    ("Ban Dân nguyện", A),                 # "Ban Dân nguyện của Ủy ban Thường vụ QH"
    ("Ủy ban Dân nguyện", A),              # the proposed upgraded committee
    # lower-case "ủy ban pháp luật và ủy ban tư pháp" (the draft's generic wording), "ủy ban này" anaphor;
    # "Luật tổ chức QH" = law (only QH tagged)
],
P + "Train_Full/Phap luat/PL_ VNE_ (1250).txt": [
    ("Toà phúc thẩm TAND Tối cao", A),     # court division + its court = one span (set 6)
    ("TAND Tối cao", "not_after: phúc thẩm"),
    ("VKSND TP HCM", A),
    ("TAND TP HCM", A),
    # HĐXX (set 1); "quán cà phê Linda" = the crime scene (site); "cơ quan điều tra" generic; bare "Toà trả",
    # "Viện kiểm sát đề nghị" (related headline) = bare type heads; "tuyển taekwondo quốc gia" generic
],
# ----------------------------------------------------------------- Khoa hoc
P + "Train_Full/Khoa hoc/KH_TN_ (1527).txt": [
    ("Daimle Chrysler", A),                # source spelling kept
    ("ZEV Ltd", A),                        # "Công ty nhập khẩu ZEV Ltd (Anh)": descriptor excluded (set 1)
    ("ZEV", "not_before: Ltd"),
    ("BBC News Online", A),                # news site cited as source (set 3)
    # The Gem = product; Mobility Roadshow = exhibition (event)
],
P + "Train_Full/Khoa hoc/KH_VNE_ (653).txt": [
    ("Đài quan sát những vật thể gần trái đất Lowell", A),   # the observatory as employer ("thuộc"), with a director:
    ("LONEOS", A),                         # a research institution (set 7 "Phòng thí nghiệm vật lý quốc gia Anh")
    ("khoa Khoa học Hành tinh và sao băng", A),   # named department, lower-case khoa (set 2 "khoa Bỏng")
    ("Đại học Tổng hợp London", A),
    # Flagstaff Arizona = place; 2004 JG6 = asteroid
],
}
