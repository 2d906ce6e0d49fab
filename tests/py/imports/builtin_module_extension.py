# MicroPython: a .py file on sys.path extends a built-in module (here json.py, which
# reaches the built-in json with sys.path emptied); sys and u-prefixed names stay
# built-in; usys is sys. A module from a file shows its file in its repr.
import sys

sys.path.insert(0, "mods/ext")
import json

print(json.extra, json.dumps([1, None]), repr(json).startswith("<module 'json' from"))
import ujson

print(hasattr(ujson, "extra"), ujson.dumps({"a": 1}))
import sys as sys2
import usys

print(sys2 is sys, usys is sys, repr(sys))
