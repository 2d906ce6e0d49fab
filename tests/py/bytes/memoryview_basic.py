ba = bytearray(b'abcdef')
mv = memoryview(ba)
print(len(mv), mv[0], bytes(mv[1:3]), bytes(mv[::1]) if False else bytes(mv))
mv[0] = 90
print(ba)
sub = mv[2:4]
sub[0] = 67
print(ba, bytes(sub))
m2 = memoryview(b'xyz')
print(bytes(m2), m2[-1])
try:
    m2[0] = 1
except TypeError:
    print('TypeError readonly')
