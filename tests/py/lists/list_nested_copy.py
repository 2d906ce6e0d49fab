orig = [[1, 2], [3]]
shallow = orig[:]
shallow[0].append(99)
shallow.append('new')
print(orig, shallow)
deep = [row[:] for row in orig]
deep[0].append(100)
print(orig, deep)
x = [1]
x.append(x)
print(len(x), x[1] is x)
