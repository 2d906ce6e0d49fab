class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(('+', o))
        return self
    def __isub__(self, o):
        self.items.append(('-', o))
        return self
    def __imul__(self, o):
        self.items.append(('*', o))
        return self
    def __add__(self, o):
        return 'plain add'
a = ref = Acc()
a += 1
a -= 2
a *= 3
print(a is ref, a.items)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = y = OnlyAdd(1)
x += 5
print(x.v, y.v, x is y)
