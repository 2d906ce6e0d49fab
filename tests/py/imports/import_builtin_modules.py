import sys, math, json as j
from math import (floor,
                  ceil)
print(math.__name__, j.__name__, floor(1.5), ceil(1.5))
import collections
from collections import deque as dq
print(collections.__name__, dq is collections.deque)
