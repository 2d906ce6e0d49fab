def inner():
    return {}['missing']
def outer():
    return inner()
print('start')
outer()
