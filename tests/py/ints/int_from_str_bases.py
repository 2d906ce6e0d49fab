for base in (2, 3, 8, 10, 16, 36):
    print(base, int('101', base), int('-11', base))
print(int('0b11', 0), int('0o11', 0), int('0x11', 0), int('11', 0))
print(int('zZ', 36), int('Ff', 16), int(' 1010 ', 2))
for bad, base in (('2', 2), ('8', 8), ('g', 16), ('0x10', 10)):
    try:
        int(bad, base)
    except ValueError:
        print('ValueError', bad, base)
