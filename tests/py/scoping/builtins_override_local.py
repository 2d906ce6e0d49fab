def f():
    len = lambda x: -1
    return len([1, 2])
print(f(), len([1, 2]))
def g():
    print = 'not callable'
    return print
print(g())
