# Poles are domain errors (ValueError), as in CPython and MicroPython: atanh(+-1),
# gamma and lgamma at zero and the negative integers; next to a pole the value is finite,
# and pow(0, -inf) is inf while pow(0, -1) is an error.
import math

inf = float('inf')
for name, xs in (('atanh', (1, -1, 0.5)), ('gamma', (0, -1, -3, -0.5, 4)),
                 ('lgamma', (0, -2, -2.5, 3, -inf))):
    f = getattr(math, name)
    for x in xs:
        try:
            print(name, x, '%.6f' % f(x))
        except ValueError:
            print(name, x, 'ValueError')
for y in (-inf, -1.0, -0.5):
    try:
        print('pow', y, math.pow(0.0, y))
    except ValueError:
        print('pow', y, 'ValueError')
