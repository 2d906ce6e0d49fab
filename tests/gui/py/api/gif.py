# lv.gif (LVGL's example lv_example_gif_1 in its Python form, plus behaviour): a GIF made by
# mods/gif_file.py from a descriptor and from a file; frames advance after each frame's
# delay, loop as the NETSCAPE block says and send READY after the last loop; transparency,
# disposal, local palettes and interlacing compose as GIF89a says; restart/pause/resume;
# broken data leaves an empty, not loaded gif.
import os
import sys
import fs_driver
sys.path.append('mods')
from gif_file import gif

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)
W, H = 8, 6


def solid(i):
    return [i] * (W * H)


data = gif(W, H, [WHITE, RED, GREEN, BLUE],
           [{'pixels': solid(1), 'delay': 10}, {'pixels': solid(2), 'delay': 20}, {'pixels': solid(3), 'delay': 10}],
           loops=2)
img_dsc = lv.image_dsc_t({'data_size': len(data), 'data': data})

scr = lv.screen_active()
g = lv.gif(scr)
g.set_src(img_dsc)
g.align(lv.ALIGN.LEFT_MID, 20, 0)
ready = []
g.add_event_cb(lambda e: ready.append(1), lv.EVENT.READY, None)
g.update_layout()
print('loaded', g.is_loaded(), 'size', g.get_width(), g.get_height(), 'loops', g.get_loop_count())


def color_at(obj, x=2, y=2):
    snap = lv.snapshot_take(obj, lv.COLOR_FORMAT.ARGB8888)
    m = snap.data.__dereference__(snap.data_size)
    o = y * snap.header.stride + x * 4
    c = (m[o + 2], m[o + 1], m[o], m[o + 3])
    lv.draw_buf_destroy(snap)
    return c


names = {RED + (255,): 'red', GREEN + (255,): 'green', BLUE + (255,): 'blue', WHITE + (255,): 'white'}


def name(obj, x=2, y=2):
    c = color_at(obj, x, y)
    return names.get(c, str(c))


def run(ms):
    for _ in range(ms // 10):
        lv.tick_inc(10)
        lv.timer_handler()


seq = [name(g)]
for step in range(18):
    run(50)
    seq.append(name(g))
print('every 50 ms:', seq)
print('ready', len(ready), 'loops left', g.get_loop_count())

g.restart()
print('restart:', name(g))
g.set_loop_count(0)
g.pause()
run(300)
print('paused:', name(g))
g.resume()
run(110)
print('resumed:', name(g))
run(3000)
print('forever: still running, ready', len(ready))

# a file through lv_fs, transparency, disposal, a local palette, an interlaced frame
drv = lv.fs_drv_t()
fs_driver.fs_register(drv, 'S')
frames = [
    {'pixels': solid(1), 'delay': 10, 'disposal': 1},
    # a 4x3 frame at (2, 2), its left half transparent; disposed of to the background
    {'pixels': [0, 0, 3, 3] * 3, 'rect': (2, 2, 4, 3), 'transparent': 0, 'delay': 10, 'disposal': 2},
    # local palette, interlaced, 3 columns: row y has index y % 2 (x 3.. shows what is under)
    {'pixels': [y % 2 for y in range(H) for x in range(3)], 'rect': (0, 0, 3, H), 'palette': [GREEN, BLUE],
     'interlace': True, 'delay': 10},
]
with open('tmp_anim.gif', 'wb') as f:
    f.write(gif(W, H, [WHITE, RED, GREEN, BLUE], frames))
g2 = lv.gif(scr)
g2.set_src('S:tmp_anim.gif')
g2.align(lv.ALIGN.RIGHT_MID, -20, 0)
ready2 = []
g2.add_event_cb(lambda e: ready2.append(1), lv.EVENT.READY, None)
print('file loaded', g2.is_loaded(), 'loops', g2.get_loop_count())
print('frame 1', name(g2, 1, 1), name(g2, 3, 3))
run(100)
print('frame 2', name(g2, 1, 1), name(g2, 2, 3), name(g2, 4, 3))
run(100)
print('frame 3 rows', [name(g2, 0, y) for y in range(H)])
print('frame 3: frame 2 disposed of to a transparent background', name(g2, 4, 3), 'frame 1 kept', name(g2, 7, 0))
run(200)
print('played once: loops', g2.get_loop_count(), 'ready', len(ready2), 'last frame shown', name(g2, 0, 1))

# bad data: not a GIF, cut short
bad = lv.gif(scr)
bad.set_src(lv.image_dsc_t({'data_size': 6, 'data': b'GIF89a'}))
print('cut:', bad.is_loaded(), bad.get_width())
cut = data[:len(data) // 2]
bad.set_src(lv.image_dsc_t({'data_size': len(cut), 'data': cut}))
print('half:', bad.is_loaded())
run(500)
bad.set_src('S:tmp_no_such.gif')
print('missing file:', bad.is_loaded(), bad.get_loop_count())

g2.delete()
os.remove('tmp_anim.gif')
