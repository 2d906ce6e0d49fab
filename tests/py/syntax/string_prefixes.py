print(r'\n', r'\t', b'b', rb'\x', br'raw', len(rb'\x'))
x = 5
print(f'{x}', F'{x}')
print(type(rb'').__name__, type(r'').__name__)
print(r'a\'b', r"a\"b", len(r'\\'))
