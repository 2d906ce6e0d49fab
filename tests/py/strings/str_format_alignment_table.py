rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 12.0)]
for name, qty, price in rows:
    print('%-12s|%5d|%8.2f|' % (name, qty, price))
for name, qty, price in rows:
    print('{:>12}|{:<5}|{:^9.1f}|'.format(name, qty, price))
for name, qty, price in rows:
    print(f'{name:.<12}{qty:>4}{price:>7.3f}')
