import math
print(math.sqrt(0.0), math.sqrt(1e-300) > 0, math.exp(-1000), math.log(1e-300) < -690)
print(math.fabs(-0.0), math.copysign(0.0, -1.0), math.floor(-0.0))
print(math.isnan(float('inf') - float('inf')), math.isinf(1e308 * 10))
print(math.fmod(5.5, 2), math.ldexp(1, -1074) > 0, math.frexp(0.0))
print(math.factorial(0), math.factorial(20))
try:
    math.factorial(-1)
except ValueError:
    print('ValueError factorial')
