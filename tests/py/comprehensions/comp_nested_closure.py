fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
def outer():
    base = 100
    return [[base + a + b for b in range(2)] for a in range(2)]
print(outer())
