import os
d = 'tmp_os_files_dir'
# leftovers of an interrupted earlier run
for leftover in ('/a.txt', '/b.txt', ''):
    try:
        (os.rmdir if not leftover else os.remove)(d + leftover)
    except OSError:
        pass
os.mkdir(d)
with open(d + '/a.txt', 'w') as f:
    f.write('12345')
print(os.listdir(d), os.stat(d + '/a.txt')[6])
os.rename(d + '/a.txt', d + '/b.txt')
print(sorted(os.listdir(d)))
os.remove(d + '/b.txt')
print(os.listdir(d))
os.rmdir(d)
try:
    os.stat(d)
except OSError:
    print('OSError stat missing')
try:
    os.rmdir(d)
except OSError:
    print('OSError rmdir missing')
