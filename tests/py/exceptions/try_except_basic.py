def div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return 'div0'
print(div(6, 3), div(1, 0))
try:
    [][0]
except (KeyError, IndexError) as e:
    print('caught', type(e).__name__)
try:
    int('zz')
except Exception as e:
    print('generic', type(e).__name__)
try:
    raise KeyError('k')
except LookupError as e:
    print('via base', type(e).__name__, e.args)
try:
    pass
except Exception:
    print('never')
else:
    print('else ran')
