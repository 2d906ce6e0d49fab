from mods.simple import VALUE, double as dbl, Thing
print(VALUE, dbl(21), Thing().kind)
from mods import simple
print(simple.VALUE)
try:
    from mods.simple import missing_name
except ImportError:
    print('ImportError missing name')
