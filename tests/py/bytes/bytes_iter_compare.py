b = b'\x01\x02\xff'
print([x for x in b], sum(b), max(b), sorted(b'cab'))
print(b'abc' == bytearray(b'abc'), b'a' * 0, bytes() == b'')
print(b'abc'[1], b'abc'[1:2], bytes([b'abc'[2]]))
print(hash(b'ab') == hash(b'ab'), {b'k': 1}[b'k'])
try:
    b'a' + 'b'
except TypeError:
    print('TypeError bytes+str')
