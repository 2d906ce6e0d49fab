total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items)
d = {'a':
     1, 'b': (2,
              3)}
print(d)
if (total > 5 and
        len(items) == 3):
    print('continued condition')
s = ('implicit '
     'concatenation')
print(s)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
