# Built-in types, the builtins namespace and built-in modules keep their attributes in ROM
# tables; what scripts see must not change: lookups, identity, dir(), __dict__, __mro__,
# writes to modules, shadowing builtins.
import builtins
import math
import sys

# methods found in the tables are the same object every time
print(list.append is list.append, str.join is str.join)
print([].append.__self__ == [], callable(list.append))
print(str.upper('abc'), list.__len__([1, 2]), int.bit_length(255))
try:
    list.append(5, 1)
except TypeError:
    print('TypeError: self checked')

# introspection sees the table rows
print('append' in dir(list), 'join' in dir(str), 'real' in dir(int), 'args' in dir(ValueError()))
print('append' in list.__dict__, 'bit_length' in int.__dict__, 'upper' in str.__dict__)
print(list.__mro__, bool.__mro__)
print(bool.__bases__, object.__bases__, KeyError.__mro__)
print(int.__name__, ZeroDivisionError.__name__, type(None).__name__)
print(issubclass(bool, int), issubclass(KeyError, LookupError), isinstance(True, int))

# getset attributes
print((5).real, (2.5).imag, range(1, 9, 2).step, slice(1, 2).stop, ValueError('x', 1).args)

# the builtins namespace
print(builtins.len is len, builtins.print is print, builtins.ValueError is ValueError)
print(hasattr(builtins, 'sorted'), hasattr(builtins, 'no_such_builtin'), builtins.__name__)
print('len' in dir(builtins), 'Exception' in dir(builtins))
len = lambda x: 42  # a global shadows the builtin
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))
builtins.my_helper = lambda: 'from builtins'
print(my_helper())
try:
    no_such_name
except NameError:
    print('NameError')

# built-in modules: functions and constants from the tables (stores: module_store.py)
print(math.sqrt(16.0), math.floor.__name__, 'sqrt' in dir(math), math.pi, math.inf)
print('argv' in dir(sys), type(sys.argv).__name__)
print(sorted(k for k in math.__dict__ if k in ('sqrt', 'pi', 'e')))


# subclasses of native types reach the table methods through the MRO
class MyList(list):
    def total(self):
        return sum(self)


m = MyList([1, 2, 3])
m.append(4)
print(m.total(), m.pop(), len(m), super(MyList, m).__len__())
