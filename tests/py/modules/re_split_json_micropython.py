# MicroPython's behaviour where CPython differs: re.split stops at the first empty
# match (the rest of the string is the last piece), json.dumps writes bytes as a string.
import re
import json

print(re.split("x*", "axbc"), re.split(" *", "a b  c"), re.split("x*", ""))
print(re.split(",", "a,b,,c"), re.split("(,)", "a,b"), re.split(" +", " a b "))
print(re.compile(",?").split("a,b"), re.split("b*", "abc"))
print(json.dumps(b"1234"), json.dumps([b"a", {"k": b"v"}]))
