try:
    exec('def f():\n    nonlocal zz\n')
except SyntaxError:
    print('SyntaxError nonlocal at top')
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 1
        return a
    inner(); inner()
    return a
print(outer())
