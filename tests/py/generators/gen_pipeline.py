def read(lines):
    for l in lines:
        yield l
def strip(src):
    for l in src:
        yield l.strip()
def nonempty(src):
    for l in src:
        if l:
            yield l
def numbered(src):
    n = 0
    for l in src:
        n += 1
        yield '%d:%s' % (n, l)
data = ['  a ', '', ' b', '   ', 'c  ']
print(list(numbered(nonempty(strip(read(data))))))
