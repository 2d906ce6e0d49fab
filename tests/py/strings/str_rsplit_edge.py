print('a b c'.rsplit(), 'a,b,c'.rsplit(',', 0), 'a,b,c'.rsplit(',', 5))
print('  a  b  '.rsplit(None, 1), ',a,'.rsplit(','), 'abc'.rsplit('abc'))
print('aXbXc'.split('X', -1), 'aXbXc'.rsplit('X', -1))
