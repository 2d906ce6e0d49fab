print(chr(97), chr(48), chr(0x3b1), chr(0x10ffff) == '\U0010ffff', ord('a'), ord('\n'), ord('€'))
print([ord(c) for c in 'AZ09'], ''.join(chr(i) for i in range(65, 70)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print('ValueError chr', bad)
try:
    ord('ab')
except TypeError:
    print('TypeError ord')
print(ord(chr(200)), chr(ord('q')))
