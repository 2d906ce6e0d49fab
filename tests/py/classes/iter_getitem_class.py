class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))] if hasattr(i, 'indices') else [self[j] for j in range(i.start or 0, i.stop)]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), s[-1], s[1:3], 16 in s, 5 in s, len(s))
a, b, *c = s
print(a, b, c)
