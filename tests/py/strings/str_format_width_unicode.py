for w in ('é', '日本', 'abc'):
    print('[%5s]' % w, '[{:<5}]'.format(w), '[{:^6}]'.format(w), f'[{w:>4}]')
print(len('%-6s|' % 'ü'))
