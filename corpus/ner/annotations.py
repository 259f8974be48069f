"""Hand annotation of ORG mentions. Key = article id. Each item is
(surface, which): which = "all" -> every word-bounded occurrence of surface,
or a list of 0-based indices into the word-bounded occurrences of surface.
Offsets are computed from the exact text and then checked in build.py."""
A = "all"
ANN = {
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (638).txt": [
    ("Công ty Bất động sản Bảo Tín", A),
    ("công ty bất động sản Bảo Tín", A),
    ("Công ty địa ốc ACB", A),
    # "Nhà chung cư Vinaconex" = a building (facility), not tagged
],
"data/vntc/raw/Train_Full/Kinh doanh/KD_ VNE_ (1162).txt": [
    ("Bộ Xây dựng", A),
    ("Chính phủ", A),
    ("Bộ Tài nguyên Môi trường", A),
    ("Sở Kế hoạch Đầu tư Hà Nội", A),
    ("Sở địa chính", A),
],
"data/vntc/raw/Test_Full/Kinh doanh/KD_VNE_T_ (1519).txt": [
    ("Trung tâm điều độ hệ thống điện quốc gia", A),
    ("EVN", A),
    ("Bộ Công nghiệp", A),
],
"data/vntc/raw/Train_Full/Vi tinh/VT_TT_ (2172).txt": [
    ("Yahoo", "not_before: Mail"),
    ("SEC Consult", A),
    ("Google", A),
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (1345).txt": [
    ("Sony", A),
    ("Nintendo", "not_before: DS"),
],
"data/vntc/raw/Test_Full/Vi tinh/VT_VNE_T_ (4557).txt": [
    ("Google", "not_before: Talk"),
    ("Microsoft", A),
    ("America Online", A),
    ("Netscape", A),
    ("Sun Microsystems", A),
    ("MSN", [0]),          # "liên kết giữa MSN và America Online" (company); 2nd = IM product
    ("Time Warner", A),
    ("AOL", A),
    ("RealNetworks", A),
    ("Real", A),
],
"data/vntc/raw/Train_Full/The thao/TT_TN_ (3983).txt": [
    ("Tampines Rovers", A),
    ("Tampines", "not_before: Rovers"),
    ("CLB Pahang", A),
    ("Pahang", "not_after: CLB"),
    ("HAGL", "not_after: CLB"),
    ("CLB HAGL", A),
    ("DPMM", "not_after: CLB"),
    ("CLB DPMM", A),
],
"data/vntc/raw/Train_Full/The thao/TT_NLD_ (6160).txt": [
    ("Thun", A), ("Malmo", A), ("Real Madrid", A), ("Juventus", A), ("Chelsea", A),
    ("Dinamo Kiev", A), ("Real Betis", A), ("Udinese", A), ("Liverpool", A),
    ("CSKA Sofia", A), ("Panathinaikos", A), ("Artmedia Bratislava", A),
    ("Rapid Vienna", A), ("Rosenborg", A),
],
"data/vntc/raw/Train_Full/The thao/TT_NLD_ (4770).txt": [
    ("FIFA", "not_after: Bóng đá"),
    ("Liên đoàn Bóng đá FIFA", A),
    ("Tuyển nữ Việt Nam", A),
    ("Việt Nam", [0, 2, 4]),  # national-team uses; #1 inside "Tuyển nữ Việt Nam", #3 "các cô gái Việt Nam" (people)
    ("Thái Lan", A), ("Myanmar", A), ("Indonesia", A), ("Malaysia", A),
    ("Philippines", A), ("Singapore", A), ("CHDCND Triều Tiên", A),
    ("Trung Quốc", A), ("Nhật Bản", A), ("Đức", A), ("Mỹ", A), ("Na Uy", A),
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (1464).txt": [
    ("Khu quản lý giao thông đô thị", A),
    ("Sở giao thông công chính TP HCM", A),
    ("Cảnh sát giao thông TP HCM", A),
],
"data/vntc/raw/Test_Full/Chinh tri Xa hoi/XH_VNE_T_ (3351).txt": [
    ("Trung tâm Y tế huyện Bình Chánh", A),
    ("Bệnh viện Chợ Rẫy", "not_after: cấp cứu"),
    ("Khoa Hồi sức cấp cứu Bệnh viện Chợ Rẫy", A),
    ("Xí nghiệp Xây lắp Ngoại thương", A),
    ("Công ty Xây lắp Thương mại 2", A),
],
"data/vntc/raw/Train_Full/Chinh tri Xa hoi/XH_NLD_ (5055).txt": [
    ("NLĐ", A),
    ("Tổ chức Thương mại Thế giới", A),
    ("WTO", A),
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (684).txt": [
    ("Chính phủ Tây Ban Nha", A),
    ("đảng Nhân dân", A),
    ("đảng Xã hội", A),
    ("Nhân", "after: đảng trung tả"),
    ("Đảng Xã hội", A), ("PSOE", A),
    ("Đảng Nhân dân", A), ("PP", A),
    ("Đảng Xứ Catalan", A), ("CiU", A),
    ("Đảng Cánh tả Cộng hoà Catalonia", A), ("ERC", A),
    ("Đảng Cánh tả đoàn kết", A), ("IU", A),
    ("ETA", A),
    ("Al-Qaeda", A),
],
"data/vntc/raw/Test_Full/The gioi/TG_VNE_T_ (2231).txt": [
    ("Liên Hợp Quốc", A),
    ("Ngân hàng Thế giới", A), ("WB", A),
    ("Tổ chức Y tế Thế giới", A), ("WHO", A),
],
"data/vntc/raw/Test_Full/Van hoa/VH_VNE_T_ (10347).txt": [
    ("NXB Trẻ", A), ("Tuổi Trẻ", A), ("Công ty Fahasa", A),
    ("Fahasa", "not_after: Công ty"), ("Văn Nghệ", A), ("Hội Nhà văn Việt Nam", A),
],
"data/vntc/raw/Train_Full/Van hoa/VH_VNE_ (3064).txt": [
    ("Yahoo", A), ("WWE", A), ("NBA", A), ("NASCAR", A), ("NFL", A),
],
"data/vntc/raw/Train_Full/Suc khoe/SK_ VNE_ (1049).txt": [
    ("Đại học Sư phạm Quy Nhơn", A),
    ("Bệnh viện Đa khoa tỉnh", A),
    ("Tân Thành", A),
    ("Hương Giang", A),
    ("Bệnh viện Tâm thần Bình Định", A),
    ("Thanh tra Sở Y tế", A),
    ("Hội Dược học Bình Đình", A),
],
"data/vntc/raw/Test_Full/Suc khoe/SK_VNE_T_ (672).txt": [
    ("Bệnh viện Jiangong", A), ("Bệnh viện Ditan", A),
],
"data/vntc/raw/Train_Full/Phap luat/PL_NLD_ (4110).txt": [
    ("NLÐO", A), ("NLĐO", A),
    ("Công ty luật Phạm và Liên danh", A),
    ("Công an Quận 9", A),
    ("Phòng cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ", A),
    ("PC15", A),
    ("Công an TPHCM", A),
    ("Công ty TNHH Đức Phương", A),
    ("Công ty Honda", A),
],
"data/vntc/raw/Test_Full/Phap luat/PL_VNE_T_ (1682).txt": [
    ("Công an phường 27", A), ("công an phường 27", A),
    ("Đội Cảnh sát điều tra tội phạm về trật tự xã hội", A),
    ("Công an quận Bình Thạnh", A),
],
"data/vntc/raw/Test_Full/Doi song/DS_VNE_T_ (1965).txt": [
    ("Bộ Giáo lý Đức tin", A),
    ("Giáo đoàn Vatican", A),
],
"data/vntc/raw/Test_Full/Doi song/DS_VNE_T_ (2256).txt": [
    ("NXB Trẻ", A), ("NXB Văn hóa Thông tin", A),
],
"data/vntc/raw/Train_Full/Khoa hoc/KH_VNE_ (1120).txt": [
    ("Đại học Công nghệ", A),
    ("Viện khoa học Vật liệu", A),
    ("Liên hiệp các hội vật lý châu Á - Thái Bình Dương", A),
    ("Viện Khoa học vật liệu", A),
    ("Viện Khoa học và Công nghệ VN", A),
    ("Viện hàn lâm khoa học Ba Lan", A),
],
"data/vntc/raw/Train_Full/Khoa hoc/KH_TT_ (1481).txt": [
    ("Ủy ban Khoa học - công nghệ &amp; môi trường Quốc hội", A),
    ("Quốc hội", "not_after: môi trường"),
],
}
