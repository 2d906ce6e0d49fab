s = slice(1, 5, 2)
print(s.start, s.stop, s.step)
l = list(range(10))
print(l[s], 'abcdefg'[s])
print(slice(3).start, slice(3).stop)
t = tuple(range(6))
print(t[slice(None, None, -1)])
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1:2], i[::3], i[1:2, 3], i[...])
print(i[:], i[1:], i[:-1])
