#!/usr/bin/env python3
"""lv.barcode through the binding, checked by a real decoder: each text is drawn by
`pyvgl --shot` as Code 128 (GS1 and raw, horizontal and vertical, code sets A, B and C)
and the screenshot is read back with zbarimg (Debian zbar-tools, installed by dev.sh).

    barcode_decode_test.py PYVGL
"""
import os
import shutil
import subprocess
import sys
import tempfile

SCRIPT = r'''
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

# (text, encoding, direction): letters and punctuation (set B), a digit run (set C), a
# control character (set A), switches between the sets
CASES = [
    ('pyvgl', 'RAW', 'HOR'),
    ('12345678', 'RAW', 'HOR'),
    ('AB1234cd', 'RAW', 'HOR'),
    ('a\tb', 'RAW', 'HOR'),
    ('~{}|!', 'RAW', 'VER'),
    ('LVGL 9', 'GS1', 'HOR'),
]


def main():
    pyvgl = sys.argv[1]
    zbar = shutil.which('zbarimg')
    if not zbar:
        print('zbarimg not found: install zbar-tools (./dev.sh does)')
        return 1
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for data, encoding, direction in CASES:
            script = os.path.join(tmp, 'bar.py')
            png = os.path.join(tmp, 'bar.png')
            with open(script, 'w') as f:
                f.write(SCRIPT % dict(data=data, encoding=encoding, direction=direction, vertical=direction == 'VER'))
            r = subprocess.run([pyvgl, '--shot', png, script], capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or r.stdout.strip() != '1':
                print('FAIL run', repr(data), r.returncode, r.stdout, r.stderr)
                failed += 1
                continue
            z = subprocess.run([zbar, '-q', '--raw', png], capture_output=True, timeout=60)
            got = z.stdout.decode('latin-1').rstrip('\n')
            ok = got == data
            print('ok' if ok else 'FAIL', repr(data), encoding, direction)
            if not ok:
                print('   decoded:', repr(got))
                failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
