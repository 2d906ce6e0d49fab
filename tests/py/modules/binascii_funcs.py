import binascii
print(binascii.hexlify(b'\x00\x01\xfe\xff'), binascii.unhexlify(b'00fF10'), binascii.unhexlify('abcd'))
print(binascii.b2a_base64(b'hello'), binascii.a2b_base64(b'aGVsbG8='), binascii.a2b_base64('YQ=='))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'ab'), binascii.b2a_base64(bytes(range(5))))
print(binascii.crc32(b'hello'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'hello world') == binascii.crc32(b'world', binascii.crc32(b'hello ')))
try:
    binascii.unhexlify(b'abc')
except ValueError:
    print('ValueError odd length')
