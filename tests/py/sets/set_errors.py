try:
    {[1, 2]}
except TypeError:
    print('TypeError unhashable in set')
try:
    set().pop()
except KeyError:
    print('KeyError pop empty')
s = {1}
for x in list(s):
    s.add(x + 1)
print(sorted(s))
