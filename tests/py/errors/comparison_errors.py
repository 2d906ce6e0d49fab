for a, b in ((1, 'a'), ([], ()), (None, None), ({}, {}), (1j, 2j)):
    try:
        a < b
        print('compared')
    except TypeError:
        print('TypeError', type(a).__name__, type(b).__name__)
print(1 == 'a', [] == (), None == None)
