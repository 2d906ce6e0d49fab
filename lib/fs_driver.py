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


def _result(where, action, *args):
    # LVGL gets FS_RES.OK, or FS_ERR after the exception is printed (never raised into C)
    try:
        action(*args)
    except Exception as e:
        print('fs_driver %s:' % where, type(e).__name__, e)
        return lv.FS_RES.FS_ERR
    return lv.FS_RES.OK


def _store_u32(ptr, value):
    # ptr is the callback's `uint32_t *`: LVGL's targets are little endian
    ptr.__dereference__(4)[0:4] = value.to_bytes(4, 'little')


def _file(fs_file):
    return fs_file.cast()['file']


def _read(fs_file, buf, btr, br):
    data = _file(fs_file).read(btr)
    buf.__dereference__(btr)[0:len(data)] = data
    _store_u32(br, len(data))


def _write(fs_file, buf, btw, bw):
    _store_u32(bw, _file(fs_file).write(bytes(buf.__dereference__(btw))))


def fs_open_cb(drv, path, mode):
    p_mode = _python_mode(mode)
    if p_mode is None:
        return None
    try:
        return {'file': open(path, p_mode)}
    except OSError:
        return None  # NULL: LVGL reports FS_RES.UNKNOWN (a missing file is no error here)


def fs_close_cb(drv, fs_file):
    return _result('close', lambda: _file(fs_file).close())


def fs_read_cb(drv, fs_file, buf, btr, br):
    return _result('read', _read, fs_file, buf, btr, br)


def fs_write_cb(drv, fs_file, buf, btw, bw):
    return _result('write', _write, fs_file, buf, btw, bw)


def fs_seek_cb(drv, fs_file, pos, whence):
    # FS_SEEK.SET/CUR/END are 0/1/2 as in Python
    return _result('seek', lambda: _file(fs_file).seek(pos, whence))


def fs_tell_cb(drv, fs_file, pos):
    return _result('tell', lambda: _store_u32(pos, _file(fs_file).tell()))


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
