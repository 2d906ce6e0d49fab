class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
for v in (0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (0,), {}, {0: 0}, None, T(), L(), N(), range(0), range(1)):
    print(bool(v), end=' ')
print()
print(bool(set()), bool({1}), bool(b''), bool(b'\x00'))
