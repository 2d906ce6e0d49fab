print(str(b'abc'), repr(bytearray(b'q')))
print(b'x'.decode('ascii'), b'caf\xc3\xa9'.decode())
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeError:
    print('UnicodeError')
