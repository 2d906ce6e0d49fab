x = 'global'
def a():
    x = 'a'
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def d():
    def e():
        return x
    return e()
print(d())
def f():
    x = 'f'
    def g():
        x = 'g'
        return x
    return g(), x
print(f())
