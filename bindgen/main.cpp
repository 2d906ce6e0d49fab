/**
 * @file main.cpp
 * bindgen [-I DIR]... [-D NAME[=VAL]]... --module NAME --prefix PREFIX [--strict] HEADER.h -o OUTDIR
 *
 * Writes into OUTDIR: <module>_tables.cpp (the tables compiled into the module),
 * <module>.pyi (stubs with docstrings), <module>_report.json and <module>_report.txt, and
 * <module>_tables.d (a depfile listing every header read, for the build).
 */
#include "model.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <fstream>

namespace {

int usage(const char * why)
{
    if(why) fprintf(stderr, "bindgen: %s\n", why);
    fprintf(stderr,
            "usage: bindgen [-I DIR]... [-D NAME[=VAL]]... --module NAME --prefix PREFIX [--strict] HEADER.h -o OUTDIR\n"
            "  --strict: stop at an error in the headers (default: report it and bind what parsed)\n");
    return 2;
}

bool valid_identifier(const std::string & s)
{
    if(s.empty() || !(isalpha((unsigned char)s[0]) || s[0] == '_')) return false;
    for(char c : s)
        if(!(isalnum((unsigned char)c) || c == '_')) return false;
    return true;
}

bool write_depfile(const bindgen::Model & m, const std::string & out_dir)
{
    std::ofstream d(out_dir + "/" + m.module + "_tables.d");
    d << out_dir << "/" << m.module << "_tables.cpp:";
    for(auto & dep : m.dependencies) {
        std::string esc;
        for(char c : dep) esc += (c == ' ') ? std::string("\\ ") : std::string(1, c);
        d << " \\\n  " << esc;
    }
    d << "\n";
    return static_cast<bool>(d);
}

} // namespace

int main(int argc, char ** argv)
{
    bindgen::Options opt;
    for(int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        if(a == "-I" || a == "-D") {
            const char * v = value();
            if(!v) return usage((a + " needs a value").c_str());
            opt.clang_args.push_back(a + v);
        } else if((a.size() > 2 && (a.compare(0, 2, "-I") == 0 || a.compare(0, 2, "-D") == 0))) {
            opt.clang_args.push_back(a);
        } else if(a == "--module") {
            const char * v = value();
            if(!v) return usage("--module needs a name");
            opt.module = v;
        } else if(a == "--prefix") {
            const char * v = value();
            if(!v) return usage("--prefix needs a value");
            opt.prefix = v;
        } else if(a == "-o") {
            const char * v = value();
            if(!v) return usage("-o needs a directory");
            opt.out_dir = v;
        } else if(a == "--strict") {
            opt.strict = true;
        } else if(a == "-h" || a == "--help") {
            return usage(nullptr);
        } else if(!a.empty() && a[0] == '-') {
            return usage(("unknown option " + a).c_str());
        } else if(opt.header.empty()) {
            opt.header = a;
        } else {
            return usage("only one header may be given");
        }
    }
    if(opt.header.empty()) return usage("no header given");
    if(opt.out_dir.empty()) return usage("no output directory given (-o)");
    if(!valid_identifier(opt.module)) return usage("--module must be an identifier");
    if(!valid_identifier(opt.prefix)) return usage("--prefix must be an identifier");
    struct stat st;
    if(stat(opt.header.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "bindgen: cannot read header %s\n", opt.header.c_str());
        return 1;
    }
    mkdir(opt.out_dir.c_str(), 0777);
    if(stat(opt.out_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "bindgen: cannot create output directory %s\n", opt.out_dir.c_str());
        return 1;
    }

    bindgen::Model model;
    if(!bindgen::read_headers(opt, model)) return 1;
    std::string base = opt.out_dir + "/" + opt.module;
    bool ok = bindgen::emit_tables(model, base + "_tables.cpp") && bindgen::emit_pyi(model, base + ".pyi") &&
              bindgen::emit_report(model, base + "_report.json", base + "_report.txt") &&
              write_depfile(model, opt.out_dir);
    if(!ok) {
        fprintf(stderr, "bindgen: cannot write the output files into %s\n", opt.out_dir.c_str());
        return 1;
    }
    size_t bound = 0, total = 0;
    for(auto & f : model.functions) {
        if(!f.alias.empty()) continue;
        total++;
        bound += f.skip_reason.empty();
    }
    printf("bindgen: %s: %zu of %zu functions bound, %zu classes, %zu structs, %zu constant groups\n",
           opt.module.c_str(), bound, total, model.classes.size(), model.structs.size(),
           model.groups.size());
    return 0;
}
