# fs_driver: registers a file system driver for LVGL under a drive letter, as the original
# binding's fs_driver module does, so that "S:path/file" reaches the host's files:
#     import fs_driver
#     drv = lv.fs_drv_t()
#     fs_driver.fs_register(drv, 'S')
#     lv.binfont_create('S:fonts/font.bin')
# The driver's callbacks are native (stdio) rather than Python: the same files, no
# interpreter work per read. Keep `drv` referenced: the engine keeps a pointer to it.
import lvgl as lv


def fs_register(fs_drv, letter, cache_size=500):
    if not isinstance(letter, str) or len(letter) != 1:
        raise ValueError('letter must be a single character')
    fs_drv.init()
    fs_drv.init_stdio()
    fs_drv.letter = ord(letter)
    if cache_size >= 0:
        fs_drv.cache_size = cache_size
    fs_drv.register()
