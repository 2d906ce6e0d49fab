# A generator suspended inside an except block still knows the exception it handles:
# a bare `raise` after resuming re-raises it (also after a nested try/except).
def sub():
    yield "sub"


def gen(nested):
    try:
        raise KeyError("handled")
    except KeyError:
        if nested:
            try:
                yield from sub()
            except BaseException:
                pass
        else:
            yield "plain"
        raise


for nested in (False, True):
    g = gen(nested)
    print(next(g))
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))

# the caller's own handled exception does not leak into the generator
def plain():
    yield 1
    raise


g = plain()
try:
    raise ValueError("caller")
except ValueError:
    next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError")
