a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names)
t = tuple(range(10))
print(t[2:8:3], t[-1:-4:-1], t.count(5), t * 0, (t,) [0][0])
def stats(seq):
    return min(seq), max(seq), sum(seq) / len(seq)
lo, hi, avg = stats([3, 9, 6])
print(lo, hi, avg)
