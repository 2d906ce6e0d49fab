d = {0: 'zero', '': 'empty', None: 'none', False: 'false?'}
print(len(d), d[0], d[''], d[None], d.get(False), d.get(0.0))
print({1: 'a', 1.0: 'b'}, {(1, 2): 1}.get((1, 2)), {'a': 1}.get('b', []))
