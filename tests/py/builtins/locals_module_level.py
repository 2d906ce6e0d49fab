print(locals() is globals())
x = 5
print(locals()['x'], 'x' in locals())
def f(a):
    return sorted(locals()) if False else a
print(f(3))
