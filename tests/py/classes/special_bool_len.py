class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), len(L(7)))
print('yes' if L(1) else 'no', 'yes' if B(False) else 'no')
print(not L(0), [x for x in (L(0), L(2)) if x].__len__())
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()))
