# closing a delegating generator closes the sub-generator, then raises GeneratorExit in
# the delegating one even if the sub-generator swallowed it and returned
def leaf():
    yield 1
    try:
        yield 2
    except GeneratorExit:
        print("leaf swallowed GeneratorExit")
        return "leaf result"
    yield 3


def middle():
    try:
        r = yield from leaf()
        print("middle got", r)
    except GeneratorExit:
        print("middle caught GeneratorExit")
        raise
    yield 10


g = middle()
print(next(g), next(g))
print(g.close())
try:
    next(g)
except StopIteration:
    print("StopIteration")


def middle_ignores():
    try:
        yield from leaf()
    except GeneratorExit:
        yield "ignored"


g = middle_ignores()
next(g)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


# a sub-generator raising some other exception on close passes it up instead
def bad_leaf():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from leaf")


def outer():
    try:
        yield from bad_leaf()
    except GeneratorExit:
        print("not reached")


g = outer()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)
