print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)))
print(list(enumerate('xy', start=10)))
e = enumerate(range(3))
print(next(e), next(e), list(e))
for i, (a, b) in enumerate(zip('pq', 'rs')):
    print(i, a, b)
