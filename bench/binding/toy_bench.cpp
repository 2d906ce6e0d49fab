// Call overhead of the binding runtime, measured on the toy library (the engine's lvgl
// module is not linked yet): ns per obj.set_x(i) call and per event delivered to a Python
// callback, each minus the cost of the bare loop.
//
//   build/bench/binding/toy_bench [N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "binding/runtime/runtime.h"
#include "py/runtime.h"

extern const pyvgl::binding::Module pyvgl_module_toy;

namespace {

py::Val g_globals;

bool exec(const std::string & src)
{
    py::Val r = py::exec_source(src.c_str(), src.size(), "<bench>", g_globals);
    if(!r) py::print_exception(py::exc_take());
    return r != nullptr;
}

/** Seconds taken by `src`. */
double timed(const std::string & src)
{
    auto t0 = std::chrono::steady_clock::now();
    if(!exec(src)) exit(1);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char ** argv)
{
    int marker;
    static char heap[2 << 20];
    py::Config cfg;
    cfg.heap = heap;
    cfg.heap_size = sizeof heap;
    cfg.stack_top = &marker;
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    if(n <= 0 || !py::init(&cfg) || !pyvgl::binding::register_module(pyvgl_module_toy)) return 1;
    g_globals = py::dict_new(8);
    py::dict_set(g_globals, Q(__name__), py::str_intern_cstr("__main__"));
    std::string N = std::to_string(n);
    if(!exec("import toy\ntoy.init()\no = toy.obj(toy.screen_active())\nhits = [0]\n"
             "def cb(e):\n    hits[0] += 1\no.add_event_cb(cb, toy.EVENT.ALL, None)\n"))
        return 1;
    double loop = timed("for i in range(" + N + "):\n    pass\n");
    double set_x = timed("for i in range(" + N + "):\n    o.set_x(i & 255)\n");
    double get_x = timed("for i in range(" + N + "):\n    o.get_x()\n");
    double event = timed("for i in range(" + N + "):\n    o.send_event(1)\n");
    if(!exec("assert hits[0] == " + N + "\n")) return 1;
    printf("set_x_call %.1f ns/call\n", (set_x - loop) * 1e9 / n);
    printf("get_x_call %.1f ns/call\n", (get_x - loop) * 1e9 / n);
    printf("event_dispatch %.1f ns/event\n", (event - loop) * 1e9 / n);
    return 0;
}
