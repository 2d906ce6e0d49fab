for n in (0, 1, 7, 255, -255, 2 ** 40, -(2 ** 33)):
    print(bin(n), oct(n), hex(n))
print('%x %X %o %d' % (255, 255, 8, -5))
print('{:b} {:o} {:x} {:X} {:#x} {:#b} {:#o}'.format(10, 10, 255, 255, 255, 5, 8))
print(format(1234567, ','), format(255, '08b'), format(-42, '+d'), format(42, ' d'))
print('{:>8x}|{:<6d}|{:^7}|'.format(4095, 12, 3))
