import math
print(math.floor(2.7), math.ceil(2.1), math.floor(-0.5), type(math.floor(1.5)).__name__)
print(math.sqrt(81), math.pow(3, 2), math.fabs(-1), math.exp(0), math.log(1))
print('%.8f %.8f %.8f' % (math.asin(1), math.acos(0), math.atan(1)))
print('%.8f %.8f %.8f' % (math.sinh(1), math.cosh(1), math.tanh(1)))
print('%.6f %.6f' % (math.log2(10), math.expm1(1e-5) * 1e5))
print(math.copysign(1, -2), math.isnan(math.nan if hasattr(math, 'nan') else float('nan')))
print(math.inf > 0 if hasattr(math, 'inf') else True, '%.12f' % math.pi, '%.12f' % math.e)
print(math.factorial(10), math.isinf(float('-inf')))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)):
    try:
        bad()
    except ValueError:
        print('ValueError')
