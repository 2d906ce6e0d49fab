try:
    (1 + 1j) < (2 + 2j)
except TypeError:
    print('TypeError ordering')
try:
    int(1j)
except TypeError:
    print('TypeError int(complex)')
try:
    1j / 0
except ZeroDivisionError:
    print('ZeroDivisionError')
print(complex(0, 0) == 0, 1j != 0)
