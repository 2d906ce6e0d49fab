import mods.cyc_a
import mods.cyc_b
print(mods.cyc_a.from_b(), mods.cyc_b.from_a())
