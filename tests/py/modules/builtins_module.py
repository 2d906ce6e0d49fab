import builtins
print(builtins.print is print, builtins.len is len, builtins.int is int)
print(hasattr(builtins, 'Exception'), hasattr(builtins, 'open'))
builtins.pyvgl_added = 'global via builtins'
print(pyvgl_added)
