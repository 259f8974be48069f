"""Final selection for ORG check set 6 (indices into the per-topic candidate
lists of select_candidates_6.py: set-1 to set-5 ids excluded, parity rule
int(sha1(id), 16) % 2 == 0, sha1("org-set-6:" + id) order) with the reading
decision for every article inspected.
Acceptance rule (as for sets 1-5): >= 2 distinct, unambiguous organisation
names by reading; the first accepted articles in order fill the topic quota;
strict=True (reading stopped at the article that filled the quota).
Doi song: after the exclusions and the parity rule only 13 candidates are left
(the same even half that set 4 read, minus set 4's one accepted Doi song article).
Reading all 13 gave NO acceptable article (reader letters, eateries, restaurants
inside hotels, a weather report, a buying guide, only Thanh Nien, only the TTC
source tag). Its quota is therefore 0, marked as read to the end (EXHAUSTED), as
set 4 did for its Doi song. The two freed slots go, one at a time, to the first
2-article topic in quota order, as in set 4: the first to Van hoa (quota 3), the
second, Van hoa no longer being a 2-article topic, to Suc khoe (quota 3). The set
still has 30 articles."""
SELECTION_LOG = {
 "Kinh doanh": [(0, "accept"), (1, "accept"), (2, "accept"), (3, "accept")],
 "Vi tinh": [(0, "reject: only FPT Mobile (Samsung, Motorola name the phones it sells = product brands)"),
             (1, "reject: only S-Telecom (its Hanoi branch) and its own network brand S-Fone, one business; ZTE, UTS only inside phone model names"),
             (2, "reject: no ORG (PhotoImpact XL, Photoshop = software products)"),
             (3, "accept"),
             (4, "accept"),
             (5, "reject: only IBM (ThinkCentre, IBM ThinkVantage, Intel Pro-1000 Ethernet = products)"),
             (6, "accept"),
             (7, "accept")],
 "The thao": [(0, "accept"), (1, "accept"), (2, "accept"),
              (3, "reject: only teams named by city/province (TP HCM, Da Nang, ...) in a school tournament; HKPD = the event"),
              (4, "reject: only national teams (Anh, Argentina, Phap, Duc, ...); World Cup = event"),
              (5, "reject: only national teams (tuyen nu VN, Myanmar, Thai Lan, Indonesia); SEA Games = event"),
              (6, "reject: only clubs named by province (Khanh Hoa, Hai Phong); BHL, CLB generic; V-League = competition"),
              (7, "accept")],
 "Chinh tri Xa hoi": [(0, "reject: tourism programme listing, no ORG"),
                      (1, "accept"), (2, "accept"), (3, "accept"), (4, "accept")],
 "The gioi": [(0, "accept"),
              (1, "reject: only SAARC (Hiep hoi hop tac khu vuc Nam A + acronym = one ORG); countries and capitals as states"),
              (2, "accept"),
              (3, "accept"),
              (4, "reject: only AGICOS (Giao hoang = a person/title)"),
              (5, "accept")],
 "Van hoa": [(0, "reject: no ORG (a music calendar; singers and songs)"),
             (1, "reject: only Destiny's Child (the awards are events/titles; the rest are singers)"),
             (2, "accept"),
             (3, "accept"),
             (4, "reject: no ORG (film review; fictional teams; Cinebox cinemas named as screening venues)"),
             (5, "reject: no ORG (liveshow at san Lan Anh = venue)"),
             (6, "accept")],
 "Suc khoe": [(0, "reject: only Dai hoc California, Los Angeles (the AIDS programme is a programme)"),
              (1, "accept"),
              (2, "accept"),
              (3, "reject: only FDA (Co quan Quan ly thuoc va thuc pham My); VP-RX, Viagra = products"),
              (4, "reject: only Truong Y Baylor"),
              (5, "accept")],
 "Phap luat": [(0, "accept"),
               (1, "reject: only Cong an tinh Binh Duong"),
               (2, "accept")],
 "Doi song": [(0, "reject: reader letter, no ORG (VNEXPRESS only in an e-mail subject line)"),
              (1, "reject: reader letter, no ORG"),
              (2, "reject: restaurants/cafes inside hotels described as venues; hotels = sites; at most one eatery (nha hang Dong Khanh)"),
              (3, "reject: only Thanh Nien (newspaper, twice); 'co quan bao dai' generic"),
              (4, "reject: only TTC (source tag); railway stations and a hotel as places"),
              (5, "reject: reader letter, no ORG"),
              (6, "reject: only one eatery (Duong Thanh)"),
              (7, "reject: only one eatery (com tam Dong Xuan)"),
              (8, "reject: only one cafe (An Nam)"),
              (9, "reject: reader letter (a poem), no ORG"),
              (10, "reject: reader letter, no ORG"),
              (11, "reject: weather report, no ORG"),
              (12, "reject: buying guide, no ORG (CB, ELCB = devices)")],
 "Khoa hoc": [(0, "accept"),
              (1, "reject: only Hiep hoi cac bac si phau thuat tao hinh My (Plastic and Reconstructive Surgery = journal title, not counted)"),
              (2, "reject: only Truong Imperial London"),
              (3, "accept")],
}
TARGET = {"Kinh doanh": 4, "Vi tinh": 4, "The thao": 4, "Chinh tri Xa hoi": 4, "The gioi": 4,
          "Van hoa": 3, "Suc khoe": 3, "Phap luat": 2, "Doi song": 0, "Khoa hoc": 2}
EXHAUSTED = {"Doi song"}   # candidate list read to the end


def selected():
    import select_candidates_6 as s
    from select_candidates import accepted
    return accepted(s.candidates(), SELECTION_LOG, TARGET, strict=True, exhausted=EXHAUSTED)


if __name__ == "__main__":
    for d in selected(): print(d["topic"], "|", d["id"], len(d["text"]))
