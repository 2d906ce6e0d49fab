# The pyvgl side of misuse_sweep_test.py, run under `pyvgl --shot` (`lv` bound). `--shot`
# passes no script arguments, so the driver prepends `ARGS = [...]` to a copy of this file:
#
#   ARGS = ['list']                  prints every target, one per line
#   ARGS = ['run', FILE, FIRST]      runs the targets of FILE (one per line) from line FIRST on
#
# A target is `fn NAME` (module function), `method CLASS NAME` (a method a class defines
# itself, not one it inherits), `smethod STRUCT NAME` (a struct method), `field STRUCT NAME`
# `var NAME` (a module variable: constant data such as a font, given to each method of its
# struct type and written field by field) or `cast TYPE` (TYPE.__cast__(value), then every
# field of the view read).
# Each is called with every misuse value in every argument position; a call must work or
# raise an Exception. Before each target its line number is written to stderr, so the driver
# can name the target of a crash, a hang or a sanitizer report and go on after it.
import sys
import gc

# Functions the sweep leaves out, each for a reason that is not a crash:
SKIP = {
    'deinit': 'tears the engine down: every later call of the sweep would be on a dead engine',
    'delay_ms': 'sleeps as long as asked (0x7fffffff ms)',
    'timer_handler_run_in_period': 'runs the timers for as long as asked',
}

scr = lv.screen_active()
VERBOSE = len(ARGS) > 3  # noqa: F821 (ARGS: prepended by the driver)


def class_names():
    return [n for n in sorted(dir(lv)) if isinstance(getattr(lv, n), type) and issubclass(getattr(lv, n), lv.obj)]


def struct_names():
    out = []
    for n in sorted(dir(lv)):
        v = getattr(lv, n)
        if isinstance(v, type) and not issubclass(v, lv.obj) and n.endswith('_t'):
            out.append(n)
    return out


def public(names):
    return [n for n in names if not n.startswith('_')]


def list_targets():
    struct_types = [getattr(lv, s) for s in struct_names()]
    for n in public(sorted(dir(lv))):
        v = getattr(lv, n)
        if callable(v) and not isinstance(v, type) and n not in SKIP:
            print('fn', n)
        elif type(v) in struct_types:
            print('var', n)
    for c in class_names():
        cls = getattr(lv, c)
        base = cls.__bases__[0] if cls is not lv.obj else object
        inherited = set(dir(base))
        for mn in public(dir(cls)):
            if mn not in inherited and callable(getattr(cls, mn)) and not isinstance(getattr(cls, mn), type):
                print('method', c, mn)
    for name in class_names() + struct_names():
        print('cast', name)
    for s in struct_names():
        st = getattr(lv, s)
        for mn in public(dir(st)):
            if mn.isupper():
                continue
            if callable(getattr(st, mn, None)):
                print('smethod', s, mn)
            else:
                print('field', s, mn)


def arity(f):
    """Number of positional arguments, from the binding's TypeError for a call without any."""
    try:
        f()
        return 0
    except TypeError as e:
        msg = str(e)
        if 'takes ' in msg:
            return int(msg.split('takes ')[1].split(' ')[0])
    except Exception:
        pass
    return 0


def new_widget(cls, parent):
    if cls is lv.menu_page:
        return lv.menu_page(lv.menu(parent), 'page')
    if cls is lv.menu_section or cls is lv.menu_cont or cls is lv.menu_separator:
        return cls(lv.menu_page(lv.menu(parent), 'page'))
    return cls(parent)


def engine_struct(name):
    """An instance of struct `name`: made by the engine for handle types (size 0 in the
    tables), else a blank one."""
    makers = {
        'display_t': lambda: lv.display_get_default(),
        'timer_t': lambda: lv.timer_create_basic(),
        'group_t': lambda: lv.group_create(),
        'indev_t': lambda: lv.indev_create(),
        'anim_timeline_t': lambda: lv.anim_timeline_create(),
        'chart_series_t': lambda: lv.chart(scr).add_series(lv.color_hex(0xff), lv.chart.AXIS.PRIMARY_Y),
        'chart_cursor_t': lambda: lv.chart(scr).add_cursor(lv.color_hex(0xff), lv.DIR.ALL),
    }
    if name in makers:
        return makers[name]()
    return getattr(lv, name)()


class Thing:
    pass


def misuse_values(parent):
    gone = lv.obj(parent)
    gone.delete()
    return [None, 0, -1, 0x7fffffff, 1 << 64, 4096, 'x', 1.5, [1, 2], {}, Thing(), lv.area_t(), gone,
            lv.label(parent)]


def call_with(f, args):
    if VERBOSE:
        print('  call', args, file=sys.stderr)
    try:
        f(*args)
    except Exception:
        pass


def sweep_call(f, n, first, values):
    """f with every value in every position; `first` (a live object or None) fills the first
    position when another one is probed."""
    for v in values:
        call_with(f, [v] * n)
        if n == 0:
            return
        for i in range(n):
            for fill in (None, 0):
                args = [fill] * n
                if first is not None:
                    args[0] = first
                args[i] = v
                call_with(f, args)


def run_target(words, parent):
    values = misuse_values(parent)
    kind = words[0]
    if kind == 'fn':
        f = getattr(lv, words[1])
        sweep_call(f, arity(f), None, values)
    elif kind == 'method':
        cls = getattr(lv, words[1])
        f = getattr(cls, words[2])
        n = arity(f)
        sweep_call(f, n, None, values)
        for v in values:  # with a live object of the class first (a fresh one: the call may delete it)
            try:
                o = new_widget(cls, parent)
            except Exception:
                return
            sweep_call(f, n, o, [v])
    elif kind == 'smethod':
        f = getattr(getattr(lv, words[1]), words[2])
        n = arity(f)
        sweep_call(f, n, None, values)
        for v in values:
            try:
                s = engine_struct(words[1])
            except Exception:
                return
            sweep_call(f, n, s, [v])
        try:  # a blank one a script made, also of the types the engine hands out (timer_t)
            blank = getattr(lv, words[1])()
        except Exception:
            return
        for v in values:
            sweep_call(f, n, blank, [v])
    elif kind == 'var':
        v = getattr(lv, words[1])
        t = type(v)
        for mn in public(dir(t)):
            member = getattr(t, mn, None)
            if callable(member):
                sweep_call(member, arity(member), v, values)
            elif not mn.isupper():
                for value in values:
                    try:
                        setattr(v, mn, value)
                    except Exception:
                        pass
    elif kind == 'cast':
        t = getattr(lv, words[1])
        for v in values:
            try:
                view = t.__cast__(v)
                for mn in public(dir(view)):
                    getattr(view, mn)
            except Exception:
                pass
    elif kind == 'field':
        for v in values:
            try:
                s = engine_struct(words[1])
            except Exception:
                return
            try:
                getattr(s, words[2])
            except Exception:
                pass
            try:
                setattr(s, words[2], v)
                getattr(s, words[2])
            except Exception:
                pass


def run(path, first):
    lines = open(path).read().split('\n')
    for i in range(first, len(lines)):
        if not lines[i]:
            continue
        print('@', i, file=sys.stderr)
        parent = lv.obj(scr)
        run_target(lines[i].split(' '), parent)
        try:
            parent.delete()
        except Exception:
            pass
        lv.timer_handler()
        if i % 16 == 0:
            gc.collect()
    print('@ end', file=sys.stderr)


if ARGS[0] == 'list':  # noqa: F821 (prepended by the driver)
    list_targets()
else:
    run(ARGS[1], int(ARGS[2]))  # noqa: F821
