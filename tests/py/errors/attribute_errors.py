class C:
    pass
for obj, name in ((1, 'foo'), ('s', 'bar'), ([], 'nope'), (C(), 'x'), (C, 'y'), (None, 'z')):
    try:
        getattr(obj, name)
    except AttributeError:
        print(type(obj).__name__, name, 'AttributeError')
try:
    (1).real = 5
except AttributeError:
    print('cannot set int attr')
try:
    [].append = None
except AttributeError:
    print('cannot set list attr')
