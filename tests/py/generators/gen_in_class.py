class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t))
class Range2:
    def __init__(self, n):
        self.n = n
    def evens(self):
        return (i for i in range(self.n) if i % 2 == 0)
print(list(Range2(9).evens()))
