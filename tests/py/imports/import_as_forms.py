import mods.pkg.sub as s
from mods.pkg.sub import sub_func as sf, SUB_CONST as C
from mods.pkg import deep
print(s.SUB_CONST, sf(), C, deep.DEEP)
import mods.pkg.deep.leaf as leaf
print(leaf.info()[0])
