import mods.simple as a
from mods import simple as b
a.VALUE = 'changed'
print(b.VALUE, a is b)
from mods.simple import VALUE
print(VALUE)
print(hasattr(a, 'double'), 'double' in dir(a))
a.VALUE = 42
