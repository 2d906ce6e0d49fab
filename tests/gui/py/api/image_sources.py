# Image sources that are not images end in a Python exception or an empty image, never a
# crash: strings the engine would read as a descriptor (empty, control character first),
# an empty descriptor, data that is not a PNG, a PNG cut short.
img = lv.image(lv.screen_active())
for s in ["", "\tpath", "\x01"]:
    try:
        img.set_src(s)
        print(repr(s), 'accepted')
    except ValueError as e:
        print(repr(s), 'ValueError')

def size_of(src):
    img.set_src(src)
    img.update_layout()
    return img.get_width(), img.get_height()

print('empty descriptor', size_of(lv.image_dsc_t()))
print('not a PNG', size_of(lv.image_dsc_t({'data_size': 20, 'data': b'GIF89a' + bytes(14)})))
print('signature only', size_of(lv.image_dsc_t({'data_size': 8, 'data': b'\x89PNG\r\n\x1a\n'})))
print('symbol', size_of(lv.SYMBOL.OK)[0] > 0)
lv.refr_now(None)
