import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EBADF, errno.EACCES, errno.ENOMEM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST])
import os
try:
    os.mkdir('.')
except OSError as e:
    print(e.errno == errno.EEXIST, e.args[0] == errno.EEXIST)
