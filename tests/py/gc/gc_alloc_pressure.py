import gc
total = 0
for i in range(2000):
    s = 'x' * (i % 100)
    d = {'k%d' % j: j for j in range(10)}
    l = list(range(i % 50))
    total += len(s) + len(d) + len(l)
print(total)
gc.collect()
keep = [bytearray(1000) for _ in range(100)]
print(sum(len(b) for b in keep))
