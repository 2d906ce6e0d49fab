try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__ in ('ImportError', 'ModuleNotFoundError'))
try:
    from sys import no_such_name_xyz
except ImportError:
    print('ImportError from-import')
