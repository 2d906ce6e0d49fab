src = 'x = 1\ny = 2\nz = (\n'
try:
    exec(src)
except SyntaxError as e:
    print('SyntaxError')
src2 = 'a = 1\nb = 2 +\nc = 3\n'
try:
    compile(src2, 'f.py', 'exec')
except SyntaxError as e:
    print('SyntaxError compile')
