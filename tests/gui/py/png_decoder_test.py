#!/usr/bin/env python3
"""The engine's PNG decoder, end to end: this script (CPython) encodes test pictures as PNG
files in every color type, bit depth, filter and with Adam7 interlacing, has `pyvgl --shot`
draw them through lv.image_dsc_t({'data_size': ..., 'data': png}) as LVGL's examples do,
decodes the screenshot and checks every pixel against the colors it encoded (blended over
the black screen). Corrupt files must draw nothing and raise nothing.

    png_decoder_test.py PYVGL
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib

W, H = 13, 11  # odd sizes: partial bytes at low depths, short Adam7 passes


def chunk(kind, body):
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)


def pack_row(samples, depth):
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b''.join(struct.pack('>H', s) for s in samples)
    out, acc, n = bytearray(), 0, 0
    for s in samples:
        acc = (acc << depth) | s
        n += depth
        if n == 8:
            out.append(acc)
            acc, n = 0, 0
    if n:
        out.append(acc << (8 - n))
    return bytes(out)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def filter_row(kind, row, prev, bpp):
    out = bytearray()
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prev[i] if prev else 0
        c = prev[i - bpp] if prev and i >= bpp else 0
        pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][kind]
        out.append((x - pred) & 0xff)
    return bytes([kind]) + bytes(out)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]


def encode(samples, color_type, depth, interlace=False, extra=b''):
    """samples[y][x] is a tuple of channel values; every row uses filter (y % 5)."""
    ch = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color_type]
    bpp = max(1, ch * depth // 8)
    passes = ADAM7 if interlace else [(0, 0, 1, 1)]
    raw = bytearray()
    for x0, y0, dx, dy in passes:
        prev = None
        for n, y in enumerate(range(y0, H, dy)):
            xs = list(range(x0, W, dx))
            if not xs:
                continue
            row = pack_row([v for x in xs for v in samples[y][x]], depth)
            raw += filter_row((n + y) % 5, row, prev, bpp)
            prev = row
    ihdr = struct.pack('>IIBBBBB', W, H, depth, color_type, 0, 0, 1 if interlace else 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + extra +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)[:40]) + chunk(b'IDAT', zlib.compress(bytes(raw), 9)[40:]) +
            chunk(b'IEND', b''))


def value(x, y, k, top):
    return (x * 37 + y * 71 + k * 113 + x * y) % (top + 1)


def case(name, color_type, depth, interlace=False):
    """(png bytes, expected RGBA rows) of one test picture."""
    top = (1 << depth) - 1
    extra = b''
    if color_type == 3:
        n = 1 << depth
        pal = [((i * 50) % 256, (i * 90 + 30) % 256, (255 - i * 20) % 256) for i in range(n)]
        alpha = [255 - (i * 70) % 256 for i in range(n)]
        extra = chunk(b'PLTE', b''.join(bytes(p) for p in pal)) + chunk(b'tRNS', bytes(alpha))
        samples = [[(value(x, y, 0, top),) for x in range(W)] for y in range(H)]
        rgba = [[pal[s[0]] + (alpha[s[0]],) for s in row] for row in samples]
        return encode(samples, color_type, depth, interlace, extra), rgba
    ch = {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    samples = [[tuple(value(x, y, k, top) for k in range(ch)) for x in range(W)] for y in range(H)]

    def to8(v):
        return v >> 8 if depth == 16 else v * 255 // top

    rgba = []
    for row in samples:
        out = []
        for s in row:
            if color_type == 0:
                out.append((to8(s[0]),) * 3 + (255,))
            elif color_type == 4:
                out.append((to8(s[0]),) * 3 + (to8(s[1]),))
            elif color_type == 2:
                out.append(tuple(to8(v) for v in s) + (255,))
            else:
                out.append(tuple(to8(v) for v in s))
        rgba.append(out)
    return encode(samples, color_type, depth, interlace), rgba


CASES = [('grey1', 0, 1), ('grey2', 0, 2), ('grey4', 0, 4), ('grey8', 0, 8), ('grey16', 0, 16),
         ('rgb8', 2, 8), ('rgb16', 2, 16), ('pal1', 3, 1), ('pal2', 3, 2), ('pal4', 3, 4), ('pal8', 3, 8),
         ('greya8', 4, 8), ('greya16', 4, 16), ('rgba8', 6, 8), ('rgba16', 6, 16),
         ('rgba8_adam7', 6, 8, True), ('pal4_adam7', 3, 4, True), ('grey2_adam7', 0, 2, True)]

SCRIPT = '''
import sys
names = %r
scr = lv.screen_active()
scr.set_style_bg_color(lv.color_black(), 0)
keep = []
for i, name in enumerate(names):
    with open(name + '.png', 'rb') as f:
        data = f.read()
    dsc = lv.image_dsc_t({'data_size': len(data), 'data': data})
    keep.append(dsc)
    img = lv.image(scr)
    img.set_src(dsc)
    img.set_pos((i %% 8) * 20, (i // 8) * 20)
    keep.append(img)
scr.update_layout()
for i, name in enumerate(names):
    img = keep[2 * i + 1]
    print(name, img.get_width(), img.get_height())
'''


def read_png_rgb(path):
    """The screenshot pyvgl writes: 8-bit RGB, any filter."""
    data = open(path, 'rb').read()
    pos, idat, w, h = 8, b'', 0, 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ct = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and ct == 2, 'screenshot is not 8-bit RGB'
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw, rows, prev = zlib.decompress(idat), [], bytes(w * 3)
    for y in range(h):
        line = raw[y * (w * 3 + 1):(y + 1) * (w * 3 + 1)]
        kind, cur = line[0], bytearray(line[1:])
        for i in range(len(cur)):
            a = cur[i - 3] if i >= 3 else 0
            b = prev[i]
            c = prev[i - 3] if i >= 3 else 0
            cur[i] = (cur[i] + [0, a, b, (a + b) >> 1, paeth(a, b, c)][kind]) & 0xff
        rows.append(bytes(cur))
        prev = cur
    return rows


def main():
    pyvgl = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        expected = {}
        for c in CASES:
            png, rgba = case(*c)
            expected[c[0]] = rgba
            open(os.path.join(tmp, c[0] + '.png'), 'wb').write(png)
        good = open(os.path.join(tmp, 'rgba8.png'), 'rb').read()
        bad = {'bad_truncated': good[:len(good) // 2], 'bad_crc_stream': good[:60] + b'\xff' * 8 + good[68:],
               'bad_header': good[:16] + b'\0\0\0\0' + good[20:], 'bad_signature': b'\x89PNX' + good[4:]}
        for name, data in bad.items():
            open(os.path.join(tmp, name + '.png'), 'wb').write(data)
        names = [c[0] for c in CASES] + sorted(bad)
        script = os.path.join(tmp, 'draw.py')
        open(script, 'w').write(SCRIPT % names)
        shot = os.path.join(tmp, 'shot.png')
        r = subprocess.run([pyvgl, '--shot', shot, '--size', '160x80', script], cwd=tmp,
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            return 1
        sizes = dict((l.split()[0], l.split()[1:]) for l in r.stdout.splitlines())
        for name in names:
            want = ['0', '0'] if name.startswith('bad_') else [str(W), str(H)]
            if sizes.get(name) != want:
                print('%s: size %s, expected %s' % (name, sizes.get(name), want))
                failures += 1
        rows = read_png_rgb(shot)
        for i, name in enumerate(names):
            ox, oy = (i % 8) * 20, (i // 8) * 20
            for y in range(H):
                for x in range(W):
                    got = tuple(rows[oy + y][(ox + x) * 3:(ox + x) * 3 + 3])
                    if name.startswith('bad_'):
                        want = (0, 0, 0)
                    else:
                        r_, g, b, a = expected[name][y][x]
                        want = tuple(v * a // 255 for v in (r_, g, b))
                    if any(abs(p - q) > 2 for p, q in zip(got, want)):
                        print('%s (%d,%d): got %s, expected %s' % (name, x, y, got, want))
                        failures += 1
                        break
    print('PNG decoder: %d cases, %d failures' % (len(names), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
