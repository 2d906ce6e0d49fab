#!/usr/bin/env python3
"""Converts the board's frame dump (board.save_frame: RGB565 little-endian pixels, row by
row) into an 8-bit RGB PNG, widening each channel the way lv_draw_buf_save_to_png does
(the 5 or 6 bits repeated into the low bits), so it compares with pyvgl --shot's output.
Usage: rgb565_to_png.py <dump> <width> <height> <out.png>"""
import struct
import sys
import zlib


def widen(v, bits):
    return (v << (8 - bits)) | (v >> (2 * bits - 8))


def rgb_rows(data, w, h):
    for y in range(h):
        row = bytearray(b"\0")  # PNG filter type 0 (none)
        for (v,) in struct.iter_unpack("<H", data[2 * w * y:2 * w * (y + 1)]):
            row += bytes((widen(v >> 11, 5), widen((v >> 5) & 0x3F, 6), widen(v & 0x1F, 5)))
        yield bytes(row)


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main():
    dump, w, h, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    data = open(dump, "rb").read()
    if len(data) != w * h * 2:
        sys.exit("%s: %d bytes, expected %d for %dx%d RGB565" % (dump, len(data), w * h * 2, w, h))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rgb_rows(data, w, h)))) + chunk(b"IEND", b"")
    open(out, "wb").write(png)


if __name__ == "__main__":
    main()
