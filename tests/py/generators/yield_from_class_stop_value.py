# yield from a class-based iterator: StopIteration(value) raised by __next__ (or a
# subclass of it) ends the delegation and becomes the value of the yield from
class MyStop(StopIteration):
    pass


class Countdown:
    def __init__(self, n, exc):
        self.n = n
        self.exc = exc

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise self.exc
        self.n -= 1
        return self.n


def outer(it):
    result = yield from it
    print("result:", result)
    return result


for exc in (StopIteration, StopIteration(7), MyStop(8), MyStop()):
    print(list(outer(Countdown(3, exc))))


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("boom")


try:
    list(outer(Broken()))
except ValueError as e:
    print("ValueError", e)
# plain iterators still give None
print(list(outer(iter([1, 2]))))
