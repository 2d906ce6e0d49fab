import io
fn = 'tmp_io_files.bin'
with io.open(fn, 'wb') as f:
    f.write(b'binary\x00data')
with open(fn, 'rb') as f:
    data = f.read()
print(data, type(data).__name__)
with open(fn, 'w') as f:
    f.write('text\nmore\n')
with open(fn) as f:
    print(f.readline(), end='')
    print(f.read(2))
with open(fn, 'r+') as f:
    f.write('T')
with open(fn) as f:
    print(f.read())
import os
os.remove(fn)
try:
    open(fn)
except OSError:
    print('OSError after remove')
