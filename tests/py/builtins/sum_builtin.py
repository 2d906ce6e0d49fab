print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)))
print(sum([2 ** 70, 2 ** 70]), sum([True, True]))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError 0 + str')
