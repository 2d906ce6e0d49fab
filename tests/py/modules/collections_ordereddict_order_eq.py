# Two OrderedDicts are equal only with the same items in the same order; against a
# plain dict the order does not count.
from collections import OrderedDict

first = OrderedDict()
first['x'] = 10
first['y'] = 20
second = OrderedDict()
second['y'] = 20
second['x'] = 10
print(first == second, first != second)
second.move_to_end('y')
print(first == second, first != second)
print(first == {'y': 20, 'x': 10}, {'y': 20, 'x': 10} == second)
print(first == OrderedDict([('x', 10)]))
