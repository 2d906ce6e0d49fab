print(eval('1 + 2 * 3'), eval('[x for x in range(3)]'), eval('"s" * 2'))
g = {'a': 5}
print(eval('a * 2', g), eval('b + 1', {'b': 1}))
exec('z = 10\ny = z * 2', g)
print(g['z'], g['y'])
code = compile('q = 7', '<str>', 'exec')
ns = {}
exec(code, ns)
print(ns['q'])
c2 = compile('3 + 4', '<e>', 'eval')
print(eval(c2))
exec('def f(n):\n    return n + 1\nprint(f(41))')
try:
    eval('1 +')
except SyntaxError:
    print('SyntaxError')
