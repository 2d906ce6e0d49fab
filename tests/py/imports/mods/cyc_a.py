import mods.cyc_b as b
A_VALUE = 'a'
def from_b():
    return b.B_VALUE
