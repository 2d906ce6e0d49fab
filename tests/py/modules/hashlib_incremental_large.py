import hashlib, binascii
h = hashlib.sha256()
for i in range(100):
    h.update(bytes([i % 256]) * 37)
one = hashlib.sha256(b''.join(bytes([i % 256]) * 37 for i in range(100)))
print(h.digest() == one.digest(), len(h.digest()))
print(binascii.hexlify(hashlib.sha256(b'a' * 64).digest()))
print(binascii.hexlify(hashlib.sha1(b'').digest()), binascii.hexlify(hashlib.md5(b'').digest()))
