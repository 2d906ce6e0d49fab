for s in ('0', '-5', '007', ' 12 ', '1_2', '0x1F'):
    try:
        print(repr(s), int(s, 0) if s.startswith('0x') else int(s))
    except ValueError:
        print(repr(s), 'ValueError')
print(str(10 ** 20), repr(-1), '%d' % True)
