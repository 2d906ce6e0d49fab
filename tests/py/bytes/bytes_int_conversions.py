for n in (0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 64):
    size = max(1, (len(hex(n)) - 1) // 2)
    b = n.to_bytes(size, 'big')
    print(n, b, int.from_bytes(b, 'big') == n, int.from_bytes(b, 'little'))
print(list(b'\x00\x7f\x80\xff'), bytes([0, 127, 128, 255]))
