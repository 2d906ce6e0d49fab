print(float(3), float('2.5'), float(' -1.5 '), float('1e3'), float('.5'), float('5.'))
print(int(2.999), int(-0.5), float(2 ** 60), float(-(2 ** 52)))
print(float('inf') > 0, float('-1_0.5'))
print(int(1.5e10), float(True), float(False))
for bad in ('abc', '', '1.2.3', '1e'):
    try:
        float(bad)
    except ValueError:
        print('ValueError', repr(bad))
