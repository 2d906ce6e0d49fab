# fs_driver: the original binding's helper that serves the host's files to LVGL under a drive
# letter, so paths such as "S:images/logo.png" work in image.set_src and friends:
#     fs_drv = lv.fs_drv_t()
#     fs_driver.fs_register(fs_drv, 'S')
# The driver is the engine's C-library one (lv_fs_drv_use_stdio); fs_drv must stay alive.
import lvgl as lv


def fs_register(fs_drv, letter, cache_size=500):
    fs_drv.init()
    fs_drv.letter = ord(letter)
    fs_drv.cache_size = cache_size
    fs_drv.use_stdio()
