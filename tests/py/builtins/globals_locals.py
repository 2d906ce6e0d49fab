g = globals()
print(type(g).__name__, '__name__' in g, g['__name__'])
new_global = 5
print(g['new_global'])
g['injected'] = 'yes'
print(injected)
def f():
    a = 1
    return 'a' in globals()
print(f())
