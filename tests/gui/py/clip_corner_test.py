#!/usr/bin/env python3
"""clip_corner through the binding and `pyvgl --shot`: a script (as LVGL's examples write it)
gives a rounded, scrolled container clip_corner and fills it with children; the screenshot's
pixels in the rounded corners outside the radius must show the screen, inside the radius and
along the edges the children. The same container without clip_corner is the control: there
the children fill the corners.

    clip_corner_test.py PYVGL
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from png_decoder_test import read_png_rgb  # noqa: E402

SCRIPT = '''
scr = lv.screen_active()
scr.set_style_bg_color(lv.color_white(), 0)
for x, clip in ((10, True), (90, False)):
    box = lv.obj(scr)
    box.remove_style_all()
    box.set_pos(x, 10)
    box.set_size(60, 60)
    box.set_style_radius(16, 0)
    box.set_style_clip_corner(clip, 0)
    box.set_style_bg_color(lv.color_hex(0x0000ff), 0)
    box.set_style_bg_opa(lv.OPA.COVER, 0)
    box.set_scrollbar_mode(lv.SCROLLBAR_MODE.OFF)
    for i in range(4):
        row = lv.obj(box)
        row.remove_style_all()
        row.set_pos(0, i * 40)
        row.set_size(60, 40)
        row.set_style_bg_color(lv.color_hex(0xff0000 if i % 2 else 0x00ff00), 0)
        row.set_style_bg_opa(lv.OPA.COVER, 0)
    box.scroll_to_y(50, lv.ANIM.OFF)
print(lv.obj.get_style_clip_corner(scr.get_child(0), 0), lv.obj.get_style_clip_corner(scr.get_child(1), 0))
'''


def main():
    pyvgl = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, 'clip.py')
        open(script, 'w').write(SCRIPT)
        shot = os.path.join(tmp, 'shot.png')
        r = subprocess.run([pyvgl, '--shot', shot, '--size', '160x80', script], cwd=tmp,
                           capture_output=True, text=True, timeout=120)
        if r.returncode != 0 or r.stdout.split() != ['True', 'False']:
            print('exit status', r.returncode, r.stdout, r.stderr)
            return 1
        rows = read_png_rgb(shot)

    def px(x, y):
        return tuple(rows[y][3 * x:3 * x + 3])

    white, red, green = (255, 255, 255), (255, 0, 0), (0, 255, 0)
    # scrolled by 50: rows 1 (red, y -10..29) and 2 (green, 30..69) show in the box
    expect = [
        ((10, 10), white), ((69, 10), white), ((10, 69), white), ((69, 69), white),  # corners
        ((15, 15), red), ((64, 64), green),   # inside the radius
        ((40, 10), red), ((10, 40), green), ((40, 69), green),  # the edges
        ((90, 10), red), ((149, 69), green),  # the control keeps square corners
    ]
    bad = ['%s: %s, expected %s' % (xy, px(*xy), want) for xy, want in expect if px(*xy) != want]
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
