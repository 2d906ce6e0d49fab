def f(n):
    if n > 0:
        if n > 1:
            if n > 2:
                if n > 3:
                    if n > 4:
                        for i in range(1):
                            while True:
                                try:
                                    with open(__file__) as fh:
                                        return 'deep %d' % n
                                finally:
                                    pass
                    return 'n=4'
                return 'n=3'
            return 'n=2'
        return 'n=1'
    return 'n=0'
print([f(i) for i in range(7)])
x = ((((((((((1))))))))))
print(x, [[[[[[2]]]]]], {'a': {'b': {'c': {'d': 4}}}})
