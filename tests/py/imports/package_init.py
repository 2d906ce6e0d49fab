import mods.pkg
print(mods.pkg.INIT_VALUE, mods.pkg.sub_func(), mods.pkg.sub_alias.SUB_CONST)
from mods.pkg import sub
print(sub is mods.pkg.sub_alias, sub.__name__)
