# MicroPython's u-prefixed name: the same module object as collections
import sys
import collections

sys.modules[__name__] = collections
