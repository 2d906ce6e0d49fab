# micropython.opt_level(1) compiles later code without asserts and with __debug__ False
import micropython

print(micropython.opt_level())
exec("print(__debug__)")
micropython.opt_level(1)
print(micropython.opt_level())
exec("print(__debug__)")
exec("assert 0, 'not compiled'")
print("assert skipped")
micropython.opt_level(0)
try:
    exec("assert 0, 'compiled'")
except AssertionError as e:
    print("AssertionError", e)
