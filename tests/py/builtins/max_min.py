print(max(1, 5, 3), min(1, 5, 3), max([4, 2]), min('hello'), max('a', 'b'))
print(max([], default='empty'), min([], default=0), max([1, 2], default=9))
print(max(['aa', 'b', 'ccc'], key=len), min([(2, 'x'), (1, 'y')]), min('bca', key=ord))
print(max(3, 1, key=lambda x: -x), max(range(10), key=lambda x: x % 4))
try:
    max([])
except ValueError:
    print('ValueError empty')
print(max(1, 2.5), min(-1, -1.5), max(True, 0))
