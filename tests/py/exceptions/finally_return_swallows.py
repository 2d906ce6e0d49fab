def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally returned'
print(f())
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'break swallowed ' + str(i)
print(g())
