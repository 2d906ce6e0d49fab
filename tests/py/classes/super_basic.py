class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return 'A'
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return 'B>' + super().who()
class C(B):
    def who(self):
        return 'C>' + super(C, self).who()
c = C(1, 2)
print(c.x, c.y, c.who())
class S(str):
    def shout(self):
        return super().upper() + '!'
print(S('hey').shout())
