# A button map may end with NULL (None) instead of "": LVGL's own keyboard examples do so.
btnm = lv.buttonmatrix(lv.screen_active())
btnm.set_map(["A", "B", "\n", "C", None])
print('buttonmatrix buttons:', [btnm.get_button_text(i) for i in range(3)])

kb = lv.keyboard(lv.screen_active())
kb.set_map(lv.keyboard.MODE.USER_1, ["x", "y", "\n", lv.SYMBOL.OK, None], [1, 2, 1])
kb.set_mode(lv.keyboard.MODE.USER_1)
print('keyboard keys:', [kb.get_button_text(i) for i in range(2)], kb.get_button_text(2) == lv.SYMBOL.OK)
