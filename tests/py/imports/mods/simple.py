VALUE = 42
def double(x):
    return x * 2
class Thing:
    kind = 'thing'
_private = 'hidden'
