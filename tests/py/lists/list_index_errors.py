l = [1, 2, 3]
for bad in (3, -4, 10):
    try:
        l[bad]
    except IndexError:
        print('IndexError', bad)
try:
    l.remove(9)
except ValueError:
    print('ValueError remove')
try:
    l.index(9)
except ValueError:
    print('ValueError index')
try:
    l['a']
except TypeError:
    print('TypeError str index')
print(l[-3], l[2], l[-1])
