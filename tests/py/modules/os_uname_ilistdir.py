import os
u = os.uname()
print(type(u.sysname).__name__, len(u) == 5)
for p in ('tmp_ilist_dir/f', 'tmp_ilist_dir'):
    try:
        (os.remove if '/' in p else os.rmdir)(p)
    except OSError:
        pass
os.mkdir('tmp_ilist_dir')
open('tmp_ilist_dir/f', 'w').close()
entries = list(os.ilistdir('tmp_ilist_dir'))
print(len(entries), entries[0][0], entries[0][1] == 0x8000)
os.remove('tmp_ilist_dir/f')
os.rmdir('tmp_ilist_dir')
