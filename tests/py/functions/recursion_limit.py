def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError:
    print('RuntimeError')
def f():
    f()
try:
    f()
except RuntimeError:
    print('RuntimeError again')
print('still alive', sum(range(10)))
def nest(n):
    return [nest(n + 1)]
try:
    nest(0)
except RuntimeError:
    print('RuntimeError from nesting')
