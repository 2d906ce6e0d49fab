#!/usr/bin/env python3
"""lv.qrcode and lv.barcode through the binding, checked by a real decoder: each payload is
drawn by `pyvgl --shot` and the screenshot is read back with zbarimg (Debian zbar-tools,
installed by dev.sh).

    zbar_decode_test.py PYVGL qrcode|barcode
"""
import os
import shutil
import subprocess
import sys
import tempfile

# QR codes: versions 1 to 30-something at several module sizes and colors
QR_SCRIPT = r'''
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

QR_CASES = [
    ('A', 100, 0x000000, 0xFFFFFF),
    ('https://lvgl.io', 150, 0x0D47A1, 0xE1F5FE),  # the example's colors
    ('HELLO WORLD 0123456789 ' * 4, 200, 0x000000, 0xFFFFFF),
    ('pyvgl: Python for GUI development on microcontrollers. ' * 5, 220, 0x202020, 0xF0F0F0),
    ('x' * 600, 226, 0x000000, 0xFFFFFF),
    ('grüße, 日本語', 120, 0x000000, 0xFFFFFF),
]

# Code 128 (GS1 and raw, horizontal and vertical): letters and punctuation (set B), a digit
# run (set C), a control character (set A), switches between the sets
BAR_SCRIPT = r'''
import lvgl as lv
bar = lv.barcode(lv.screen_active())
bar.set_encoding(lv.barcode.ENCODING_CODE128.%(encoding)s)
bar.set_direction(lv.DIR.%(direction)s)
if %(vertical)r:
    bar.set_width(60)
else:
    bar.set_height(60)
bar.set_scale(2)
bar.set_dark_color(lv.color_hex(0x0D47A1))
bar.set_light_color(lv.color_hex(0xE1F5FE))
print(bar.update(%(data)r))
bar.center()
'''

BAR_CASES = [
    ('pyvgl', 'RAW', 'HOR'),
    ('12345678', 'RAW', 'HOR'),
    ('AB1234cd', 'RAW', 'HOR'),
    ('a\tb', 'RAW', 'HOR'),
    ('~{}|!', 'RAW', 'VER'),
    # GS1: "[FNC1]" is the FNC1 symbol, spaces are dropped; a leading FNC1 only marks GS1
    ('LVGL 9', 'GS1', 'HOR', 'LVGL9'),
    ('[FNC1]01 12345', 'GS1', 'HOR', '0112345'),
]


def qr_script(case):
    data, size, dark, light = case
    return data, data, QR_SCRIPT % dict(data=data, size=size, dark=dark, light=light)


def bar_script(case):
    data, encoding, direction = case[:3]
    expected = case[3] if len(case) > 3 else data
    return data, expected, BAR_SCRIPT % dict(data=data, encoding=encoding, direction=direction, vertical=direction == 'VER')


def main():
    pyvgl, kind = sys.argv[1], sys.argv[2]
    cases, make = (QR_CASES, qr_script) if kind == 'qrcode' else (BAR_CASES, bar_script)
    zbar = shutil.which('zbarimg')
    if not zbar:
        print('zbarimg not found: install zbar-tools (./dev.sh does)')
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            data, expected, text = make(case)
            script = os.path.join(tmp, 'code.py')
            png = os.path.join(tmp, 'code.png')
            with open(script, 'w') as f:
                f.write(text)
            r = subprocess.run([pyvgl, '--shot', png, script], capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or r.stdout.strip() != '1':
                print('FAIL run', repr(data[:30]), r.returncode, r.stdout, r.stderr)
                failed += 1
                continue
            z = subprocess.run([zbar, '-q', '--raw', png], capture_output=True, timeout=60)
            got = z.stdout.decode('utf-8', 'replace').rstrip('\n')
            ok = got == expected
            print('ok' if ok else 'FAIL', repr(data[:30]), case[1:])
            if not ok:
                print('   decoded:', repr(got[:60]))
                failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
