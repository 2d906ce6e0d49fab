s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[-2:1:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3], s[3:3])
print(s[0], s[-1], s[len(s) - 1])
try:
    s[10]
except IndexError:
    print('IndexError')
print(s[:], s[:] == s, s[slice(2, None)])
