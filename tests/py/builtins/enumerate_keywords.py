# enumerate takes its iterable and start by keyword as well as by position
print(list(enumerate(iterable="xyz")))
print(list(enumerate(iterable=[10, 20], start=5)))
print(list(enumerate("ab", start=-2)))
for i, c in enumerate(iterable=(c for c in "hi"), start=100):
    print(i, c)
try:
    enumerate()
except TypeError:
    print("TypeError: no iterable")
try:
    enumerate(start=3)
except TypeError:
    print("TypeError: only start")
