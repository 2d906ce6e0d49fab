class A:
    def go(self):
        return 'A'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
class B(A):
    def go(self):
        return 'B' + super().go()
    @classmethod
    def cm(cls):
        return 'B ' + super().cm()
print(B().go(), B.cm(), super(B, B()).go())
