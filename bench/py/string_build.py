# String building: formatting, joining, slicing, methods, and parsing the result back.


def build(n):
    parts = []
    for i in range(n):
        parts.append('%05d:%s;' % (i, hex(i * 7919)[2:].upper()))
    return ''.join(parts)


def transform(s):
    fields = s.split(';')
    out = []
    for f in fields:
        if not f:
            continue
        key, val = f.split(':')
        out.append(val.lower()[::-1] + '-' + key.lstrip('0'))
    return ','.join(out)


def words(n):
    acc = ''
    for i in range(n):
        acc += 'w' + str(i % 97)
        if len(acc) > 200:
            acc = acc[100:]
    return acc


total = 0
for round_no in range(90):
    s = build(6000)
    t = transform(s)
    total += len(s) + len(t) + t.count('a') + s.find('0100') + len(t.upper().replace('-', ''))
w = words(150000)
print(total, len(w), w[:12], f'{total:,}')
