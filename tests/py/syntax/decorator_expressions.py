def deco(tag):
    def wrap(f):
        return lambda *a: tag + ':' + str(f(*a))
    return wrap
decos = {'a': deco('A')}
@decos['a']
def one():
    return 1
print(one())
class NS:
    d = staticmethod(deco('NS'))
@NS.d
def two():
    return 2
print(two())
@(lambda f: lambda: 'lambda-' + f())
def three():
    return '3'
print(three())
