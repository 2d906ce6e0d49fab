name, n = 'pyvgl', 42
print(f'hello {name}', f'{n + 1}', f'{n:5d}|', f'{n:<5}|', f'{"quoted"}')
print(f'{name!r} {name!s} {n!r}', f'{{braces}} {n}')
x = 3.14159
print(f'{x:.2f} {x:8.3f} {x:e}', f'{[i * 2 for i in range(3)]}')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(d)}', f'{n if n > 0 else -n}')
print(f'''triple {n}''', f'a' f'{n}' 'b')
