# print(..., file=stream) calls stream.write once for each item, separator and end.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)
        return len(s)


r = Recorder()
print('a', 1, [2, 'b'], file=r)
print(file=r)
print('x', 'y', sep='--', end='!', file=r)
print(3.5, None, sep='', end='', file=r)
print(r.calls)
