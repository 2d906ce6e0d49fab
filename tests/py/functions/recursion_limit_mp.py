def f():
    f()
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e.args[0])
