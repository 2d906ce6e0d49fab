l = list(range(10000))
print(len(l), sum(l), l[5000], l[-1])
l2 = [x * 2 for x in l if x % 3 == 0]
print(len(l2), l2[:5], l2[-1])
l = l[1::2]
print(len(l), l[:3])
l.sort(reverse=True)
print(l[:3])
big = [0] * 100000
big[99999] = 1
print(sum(big), big.index(1))
