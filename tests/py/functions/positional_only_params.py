# Positional-only parameters (before '/'): never bound by keyword (a keyword of that
# name goes to **kwargs when there is one), defaults still apply; misplaced '/' and a
# non-default parameter after a default one are syntax errors.
def f(a, b=10, /, c=100):
    return a + b + c


print(f(1, 2, 3), f(1, 2, c=3), f(1, c=2), f(1))
for call in ("f(1, b=2)", "f(a=1)", "f()"):
    try:
        eval(call)
    except TypeError:
        print("TypeError", call)


def g(something, /, **kwargs):
    return something, kwargs


print(g(42, something=43), g(1))
lam = lambda a, b, /,: a * b
print(lam(6, 7))


class Example:
    def m(self, a, /, *, k=0):
        return a, k

    def mangled(self, __a=42, /, __b=43, *, __c=44):
        return __a, __b, __c


print(Example().m(1, k=2), Example().mangled())


async def co(a=1, /, b=2):
    return a, b


c = co(5, b=6)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

for src in ("def h(/): pass", "def h(*a, /): pass", "def h(a, /, b, /): pass", "def h(*, a, /): pass",
            "def h(**k, /): pass", "def h(a=1, b, /): pass", "def h(a=1, /, b): pass", "lambda /: 0",
            "def h(a, /, a): pass", "def h(a, b/2): pass"):
    try:
        exec(src)
        print("accepted", src)
    except SyntaxError:
        print("SyntaxError")
