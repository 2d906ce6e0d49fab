def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('wrong handler')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('converted')
except ValueError as e:
    print('outer', e)
try:
    try:
        raise KeyError
    except KeyError:
        try:
            raise IndexError
        except IndexError:
            print('inner index')
        print('back in key handler')
except Exception:
    print('never')
