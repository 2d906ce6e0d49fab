import mods.cyc_a
B_VALUE = 'b'
def from_a():
    return mods.cyc_a.A_VALUE
