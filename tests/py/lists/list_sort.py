l = [5, 2, 9, 1, 5, 6]
print(sorted(l), sorted(l, reverse=True), l)
l.sort(reverse=True)
print(l)
words = ['bb', 'a', 'dddd', 'ccc']
words.sort(key=len)
print(words)
print(sorted(words, key=lambda w: w[-1], reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted([]), sorted([1]), sorted('cba'), sorted((3, 1, 2)))
try:
    [1, 'a'].sort()
except TypeError:
    print('TypeError mixed sort')
