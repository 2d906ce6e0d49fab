print(sorted([3, 1, 2]), sorted('bca'), sorted({'b': 1, 'a': 2}), sorted((5, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
l = [2, 1]
print(sorted(l) is not l, l)
