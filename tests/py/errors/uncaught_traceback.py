print('before')
def fail():
    raise ValueError('uncaught')
fail()
print('never printed')
