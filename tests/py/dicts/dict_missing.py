class Default(dict):
    def __missing__(self, k):
        return 'missing-' + str(k)
d = Default(a=1)
print(d['a'], d['b'], 'b' in d, len(d))
