import mods.noisy
import mods.noisy
from mods import noisy
import sys
print(noisy.COUNT, 'mods.noisy' in sys.modules)
