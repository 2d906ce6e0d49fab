class Dyn:
    real = 'real'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:]
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello, getattr(d, 'x_a'), hasattr(d, 'y'), hasattr(d, 'x_b'))
try:
    d.nope
except AttributeError:
    print('AttributeError')
class Rec:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        self.log.append('del ' + k)
        object.__delattr__(self, k)
r = Rec()
r.a = 5
print(r.a, r.log)
del r.a
print(r.log, hasattr(r, 'a'))
