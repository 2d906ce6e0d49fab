a = 256
b = 255 + 1
print(a == b)
big1 = 2 ** 100
big2 = 2 ** 100
print(big1 == big2, hash(big1) == hash(big2))
s1 = 'interned'
s2 = 'intern' + 'ed'
print(s1 == s2)
