# A finally body is compiled once per way out of its try (normal end, return, break,
# exception): a def, lambda or comprehension in it is compiled each time and each copy
# must know its local and free names.


def leave_by_return(a):
    try:
        return a
    finally:
        g = lambda b: [i + a + b for i in range(3)]
        print('return', g(1))


def leave_by_break():
    for n in range(2):
        try:
            if n:
                break
        finally:
            def inner(k=n):
                cell = k * 10
                return lambda: {j: cell for j in range(2)}
            print('loop', n, inner()())


def leave_by_exception():
    try:
        try:
            raise ValueError('x')
        finally:
            h = [(lambda q=i: q * 2)() for i in range(3)]
            print('exception', h)
    except ValueError as e:
        print('caught', e)


print(leave_by_return(5))
leave_by_break()
leave_by_exception()
try:
    pass
finally:
    m = lambda a: [i + a for i in range(3)]
    print('module', m(2))
