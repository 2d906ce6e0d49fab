# Adding an empty str or bytes gives the other operand itself, so it needs no heap (it
# works with the heap locked, as in MicroPython); other sums are new objects.
import micropython

s = 'text'
b = b'data'
results = [None] * 6
micropython.heap_lock()
results[0] = s + ''
results[1] = '' + s
results[2] = b + b''
results[3] = b'' + b
results[4] = '' + ''
results[5] = b'' + b''
micropython.heap_unlock()
print(results)
print(results[0] is s, results[1] is s, results[2] is b, results[3] is b)
print(b'' + bytearray(b'x'), b'ab' + bytearray(b'cd'))
