"""Hand annotation of ORG mentions for check set 2 (general_news_org_2.jsonl).
Same format as annotations.py. Key = article id. Each item is (surface, which):
which = "all" -> every word-bounded occurrence of surface; a list -> 0-based
indices into the word-bounded occurrences of surface; "not_before: X" /
"not_after: X" / "after: X" -> occurrences not followed / not preceded /
preceded by the word(s) X; "not_followed: X" -> occurrences not immediately
followed by the raw string X (no space). Offsets are computed from the exact
text and then checked in build_2.py."""
A = "all"
ANN = {
# ---------------------------------------------------------------- Kinh doanh
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (6214).txt": [
    ("Hội đồng định giá và bán đấu giá tài sản tịch thu sung quỹ Nhà nước TP HCM", A),
    ("Hội đồng định giá", "not_before: và bán"),   # short capitalised name, 3 later mentions
    # bare "Hội đồng" (do Hội đồng tổ chức) = anaphor, not tagged; "hải quan" generic
    ("Công ty LV", A),
    ("Công ty Thành Công Sài Gòn", A),
    ("Công ty Kim Đại Lợi", A),
    ("công ty Kim Đại Lợi", A),                    # lower-case repeat of the full name
    ("Kim Đại Lợi", [1]),                          # "là Kim Đại Lợi phát giá"
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (5080).txt": [
    ("Bộ Nông nghiệp Mỹ", A),
    ("EU", A),          # "thực phẩm của Mỹ, EU và Canada": EU is an organisation (Mỹ, Canada not tagged)
    ("Bộ Y tế", A),     # Mississippi's health department
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (2).txt": [
    ("Ủy ban điều phối thực hiện CEPT/AFTA", A),   # headline spelling
    ("Uỷ ban điều phối thực hiện CEPT/AFTA", A),
    ("CCCA", A),
    ("ASEAN", A),       # incl. inside event/programme names (Hội nghị thượng đỉnh ASEAN, Cơ chế ưu đãi hội nhập ASEAN)
    ("Hội đồng AFTA", A),  # inside "Hội nghị Hội đồng AFTA lần thứ 17"
    ("Bộ Tài chính", A),
    ("Thương mại", A),  # "các bộ Thương mại, Công nghiệp": shared plural head "các bộ" excluded
    ("Công nghiệp", A),
    # CEPT/AFTA alone, AISP, SOLVIT, GEL, TNBs, AEM35 = schemes/lists/meetings; member countries not tagged
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (3491).txt": [
    ("Công ty Dầu khí quốc tế Talisman", A),
    ("Talisman", [1]),  # "công ty Talisman" -> descriptor excluded
    ("Công ty thăm dò và khai thác dầu khí", A),
    ("PVEP", "not_after: Công ty"),
    ("Công ty PVEP", A),
    ("Tổng Công ty dầu khí Việt Nam Petrovietnam", A),  # name + juxtaposed trade name = one outermost span
    ("Thăng Long JOC", A),
    # "(Canada)", headline "với Canada" = country, not tagged
],
# ------------------------------------------------------------------- Vi tinh
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (3954).txt": [
    ("F-Secure", A),
    ("Microsoft", A),
    ("McAfee", A),
    ("Symantec", A),
    # Windows (product), Zotob/Bozori/IRCbot/SQL Slammer/MyDoom (worms), IRC (protocol) not tagged
],
"data/vntc/raw/Train_Full/Vi tinh/VT_TT_ (2128).txt": [
    ("Cornice", "not_followed: 's"),   # "Cornice's Dragon" = product line, not tagged
    ("SAMSUNG", A),
    ("Creative Techology", A),
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (712).txt": [
    ("CMS", A),   # công ty máy tính CMS / phòng thí nghiệm - đo lường CMS / Trưởng phòng Thử nghiệm số 1 CMS / Giám đốc CMS
    ("Tổng cục Tiêu chuẩn đo lường chất lượng", A),
    ("Intel châu Á", A),
    # "Phòng thí nghiệm số 1" = the certified lab (facility); ISO IEC 17025 = standard
],
"data/vntc/raw/Test_Full/Vi tinh/VT_TT_T_ (5843).txt": [
    ("GOV3", A),        # "Quĩ nghiên cứu Internet GOV3 của Anh": descriptor excluded
    ("Government for the third millennium", A),
    ("Chính phủ của thiên niên kỷ thứ ba", A),  # Vietnamese rendering of the same name
    ("Bộ Bưu chính - viễn thông", A),
    # WSIS = summit (event); "Chính phủ đóng vai trò..." = governments in general, not tagged
],
# ------------------------------------------------------------------ The thao
"data/vntc/raw/Train_Full/The thao/TT_VNE_ (1422).txt": [
    ("Schalke", A),
    ("Werder Bremen", A),
    ("Bremen", "not_after: Werder"),
    ("Hertha Berlin", A),
    # Bundesliga = competition; sân Weserstadion = site
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (2407).txt": [
    ("CLB Arsenal", A),
    ("Arsenal", "not_after: CLB"),
    ("CLB Bayern", A),
    ("Bayern", "not_after: CLB"),
    ("Chelsea", A),
    ("Celta Vigo", A),
    ("Real", A),
    # Champions League = competition
],
"data/vntc/raw/Test_Full/The thao/TT_VNE_T_ (3829).txt": [
    ("FIFA", A),
    ("Liên đoàn bóng đá thế giới", A),
    ("Chelsea", A),
    ("CLB MU", A),
    ("LĐBĐ Anh", A),
    ("UEFA", A),
    ("FA", A),
    ("Liverpool", A),
    # "CLB cũng như LĐBĐ Anh": bare CLB generic; "tờ báo Anh" generic; sân Anfield = site
],
"data/vntc/raw/Train_Full/The thao/TT_NLD_ (6308).txt": [
    ("NLĐ", A),
    ("Đất Việt", A),
    ("VFF", A),
    ("Công ty VFD", A),
    ("VFD", "not_after: Công ty"),
    ("công ty Nước giải khát Tribeco", A),   # lower-case head + capitalised full name
    # V-League, Cúp Quốc gia = competitions
],
# ---------------------------------------------------------- Chinh tri Xa hoi
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_VNE_ (55).txt": [
    ("Chi cục thú y TP HCM", A),
    ("Chi cục Thú y TP HCM", A),
    ("Chi cục quản lý thị trường thành phố", A),
    ("VnExpress", A),
    ("Cục Vệ sinh An toàn thực phẩm", A),
    ("Bộ Y tế", A),
    # chợ Hàng Bè = site; "quán cơm tấm Sài Gòn" = not clearly a name, not tagged
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (5930).txt": [
    ("ĐH Quản trị du lịch và khách sạn quốc tế Thụy Sỹ", A),
    ("HIMi", A), ("HTMi", A),
    ("Công ty Tư vấn Du học Đức Anh", A),
    # khách sạn Melia = venue (hotel as site); bare "Trường" = anaphor
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (2412).txt": [
    ("Ban pháp chế HĐND TP HCM", A),
    ("Ban pháp chế", "not_before: HĐND"),
    ("HĐND TP HCM", "after: Trưởng ban Pháp chế"),   # unit fused into the title: only the parent tagged
    ("Công an thành phố", A),
    ("Công an TP HCM", A),
    # "Trưởng phòng CSGT đường bộ" = title; bare CSGT, "chiến sĩ công an", "dân phòng" = generic
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_NLD_T_ (9256).txt": [
    ("NLĐ", A),
    ("Bộ GTVT", A),
    ("Chính phủ", A),   # "Thủ tướng Chính phủ": capitalised name inside a title (cf. Bộ trưởng Bộ X)
    # "1305/BGTVT-VT" = document number
],
# ------------------------------------------------------------------ The gioi
"data/vntc/raw/Train_Full/The gioi/TG_TT_ (2005).txt": [
    ("Văn phòng Kiểm toán", A),
    ("Sở Thuế Thái Lan", A),
    ("Cơ quan Minh bạch Thái Lan", A),
],
"data/vntc/raw/Train_Full/The gioi/TG_NLD_ (2676).txt": [
    ("Cơ quan Nguyên tử năng lượng Quốc tế", A),
    ("IAEA", A),
    ("Hội đồng Bảo an Liên Hiệp Quốc", A),
    ("LHQ", A),
    # NPT = treaty; Tehran = metonymy for the government, not tagged
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (539).txt": [
    ("Liên Hợp Quốc", A),
    ("Uỷ ban giải Nobel Hoà bình", A),
    ("LHQ", A),
    ("IAEA", A),
    ("Liên minh châu Âu", A), ("EU", A),
    ("ISM", A), ("Phong trào Đoàn kết Quốc tế", A),
    ("The Community of Sant' Egidio", A),
    ("Mothers in Black", A),
    # Vatican, Liên Xô, Tel Aviv = states/metonymy; giải Nobel = award
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (5509).txt": [
    ("IAEA", A),
    ("Cơ quan Năng lượng Nguyên tử Quốc tế", A),
    ("Hội đồng Bảo an Liên Hợp Quốc", A),
    ("Hội đồng Bảo an", "not_before: Liên Hợp Quốc"),
    ("Liên Hợp Quốc", "not_after: Bảo an"),
    ("LHQ", A),
    # "Cơ quan giám sát quốc tế" = generic descriptor; châu Âu, Bình Nhưỡng = political actors
],
# ------------------------------------------------------------------- Van hoa
"data/vntc/raw/Train_Full/Van hoa/VH_NLD_ (3905).txt": [
    ("Sân khấu IDECAF", A),
    ("IDECAF", "not_after: Sân khấu"),
    ("Đoàn Xiếc TPHCM", A),
    ("Đoàn Xiếc TP", A),
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (4424).txt": [
    ("Ban Quản lý bảo tồn di tích Hội An", A),
    ("Đại học Mỹ thuật Huế", A),
    ("trường Trung học cơ sở Kim Đồng", A),   # head noun of the official name, lower-case
],
# ------------------------------------------------------------------ Suc khoe
"data/vntc/raw/Train_Full/Suc khoe/SK_VNE_ (2013).txt": [
    ("BV Xanh Pôn", A),
    ("Xanh Pôn", "not_after: BV"),
    ("Hội Ngoại khoa", A),
    ("Đại học Dược", A),      # "Chủ nhiệm bộ môn Dược lâm sàng Đại học Dược": unit fused into title
    ("Bệnh viện phụ sản Hà Nội", A),
    ("khoa Bỏng", A),         # named department
],
"data/vntc/raw/Test_Full/Suc khoe/SK_TN_T_ (5644).txt": [
    ("phòng Nghiên cứu Polyme Dược phẩm", A),
    ("Viện Hóa học", A),
    ("Viện Khoa học và Công nghệ Việt Nam", A),
    ("Công ty cổ phần dược phẩm - thực phẩm Thăng Long", A),
    # "Trưởng phòng Polyme Dược phẩm" = title; CHITOFOOD = product
],
# ----------------------------------------------------------------- Phap luat
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (352).txt": [
    ("Uỷ ban nhân dân TP HCM", A),
    ("UBND TP HCM", A),
    ("UBND thành phố", A),
    ("TAND thành phố", A),
    ("Thành Nam", A),          # the cosmetics business (mỹ phẩm / cơ sở = descriptors)
    ("Công ty Mỹ phẩm Sài Gòn", A),
    ("Lan Hương", A),
    # Tòa, HĐXX generic; Miss = label text
],
"data/vntc/raw/Train_Full/Phap luat/PL_ VNE_ (1326).txt": [
    ("Phòng cảnh sát hình sự Công an Hà Nội", A),
    ("Công ty liên doanh khách sạn Hà Nội Fortuna", A),
    # "khách sạn Fortuna" = the hotel (site), not tagged; bare "Công an" generic
],
# ------------------------------------------------------------------ Doi song
"data/vntc/raw/Test_Full/Doi song/DS_VNE_T_ (2554).txt": [
    ("Công ty TNHH thương mại dịch vụ Tâm Minh Phương", A),
    ("Công ty Kỳ Quang", A),
],
"data/vntc/raw/Test_Full/Doi song/DS_NLD_T_ (970).txt": [
    ("Sz Magazine", A),        # "tạp chí Đức Sz Magazine" (cf. set 1 tuần báo Văn Nghệ)
    ("Liên Hiệp Quốc", A),
    ("FAO", A), ("WHO", A), ("UNESCO", A), ("UNICEF", A),
    # Ban tổ chức / ban tổ chức = generic
],
# ------------------------------------------------------------------ Khoa hoc
"data/vntc/raw/Train_Full/Khoa hoc/KH_VNE_ (2045).txt": [
    ("Công ty Agifish An Giang", A),
    ("Công ty Agifish", "not_before: An Giang"),
    ("Trung tâm 3", A),
    ("Tổng cục Tiêu chuẩn đo lường chất lượng", A),
],
"data/vntc/raw/Test_Full/Khoa hoc/KH_VNE_T_ (1263).txt": [
    ("CRC for Interaction Design", A),
    ("ACID", A),
    ("Đại học Murdoch", A),
],
}
