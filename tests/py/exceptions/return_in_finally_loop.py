def f():
    results = []
    for i in range(4):
        try:
            if i == 2:
                return results
            results.append(i)
        finally:
            results.append('f%d' % i)
print(f())
def g():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print('fin', i)
    return i
print(g())
