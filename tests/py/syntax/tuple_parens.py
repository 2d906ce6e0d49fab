t = 1,
print(t, (1), (1,), ((1, 2),), ())
def f():
    return 1, 2
print(f())
for a, b in (1, 2), (3, 4):
    print(a, b)
x = (yield_ := 5),
print(x)
print(len([(), (), ()]))
