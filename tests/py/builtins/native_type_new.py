# Calling the type of a built-in object with its own C layout: a module type makes a real
# module (as types.ModuleType does); types that cannot be made from Python raise TypeError
# instead of handing out an object of the wrong shape.
import sys

m = type(sys)('made_here')
m.value = 42
print(m.__name__, m.value)
try:
    type(sys)(0)
except TypeError:
    print('module(0): TypeError')


def gen():
    yield 1


def plain():
    return 1


for sample in (plain, gen(), iter([]), iter(()), iter({}), iter(''), (x for x in ())):
    try:
        t = type(sample)
        made = t()
        print(t.__name__, 'made', type(made) is t)
    except TypeError:
        print('TypeError')
