#!/usr/bin/env python3
"""Draws Tandem's icons (two linked rings on teal; no text) as PNGs with the standard library.
Run once after changing the design: python3 assets/icons/make-icons.py"""
import math, os, struct, zlib

TEAL = (11, 94, 89)
WHITE = (255, 255, 255)
HERE = os.path.dirname(os.path.abspath(__file__))


def png(path, size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)))
        f.write(chunk(b"IDAT", raw))
        f.write(chunk(b"IEND", b""))


def icon(size, maskable):
    # Maskable icons fill the square and keep the drawing inside the central 80% safe zone.
    corner = 0 if maskable else 0.18 * size
    scale = 0.62 if maskable else 0.8
    r_ring, width = 0.2 * size * scale, 0.055 * size * scale
    cy = size / 2
    centres = [(size / 2 - 0.14 * size * scale, cy), (size / 2 + 0.14 * size * scale, cy)]
    samples = 3

    def covered(px, py):
        # Rounded square background.
        dx = max(corner - px, 0, px - (size - corner))
        dy = max(corner - py, 0, py - (size - corner))
        if corner and dx * dx + dy * dy > corner * corner:
            return None
        for cx, cyy in centres:
            d = math.hypot(px - cx, py - cyy)
            if abs(d - r_ring) <= width / 2:
                return WHITE
        return TEAL

    def pixel(x, y):
        acc = [0, 0, 0, 0]
        for i in range(samples):
            for j in range(samples):
                c = covered(x + (i + 0.5) / samples, y + (j + 0.5) / samples)
                if c is not None:
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
        n = samples * samples
        alpha = acc[3] // n
        if alpha == 0:
            return (0, 0, 0, 0)
        k = acc[3] / 255
        return (int(acc[0] / k), int(acc[1] / k), int(acc[2] / k), alpha)

    return pixel


for size, maskable, name in [(192, False, "icon-192.png"), (512, False, "icon-512.png"),
                             (512, True, "icon-maskable-512.png"), (180, True, "apple-touch-icon.png")]:
    png(os.path.join(HERE, name), size, icon(size, maskable))
    print("wrote", name)
