def f(a, b):
    return a, b
for kw in ({'a': 1, 'b': 2}, {'a': 1}, {'a': 1, 'b': 2, 'c': 3}):
    try:
        print(f(**kw))
    except TypeError:
        print('TypeError', sorted(kw))
try:
    f(1, **{'a': 2})
except TypeError:
    print('TypeError duplicate')
try:
    f(**{1: 2})
except TypeError:
    print('TypeError non-str key')
