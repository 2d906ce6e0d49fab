# fs_driver.fs_register gives LVGL a drive letter on the host's files; lv.fs_* read through
# it; a driver may also have Python callbacks; fonts load from "S:" paths.
import lvgl as lv
import fs_driver
import os

NAME = 'fs_files_test.tmp'
with open(NAME, 'wb') as f:
    f.write(b'pyvgl reads this through LVGL')

drv = lv.fs_drv_t()
fs_driver.fs_register(drv, 'S')
print(lv.fs_is_ready(ord('S')), lv.fs_is_ready(ord('Q')))

f = lv.fs_file_t()
print('open', lv.fs_open(f, 'S:' + NAME, lv.FS_MODE.RD) == lv.FS_RES.OK)
buf = bytearray(5)
count = bytearray(4)
print('read', lv.fs_read(f, buf, 5, count) == lv.FS_RES.OK, buf, count[0])
print('seek', lv.fs_seek(f, 6, lv.FS_SEEK.SET) == lv.FS_RES.OK)
buf = bytearray(40)
lv.fs_read(f, buf, 40, count)
print(bytes(buf[:count[0]]))
print('close', lv.fs_close(f) == lv.FS_RES.OK)
print('missing', lv.fs_open(lv.fs_file_t(), 'S:no/such/file', lv.FS_MODE.RD) == lv.FS_RES.OK)
print('no driver', lv.fs_open(lv.fs_file_t(), 'Z:' + NAME, lv.FS_MODE.RD) == lv.FS_RES.NOT_EX)

for bad in (None, 'SS', 5):
    try:
        fs_driver.fs_register(lv.fs_drv_t(), bad)
    except (ValueError, TypeError) as e:
        print('bad letter', type(e).__name__)

# a driver written in Python: LVGL calls back into the script
opened = {}


def py_open(drv, path, mode):
    print('py_open', path, mode == lv.FS_MODE.RD)
    handle = len(opened) + 1
    opened[handle] = path
    return handle


def py_close(drv, handle):
    print('py_close', opened.pop(int(handle)))  # a void * comes back as a Blob: int() is its address
    return lv.FS_RES.OK


pdrv = lv.fs_drv_t()
pdrv.init()
pdrv.letter = ord('P')
pdrv.open_cb = py_open
pdrv.close_cb = py_close
pdrv.register()
pf = lv.fs_file_t()
print(lv.fs_open(pf, 'P:virtual/file', lv.FS_MODE.RD) == lv.FS_RES.OK)
print(lv.fs_close(pf) == lv.FS_RES.OK, opened)

# a font file that is not a font: NULL (None), no crash; a missing one likewise
print(lv.binfont_create('S:' + NAME), lv.binfont_create('S:no_such_font.bin'))
os.remove(NAME)
