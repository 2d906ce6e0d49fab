# Float <-> text: repr/str of floats (shortest round-trip digits), fixed-precision
# formatting ('%.3f', '{:.6e}', '%g') and float() / json parsing of decimal text.


def make_values(n):
    # a seeded LCG spreads the values over many magnitudes and digit counts
    x = 12345
    vals = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        mant = x / 0x7FFFFFFF
        vals.append(mant * 10.0 ** ((x >> 8) % 40 - 20))
        vals.append(round(mant * 1000, 2))
    return vals


def main():
    vals = make_values(5000)
    check = 0
    for rnd in range(12):
        texts = [repr(v) for v in vals]
        back = [float(t) for t in texts]
        check += sum(1 for a, b in zip(vals, back) if a == b)
        fixed = ['%.3f|{:.6e}|%g'.format(v) % (v, v) for v in vals]
        check += sum(len(t) for t in fixed)
        check += sum(1 for t in fixed if float(t.split('|')[0]) >= 0)
    print(check)


main()
