# const() also folds floats and the numbers of the pure built-in modules (math, cmath,
# errno) at compile time, as MicroPython does with float support: the folded value is the
# one the expression gives at run time. What still cannot be folded is a syntax error.
import math
import errno

TAU = const(2.0 * math.pi)
HALF = const(1 / 2)
INV = const(2 ** -1)
MISSING = const(errno.ENOENT + 100)
print(TAU == 2.0 * math.pi, HALF, INV, MISSING - 100 == errno.ENOENT)
print(round(math.cos(TAU), 9), round(math.sin(TAU / 4), 9))


def later():
    return TAU / 2 == math.pi


print(later())
for src in ("a = const(math.no_such)", "a = const(1.0 // 0)", "a = const(math.pi @ 2)",
            "a = const(len)", "a = const(math)", "a = const(str.join)"):
    try:
        exec(src)
        print("no error", src)
    except SyntaxError:
        print("SyntaxError", src)
