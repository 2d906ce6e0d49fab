import hashlib, binascii
def hx(h):
    return binascii.hexlify(h.digest()).decode()
print(hx(hashlib.sha256(b'abc')))
print(hx(hashlib.sha256(b'')))
h = hashlib.sha256()
h.update(b'a')
h.update(b'bc')
print(hx(h) == hx(hashlib.sha256(b'abc')))
print(hx(hashlib.sha1(b'abc')), hx(hashlib.md5(b'abc')))
print(len(hashlib.sha256(b'x' * 1000).digest()), hx(hashlib.sha256(b'x' * 200)))
