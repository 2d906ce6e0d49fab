class C:
    base = 10
    items = [1, 2, 3]
    first = [x for x in items]
    try:
        scaled = [x * base for x in items]
    except NameError:
        scaled = 'NameError: class scope not visible in comprehension body'
print(C.first, C.scaled)
def f():
    base = 10
    return [x * base for x in (1, 2)]
print(f())
