a = [1, 2]
b = a + [3]
print(b, a * 2, [0] * 3, [] * 5, 2 * ['x'])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9])
print(3 in b, 4 not in b, len(b), min(b), max(b), sum(b))
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
fresh = [[0] * 2 for _ in range(2)]
fresh[0][0] = 1
print(fresh)
print(list('ab'), list((1, 2)), list(range(3)), list({'k': 1}), list())
a += [9]
a *= 2
print(a)
