cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: {} + {},
    lambda: 'a' * 'b', lambda: -'a', lambda: ~1.5, lambda: 1 < 'a',
    lambda: len(5), lambda: None(), lambda: 5[0], lambda: {}[[]],
    lambda: iter(5), lambda: next([]), lambda: hash([]), lambda: int([]),
    lambda: 'abc'[1.0], lambda: sum(['a', 'b']), lambda: 'x'.join([1]),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except TypeError:
        print(i, 'TypeError')
