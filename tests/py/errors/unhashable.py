for v in ([], {}, set(), bytearray(b'x'), [1, (2,)]):
    try:
        hash(v)
    except TypeError:
        print(type(v).__name__, 'unhashable')
try:
    {[1]: 2}
except TypeError:
    print('list as key')
try:
    {{}}
except TypeError:
    print('dict in set')
print(hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'))
try:
    hash((1, [2]))
except TypeError:
    print('tuple with list')
