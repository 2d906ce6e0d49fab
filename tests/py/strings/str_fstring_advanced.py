name, n, w = 'pyvgl', 42, 6
print(f'{name:>{w}}|', f'{name:^{w + 4}}|')
print(f'{n=}', f'{n + 1 = }', f'{name=!r}')
print(f'{n:{w}d}|', f'{3.14159:.{2}f}')
print(f'{"a" + "b"}', f"{'nested'}", f'{(lambda x: x * 2)(4)}')
print(f'{n!r:>5}|', f'{{{n}}}')
