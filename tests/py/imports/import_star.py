from mods.simple import *
print(VALUE, double(3), Thing.kind)
try:
    _private
except NameError:
    print('underscore names not imported')
