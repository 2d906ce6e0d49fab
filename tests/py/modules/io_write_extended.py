# MicroPython's stream write(buf, max_len) and write(buf, offset, max_len): a part of the
# buffer is written, clamped to its end, and the count written is returned.
import io

out = io.BytesIO()
print(out.write(b'abcdef', 3), out.getvalue())
print(out.write(b'abcdef', 50), out.getvalue())
print(out.write(b'abcdef', 2, 2), out.getvalue())
print(out.write(bytearray(b'xyz'), 1, 10), out.getvalue())
print(out.write(b'abcdef', 9, 4), out.getvalue())
print(out.write(memoryview(b'12345')[1:], 0, 2), out.getvalue())
