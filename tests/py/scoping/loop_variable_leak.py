for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print('j never bound')
k = 'before'
[k for k in range(2)]
print(k)
