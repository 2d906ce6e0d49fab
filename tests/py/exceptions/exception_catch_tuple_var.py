errs = (KeyError, ValueError)
for thing in ({}, 'x'):
    try:
        if isinstance(thing, dict):
            thing['k']
        else:
            int(thing)
    except errs as e:
        print(type(e).__name__)
try:
    raise TypeError
except (ValueError, (KeyError, TypeError)) if False else (ValueError, TypeError):
    print('computed tuple')
