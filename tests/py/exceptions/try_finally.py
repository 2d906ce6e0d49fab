def f(x):
    try:
        if x:
            return 'try'
    finally:
        print('finally', x)
    return 'after'
print(f(1), f(0))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(h())
try:
    try:
        raise ValueError
    finally:
        print('inner finally')
except ValueError:
    print('outer caught')
