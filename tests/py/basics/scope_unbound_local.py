x = 1
def f():
    try:
        print(x)
    except NameError:
        print('NameError family')
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
