class K:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k % 3
    def __eq__(self, o):
        return self.k == o.k
d = {K(1): 'a', K(4): 'b', K(1): 'c'}
print(len(d), d[K(4)], d[K(1)])
print(hash(K(5)) == hash(K(2)))
class P:
    pass
p = P()
print(hash(p) == hash(p), {p: 1}[p])
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable(): 1}
except TypeError:
    print('TypeError unhashable')
