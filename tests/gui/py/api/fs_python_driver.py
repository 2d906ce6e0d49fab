# fs_driver's callbacks are Python: LVGL opens, reads, seeks and closes files through them
# (read_cb fills the engine's buffer through a Blob), so an image and a binary font load
# from a drive letter the script registered. Also: write/tell through the driver, the
# C_Pointer out-argument, and Blobs of a callback's buffer going stale after it returns.
import gc
import os
import sys
import fs_driver
sys.path.append('mods')
from png_file import png

calls = {}


def counted(name, f):
    def wrapper(*args):
        calls[name] = calls.get(name, 0) + 1
        gc.collect()   # the open file's dict lives only in engine memory meanwhile: it must survive
        return f(*args)
    return wrapper


for name in ('fs_open_cb', 'fs_read_cb', 'fs_seek_cb', 'fs_tell_cb', 'fs_close_cb', 'fs_write_cb'):
    setattr(fs_driver, name, counted(name[3:-3], getattr(fs_driver, name)))

drv = lv.fs_drv_t()
fs_driver.fs_register(drv, 'P', cache_size=64)   # a small cache: many reads go to Python


with open('tmp_py_drv.png', 'wb') as f:
    f.write(png(7, 5, (0, 0, 255, 255)))
img = lv.image(lv.screen_active())
img.set_src('P:tmp_py_drv.png')
img.update_layout()
print('image', img.get_width(), img.get_height(), 'opened', calls.get('open', 0) > 0,
      'read', calls.get('read', 0) > 0, 'closed', calls.get('close', 0) == calls.get('open', 0))
os.remove('tmp_py_drv.png')

# the binary font built with the engine (build/lv/fonts), found next to this pyvgl
exe = open('/proc/self/cmdline', 'rb').read().split(b'\0')[0].decode()
font_path = exe[:exe.rfind('/') + 1] + 'lv/fonts/montserrat_14.bin'
reads = calls['read']
font = lv.binfont_create('P:' + font_path)
print('font', font is not None, 'read through Python', calls['read'] > reads)
ref = lv.font_montserrat_14
print('line height', font.line_height == ref.line_height, 'base line', font.base_line == ref.base_line)
a = lv.label(lv.screen_active())
a.set_text('Hello, fonts!')
a.set_style_text_font(ref, 0)
b = lv.label(lv.screen_active())
b.set_text('Hello, fonts!')
b.set_style_text_font(font, 0)
a.update_layout()
b.update_layout()
print('same text size', a.get_width() == b.get_width() > 0, a.get_height() == b.get_height())
b.delete()
lv.binfont_destroy(font)
print('missing font', lv.binfont_create('P:no_such_font.bin'))

# write, tell, seek and read through the Python callbacks; counts through a C_Pointer
f = lv.fs_file_t()
print('open for write', lv.fs_open(f, 'P:tmp_py_drv.txt', lv.FS_MODE.WR) == lv.FS_RES.OK)
n = lv.C_Pointer()
print('write', lv.fs_write(f, b'written by LVGL', 15, n) == lv.FS_RES.OK, n.uint_val)
pos = lv.C_Pointer()
print('tell', lv.fs_tell(f, pos) == lv.FS_RES.OK, pos.uint_val)
lv.fs_close(f)
print('on disk', open('tmp_py_drv.txt').read())
print('open for read', lv.fs_open(f, 'P:tmp_py_drv.txt', lv.FS_MODE.RD) == lv.FS_RES.OK)
lv.fs_seek(f, 11, lv.FS_SEEK.SET)
buf = bytearray(10)
print('read', lv.fs_read(f, buf, 10, n) == lv.FS_RES.OK, n.uint_val, bytes(buf[:n.uint_val]))
lv.fs_close(f)

# a buffer Blob kept past its callback: dereferencing it raises, its views are emptied
kept = []
plain_read = fs_driver.fs_read_cb


def keeping_read(drv, fs_file, buf, btr, br):
    kept.append((buf, buf.__dereference__(btr)))
    return plain_read(drv, fs_file, buf, btr, br)


drv.read_cb = keeping_read
lv.fs_open(f, 'P:tmp_py_drv.txt', lv.FS_MODE.RD)
lv.fs_read(f, buf, 4, n)
lv.fs_close(f)
blob, view = kept[0]
print('read via kept callback', bytes(buf[:4]), 'stale view length', len(view))
try:
    blob.__dereference__(4)
except lv.LvReferenceError:
    print('stale Blob: LvReferenceError')
os.remove('tmp_py_drv.txt')
