from collections import OrderedDict
od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(list(od.keys()), list(od.values()), list(od.items()))
del od['a']
od['a'] = 4
print(list(od))
od2 = OrderedDict([('x', 1), ('y', 2)])
print(od2['y'], len(od2), 'x' in od2, isinstance(od2, dict))
print(od2.popitem(), len(od2))
