import io
b = io.BytesIO()
b.write(b'\x00\x01')
b.write(bytes([255]))
print(b.getvalue(), len(b.getvalue()))
r = io.BytesIO(b'abcdef')
print(r.read(2), r.read(), r.read())
r.seek(1)
print(r.read(1), r.tell())
import struct
buf = io.BytesIO()
buf.write(struct.pack('<I', 1234))
print(struct.unpack('<I', buf.getvalue()))
