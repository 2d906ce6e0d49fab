import os
u = os.uname()
print(type(u.sysname).__name__, len(u) == 5)
d = 'tmp_ilist_dir'
for p in (d + '/f', d):
    try:
        (os.remove if '/' in p else os.rmdir)(p)  # leftovers of an interrupted run
    except OSError:
        pass
os.mkdir(d)
try:
    open(d + '/f', 'w').close()
    entries = list(os.ilistdir(d))
    print(len(entries), entries[0][0], entries[0][1] == 0x8000)
finally:
    os.remove(d + '/f')
    os.rmdir(d)
