ba = bytearray(range(10))
print(ba[2:5], ba[::3], ba[::-1][:3], ba[-2:])
ba[0:2] = b'\xff\xfe'
print(ba[:4])
ba[8:] = b''
print(len(ba), ba)
ba.extend(bytearray(b'ab'))
print(ba[-3:], ba[-2:].decode())
print(bytearray(b'x') * 3, b'y' + bytearray(b'z'), bytearray(b'a') + b'b')
