srcs = [
    'x = ', 'def f(:', 'if True\n  pass', '1 +* 2', 'return 5', 'break',
    'continue', 'a b', '"unterminated', 'x = (1, 2',
    'for in range(3): pass', 'class :', 'del 5',
    '1 = x', 'f() = 1', 'x += 1 += 2', 'nonlocal q',
    'while True:\npass', '[1, 2', 'yield = 3', 'import',
    'x = 1 +', 'else: pass', 'def f():\n  return\n x = 1',
]
for s in srcs:
    try:
        exec(s)
        print(repr(s), 'compiled')
    except SyntaxError:
        print(repr(s), 'SyntaxError')
