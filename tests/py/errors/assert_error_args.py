def check(v):
    assert v > 0, 'v must be positive, got %d' % v
    return v
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e.args[0])
