class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b, str(e))
class F(KeyError):
    pass
try:
    raise F('key')
except KeyError as k:
    print(type(k).__name__, k.args)
