print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(2) + ']')
print('[' + 'x'.center(4, '-') + ']', '[' + ''.center(3) + ']')
