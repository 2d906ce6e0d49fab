for obj in (1, 'str', [], (), None, len):
    try:
        obj.new_attr = 1
    except AttributeError:
        print(type(obj).__name__, 'AttributeError')
def f():
    pass
try:
    int.new_attr = 5
except (AttributeError, TypeError):
    print('cannot set on builtin type')
