x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', isinstance(e, NameError))
    x = 2
    return x
print(f())
def g():
    y = 1
    del y
    try:
        y
    except NameError as e:
        print(type(e).__name__)
g()
