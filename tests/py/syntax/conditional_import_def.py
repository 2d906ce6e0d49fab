if True:
    import math as m
    def pick():
        return 'first'
else:
    def pick():
        return 'second'
print(pick(), m.floor(1.5))
try:
    from math import sqrt as root
except ImportError:
    root = None
print(root(9.0))
