try:
    a, b = [1, 2, 3]
except ValueError:
    print('ValueError too many')
try:
    a, b, c = (1, 2)
except ValueError:
    print('ValueError not enough')
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError star not enough')
try:
    a, b = 5
except TypeError:
    print('TypeError not iterable')
a, b = 'ab'
print(a, b)
