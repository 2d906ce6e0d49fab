b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b + b' world', b * 2, b'l' in b, 108 in b, b'z' not in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes('héllo', 'utf-8'))
print(b == b'hello', b < b'help', b'abc' > b'ab', b.decode(), str(b, 'utf-8'))
print(type(b[0]).__name__, type(b[0:1]).__name__, bytes(b'copy'))
print(repr(b'\x00\xff\n\t\\\'"'), b'\x41\x42')
