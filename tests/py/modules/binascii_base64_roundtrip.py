import binascii
for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))):
    enc = binascii.b2a_base64(data)
    print(len(data), enc[:24], binascii.a2b_base64(enc) == data)
print(binascii.hexlify(bytes(range(8))), binascii.unhexlify('0001020304050607') == bytes(range(8)))
