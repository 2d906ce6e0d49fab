import math
for v in (2.5, -2.5, 3.0, -0.1, 1e10):
    print(math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.trunc(2.5)).__name__)
print(math.floor(7), math.ceil(-7))
