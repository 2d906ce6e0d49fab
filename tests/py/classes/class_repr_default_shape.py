class Thing:
    pass
r = repr(Thing())
print(r.startswith('<'), r.endswith('>'), 'Thing object at' in r)
print(str(Thing()) == repr(Thing()) or str(Thing()).startswith('<'))
print(repr(Thing).startswith("<class '"), Thing.__name__)
