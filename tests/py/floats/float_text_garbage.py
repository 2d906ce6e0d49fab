# float() and complex() over random short texts made of number characters (a seeded LCG):
# what is accepted, what is rejected, and the values, all as CPython has them.
x = 987654321


def rnd(n):
    global x
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return (x >> 8) % n


alpha = '0123456789.eE+-_ infINFnaNxj()'
accepted = 0
for i in range(4000):
    s = ''.join(alpha[rnd(len(alpha))] for _ in range(1 + rnd(12)))
    line = []
    for f in (float, complex):
        try:
            line.append(repr(f(s)))
            accepted += 1
        except ValueError:
            line.append('-')
    if line != ['-', '-']:
        print(repr(s), *line)
print('accepted', accepted)
