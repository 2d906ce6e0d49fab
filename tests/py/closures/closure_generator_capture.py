def gen_with_closure(n):
    scale = 10
    def f(x):
        return x * scale
    for i in range(n):
        yield f(i)
        scale += 1
print(list(gen_with_closure(4)))
def make_gens():
    return [(lambda k: (k * j for j in range(3)))(k) for k in (1, 2)]
print([list(g) for g in make_gens()])
