import struct
print(struct.pack('<bBhHiI', -1, 255, -2, 65535, -3, 2 ** 32 - 1))
print(struct.pack('>HI', 1, 2), struct.pack('!h', -2), struct.pack('<q', -1), struct.pack('>Q', 2 ** 63))
print(struct.unpack('<hH', b'\xff\xff\xff\xff'), struct.unpack('>i', b'\x80\x00\x00\x00'))
print(struct.calcsize('<bhiq'), struct.calcsize('>HHI'), struct.calcsize('<3s2b'))
print(struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'), struct.unpack('<2s', b'xy'))
print(struct.pack('<f', 1.5), struct.unpack('<d', struct.pack('<d', 0.1))[0] == 0.1)
print(struct.unpack('<ff', struct.pack('<ff', 2.5, -0.25)))
print(struct.pack('<2h', 1, 2), struct.unpack('<3B', b'\x01\x02\x03'))
