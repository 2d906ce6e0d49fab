def count(*a, **k):
    return len(a), len(k)
print(count(*range(1000)), count(**{'k%d' % i: i for i in range(300)}))
print(max(*range(500)), min(*[5, 3, 9]))
