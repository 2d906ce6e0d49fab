# A module file is compiled as it is read, a window of it at a time: tokens and strings
# that cross the window's edges come out whole.
from mods import windowed

print(len(windowed.LONG), windowed.LONG[-1])
print(windowed.TEXT.count("\n"), windowed.TEXT.splitlines()[-1])
print(windowed.JOINED, len(windowed.RAW), len(windowed.NESTED), windowed.NESTED["key59"][1][-3:])
print(windowed.total())
