# Replacing builtins.__import__ changes what `import` statements do; restoring it
# restores normal imports.
import builtins

seen = []
original = builtins.__import__


def recording_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = recording_import
import math
from math import pi as p
builtins.__import__ = original
import json
print(seen, math.floor(2.5))
