class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for v in Countdown(2):
    print('v', v)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print(list(Seq()), 4 in Seq())
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
class Twice:
    def __iter__(self):
        yield from (1, 2)
        yield from (1, 2)
print(list(Twice()), sorted(Twice()))
