# A PNG made by hand (uncompressed deflate stream), for the api tests that load images from
# files: png(width, height, (r, g, b, a)) -> bytes of a one-color RGBA image.
import struct
import binascii


def png(w, h, rgba):
    # a PNG with an uncompressed (stored) deflate stream, made by hand
    raw = b''.join(b'\0' + bytes(rgba) * w for _ in range(h))
    adler_a, adler_b = 1, 0
    for c in raw:
        adler_a = (adler_a + c) % 65521
        adler_b = (adler_b + adler_a) % 65521
    z = b'\x78\x01\x01' + struct.pack('<HH', len(raw), len(raw) ^ 0xFFFF) + raw + struct.pack('>I', (adler_b << 16) | adler_a)
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', binascii.crc32(kind + body) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) +
            chunk(b'IDAT', z) + chunk(b'IEND', b''))
