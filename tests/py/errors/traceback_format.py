import sys
def a():
    b()
def b():
    raise KeyError('deep')
try:
    a()
except KeyError as e:
    sys.print_exception(e)
