counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def unbound():
    try:
        print(counter2)
    except NameError:
        print('NameError raised')
unbound()
