a = b = 0
def f():
    global a, b
    a, b = 1, 2
f()
print(a, b)
def outer():
    x = y = 0
    def inner():
        nonlocal x, y
        x, y = 3, 4
    inner()
    return x, y
print(outer())
