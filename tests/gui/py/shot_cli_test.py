#!/usr/bin/env python3
"""Checks `pyvgl --shot`: options, the "# size:" line, exit statuses, the PNG it writes.

usage: shot_cli_test.py PYVGL
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib

PYVGL = os.path.abspath(sys.argv[1])
failures = []


def check(what, cond, detail=''):
    if not cond:
        failures.append('%s %s' % (what, detail))


def run(args, cwd):
    p = subprocess.run([PYVGL] + args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def read_png(path):
    """(width, height, color type, bit depth, rows of bytes) of an 8-bit non-interlaced PNG."""
    with open(path, 'rb') as f:
        data = f.read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, ihdr = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    w, h, depth, ctype = ihdr[0], ihdr[1], ihdr[2], ihdr[3]
    raw = zlib.decompress(idat)
    bpp = 3 if ctype == 2 else 4
    rows, prev, stride = [], bytearray(w * bpp), w * bpp
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, ctype, depth, rows


def pixel(png, x, y):
    row = png[4][y]
    return tuple(row[x * 3:x * 3 + 3])


with tempfile.TemporaryDirectory() as tmp:
    scenes = os.path.join(tmp, 'scenes')
    os.mkdir(scenes)

    def script(name, text):
        with open(os.path.join(scenes, name), 'w') as f:
            f.write(text)
        return os.path.join('scenes', name)

    # a red full-screen box; lv is bound, display_driver is a no-op, cwd is the script's folder
    red = script('red.py', '''import display_driver
import os
scr = lv.screen_active()
box = lv.obj(scr)
box.set_size(lv.pct(100), lv.pct(100))
box.set_style_radius(0, 0)
box.set_style_border_width(0, 0)
box.set_style_bg_color(lv.color_hex(0xff0000), 0)
print(__name__, os.listdir('.') == ['red.py'] or 'red.py' in os.listdir('.'))
''')
    rc, out, err = run(['--shot', 'red.png', red], tmp)
    check('plain run', rc == 0, err)
    check('script globals and cwd', out.strip() == '__main__ True', out)
    png = read_png(os.path.join(tmp, 'red.png'))
    check('default size', png[:4] == (320, 240, 2, 8), png[:4])
    check('pixels', pixel(png, 160, 120) == (255, 0, 0), pixel(png, 160, 120))

    rc, out, err = run(['--shot', 'red565.png', '--size', '64x48', '--color-format', 'RGB565', red], tmp)
    png = read_png(os.path.join(tmp, 'red565.png'))
    check('--size and RGB565', rc == 0 and png[:4] == (64, 48, 2, 8), (rc, png[:4], err))
    check('RGB565 red', pixel(png, 10, 10)[0] >= 248 and pixel(png, 10, 10)[1:] == (0, 0), pixel(png, 10, 10))

    sized = script('sized.py', '# size: 100x50\n# a scene of its own size\nlv.obj(lv.screen_active())\n')
    rc, out, err = run(['--shot', 'sized.png', sized], tmp)
    check('# size: line', rc == 0 and read_png(os.path.join(tmp, 'sized.png'))[:2] == (100, 50), err)

    # time: 30 frames of 33 ms by default, both settable
    timed = script('timed.py', '''import gc
print(lv.tick_get())
def tick(t):
    print(lv.tick_get())
    gc.collect()
lv.timer_create(tick, 1, None)
''')
    rc, out, err = run(['--shot', 't.png', '--frames', '5', '--step-ms', '20', timed], tmp)
    # one step of the empty screen before the script, then 5 steps seen by the timer
    check('--frames/--step-ms', rc == 0 and out.split() == ['20', '40', '60', '80', '100', '120'], (out, err))
    rc, out, err = run(['--shot', 't.png', timed], tmp)
    check('default timing', rc == 0 and out.split() == [str(33 * i) for i in range(1, 32)], (out, err))

    raising = script('raising.py', 'lv.obj(lv.screen_active())\nraise ValueError("scene broke")\n')
    rc, out, err = run(['--shot', 'r.png', raising], tmp)
    check('script raised -> 2', rc == 2 and 'ValueError: scene broke' in err, (rc, err))

    cb = script('cb.py', '''def bad(t):
    raise RuntimeError("in a timer")
lv.timer_create(bad, 50, None)
''')
    rc, out, err = run(['--shot', 'c.png', cb], tmp)
    check('callback raised while rendering -> 3', rc == 3 and 'RuntimeError: in a timer' in err, (rc, err))
    check('picture written anyway', os.path.exists(os.path.join(tmp, 'c.png')))

    sysexit = script('exit.py', 'import sys\nlv.obj(lv.screen_active())\nsys.exit(0)\n')
    rc, out, err = run(['--shot', 'e.png', sysexit], tmp)
    check('sys.exit(0) is a normal end', rc == 0, (rc, err))

    for bad_args in (['--shot'], ['--shot', 'x.png'], ['--shot', 'x.png', '--size', '0x5', red],
                     ['--shot', 'x.png', '--size', '10', red], ['--shot', 'x.png', '--frames', '-1', red],
                     ['--shot', 'x.png', '--color-format', 'ARGB1', red]):
        rc, out, err = run(bad_args, tmp)
        check('bad command line %r' % bad_args, rc == 2 and 'usage' in err, (rc, err))
    rc, out, err = run(['--shot', 'x.png', 'scenes/missing.py'], tmp)
    check('missing script', rc == 1 and "can't open file" in err, (rc, err))
    rc, out, err = run(['--shot', os.path.join(tmp, 'no', 'such', 'dir.png'), red], tmp)
    check('unwritable output', rc == 1 and 'cannot write' in err, (rc, err))

if failures:
    print('FAIL\n  ' + '\n  '.join(failures))
    sys.exit(1)
print('PASS')
