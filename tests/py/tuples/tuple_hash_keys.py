grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], (1, 1) in grid, len(grid))
print(sorted(k for k, v in grid.items() if v % 4 == 0))
print(hash((1, (2, 3))) == hash((1, (2, 3))), {((1,), 'a'): 1}[((1,), 'a')])
