try:
    try:
        raise ValueError('a')
    except ValueError:
        {}['missing']
except KeyError as e:
    print('KeyError from handler', e.args)
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return 'handled'
    finally:
        print('finally after handler')
print(f())
