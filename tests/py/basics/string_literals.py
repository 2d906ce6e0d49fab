print('single', "double", '''triple s''', """triple d""")
print('it\'s', "say \"hi\"", 'tab\there')
print('a' 'b' "c")
print(r'raw\n', R'raw\t', len(r'\n'))
print(b'bytes', B'x', rb'\d', br'\s', Rb'q')
s = '''line1
line2'''
print(s.split('\n'))
print("""quote ' and " inside""")
print('\\', len('\\'))
