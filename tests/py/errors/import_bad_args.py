# __import__ with arguments of the wrong type: a TypeError, never a crash
for bad in (None, False, 3, b'math', ['math']):
    try:
        __import__(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    __import__(complex(0, 0) == 0, 1j != 0)
except TypeError:
    print('TypeError for bool name and bool globals')
print(__import__('math', 5).pi > 3)
# a negative level is refused before any search
try:
    __import__('math', None, None, None, -1)
except ValueError as e:
    print('ValueError', e)
# `import *` is only allowed at module level (not in functions, not in class bodies)
for src in ('def f(): from math import *', 'class C: from math import *'):
    try:
        exec(src)
    except SyntaxError:
        print('SyntaxError')
