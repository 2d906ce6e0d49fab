# Built-in modules are read-only for scripts, as in MicroPython (whose modules are ROM
# tables): a store or delete raises AttributeError. sys lets scripts replace stdout & co,
# and the builtins module takes new names (as on MicroPython's unix port).
import builtins
import math
import sys

for target, name in ((math, 'pi'), (math, 'answer'), (sys, 'my_flag')):
    try:
        setattr(target, name, 1)
        print('stored', name)
    except AttributeError:
        print('AttributeError on store:', name)
try:
    del math.sqrt
except AttributeError:
    print('AttributeError on delete')
print(math.pi, math.sqrt(4.0))

out = sys.stdout
sys.stdout = out
print('sys.stdout replaced')

builtins.shared_value = 7
print(shared_value)
