big = 10 ** 40
print(big > 10 ** 39, big == 10 ** 40, big != big + 1, -big < 0)
print(big > 1.0, big < 1e41, 2 ** 63 > 2 ** 63 - 1, 2 ** 64 == 18446744073709551616)
print(sorted([big, -big, 0, big - 1, 5]))
print(max(2 ** 70, 2 ** 69), min(-(2 ** 70), 3))
print(hash(2 ** 70) == hash(2 ** 70), (2 ** 62) * 4 == 2 ** 64)
print(bool(big - big), bool(big))
