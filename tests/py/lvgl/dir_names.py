# dir() lists what the binding's tables hold, though nothing is materialised until named:
# module functions, classes, structs, constant groups and flat constants, methods (own and
# inherited), struct fields, group members; the REPL's tab completion uses the same lists.
import lvgl as lv

names = dir(lv)
print(names == sorted(names), '__delattr__' in names)
for n in ('obj', 'button', 'label', 'style_t', 'area_t', 'screen_active', 'pct', 'color_hex',
          'ALIGN', 'EVENT', 'SYMBOL', 'SIZE_CONTENT', 'RADIUS_CIRCLE', 'LvReferenceError',
          'font_montserrat_14'):
    print(n, n in names, hasattr(lv, n))

ev = dir(lv.EVENT)
print('CLICKED' in ev, 'ALL' in ev, all(isinstance(getattr(lv.EVENT, n), int) for n in ev))
print('OK' in dir(lv.SYMBOL))

# class: own methods, the base class's methods, class-scoped groups
label_names = dir(lv.label)
print('set_text' in label_names, 'set_x' in label_names, 'FLAG' in label_names,
      'LONG_MODE' in label_names or 'LONG' in label_names)
print('set_text' in dir(lv.button))  # a sibling class's method is not listed
inst = lv.label(lv.obj())
print('set_text' in dir(inst), 'get_text' in dir(inst))

# struct: fields and methods
print('x1' in dir(lv.area_t), 'get_width' in dir(lv.area_t()), 'set_bg_color' in dir(lv.style_t))


# a Python subclass adds its own names to the binding ones
class Fancy(lv.button):
    def shine(self):
        pass


f = Fancy(lv.obj())
print('shine' in dir(f), 'set_x' in dir(f), 'shine' in dir(Fancy))

# every name dir() lists resolves
missing = [n for n in names if not hasattr(lv, n)]
print(missing)
print([n for n in dir(inst) if not hasattr(inst, n)])
print([n for n in dir(lv.style_t()) if not hasattr(lv.style_t(), n)])
