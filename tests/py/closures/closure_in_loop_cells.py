def runs():
    out = []
    for n in range(3):
        def capture(n=n):
            def inner():
                return n * 10
            return inner
        out.append(capture())
    return [f() for f in out]
print(runs())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))
