# A negative file descriptor cannot be registered with a poll object (ValueError, as in
# MicroPython and CPython); the poll object stays usable.
import select

p = select.poll()
for fd in (-1, -100):
    try:
        p.register(fd)
        print(fd, 'registered')
    except ValueError:
        print(fd, 'ValueError')
p.register(1, select.POLLOUT)
print(p.poll(0))
