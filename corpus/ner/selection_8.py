"""Final selection for ORG check set 8 (indices into the per-topic candidate
lists of select_candidates_8.py: set-1 to set-7 ids excluded, parity rule
int(sha1(id), 16) % 2 == 0, sha1("org-set-8:" + id) order) with the reading
decision for every article inspected.
Acceptance rule (as for sets 1-7): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota;
strict=True (reading stopped at the article that filled the quota).
Doi song: after the exclusions and the parity rule only 13 candidates are left,
the same 13 even-half articles that set 6 read to the end (set 4 had taken the
half's one acceptable Doi song article). Reading all 13 again gave NO acceptable
article (reader letters, a poem, single eateries and a cafe, restaurants inside
hotels described as venues, a weather report, a buying guide, only Thanh Nien,
only the TTC source tag). Its quota is therefore 0, marked as read to the end
(EXHAUSTED), as sets 4, 6 and 7 did. The two freed slots go, one at a time, to the
first 2-article topic in quota order, as in sets 4, 6 and 7: the first to Van hoa
(quota 3), the second, Van hoa no longer being a 2-article topic, to Suc khoe
(quota 3). The set still has 30 articles."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"),
                (1, "reject: stock tickers only (SAV, LAF, GMD, REE, ...); VF1 = a fund certificate traded"),
                (2, "reject: stock tickers only (REE, GMD, BBT, VF1, ...)"),
                (3, "reject: only VASEP (with its full name); EU only as an export market"),
                (4, "accept"),
                (5, "accept"),
                (6, "reject: only Ngan hang Nha nuoc Viet Nam ('Ngan hang thuong mai Nha nuoc', 'cong ty cho thue tai chinh' generic)"),
                (7, "accept")],
 "Vi tinh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The thao": [(0, "accept"), (1, "accept"), (2, "accept"),
              (3, "reject: no ORG (women's boxing; doi tuyen Ha Noi / national team; SEA Games, ASIAD = events)"),
              (4, "accept")],
 "Chinh tri Xa hoi": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "The gioi": [(0, "reject: only NTV (Kremlin = site; 'quan doi Lien Xo' lower-case institution + country)"),
              (1, "accept"), (2, "accept"), (3, "accept"), (4, "accept")],
 "Van hoa": [(0, "accept"),
             (1, "accept"),
             (2, "reject: no ORG (phong tra M&Toi, Yesterday, Dong Dao, Trung tam Ca nhac Lan Anh, MTV ... = music venues; Giai Mai Vang = award)"),
             (3, "accept")],
 "Suc khoe": [(0, "accept"), (1, "accept"), (2, "accept")],
 "Phap luat": [(0, "accept"),
               (1, "reject: only Vien KSND TP Ha Noi (the department is fused into a title; the later bare 'Vien KSND' is the same body)"),
               (2, "accept")],
 "Doi song": [(0, "reject: only one cafe (An Nam)"),
              (1, "reject: only Thanh Nien (newspaper, twice); 'co quan bao dai' generic"),
              (2, "reject: only TTC (source tag); railway stations and a hotel as places"),
              (3, "reject: weather report, no ORG"),
              (4, "reject: reader letter (a poem), no ORG"),
              (5, "reject: only one eatery (com tam Dong Xuan)"),
              (6, "reject: reader letter, no ORG"),
              (7, "reject: restaurants/cafes inside hotels described as venues; hotels = sites; at most one eatery (nha hang Dong Khanh)"),
              (8, "reject: reader letter, no ORG"),
              (9, "reject: reader letter, no ORG"),
              (10, "reject: buying guide, no ORG (CB, ELCB = devices)"),
              (11, "reject: reader letter, no ORG (VNEXPRESS only in an e-mail subject line)"),
              (12, "reject: only one eatery (Duong Thanh); a food street = place")],
 "Khoa hoc": [(0, "accept"),
              (1, "reject: only Dai hoc Rhode Island"),
              (2, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 3, "Suc khoe": 3, "Phap luat": 2, "Doi song": 0, "Khoa hoc": 2}
EXHAUSTED = {"Doi song"}   # candidate list read to the end


def selected():
    import select_candidates_8 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True, exhausted=EXHAUSTED)


if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
