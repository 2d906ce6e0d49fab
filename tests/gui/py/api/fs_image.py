# Images from files: fs_driver registers the host's files under a drive letter, and
# image.set_src("S:...") reads and decodes the PNG through it. The path is copied.
import os
import sys
import fs_driver
sys.path.append('mods')
from png_file import png

with open('tmp_fs_image.png', 'wb') as f:
    f.write(png(6, 4, (255, 0, 0, 255)))

drv = lv.fs_drv_t()
print('before register, S ready:', lv.fs_is_ready(ord('S')))
fs_driver.fs_register(drv, 'S')
print('after register, S ready:', lv.fs_is_ready(ord('S')))

scr = lv.screen_active()
img = lv.image(scr)
path = "S:tmp_fs_image.png"
img.set_src(path)
missing = lv.image(scr)
missing.set_src("S:tmp_no_such_file.png")
unknown_letter = lv.image(scr)
unknown_letter.set_src("Q:tmp_fs_image.png")
scr.update_layout()
print('file image', img.get_width(), img.get_height())
print('missing file', missing.get_width(), missing.get_height(), missing.get_src())
print('letter without driver', unknown_letter.get_width(), unknown_letter.get_height())
style_obj = lv.obj(scr)
style_obj.set_style_bg_image_src(path, 0)
lv.refr_now(None)

# an image button keeps its own copy of a path built at run time
import gc
ib = lv.imagebutton(scr)
ib.set_src(lv.imagebutton.STATE.RELEASED, None, "S:" + "tmp_fs_image" + ".png", None)
gc.collect()
garbage = ["S:overwrite %d" % i for i in range(200)]
ib.update_layout()
lv.refr_now(None)
print('image button from a path', ib.get_width(), ib.get_height())
ib.delete()

print('ext', lv.fs_get_ext("S:a/b.png"), 'last', lv.fs_get_last("S:a/b.png"))
os.remove('tmp_fs_image.png')
