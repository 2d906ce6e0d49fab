srcs = [
    'x = ', 'def f(:', 'if True\n  pass', '1 +* 2', 'return 5', 'break',
    'continue', 'a b', '"unterminated', 'f(**x, *y)', 'x = (1, 2',
    'for in range(3): pass', 'class :', 'lambda: yield', 'del 5',
    '1 = x', 'f() = 1', 'x += 1 += 2', 'def f(a, a): pass', 'nonlocal q',
    'while True:\npass', '[1, 2', 'yield = 3', 'import', 'def f(*): pass',
]
for s in srcs:
    try:
        exec(s)
        print(repr(s), 'compiled')
    except SyntaxError:
        print(repr(s), 'SyntaxError')
