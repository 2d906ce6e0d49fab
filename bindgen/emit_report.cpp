/**
 * @file emit_report.cpp
 * Writes the binding report: every public function, bound (with its Python spelling) or
 * skipped (with the reason), as JSON and as a readable summary.
 */
#include "model.h"

#include <fstream>

namespace bindgen {

namespace {

std::string json_escape(const std::string & s)
{
    std::string r;
    for(unsigned char c : s) {
        if(c == '"' || c == '\\') r += '\\', r += (char)c;
        else if(c == '\n') r += "\\n";
        else if(c < 32) r += ' ';
        else r += (char)c;
    }
    return r;
}

std::string python_spelling(const Model & m, const Function & f)
{
    std::string mod = m.module == "lvgl" ? "lv" : m.module;
    switch(f.owner) {
        case Owner::Class: return mod + "." + m.classes[f.owner_index].name + "." + f.py_name;
        case Owner::Struct: return mod + "." + m.structs[f.owner_index].py_name + "." + f.py_name;
        case Owner::Constructor: return mod + "." + f.py_name + "(parent)";
        default: return mod + "." + f.py_name;
    }
}

} // namespace

bool emit_report(const Model & m, const std::string & json_path, const std::string & text_path)
{
    size_t bound = 0, total = 0;
    for(auto & f : m.functions) {
        if(!f.alias.empty()) continue;
        total++;
        bound += f.skip_reason.empty();
    }
    double pct = total ? 100.0 * (double)bound / (double)total : 100.0;

    std::ofstream j(json_path);
    j << "{\n  \"module\": \"" << m.module << "\",\n  \"header\": \"" << json_escape(m.header) << "\",\n";
    j << "  \"parse_errors\": " << m.parse_errors << ",\n";
    j << "  \"functions_total\": " << total << ",\n  \"functions_bound\": " << bound << ",\n";
    j << "  \"classes\": " << m.classes.size() << ",\n  \"structs\": " << m.structs.size() << ",\n";
    j << "  \"callbacks\": " << m.callbacks.size() << ",\n  \"constant_groups\": " << m.groups.size() << ",\n";
    j << "  \"functions\": [\n";
    bool first = true;
    for(size_t i = 0; i < m.functions.size(); i++) {
        const Function & f = m.functions[i];
        if(!f.alias.empty()) continue;
        j << (first ? "" : ",\n");
        first = false;
        j << "    {\"name\": \"" << f.c_name << "\", ";
        if(f.skip_reason.empty()) j << "\"status\": \"bound\", \"python\": \"" << python_spelling(m, f) << "\"}";
        else j << "\"status\": \"skipped\", \"reason\": \"" << json_escape(f.skip_reason) << "\"}";
    }
    j << "\n  ],\n  \"aliases\": [\n";
    first = true;
    for(auto & f : m.functions) {
        if(f.alias.empty() || !f.skip_reason.empty()) continue;
        j << (first ? "" : ",\n") << "    {\"name\": \"" << f.alias << "\", \"function\": \"" << f.c_name
          << "\", \"python\": \"" << python_spelling(m, f) << "\"}";
        first = false;
    }
    j << "\n  ]\n}\n";

    std::ofstream t(text_path);
    char line[160];
    snprintf(line, sizeof line, "%zu of %zu public functions bound (%.1f%%)", bound, total, pct);
    t << "bindgen report for module '" << m.module << "' from " << m.header << "\n" << line << "\n";
    t << m.classes.size() << " classes, " << m.structs.size() << " struct types, " << m.callbacks.size()
      << " callback types, " << m.groups.size() << " constant groups\n";
    if(m.parse_errors) t << m.parse_errors << " error(s) in the headers (see bindgen's output); bound what parsed\n";
    t << "\n";
    t << "skipped:\n";
    for(auto & f : m.functions)
        if(!f.skip_reason.empty() && f.alias.empty()) t << "  " << f.c_name << ": " << f.skip_reason << "\n";
    t << "\nbound:\n";
    for(auto & f : m.functions)
        if(f.skip_reason.empty() && f.alias.empty()) t << "  " << f.c_name << " -> " << python_spelling(m, f) << "\n";
    t << "\nalso reachable as:\n";
    for(auto & f : m.functions)
        if(f.skip_reason.empty() && !f.alias.empty()) t << "  " << f.alias << " (" << f.c_name << ") -> " << python_spelling(m, f) << "\n";
    return static_cast<bool>(j) && static_cast<bool>(t);
}

} // namespace bindgen
