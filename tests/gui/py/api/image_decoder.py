# The image decoder list through the binding: a decoder written in Python (info/open/close
# callbacks) decodes a format the engine does not know, the image cache keeps its result until
# dropped (close_cb then), the decoder order is newest first; the built-in bin decoder reads a
# .bin file written by draw_buf_save_to_file, the BMP decoder 16/24/32-bit files, RLE.
import struct
import fs_driver

log = []


def raw_bytes(dsc):
    img = lv.image_dsc_t.__cast__(dsc.src)
    if img.data_size < 6 or img.data is None:
        return None
    data = bytes(img.data.__dereference__(img.data_size))
    return data if data[:4] == b'RAW1' else None


def info_cb(decoder, dsc, header):
    if dsc.src_type != lv.IMAGE_SRC.VARIABLE:
        return lv.RESULT.INVALID
    data = raw_bytes(dsc)
    if data is None:
        return lv.RESULT.INVALID
    log.append('info')
    header.magic = lv.IMAGE_HEADER_MAGIC
    header.cf = lv.COLOR_FORMAT.RGB888
    header.w = data[4]
    header.h = data[5]
    header.stride = data[4] * 3
    return lv.RESULT.OK


def open_cb(decoder, dsc):
    data = raw_bytes(dsc)
    w, h = data[4], data[5]
    buf = lv.draw_buf_create(w, h, lv.COLOR_FORMAT.RGB888, 0)
    px = buf.data.__dereference__(buf.data_size)
    for y in range(h):
        for x in range(w * 3):
            px[y * buf.header.stride + x] = data[6 + y * w * 3 + x]
    dsc.decoded = buf
    log.append('open')
    return lv.RESULT.OK


def close_cb(decoder, dsc):
    log.append('close')
    lv.draw_buf_destroy(dsc.decoded)


first = lv.image_decoder_get_next(None)
dec = lv.image_decoder_create()
dec.set_info_cb(info_cb)
dec.set_open_cb(open_cb)
dec.set_close_cb(close_cb)
print('newest first:', lv.image_decoder_get_next(None) == dec, dec.get_next() == first)
n = 0
d = lv.image_decoder_get_next(None)
while d:
    n += 1
    d = d.get_next()
print('decoders:', n)  # ours, BMP, PNG, BIN

w, h = 4, 3
raw = bytearray(b'RAW1' + bytes([w, h]))
for y in range(h):
    for x in range(w):
        raw += bytes([0x10 * x, 0x40 * y, 0xC0])  # B, G, R
src = lv.image_dsc_t({'data_size': len(raw), 'data': bytes(raw)})
hdr = lv.image_header_t()
print('info:', lv.image_decoder_get_info(src, hdr) == lv.RESULT.OK, hdr.w, hdr.h, hdr.cf == lv.COLOR_FORMAT.RGB888)
print('unknown data:', lv.image_decoder_get_info(lv.image_dsc_t({'data_size': 6, 'data': b'RAW2xx'}), hdr))

scr = lv.screen_active()
scr.set_style_bg_color(lv.color_black(), 0)
img = lv.image(scr)
img.set_src(src)
img.set_pos(10, 20)
img.update_layout()
print('size', img.get_width(), img.get_height())


def rgb(x, y):
    snap = lv.snapshot_take(scr, lv.COLOR_FORMAT.XRGB8888)
    m = snap.data.__dereference__(snap.data_size)
    o = y * snap.header.stride + x * 4
    r = (m[o + 2], m[o + 1], m[o])
    lv.draw_buf_destroy(snap)
    return r


print('pixels', rgb(10, 20), rgb(13, 22))
lv.refr_now(None)
print(log)
lv.image_cache_drop(src)
print('after drop', log)
log.clear()
lv.refr_now(None)
img.invalidate()
lv.refr_now(None)
print('redrawn, decoded again once', log)

# an opened image by hand
dsc = lv.image_decoder_dsc_t()
print('open:', lv.image_decoder_open(dsc, src, None) == lv.RESULT.OK, dsc.decoder == dec, dsc.header.w)
lv.image_decoder_close(dsc)

dec.delete()
print('after delete', log[-1], lv.image_decoder_get_next(None) == first)
print('not decoded any more', lv.image_decoder_get_info(src, hdr))

# .bin files: the bin decoder reads what draw_buf_save_to_file writes
drv = lv.fs_drv_t()
fs_driver.fs_register(drv, 'S')
buf = lv.draw_buf_create(5, 2, lv.COLOR_FORMAT.XRGB8888, 0)
m = buf.data.__dereference__(buf.data_size)
for i in range(0, buf.data_size, 4):
    m[i:i + 4] = bytes([0x20, 0x80, 0xE0, 0xFF])
print('saved', buf.save_to_file('S:tmp_decoder.bin') == lv.RESULT.OK)
bin_img = lv.image(scr)
bin_img.set_src('S:tmp_decoder.bin')
bin_img.set_pos(40, 20)
bin_img.update_layout()
print('bin', bin_img.get_width(), bin_img.get_height(), rgb(40, 20), rgb(44, 21))


def bmp(w, h, bpp, rows, top_down=False, masks=None):
    """A BMP file: BITMAPINFOHEADER (+ bitfield masks), rows padded to 4 bytes."""
    row_bytes = (w * bpp + 31) // 32 * 4
    data = b''
    for r in (rows if top_down else rows[::-1]):
        data += r + bytes(row_bytes - len(r))
    extra = b''.join(struct.pack('<I', v) for v in masks) if masks else b''
    offset = 14 + 40 + len(extra)
    info = struct.pack('<IiiHHIIiiII', 40, w, -h if top_down else h, 1, bpp, 3 if masks else 0, len(data), 2835, 2835, 0, 0)
    return b'BM' + struct.pack('<IHHI', offset + len(data), 0, 0, offset) + info + extra + data


files = {
    'tmp_24.bmp': bmp(3, 2, 24, [bytes([0, 0, 255] * 3), bytes([255, 0, 0] * 3)]),
    'tmp_32.bmp': bmp(3, 2, 32, [bytes([0, 255, 0, 0] * 3), bytes([255, 255, 255, 0] * 3)], top_down=True),
    'tmp_565.bmp': bmp(3, 2, 16, [struct.pack('<H', 0xF800) * 3, struct.pack('<H', 0x07E0) * 3],
                       masks=[0xF800, 0x07E0, 0x001F]),
    'tmp_555.bmp': bmp(3, 2, 16, [struct.pack('<H', 0x7C00) * 3, struct.pack('<H', 0x001F) * 3]),
    'tmp_8.bmp': bmp(3, 2, 8, [bytes(3), bytes(3)]),
    'tmp_cut.bmp': bmp(3, 2, 24, [bytes(9), bytes(9)])[:60],
}
x = 60
for name, content in files.items():
    with open(name, 'wb') as f:
        f.write(content)
    b = lv.image(scr)
    b.set_src('S:' + name)
    b.set_pos(x, 20)
    b.update_layout()
    if b.get_width():
        print(name, b.get_width(), b.get_height(), 'top', rgb(x, 20), 'bottom', rgb(x + 2, 21))
    else:
        print(name, 'refused')
    x += 10

# RLE: a run of 3 blocks, then 2 literal blocks (block size 2)
packed = bytes([3, 0xAA, 0xBB, 0x82, 1, 2, 3, 4])
out = bytearray(10)
print('rle', lv.rle_decompress(packed, len(packed), out, len(out), 2), bytes(out).hex())
print('rle too small', lv.rle_decompress(packed, len(packed), bytearray(4), 4, 2))
print('rle cut', lv.rle_decompress(packed[:6], 6, out, len(out), 2))

import os
for name in list(files) + ['tmp_decoder.bin']:
    os.remove(name)

# a decoder that fails: an exception in info_cb is printed (stderr) and the image stays empty;
# a decoded buffer too small for its header is refused instead of read past its end
def bad_info(decoder, dsc, header):
    if raw_bytes(dsc) is None:
        return lv.RESULT.INVALID
    raise ValueError('broken decoder')


def short_info(decoder, dsc, header):
    return info_cb(decoder, dsc, header)


def short_open(decoder, dsc):
    buf = lv.draw_buf_create(1, 1, lv.COLOR_FORMAT.RGB888, 0)
    buf.header.w = 200  # claims more pixels than it holds
    buf.header.h = 200
    dsc.decoded = buf
    return lv.RESULT.OK


for info, opener in ((bad_info, open_cb), (short_info, short_open)):
    d = lv.image_decoder_create()
    d.set_info_cb(info)
    d.set_open_cb(opener)
    broken = lv.image(scr)
    broken.set_src(src)
    broken.update_layout()
    lv.refr_now(None)
    print('failing decoder: width', broken.get_width(), lv.image_decoder_get_next(None) == d)
    broken.delete()
    d.delete()
