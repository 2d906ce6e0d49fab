l = [1, 'two', 3.5, None, True, [4, [5, (6, 7)]], {'k': [8]}, (9,), b'x', '']
print(l)
print(repr(l) == str(l), len(repr(l)))
print([[]], [()], [{}], [[[]]])
print(["it's", 'say "hi"', '\n'])
