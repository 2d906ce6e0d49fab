class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Box()
b['x'] = 1
b['y'] = 2
print(len(b), b['x'], 'x' in b, 'z' in b, 'z' not in b, list(b))
del b['x']
print(len(b), list(b))
try:
    b['nope']
except KeyError as e:
    print('KeyError', e.args)
class Sl:
    def __getitem__(self, s):
        return (s.start, s.stop, s.step)
print(Sl()[1:9:2], Sl()[:3])
