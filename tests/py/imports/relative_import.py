from mods.pkg.deep import leaf
print(leaf.info())
import mods.pkg.deep
print(mods.pkg.deep.DEEP)
