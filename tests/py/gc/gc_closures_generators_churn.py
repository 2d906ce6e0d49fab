import gc
def make(n):
    data = list(range(n))
    def total():
        return sum(data)
    return total
acc = 0
for i in range(300):
    acc += make(i % 40)()
    g = (x * 2 for x in range(i % 20))
    acc += sum(g)
    if i % 100 == 0:
        gc.collect()
print(acc)
