try:
    list(1 // x for x in (1, 0))
except ZeroDivisionError:
    print('ZeroDivisionError from genexpr')
try:
    [int(s) for s in ('1', 'x')]
except ValueError:
    print('ValueError from listcomp')
try:
    {k: 1 / k for k in (1, 0)}
except ZeroDivisionError:
    print('ZeroDivisionError from dictcomp')
