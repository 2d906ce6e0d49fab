print('%s %d %d %5d %-5d| %05d %+d' % ('s', 42, 7, 3, 3, 42, 5))
print('%x %X %o %c %c %%' % (255, 255, 8, 65, 'z'))
print('%r %s' % ('q', 'q'), '%s' % [1, 2], '%s' % (('tuple',),))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%*d|%-*d|' % (5, 1, 4, 2), '%.3s' % 'abcdef', '%10.2s|' % 'xyz')
print('%d' % 2 ** 70, '%x' % 2 ** 70, '%s' % None)
try:
    '%d %d' % (1,)
except TypeError:
    print('TypeError not enough')
try:
    '%d' % (1, 2)
except TypeError:
    print('TypeError not all converted')
