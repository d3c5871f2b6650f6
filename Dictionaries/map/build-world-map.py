#!/usr/bin/env python3
"""Builds Entente's world map (Sources/EntenteServer/Resources/world-map.tsv) from Natural Earth's 110m
country shapes, as the geopandas 0.14.4 wheel carries them (public domain).

    python3 Dictionaries/map/build-world-map.py DIR > Sources/EntenteServer/Resources/world-map.tsv

DIR holds geopandas/datasets/naturalearth_lowres/naturalearth_lowres.{shp,dbf} (unzip the wheel). The
shapefile is read here without any library; countries are projected with the Equal Earth projection
(Šavrič, Patterson and Jenny 2018), simplified by Douglas-Peucker in map units, and written as SVG path
data with integer coordinates. The script is deterministic: the same wheel gives the same file.
"""
import math
import os
import struct
import sys

WIDTH = 1000          # map units across the whole world
TOLERANCE = 0.45      # Douglas-Peucker tolerance, map units
MIN_AREA = 2.0        # rings smaller than this (map units squared) are dropped, except a country's largest
SOUTH = -58.0         # the map is cropped here: Antarctica is not a state of relations
# Natural Earth leaves these without an ISO code (-99); CAMEO codes for them.
CODES = {"France": "FRA", "Norway": "NOR", "Kosovo": "KSV"}

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * lam * math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


X_MAX = equal_earth(180, 0)[0]
Y_MAX = equal_earth(0, 90)[1]
SCALE = WIDTH / (2 * X_MAX)
TOP = Y_MAX * SCALE - equal_earth(0, 84)[1] * SCALE  # the map starts at 84°N


def project(lon, lat):
    x, y = equal_earth(lon, max(lat, SOUTH))
    return (x + X_MAX) * SCALE, (Y_MAX - y) * SCALE - TOP


def read_dbf(path):
    with open(path, "rb") as f:
        data = f.read()
    count, header, length = struct.unpack("<IHH", data[4:12])
    fields, at = [], 32
    while data[at] != 0x0D:
        name = data[at:at + 11].split(b"\0")[0].decode()
        fields.append((name, data[at + 16]))
        at += 32
    rows = []
    for i in range(count):
        record = data[header + i * length: header + (i + 1) * length]
        at, row = 1, {}
        for name, size in fields:
            row[name] = record[at:at + size].decode("latin-1").strip()
            at += size
        rows.append(row)
    return rows


def read_shp(path):
    with open(path, "rb") as f:
        data = f.read()
    at, shapes = 100, []
    while at < len(data):
        _, words = struct.unpack(">ii", data[at:at + 8])
        content = data[at + 8: at + 8 + 2 * words]
        at += 8 + 2 * words
        kind = struct.unpack("<i", content[:4])[0]
        if kind == 0:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack("<%di" % parts, content[44:44 + 4 * parts])) + [points]
        xy = struct.unpack("<%dd" % (2 * points), content[44 + 4 * parts: 44 + 4 * parts + 16 * points])
        shapes.append([[(xy[2 * k], xy[2 * k + 1]) for k in range(starts[p], starts[p + 1])] for p in range(parts)])
    return shapes


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, index = 0.0, None
        for k in range(first + 1, last):
            px, py = points[k]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else math.hypot(px - ax, py - ay)
            if d > best:
                best, index = d, k
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(ring[i][0] * ring[i - 1][1] - ring[i - 1][0] * ring[i][1] for i in range(len(ring)))) / 2


def path(rings):
    out = []
    for ring in rings:
        pts = [(round(x), round(y)) for x, y in ring]
        pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(pts) > 1 and pts[0] == pts[-1]:
            pts.pop()
        if len(pts) < 3:
            continue
        cmd = ["M%d %d" % pts[0]]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            cmd.append("l%d %d" % (x1 - x0, y1 - y0))
        out.append("".join(cmd) + "z")
    return "".join(out)


def main(root):
    base = os.path.join(root, "geopandas", "datasets", "naturalearth_lowres", "naturalearth_lowres")
    rows, shapes = read_dbf(base + ".dbf"), read_shp(base + ".shp")
    height = round(project(0, SOUTH)[1])
    print("# Entente's world map: Natural Earth 110m countries (public domain, naturalearthdata.com), by way of")
    print("# the geopandas 0.14.4 wheel; Equal Earth projection, simplified; built by Dictionaries/map/build-world-map.py.")
    print("# First line: @projection, equal-earth, scale, x offset, y offset, width, height, southernmost latitude.")
    print("# Then one country per line: ISO alpha-3 (CAMEO), name, label x, label y, SVG path data in map units.")
    print("@projection\tequal-earth\t%.6f\t%.6f\t%.6f\t%d\t%d\t%g" % (SCALE, X_MAX, TOP, WIDTH, height, SOUTH))
    lines = []
    for row, shape in zip(rows, shapes):
        code = row["iso_a3"] if row["iso_a3"] != "-99" else CODES.get(row["name"])
        if code is None or code == "ATA" or not shape:
            continue
        rings = [simplify([project(x, y) for x, y in ring], TOLERANCE) for ring in shape]
        rings = [r for r in rings if len(r) >= 3]
        largest = max(rings, key=area)
        kept = [r for r in rings if r is largest or area(r) >= MIN_AREA]
        # The label sits at the largest ring's area-weighted centre.
        a = sum(largest[i - 1][0] * largest[i][1] - largest[i][0] * largest[i - 1][1] for i in range(len(largest))) / 2
        cx = sum((largest[i - 1][0] + largest[i][0]) * (largest[i - 1][0] * largest[i][1] - largest[i][0] * largest[i - 1][1]) for i in range(len(largest))) / (6 * a)
        cy = sum((largest[i - 1][1] + largest[i][1]) * (largest[i - 1][0] * largest[i][1] - largest[i][0] * largest[i - 1][1]) for i in range(len(largest))) / (6 * a)
        lines.append("%s\t%s\t%d\t%d\t%s" % (code, row["name"], round(cx), round(cy), path(kept)))
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
