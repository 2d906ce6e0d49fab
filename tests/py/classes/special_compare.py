class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __hash__(self):
        return hash(self.v)
a, b = N(1), N(2)
print(a == N(1), a != b, a < b, a <= b, a > b, a >= b)
print([x.v for x in sorted([N(3), N(1), N(2)])])
print(max(N(5), N(9)).v, min([N(4), N(0)]).v)
print(len({N(1), N(1), N(2)}), N(1) in [N(0), N(1)])
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 1, OnlyEq() == 'x')
