srcs = ['if 1:\nprint(1)', '  x = 1', 'if 1:\n    a = 1\n  b = 2', 'def f():\n    pass\n        x = 1']
for s in srcs:
    try:
        exec(s)
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', isinstance(e, SyntaxError))
