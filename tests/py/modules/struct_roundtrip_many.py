import struct
fmts = ['<b', '<B', '<h', '<H', '<i', '<I', '<q', '<Q', '>h', '>i', '>q']
vals = [-128, 255, -32768, 65535, -2 ** 31, 2 ** 32 - 1, -2 ** 63, 2 ** 64 - 1, 1234, -5678, 2 ** 40]
for f, v in zip(fmts, vals):
    packed = struct.pack(f, v)
    print(f, len(packed), struct.unpack(f, packed)[0] == v, packed)
print(struct.unpack('<4b', struct.pack('<4B', 255, 128, 127, 0)))
print(struct.calcsize('<d'), struct.calcsize('<f'), struct.pack('>d', 1.0))
