vals = [3, 2, 1, 0, 5]
it = iter(vals)
print(list(iter(lambda: next(it), 0)))
n = [0]
def step():
    n[0] += 1
    return n[0]
print(list(iter(step, 4)))
