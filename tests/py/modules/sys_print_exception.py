import sys
def f():
    raise ValueError('bad value')
try:
    f()
except ValueError as e:
    sys.print_exception(e)
print('after')
