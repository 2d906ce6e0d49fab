# A folder without __init__.py imports as a package (PEP 420 in CPython; MicroPython
# imports any folder): its modules, sub-folders and relative imports work.
import mods.nspkg.leaf
from mods.nspkg import leaf as same
from mods.nspkg.inner import deep
import mods.nspkg as ns

print(mods.nspkg.leaf.VALUE, same is mods.nspkg.leaf, deep.DOUBLE)
print(ns.__name__, hasattr(ns, "__path__"), len(list(ns.__path__)))
try:
    import mods.nspkg.missing
except ImportError:
    print("ImportError")
