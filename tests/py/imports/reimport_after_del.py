import sys
import mods.noisy
del sys.modules['mods.noisy']
import mods.noisy
print('imported twice', mods.noisy.COUNT)
