#!/usr/bin/env python3
"""lv.qrcode through the binding, checked by a real decoder: each payload is drawn by
`pyvgl --shot` and the screenshot is read back with zbarimg (Debian zbar-tools, installed by
dev.sh). Payloads cover versions 1 to 30-something at several module sizes and colors.

    qrcode_decode_test.py PYVGL
"""
import os
import shutil
import subprocess
import sys
import tempfile

SCRIPT = r'''
import lvgl as lv
scr = lv.screen_active()
scr.set_style_bg_color(lv.color_hex(0x808080), 0)
qr = lv.qrcode(scr)
qr.set_size(%(size)d)
qr.set_dark_color(lv.color_hex(%(dark)d))
qr.set_light_color(lv.color_hex(%(light)d))
data = %(data)r
print(qr.update(data, len(data.encode())))
qr.center()
qr.set_style_border_color(lv.color_hex(%(light)d), 0)
qr.set_style_border_width(6, 0)
'''

CASES = [
    ('A', 100, 0x000000, 0xFFFFFF),
    ('https://lvgl.io', 150, 0x0D47A1, 0xE1F5FE),  # the example's colors
    ('HELLO WORLD 0123456789 ' * 4, 200, 0x000000, 0xFFFFFF),
    ('pyvgl: Python for GUI development on microcontrollers. ' * 5, 220, 0x202020, 0xF0F0F0),
    ('x' * 600, 226, 0x000000, 0xFFFFFF),
    ('grüße, 日本語', 120, 0x000000, 0xFFFFFF),
]


def main():
    pyvgl = sys.argv[1]
    zbar = shutil.which('zbarimg')
    if not zbar:
        print('zbarimg not found: install zbar-tools (./dev.sh does)')
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for data, size, dark, light in CASES:
            script = os.path.join(tmp, 'qr.py')
            png = os.path.join(tmp, 'qr.png')
            with open(script, 'w') as f:
                f.write(SCRIPT % dict(data=data, size=size, dark=dark, light=light))
            r = subprocess.run([pyvgl, '--shot', png, script], capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or r.stdout.strip() != '1':
                print('FAIL run', repr(data[:30]), r.returncode, r.stdout, r.stderr)
                failed += 1
                continue
            z = subprocess.run([zbar, '-q', '--raw', png], capture_output=True, timeout=60)
            got = z.stdout.decode('utf-8', 'replace').rstrip('\n')
            ok = got == data
            print('ok' if ok else 'FAIL', repr(data[:30]), 'len', len(data.encode()), 'size', size)
            if not ok:
                print('   decoded:', repr(got[:60]))
                failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
