fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    fns = []
    for j in range(3):
        def f():
            return j
        fns.append(f)
    j = 100
    return fns
print([f() for f in make()])
def make2():
    return [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in make2()])
