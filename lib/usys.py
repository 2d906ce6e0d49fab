# MicroPython's u-prefixed name: the same module object as sys (LVGL's examples do
# `import usys as sys`)
import sys

sys.modules[__name__] = sys
