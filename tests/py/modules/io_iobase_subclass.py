# A Python class derived from io.IOBase is a stream made of its own methods.
import io


class Upper(io.IOBase):
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s.upper()
        return len(s)


u = Upper()
print(isinstance(u, io.IOBase), isinstance(u, Upper))
print('x', 'y', file=u)
u.write('done')
print(repr(u.text))


class Plain(io.IOBase):
    pass


print(type(Plain()).__name__)
