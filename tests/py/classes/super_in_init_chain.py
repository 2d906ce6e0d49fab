class A:
    def __init__(self):
        self.log = ['A']
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
class C(B):
    def __init__(self, extra):
        super().__init__()
        self.log.append('C' + extra)
print(C('!').log)
class D(C):
    pass
print(D('?').log)
