import io
s = io.StringIO('one\ntwo\nthree\n')
print([line.rstrip() for line in s])
s = io.StringIO()
for i in range(3):
    s.write('%d,' % i)
print(s.getvalue())
s = io.StringIO('abc')
print(s.read(1), s.read(1), s.read(5), repr(s.read()))
