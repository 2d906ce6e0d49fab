x = 1;
y = 2; z = 3;
print(x, y, z);
if x: pass; print('after pass')
