try:
    raise ValueError('v')
except ValueError as err:
    saved = err
try:
    err
    print('err still bound')
except NameError:
    print('err unbound after except')
print(saved.args)
e = 'before'
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError:
    print('e deleted too')
