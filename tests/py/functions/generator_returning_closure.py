def gen_funcs():
    for i in range(3):
        yield lambda i=i: i * 10
print([f() for f in gen_funcs()])
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache_ref = None if False else 0
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
