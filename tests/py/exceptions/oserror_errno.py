import errno
try:
    open('/definitely/not/here.txt')
except OSError as e:
    print(type(e).__name__ in ('OSError', 'FileNotFoundError'), e.errno == errno.ENOENT)
e = OSError(errno.EEXIST, 'exists')
print(e.errno, e.args[0] == errno.EEXIST)
