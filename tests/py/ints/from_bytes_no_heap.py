# int.from_bytes of a value that fits a small int needs no heap (leading zero bytes and
# all): it works with the heap locked. Bigger values still come out right unlocked.
import micropython

from_bytes = int.from_bytes
padded = b'\x07' + b'\x00' * 11
r1 = r2 = r3 = r4 = None  # the globals exist before the lock
micropython.heap_lock()
r1 = from_bytes(b'1', 'little')
r2 = from_bytes(b'12', 'big')
r3 = from_bytes(padded, 'little')
r4 = from_bytes(b'', 'big')
micropython.heap_unlock()
print(r1, r2, r3, r4)
print(int.from_bytes(b'\xff' * 9, 'big'), int.from_bytes(b'\x80' + b'\x00' * 7, 'big', signed=True))
