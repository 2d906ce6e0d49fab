def mul_by(factor):
    return lambda v: v * factor
print(mul_by(3)(4), mul_by('ab')(2))
def accum(start):
    total = [start]
    def add(n):
        total[0] += n
        return total[0]
    return add
a = accum(10)
a(5)
print(a(5))
def modify_arg(x):
    def set_x(v):
        nonlocal x
        x = v
    set_x(99)
    return x
print(modify_arg(1))
