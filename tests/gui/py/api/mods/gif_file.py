# GIF89a files made by hand for the gif tests (a real LZW encoder, codes growing to 12 bits).
# gif(w, h, palette, frames, loops=None, bg=0) -> bytes
#   palette: [(r, g, b), ...] (padded to a power of two)
#   frames: [{'pixels': [index...] (fw*fh), 'rect': (x, y, fw, fh), 'delay': cs,
#             'transparent': index or None, 'disposal': 0-3, 'interlace': bool,
#             'palette': local palette or None}]
#   loops: NETSCAPE2.0 loop count (None: no block)
import struct


def lzw(indices, min_size):
    """LZW codes of `indices` packed into bytes (least significant bit first)."""
    clear = 1 << min_size
    size = min_size + 1
    nxt = clear + 2
    table = {}
    out = bytearray()
    acc = 0
    nbits = 0

    def put(code):
        nonlocal acc, nbits
        acc |= code << nbits
        nbits += size
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8

    put(clear)
    prefix = indices[0]
    for b in indices[1:]:
        key = (prefix, b)
        if key in table:
            prefix = table[key]
            continue
        put(prefix)
        if nxt < 4096:
            table[key] = nxt
            nxt += 1
            # the decoder reads the next code with one more bit once it has made entry
            # 1 << size (it makes each entry one code later than we do)
            if nxt > (1 << size) and size < 12:
                size += 1
        else:
            put(clear)
            table = {}
            size = min_size + 1
            nxt = clear + 2
        prefix = b
    put(prefix)
    put(clear + 1)
    if nbits:
        out.append(acc & 0xFF)
    return bytes(out)


def sub_blocks(data):
    out = bytearray()
    for i in range(0, len(data), 255):
        part = data[i:i + 255]
        out.append(len(part))
        out += part
    out.append(0)
    return bytes(out)


def table_bits(n):
    bits = 1
    while (1 << bits) < n:
        bits += 1
    return bits


def color_table(pal):
    bits = table_bits(len(pal))
    pal = list(pal) + [(0, 0, 0)] * ((1 << bits) - len(pal))
    return bits, b''.join(bytes(c) for c in pal)


def interlace_rows(pixels, w, h):
    rows = [pixels[y * w:(y + 1) * w] for y in range(h)]
    order = list(range(0, h, 8)) + list(range(4, h, 8)) + list(range(2, h, 4)) + list(range(1, h, 2))
    out = []
    for y in order:
        out += rows[y]
    return out


def gif(w, h, palette, frames, loops=None, bg=0):
    bits, gct = color_table(palette)
    out = bytearray(b'GIF89a' + struct.pack('<HHBBB', w, h, 0x80 | 0x70 | (bits - 1), bg, 0) + gct)
    if loops is not None:
        out += b'\x21\xFF\x0BNETSCAPE2.0\x03\x01' + struct.pack('<H', loops) + b'\x00'
    for f in frames:
        x, y, fw, fh = f.get('rect', (0, 0, w, h))
        t = f.get('transparent')
        packed = (f.get('disposal', 0) << 2) | (1 if t is not None else 0)
        out += b'\x21\xF9\x04' + struct.pack('<BHB', packed, f.get('delay', 0), t or 0) + b'\x00'
        local = f.get('palette')
        flags = 0x40 if f.get('interlace') else 0
        lct = b''
        if local:
            lbits, lct = color_table(local)
            flags |= 0x80 | (lbits - 1)
        out += b'\x2C' + struct.pack('<HHHHB', x, y, fw, fh, flags) + lct
        pixels = f['pixels']
        if f.get('interlace'):
            pixels = interlace_rows(pixels, fw, fh)
        min_size = max(2, bits if not local else table_bits(len(local)))
        out += bytes([min_size]) + sub_blocks(lzw(pixels, min_size))
    out += b'\x3B'
    return bytes(out)
