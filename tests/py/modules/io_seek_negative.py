# Seeking to a negative absolute position is an error (OSError EINVAL in MicroPython,
# ValueError in CPython) that leaves the position alone; a relative seek before the
# start of a BytesIO stops at position 0.
import io

for stream in (io.BytesIO(b'0123456789'), io.StringIO('0123456789')):
    stream.seek(5)
    try:
        stream.seek(-3)
        print('no error')
    except (OSError, ValueError):
        print('refused')
    print(stream.tell(), stream.seek(4), stream.read(2))
b = io.BytesIO(b'0123456789')
print(b.seek(-2, 2), b.read())
print(b.seek(-50, 1), b.read(3))
