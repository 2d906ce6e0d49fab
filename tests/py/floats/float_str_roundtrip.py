vals = [0.1, 0.2, 0.3, 1.1, 2.2, 1 / 3, 2 / 3, 3.141592653589793, 1e-7, 6.02e23, 0.1 + 0.7]
for v in vals:
    print(float('%.17g' % v) == v, abs(float(repr(v)) - v) <= abs(v) * 1e-15)
print('%.17g' % 0.1, '%.10g' % (1 / 3))
