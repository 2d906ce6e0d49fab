class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f():
    n = 10
    return [n + i for i in range(3)], {i: n for i in range(2)}, list(n * i for i in range(2))
print(f())
y = 5
gen = [y * i for i in range(3)]
print(gen)
i = 'unchanged'
_ = [i for i in range(3)]
print(i)
