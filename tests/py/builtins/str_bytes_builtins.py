print(str(5), str(b'a'), str('x'), str([1]), bytes(2), bytes('é', 'utf-8'), bytearray(b'q'))
print(str(b'\xc3\xa9', 'utf-8'), bytes([1, 2]).decode() == '\x01\x02')
