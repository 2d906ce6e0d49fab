import mods.simple
print(mods.simple.VALUE, mods.simple.double(4), mods.simple.Thing.kind)
print(mods.PACKAGE_MARK)
import mods.simple as s
print(s is mods.simple, s.__name__)
