def len(x):
    return 'shadowed'
print(len([1, 2]))
del len
print(len([1, 2]))
import builtins
print(builtins.max(1, 2))
list = tuple
print(list([1, 2]))
del list
print(list((1, 2)))
