/**
 * @file constants.cpp
 * Groups enum members and constant macros the way the original binding names them:
 * LV_ALIGN_CENTER -> ALIGN.CENTER, LV_OBJ_FLAG_HIDDEN -> obj.FLAG.HIDDEN, LV_OPA_50 -> OPA._50,
 * LV_SYMBOL_OK -> SYMBOL.OK, lone constants (LV_SIZE_CONTENT) stay flat.
 */
#include "model.h"

#include <algorithm>
#include <map>
#include <set>

namespace bindgen {

namespace {

bool starts_with(const std::string & s, const std::string & p);

/** The Python-facing name of a constant: LV_EXPORT_CONST_INT(LV_X) expands to an enum member
 *  ENUM_LV_X in the original binding's configuration; it stands for LV_X. */
std::string py_source(const Model & m, const std::string & c_name)
{
    std::string p = "ENUM_" + upper(m.prefix) + "_";
    return starts_with(c_name, p) ? c_name.substr(5) : c_name;
}

bool starts_with(const std::string & s, const std::string & p) { return s.compare(0, p.size(), p) == 0; }

/** Longest common prefix of `names` that ends with '_' ("" if none). */
std::string common_prefix(const std::vector<std::string> & names)
{
    if(names.empty()) return "";
    std::string p = names[0];
    for(auto & n : names) {
        size_t i = 0;
        while(i < p.size() && i < n.size() && p[i] == n[i]) i++;
        p.resize(i);
    }
    size_t cut = p.rfind('_');
    return cut == std::string::npos ? "" : p.substr(0, cut + 1);
}

std::string member_name(const std::string & rest)
{
    if(!rest.empty() && rest[0] >= '0' && rest[0] <= '9') return "_" + rest;
    return rest;
}

struct Grouper {
    Model & m;
    std::map<std::pair<std::string, bool>, int> group_by_name;  // (flat name, is_string) -> group

    explicit Grouper(Model & model) : m(model) {}

    int group(const std::string & name, bool is_string)
    {
        auto key = std::make_pair(name, is_string);
        auto it = group_by_name.find(key);
        if(it != group_by_name.end()) return it->second;
        Group g;
        g.name = name;
        g.is_string = is_string;
        m.groups.push_back(g);
        group_by_name[key] = (int)m.groups.size() - 1;
        return (int)m.groups.size() - 1;
    }

    void add(int g, const std::string & py, const Constant & k)
    {
        Member mb;
        mb.py_name = member_name(py);
        mb.c_expr = k.c_name;
        mb.value = k.value;
        mb.is_unsigned = k.is_unsigned;
        for(auto & e : m.groups[g].members)
            if(e.py_name == mb.py_name) return;
        m.groups[g].members.push_back(mb);
    }

    void add_flat(const Constant & k)
    {
        add(group(k.is_string ? "$" : "", k.is_string), strip_prefix(py_source(m, k.c_name), m.prefix), k);
    }

    void enums()
    {
        std::map<int, std::vector<const Constant *>> by_enum;
        for(auto & k : m.constants)
            if(k.enum_id >= 0 && !k.c_name.empty() && k.c_name[0] != '_') by_enum[k.enum_id].push_back(&k);
        for(auto & e : by_enum) {
            std::vector<std::string> names;
            for(auto * k : e.second) names.push_back(strip_prefix(py_source(m, k->c_name), m.prefix));
            std::string p = e.second.size() >= 2 ? common_prefix(names) : "";
            if(p.empty()) {
                for(auto * k : e.second) add_flat(*k);
                continue;
            }
            int g = group(p.substr(0, p.size() - 1), false);
            for(size_t i = 0; i < names.size(); i++) add(g, names[i].substr(p.size()), *e.second[i]);
        }
    }

    void macros()
    {
        std::vector<const Constant *> loose;
        for(auto & k : m.constants) {
            if(k.enum_id >= 0) continue;
            std::string n = strip_prefix(k.c_name, m.prefix);
            int best = -1;
            size_t best_len = 0;
            for(auto & gb : group_by_name) {
                const std::string & gname = gb.first.first;
                if(gname.empty() || gname == "$" || gb.first.second != k.is_string) continue;
                if(gname.size() + 1 < n.size() && gname.size() > best_len && starts_with(n, gname + "_")) {
                    best = gb.second;
                    best_len = gname.size();
                }
            }
            if(best >= 0) add(best, n.substr(best_len + 1), k);
            else loose.push_back(&k);
        }
        // Loose macros sharing their first word form a group (ANIM_OFF, ANIM_ON -> ANIM); when
        // that word is a class, two words make a class-scoped group (LABEL_LONG_WRAP -> label.LONG).
        std::set<std::string> class_words;
        for(auto & c : m.classes) class_words.insert(upper(c.name));
        auto prefix_words = [&](const std::string & n, int words) {
            size_t at = 0;
            for(int w = 0; w < words; w++) {
                at = n.find('_', at == 0 && w == 0 ? 0 : at + 1);
                if(at == std::string::npos || at + 1 >= n.size()) return std::string();
            }
            return n.substr(0, at);
        };
        std::map<std::pair<std::string, bool>, int> two_word_count;
        for(auto * k : loose) {
            std::string n = strip_prefix(k->c_name, m.prefix);
            if(class_words.count(prefix_words(n, 1))) two_word_count[{prefix_words(n, 2), k->is_string}]++;
        }
        std::map<std::pair<std::string, bool>, std::vector<const Constant *>> by_word;
        for(auto * k : loose) {
            std::string n = strip_prefix(k->c_name, m.prefix);
            std::string two = prefix_words(n, 2);
            std::string word = class_words.count(prefix_words(n, 1)) && !two.empty() &&
                                       two_word_count[{two, k->is_string}] >= 2
                                   ? two
                                   : prefix_words(n, 1);
            by_word[{word, k->is_string}].push_back(k);
        }
        for(auto & w : by_word) {
            if(w.first.first.empty() || w.second.size() < 2) {
                for(auto * k : w.second) add_flat(*k);
                continue;
            }
            // the whole bucket may share more words: LV_SCR_LOAD_ANIM_NONE, ..._FADE_ON -> SCR_LOAD_ANIM
            std::vector<std::string> names;
            for(auto * k : w.second) names.push_back(strip_prefix(k->c_name, m.prefix));
            std::string common = common_prefix(names);
            std::string gname = common.size() > w.first.first.size() + 1 ? common.substr(0, common.size() - 1)
                                                                         : w.first.first;
            int g = group(gname, w.first.second);
            for(size_t i = 0; i < names.size(); i++) add(g, names[i].substr(gname.size() + 1), *w.second[i]);
        }
    }

    /** OBJ_FLAG -> obj.FLAG when a class "obj" exists (longest class name wins). */
    void scope_to_classes()
    {
        for(auto & g : m.groups) {
            if(g.name.empty() || g.name == "$") continue;
            int best = -1;
            size_t best_len = 0;
            for(size_t c = 0; c < m.classes.size(); c++) {
                std::string cp = upper(m.classes[c].name) + "_";
                if(cp.size() > best_len && g.name.size() > cp.size() && starts_with(g.name, cp)) {
                    best = (int)c;
                    best_len = cp.size();
                }
            }
            if(best >= 0) {
                g.owner_class = best;
                g.name = g.name.substr(best_len);
            }
        }
    }
};

} // namespace

void group_constants(Model & m)
{
    Grouper g(m);
    g.enums();
    g.macros();
    g.scope_to_classes();
}

} // namespace bindgen
