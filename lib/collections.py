# collections: namedtuple, OrderedDict, deque and defaultdict, as MicroPython provides them.


def namedtuple(name, fields):
    if isinstance(fields, str):
        fields = fields.replace(',', ' ').split()
    fields = tuple(fields)

    def __new__(cls, *args, **kw):
        if len(args) > len(fields):
            raise TypeError('too many arguments')
        vals = list(args)
        for f in fields[len(args):]:
            if f not in kw:
                raise TypeError("missing argument '%s'" % f)
            vals.append(kw.pop(f))
        if kw:
            raise TypeError('unexpected keyword argument')
        return tuple.__new__(cls, vals)

    def __repr__(self):
        return name + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kw):
        return cls(*[kw.pop(f, v) for f, v in zip(fields, self)])

    ns = {'__new__': __new__, '__repr__': __repr__, '_fields': fields, '_asdict': _asdict,
          '_replace': _replace, '__slots__': ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(name, (tuple,), ns)
    return cls


class OrderedDict(dict):
    # plain dicts keep insertion order already; popitem and move_to_end are the extras
    def popitem(self, last=True):
        if not self:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(list(self.keys()))) if last else next(iter(self))
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def __repr__(self):
        return 'OrderedDict(%r)' % list(self.items())

    def __eq__(self, other):
        # between two OrderedDicts the order counts too
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other


def _deque_index(i):
    # a deque is indexed by position only, not by slice
    if not isinstance(i, int):
        raise TypeError('deque indices must be integers')
    return i


class deque:
    # a ring of fixed capacity maxlen, like MicroPython's deque(iterable, maxlen)
    def __init__(self, iterable=(), maxlen=None, flags=0):
        self._items = []
        self.maxlen = maxlen
        self._flags = flags
        for x in iterable:
            self.append(x)

    def append(self, x):
        if self.maxlen is not None and len(self._items) >= self.maxlen:
            if self._flags & 1:
                raise IndexError('full')
            self._items.pop(0)
        self._items.append(x)

    def appendleft(self, x):
        if self.maxlen is not None and len(self._items) >= self.maxlen:
            if self._flags & 1:
                raise IndexError('full')
            self._items.pop()
        self._items.insert(0, x)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def clear(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __getitem__(self, i):
        return self._items[_deque_index(i)]

    def __setitem__(self, i, v):
        self._items[_deque_index(i)] = v

    def __delitem__(self, i):
        raise TypeError("'deque' object doesn't support item deletion")

    def __repr__(self):
        if self.maxlen is None:
            return 'deque(%r)' % self._items
        return 'deque(%r, maxlen=%d)' % (self._items, self.maxlen)


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kw):
        dict.__init__(self, *args, **kw)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        v = self.default_factory()
        self[key] = v
        return v

    def __repr__(self):
        return 'defaultdict(%r, %r)' % (self.default_factory, dict(self))
