import micropython
from micropython import const
X = const(42)
Y = const(X * 2)
print(X, Y, micropython.const('s'))
print(micropython.opt_level())
print(micropython.alloc_emergency_exception_buf(100))
micropython.kbd_intr(3)
@micropython.native
def f(x):
    return x + 1
@micropython.viper
def g(x: int) -> int:
    return x * 2
print(f(1), g(4))
