print('aaaa'.count('aa'), 'ababab'.count('aba'), 'abc'.count('abc', 1))
print('aaaa'.replace('aa', 'b'), 'aaaa'.find('aa', 1), 'aaaa'.rfind('aa'))
