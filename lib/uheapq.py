# MicroPython's u-prefixed name: the same module object as heapq
import sys
import heapq

sys.modules[__name__] = heapq
