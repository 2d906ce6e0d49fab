ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), ba[1], ba[-2:])
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba)
ba += b'!'
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray('hi', 'utf-8'))
print(b'Y' in ba, ba == b'YZdef!', ba[-1] == ord('!'))
