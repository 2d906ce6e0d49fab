print(len(''), len('abc'), len('日本'), len(b'ab'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(bytearray(5)), len(frozenset()))
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(5)
except TypeError:
    print('TypeError')
