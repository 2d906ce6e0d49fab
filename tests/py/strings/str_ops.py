print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'x' * 0, 'x' * -2, len('hello'))
print('b' in 'abc', 'bc' in 'abc', '' in 'abc', 'd' not in 'abc')
print('abc' < 'abd', 'Z' < 'a', 'abc' == 'abc', 'a' != 'b', 'aa' > 'a')
print(min('hello'), max('hello'), sorted('banana'), list('hey'))
s = 'ab'
s += 'c'
print(s, s * 2 == s + s)
print(str(), str(12), str(None), str([1, 'a']), str(b'x'))
