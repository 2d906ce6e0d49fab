x = 'module'
def f():
    x = 'function'
    class C:
        y = x
        def m(self):
            return x
    return C.y, C().m()
print(f())
def g():
    v = 1
    def h():
        return v
    v = 2
    return h()
print(g())
