class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Mul(3)
print(m(2), m(2, 1, 1), m(1, scale=10), callable(m))
print(list(map(Mul(2), [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError:
    print('TypeError not callable')
