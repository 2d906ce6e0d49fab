print("json.py from the path")

import sys

_saved = sys.path[:]
sys.path.clear()
from json import *  # the built-in module, reached with sys.path empty

sys.path.extend(_saved)
extra = 1
