def documented(a, b):
    'The docstring.'
    return a
print(documented.__name__)
g = documented
print(g.__name__, g is documented)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
print(type(documented).__name__)
print((lambda: 0).__name__)
