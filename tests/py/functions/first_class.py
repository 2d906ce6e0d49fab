def apply(f, *a):
    return f(*a)
print(apply(max, 3, 9, 2), apply(str.upper, 'x'))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print([ops[k](3, 4) for k in sorted(ops)])
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
fl = [len, str, repr]
print([f('ab') for f in fl])
print(callable(apply), callable(3), callable(int), callable(lambda: 0))
