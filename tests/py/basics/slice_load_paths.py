# Loading a slice of a builtin sequence (no slice object kept) and of other objects
# (which receive a real slice they may keep).
s, b, l, t = "hello world", b"bytes!", [0, 1, 2, 3, 4, 5], (9, 8, 7, 6)
print(s[1:4], s[::-2], s[-3:], b[1:3], b[::-1], l[1:5:2], l[::-1], t[1:], t[:-1])
print(s[100:], l[-100:2], t[2:1], s[None:None:None])
class Keeper:
    def __getitem__(self, k):
        self.kept = k
        return k
k = Keeper()
print(k[1:2], k[::3], k.kept, k.kept.start, k.kept.stop, k.kept.step)
ba = bytearray(b"abcdef")
print(ba[2:4], ba[::2])
x = [1, 2, 3]
x[0:1] = [7, 8]
x[1:2] += [5]
print(x)
for bad in ("a", 1.5):
    try:
        s[bad:2]
    except TypeError:
        print("TypeError")
print([s[i:i + 2] for i in range(0, 6, 2)])
