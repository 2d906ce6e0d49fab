try:
    import mods.bad_syntax
except SyntaxError:
    print('SyntaxError from module')
try:
    import mods.raises_on_import
except ValueError as e:
    print('ValueError from module', e.args)
try:
    import mods.not_there
except ImportError:
    print('ImportError missing submodule')
