import sys
sys.path.insert(0, 'mods/plain_dir')
import top
print(top.TOP)
sys.path.pop(0)
print(top.__name__)
