text = '''first line
    indented second
third'''
lines = text.split('\n')
print(len(lines), [l.strip() for l in lines])
doc = """He said "hi" and 'bye'."""
print(doc)
print('''a\
b''')
