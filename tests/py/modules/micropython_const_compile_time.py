# MicroPython's compile-time constants: `NAME = const(expr)` needs no import, folds
# earlier constants, and later loads of NAME anywhere in the module see the value (even in
# methods of the class that defined it, or after the name is rebound); names starting
# with _ are not stored. Bad definitions are syntax errors. __debug__ follows opt_level.
X = const(123)
Y = const(X * 2 + 1)
_HIDDEN = const(1 << 40)
print(X, Y, _HIDDEN, "_HIDDEN" in globals(), "X" in globals())


class A:
    C1 = const(7)

    def get(self):
        return C1, self.C1, X


print(A().get())


def uses():
    return X + Y


X_copy = X
import micropython as X  # rebinding the name does not change the constant
print(uses(), X_copy, type(globals()["X"]).__name__)


@micropython.native
def fast(a):
    return a + 1


@micropython.viper
def typed(a):
    return a * 2


print(fast(1), typed(3))
for src in ("a = const(x)", "B = const(1)\nB = const(2)", "c = const('s')", "d = const(1 // 0)",
            "@micropython.nope\ndef f(): pass", "@micropython.native.x\ndef f(): pass",
            "e = const(2 ** 10 ** 9)", "g = const(1 << 100000)"):
    try:
        exec(src)
        print("no error")
    except SyntaxError:
        print("SyntaxError")
print(__debug__)
