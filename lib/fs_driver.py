# fs_driver: registers a file system driver for LVGL under a drive letter, as the original
# binding's fs_driver module does, so that "S:path/file" reaches the host's files:
#     import fs_driver
#     drv = lv.fs_drv_t()
#     fs_driver.fs_register(drv, 'S')
#     lv.binfont_create('S:fonts/font.bin')
# The callbacks are Python, like the original's: open_cb returns a dict holding the file
# object (LVGL keeps it as the file's `void *`, and every other callback gets it back as a
# Blob: .cast() is the dict), read_cb fills LVGL's buffer through buf.__dereference__(btr)
# and writes the byte count through the `uint32_t *` it gets. LVGL's read cache
# (cache_size bytes per open file) keeps the number of Python calls low. Keep `drv`
# referenced: the engine keeps a pointer to it.
import lvgl as lv


def _python_mode(mode):
    if mode == lv.FS_MODE.WR:
        return 'wb'
    if mode == lv.FS_MODE.RD:
        return 'rb'
    if mode == lv.FS_MODE.WR | lv.FS_MODE.RD:
        return 'rb+'
    return None


def _report(where, e):
    print('fs_driver %s:' % where, type(e).__name__, e)


def _store_u32(ptr, value):
    # ptr is the callback's `uint32_t *`: LVGL's targets are little endian
    ptr.__dereference__(4)[0:4] = value.to_bytes(4, 'little')


def fs_open_cb(drv, path, mode):
    p_mode = _python_mode(mode)
    if p_mode is None:
        return None
    try:
        return {'file': open(path, p_mode)}
    except OSError:
        return None  # NULL: LVGL reports FS_RES.UNKNOWN (a missing file is no error here)


def fs_close_cb(drv, fs_file):
    try:
        fs_file.cast()['file'].close()
    except Exception as e:
        _report('close', e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def fs_read_cb(drv, fs_file, buf, btr, br):
    try:
        data = fs_file.cast()['file'].read(btr)
        buf.__dereference__(btr)[0:len(data)] = data
        _store_u32(br, len(data))
    except Exception as e:
        _report('read', e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def fs_write_cb(drv, fs_file, buf, btw, bw):
    try:
        written = fs_file.cast()['file'].write(bytes(buf.__dereference__(btw)))
        _store_u32(bw, written)
    except Exception as e:
        _report('write', e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def fs_seek_cb(drv, fs_file, pos, whence):
    try:
        fs_file.cast()['file'].seek(pos, whence)  # FS_SEEK.SET/CUR/END are 0/1/2 as in Python
    except Exception as e:
        _report('seek', e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def fs_tell_cb(drv, fs_file, pos):
    try:
        _store_u32(pos, fs_file.cast()['file'].tell())
    except Exception as e:
        _report('tell', e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def fs_register(fs_drv, letter, cache_size=500):
    if not isinstance(letter, str) or len(letter) != 1:
        raise ValueError('letter must be a single character')
    fs_drv.init()
    fs_drv.letter = ord(letter)
    fs_drv.open_cb = fs_open_cb
    fs_drv.read_cb = fs_read_cb
    fs_drv.write_cb = fs_write_cb
    fs_drv.seek_cb = fs_seek_cb
    fs_drv.tell_cb = fs_tell_cb
    fs_drv.close_cb = fs_close_cb
    if cache_size >= 0:
        fs_drv.cache_size = cache_size
    fs_drv.register()
