print(True and False, True or False, not True, not 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x')
print([] or [1], [0] and 5, '' or '' or 'last')
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(1, log) or side(2, log)
print(r, log)
print(True + True, True * 10, False - 1)
print(int(True), bool(2), bool(''), bool('0'), bool([None]))
print(not not 3, (not 1) == False)
