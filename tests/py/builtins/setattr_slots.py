class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = 2
s = S()
print(s.a, s.b)
s.a = 10
print(s.a)
