print('Hello World!')
print(1 + 1, 'two', [3], (4,), {5: 6}, {7}, None, True, 8.5)
