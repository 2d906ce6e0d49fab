import struct
buf = bytearray(8)
struct.pack_into('<HI', buf, 1, 0x1234, 0xdeadbeef)
print(buf)
print(struct.unpack_from('<I', buf, 3), struct.unpack_from('<H', buf, 1))
try:
    struct.unpack('<I', b'\x00')
except (ValueError, struct.error if hasattr(struct, 'error') else ValueError):
    print('error short buffer')
try:
    struct.pack('<h')
except (TypeError, ValueError, struct.error if hasattr(struct, 'error') else ValueError):
    print('error missing arg')
