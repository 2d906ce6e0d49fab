# MicroPython's u-prefixed name: the same module object as asyncio
import sys
import asyncio

sys.modules[__name__] = asyncio
