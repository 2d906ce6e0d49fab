import os
cwd = os.getcwd()
print(type(cwd).__name__, len(cwd) > 0)
print(os.sep)
print(os.getenv('PYVGL_SURELY_UNSET_VAR'), os.getenv('PYVGL_SURELY_UNSET_VAR', 'dflt'))
r = os.urandom(16)
print(type(r).__name__, len(r))
try:
    os.rmdir('tmp_os_misc_dir')  # leftover of an interrupted run
except OSError:
    pass
os.mkdir('tmp_os_misc_dir')
os.chdir('tmp_os_misc_dir')
print(os.getcwd() != cwd)
os.chdir('..')
os.rmdir('tmp_os_misc_dir')
print(os.getcwd() == cwd)
