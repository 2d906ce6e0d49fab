# Decimal <-> double at the places where a conversion is most easily one digit off:
# halfway cases, subnormals, the ends of the range, powers of two, long mantissas, and
# the rounding of the exact binary value in fixed formats (CPython rounds half-even).

# parsing: correctly rounded, ties to even
for s in ('9007199254740993', '9007199254740995', '9007199254740993.0000000000000000001',
          '1e23', '8.98846567431158e307', '1.7976931348623157e308', '1.7976931348623158e308',
          '1.7976931348623159e308', '2.4703282292062327e-324', '2.4703282292062328e-324',
          '4.9406564584124654e-324', '5e-324', '2.2250738585072011e-308', '2.2250738585072014e-308',
          '1e-400', '-1e-400', '1e400', '-1e400', '0.1', '.5', '5.', '+1.5E+3', '00012.50e-0001',
          '123456789012345678901234567890', '0.000000000000000000000000000001234567890123456789',
          '7.2057594037927933e16', '3.0000000000000001', '-0.0', 'Infinity', '-inf', 'nan'):
    print(s, repr(float(s)))

# a long mantissa exactly at, just above and just below a halfway point: 2^53 + 1 written
# out with 800 digits after it
half = '9007199254740993.' + '0' * 800
print(float(half), float(half[:-1] + '1'), float('9007199254740992.' + '9' * 800))

for bad in ('', '.', 'e5', '1e', '1e+', '--1', '1.2.3', 'infx', '0x10', '1_', '_1', '1__0', 'nan5'):
    try:
        float(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('rejected', repr(bad))

# repr: the shortest digits that read back, at every power of two (where the gap below
# is half the gap above) and at the subnormal edge
pows = [2.0 ** e for e in range(-1074, 1024, 7)]
print([repr(p) for p in pows[::15]])
print(all(float(repr(p)) == p for p in pows))
print(2.0 ** -1074, 2.0 ** -1022, 2.0 ** 1023, 2.0 ** 53, 2.0 ** 53 + 2, 1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 1 / 3, 100.0, 1e22, 1e-5, 0.0001, 1.5e-7, -2.5, float('-0'))

# fixed formats: exact digits of the binary value, rounded half-even on it
for v in (0.5, 1.5, 2.5, 8.5, 0.125, 0.375, 2.675, 1.005, 1e300, 5e-324, 0.1, 1 / 3, 123456.789):
    print('%.0f|%.2f|%.17g|%.3e|%g|%G|%#g|%.20e' % (v, v, v, v, v, v, v, v))
    print('{:.30f}|{:.1f}|{:.0e}|{:.12g}|{:%}|{:,.2f}'.format(v, v, v, v, v, v))
print('%.1f' % 0.05, '%.1f' % 0.15, '%.1f' % 0.25, '%.1f' % 0.35, '%.2f' % 0.125, '%.2f' % 0.375)
print('%f' % 1e300)
print('%.200f' % 5e-324)
print('%e %e %f %g' % (0.0, -0.0, -0.0, -0.0))
print('%.3g %.3g %.3g %.3g' % (9.995, 99.95, 0.0009995, 999500.0))
print(round(8.5), round(2.675, 2), round(0.125, 2), round(-0.375, 2), round(1e-20, 5), round(-1e-20, 5))
print(round(123.456, 300), round(1234567.891, 1), round(0.5 + 2 ** -53, 0))

import json
print(json.loads('[1.7976931348623157e308, 5e-324, 0.30000000000000004, -1e-400, 1e999]'))
print(json.loads('1.' .replace('.', '.0000000000000000000000000000000000000000000000000000000000000000001')))
print(complex('1e23+2.5e-324j'), complex('-1.5e-3j'), complex(' 1.5 '))
