inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf != inf - inf, inf * 0 != inf * 0, 1 / inf)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(int(1e15), float('1e309'), -float('1e309'))
try:
    int(inf)
except OverflowError:
    print('OverflowError int(inf)')
try:
    int(nan)
except ValueError:
    print('ValueError int(nan)')
