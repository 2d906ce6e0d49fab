def outer():
    x = 'outer'
    def middle():
        nonlocal x
        x = 'middle'
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def shared():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
g, p = shared()
p(42)
print(g())
p('s')
print(g())
