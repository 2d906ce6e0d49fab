class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, isinstance(Pos(1), int))
class Log:
    def __new__(cls, *a):
        print('new', cls.__name__, a)
        return object.__new__(cls)
    def __init__(self, *a):
        print('init', a)
Log(1, 2)
class Other:
    def __new__(cls):
        return 'not an instance'
    def __init__(self):
        print('never')
print(Other())
