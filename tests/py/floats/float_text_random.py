# repr, fixed-precision formats and parsing of doubles from random bit patterns (a seeded
# LCG), compared with CPython: a wrong last digit or a wrong rounding shows here.
import struct

state = 0x2545F4914F6CDD1D


def next_bits():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state


def random_double():
    while True:
        d = struct.unpack('<d', struct.pack('<Q', next_bits()))[0]
        if d == d and d not in (float('inf'), float('-inf')):
            return d


bad = 0
for i in range(3000):
    d = random_double()
    r = repr(d)
    if float(r) != d:
        bad += 1
    if i % 10 == 0:
        print(r, '%.17g' % d, '{:.20e}'.format(d), '%.3g' % d, '{:.16e}'.format(d))
    else:
        print(r)
    # the same mantissa at a moderate exponent, where '%f' shows every digit
    m = abs(d) % 1e6
    print('%.12f' % m, '%.0f' % m, '{:.5f}'.format(m), '%.1e' % m, str(float(repr(m))))
print('round trip failures', bad)
