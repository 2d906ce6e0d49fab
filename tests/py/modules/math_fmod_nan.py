# math.fmod: a NaN operand gives NaN even where the other one alone would be a domain
# error (infinite dividend, zero divisor); without NaN those stay errors.
import math

inf = float('inf')
nan = float('nan')
for x, y in ((inf, nan), (nan, 0.0), (nan, inf), (nan, nan), (1.0, nan), (inf, 2.0), (3.0, 0.0), (-7.5, inf)):
    try:
        print(x, y, math.fmod(x, y))
    except ValueError as e:
        print(x, y, 'ValueError')
