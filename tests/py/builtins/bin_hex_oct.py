print(bin(0), bin(5), bin(-5), hex(0), hex(255), hex(-1), oct(0), oct(8), oct(-9))
print(bin(2 ** 65), hex(2 ** 64), oct(2 ** 64))
print(int(bin(1234), 2), int(hex(1234), 16), int(oct(1234), 8))
try:
    hex(1.5)
except TypeError:
    print('TypeError hex float')
