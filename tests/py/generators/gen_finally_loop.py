def g():
    for i in range(3):
        try:
            yield i
        finally:
            print('fin', i)
for v in g():
    print('got', v)
    if v == 1:
        break
print('after break')
def h():
    try:
        yield 'x'
    finally:
        print('h cleanup')
for v in h():
    print(v)
