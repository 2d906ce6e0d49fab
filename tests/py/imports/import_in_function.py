def lazy():
    import mods.simple
    from mods.simple import double
    return mods.simple.VALUE, double(1)
print(lazy())
try:
    mods
except NameError:
    print('import inside function is local')
