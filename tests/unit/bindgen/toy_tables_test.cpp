// The toy library's generated tables: names, classes, constant groups and struct layouts
// as bindgen derived them from tests/binding/toylib/toy.h.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <string>

#include "binding/call.h"
#include "toy.h"

using namespace pyvgl::binding;

extern const Module pyvgl_module_toy;

namespace {

const Module & M = pyvgl_module_toy;

std::string nm(uint32_t name)
{
    char buf[64];
    size_t n = name_copy(M, name, buf, sizeof buf);
    EXPECT_LT(n, sizeof buf);
    return buf;
}

uint16_t group_of(const char * cls, const char * group)
{
    if(!cls) return find_group(M, M.module_group_first, M.module_group_count, group);
    uint16_t c = find_class(M, cls);
    if(c == NONE) return NONE;
    return find_group(M, M.classes[c].first_group, M.classes[c].group_count, group);
}

int64_t int_constant(const char * cls, const char * group, const char * member)
{
    uint16_t g = group_of(cls, group);
    EXPECT_NE(g, NONE) << group;
    if(g == NONE) return -999999;
    uint16_t i = find_member(M, g, member);
    EXPECT_NE(i, NONE) << group << "." << member;
    if(i == NONE) return -999999;
    return int_member_value(M, g, i);
}

const Field * field(const char * strct, const char * name)
{
    uint16_t s = find_struct(M, strct);
    if(s == NONE) return nullptr;
    for(uint16_t i = 0; i < M.structs[s].field_count; i++) {
        const Field & f = M.fields[M.structs[s].first_field + i];
        if(nm(f.name) == name) return &f;
    }
    return nullptr;
}

} // namespace

TEST(ToyTables, ModuleName) { EXPECT_STREQ(M.name, "toy"); }

TEST(ToyTables, ClassesFromCreateFunctions)
{
    EXPECT_EQ(M.class_count, 3);
    uint16_t tab = find_class(M, "tab");
    ASSERT_NE(tab, NONE);
    EXPECT_EQ(arg_count(M, M.functions[M.classes[tab].create_fn].sig), 2);
    EXPECT_EQ(M.class_ptrs[tab], nullptr);  // no tl_tab_class declared in the header
    uint16_t obj = find_class(M, "obj");
    uint16_t gauge = find_class(M, "gauge");
    ASSERT_NE(obj, NONE);
    ASSERT_NE(gauge, NONE);
    EXPECT_EQ(M.root_class, obj);
    EXPECT_EQ(M.classes[obj].base, NONE);
    EXPECT_EQ(M.classes[gauge].base, obj);
    EXPECT_EQ(M.class_ptrs[obj], &tl_obj_class);
    EXPECT_EQ(M.class_ptrs[gauge], &tl_gauge_class);
    EXPECT_EQ(M.fnptrs[M.classes[gauge].create_fn], reinterpret_cast<AnyFn>(&tl_gauge_create));
    EXPECT_TRUE(function_flags(M, M.classes[gauge].create_fn) & F_CONSTRUCTOR);
}

TEST(ToyTables, MethodsBelongToTheirClassOrStruct)
{
    const Class & obj = M.classes[find_class(M, "obj")];
    const Class & gauge = M.classes[find_class(M, "gauge")];
    uint16_t set_x = find_function(M, obj.first_method, obj.method_count, "set_x");
    ASSERT_NE(set_x, NONE);
    EXPECT_EQ(M.fnptrs[set_x], reinterpret_cast<AnyFn>(&tl_obj_set_x));
    EXPECT_NE(find_function(M, obj.first_method, obj.method_count, "delete"), NONE);
    EXPECT_NE(find_function(M, gauge.first_method, gauge.method_count, "set_value"), NONE);
    EXPECT_EQ(find_function(M, gauge.first_method, gauge.method_count, "set_x"), NONE);  // inherited, not copied
    const Struct & point = M.structs[find_struct(M, "point_t")];
    EXPECT_NE(find_function(M, point.first_method, point.method_count, "set"), NONE);
    EXPECT_NE(find_function(M, point.first_method, point.method_count, "length"), NONE);
    // functions whose first argument is an object but whose name is no class's stay module level
    EXPECT_NE(find_module_function(M, "screen_load"), NONE);
    EXPECT_NE(find_module_function(M, "color_hex"), NONE);
    EXPECT_EQ(find_module_function(M, "obj_set_x"), NONE);
}

TEST(ToyTables, SkippedFunctionsAreAbsent)
{
    EXPECT_EQ(find_module_function(M, "log"), NONE);       // variadic
    EXPECT_EQ(find_module_function(M, "call_raw"), NONE);  // callback without user_data
    const Class & obj = M.classes[find_class(M, "obj")];
    EXPECT_EQ(find_function(M, obj.first_method, obj.method_count, "remove_event_cb"), NONE);  // nowhere to keep it
    EXPECT_NE(find_module_function(M, "max"), NONE);       // static inline: bound
    EXPECT_TRUE(function_flags(M, find_module_function(M, "max")) & F_INLINE);
}

TEST(ToyTables, GlobalCallbacksAreBound)
{
    EXPECT_NE(find_module_function(M, "register_print_cb"), NONE);  // a *_g_cb_t type
    EXPECT_NE(find_module_function(M, "clock_set_cb"), NONE);       // set by a module *_set_cb
    int global = 0;
    for(uint16_t i = 0; i < M.callback_count; i++) {
        std::string n = nm(M.callbacks[i].name);
        if(n == "print_g_cb_t" || n == "clock_cb_t") {
            EXPECT_EQ(M.callbacks[i].user_data_arg, CB_GLOBAL) << n;
            global++;
        }
        else {
            EXPECT_NE(M.callbacks[i].user_data_arg, CB_GLOBAL) << n;
        }
    }
    EXPECT_EQ(global, 2);
}

TEST(ToyTables, FirstArgumentMayBeNullWhereTheDocSaysSo)
{
    const Class & obj = M.classes[find_class(M, "obj")];
    uint16_t get_screen = find_function(M, obj.first_method, obj.method_count, "get_screen");
    uint16_t get_parent = find_function(M, obj.first_method, obj.method_count, "get_parent");
    ASSERT_NE(get_screen, NONE);
    ASSERT_NE(get_parent, NONE);
    EXPECT_TRUE(function_flags(M, get_screen) & F_NULLABLE_FIRST);   // "@param obj ..., NULL for ..."
    EXPECT_FALSE(function_flags(M, get_parent) & F_NULLABLE_FIRST);  // no such doc
}

TEST(ToyTables, EnumGroupsAndConstants)
{
    EXPECT_EQ(int_constant(nullptr, "ALIGN", "CENTER"), TL_ALIGN_CENTER);
    EXPECT_EQ(int_constant(nullptr, "ALIGN", "BOTTOM_RIGHT"), TL_ALIGN_BOTTOM_RIGHT);
    EXPECT_EQ(int_constant("obj", "FLAG", "HIDDEN"), TL_OBJ_FLAG_HIDDEN);
    EXPECT_EQ(int_constant("obj", "FLAG", "CLICKABLE"), TL_OBJ_FLAG_CLICKABLE);
    EXPECT_EQ(int_constant("gauge", "MODE", "_2D"), TL_GAUGE_MODE_2D);
    EXPECT_EQ(int_constant(nullptr, "OPA", "_50"), 127);
    EXPECT_EQ(int_constant(nullptr, "COORD", "MAX"), TL_COORD_MAX);
    EXPECT_EQ(int_constant(nullptr, "COORD", "MIN"), TL_COORD_MIN);
    EXPECT_EQ(int_constant(nullptr, "SCR_FADE", "OUT"), TL_SCR_FADE_OUT);
    EXPECT_EQ(int_constant(nullptr, PYVGL_FLAT_INTS, "SIZE_AUTO"), TL_SIZE_AUTO);
    EXPECT_EQ(int_constant(nullptr, PYVGL_FLAT_INTS, "RADIUS_ROUND"), 0x7FFF);
    EXPECT_EQ(int_constant(nullptr, PYVGL_FLAT_INTS, "REPEAT_FOREVER"), 0xFFFFFFFFll);
    // class-scoped groups are not module level; function-like macros are not constants
    EXPECT_EQ(group_of(nullptr, "FLAG"), NONE);
    EXPECT_EQ(group_of(nullptr, "OBJ_FLAG"), NONE);
    uint16_t flat = group_of(nullptr, PYVGL_FLAT_INTS);
    ASSERT_NE(flat, NONE);
    EXPECT_EQ(find_member(M, flat, "TWICE"), NONE);
    EXPECT_EQ(find_member(M, flat, "ATTRIBUTE_FAST_MEM"), NONE);
    EXPECT_EQ(find_member(M, flat, "SCALE_DEFAULT"), NONE);  // float
    EXPECT_EQ(find_member(M, flat, "NO_OBJ"), NONE);         // pointer
    EXPECT_EQ(find_member(M, flat, "ENUM_TL_RADIUS_ROUND"), NONE);
}

TEST(ToyTables, ClassScopedMacroGroups)
{
    EXPECT_EQ(int_constant("gauge", "NEEDLE", "THIN"), TL_GAUGE_NEEDLE_THIN);
    EXPECT_EQ(int_constant("gauge", "NEEDLE", "WIDE"), TL_GAUGE_NEEDLE_WIDE);
}

TEST(ToyTables, VariablesAndAliases)
{
    uint16_t v = find_variable(M, "font_small");
    ASSERT_NE(v, NONE);
    EXPECT_EQ(M.variable_addrs[v], &tl_font_small);
    SigReader t{M.sigs + M.variables[v].type};
    EXPECT_EQ(t.code(), T_STRUCT_PTR);
    EXPECT_EQ(t.index(), find_struct(M, "font_t"));
    uint16_t gc = find_variable(M, "gauge_class");  // lv.button_class style spellings
    ASSERT_NE(gc, NONE);
    EXPECT_EQ(M.variable_addrs[gc], &tl_gauge_class);
    const Class & obj = M.classes[find_class(M, "obj")];
    uint16_t left = find_function(M, obj.first_method, obj.method_count, "set_left");
    ASSERT_NE(left, NONE);
    EXPECT_EQ(M.fnptrs[left], reinterpret_cast<AnyFn>(&tl_obj_set_x));
}

TEST(ToyTables, StringConstants)
{
    uint16_t g = group_of(nullptr, "SYMBOL");
    ASSERT_NE(g, NONE);
    EXPECT_EQ(M.groups[g].kind, G_STR);
    uint16_t ok = find_member(M, g, "OK");
    ASSERT_NE(ok, NONE);
    EXPECT_STREQ(str_member_value(M, ok), TL_SYMBOL_OK);
    uint16_t flat = group_of(nullptr, PYVGL_FLAT_STRS);
    ASSERT_NE(flat, NONE);
    uint16_t v = find_member(M, flat, "VERSION_TEXT");
    ASSERT_NE(v, NONE);
    EXPECT_STREQ(str_member_value(M, v), "toy 1.0");
}

TEST(ToyTables, StructLayouts)
{
    uint16_t point = find_struct(M, "point_t");
    ASSERT_NE(point, NONE);
    EXPECT_EQ(M.structs[point].size, sizeof(tl_point_t));
    ASSERT_TRUE(field("point_t", "y"));
    EXPECT_EQ(field("point_t", "y")->offset, offsetof(tl_point_t, y));
    EXPECT_EQ(M.sigs[field("point_t", "y")->type], T_I32);

    // a second typedef name is the same struct type
    uint16_t pos = find_struct(M, "pos_t");
    ASSERT_NE(pos, NONE);
    EXPECT_EQ(M.structs[pos].size, sizeof(tl_point_t));
    EXPECT_EQ(M.structs[pos].first_field, M.structs[point].first_field);
    EXPECT_EQ(M.structs[pos].first_method, M.structs[point].first_method);
    EXPECT_EQ(M.structs[pos].method_count, M.structs[point].method_count);

    // nested struct by value
    const Field * b = field("rect_t", "b");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->offset, offsetof(tl_rect_t, b));
    SigReader bt{M.sigs + b->type};
    EXPECT_EQ(bt.code(), T_STRUCT_VAL);
    EXPECT_EQ(bt.index(), point);

    // fixed array of structs, bitfields, a named anonymous struct, a union, a char array
    const Field * pts = field("path_t", "pts");
    ASSERT_TRUE(pts);
    EXPECT_EQ(field_layout(M, *pts).count, 4);
    EXPECT_EQ(pts->offset, offsetof(tl_path_t, pts));
    tl_path_t path;
    memset(&path, 0, sizeof path);
    path.closed = 1;
    path.width = 100;
    const Field * closed = field("path_t", "closed");
    const Field * width = field("path_t", "width");
    ASSERT_TRUE(closed && width);
    EXPECT_EQ(field_layout(M, *closed).bit_width, 1);
    EXPECT_EQ(field_layout(M, *width).bit_width, 7);
    auto read_bits = [&](const Field * f) {
        uint32_t unit = 0;
        memcpy(&unit, reinterpret_cast<const uint8_t *>(&path) + f->offset, 1);
        FieldLayout l = field_layout(M, *f);
        return (unit >> l.bit_offset) & ((1u << l.bit_width) - 1);
    };
    EXPECT_EQ(read_bits(closed), 1u);
    EXPECT_EQ(read_bits(width), 100u);
    const Field * pattern = field("path_t", "pattern");
    ASSERT_TRUE(pattern);
    EXPECT_EQ(pattern->offset, offsetof(tl_path_t, pattern));
    SigReader pt{M.sigs + pattern->type};
    ASSERT_EQ(pt.code(), T_STRUCT_VAL);
    EXPECT_EQ(nm(M.structs[pt.index()].name), "path_pattern_t");
    EXPECT_EQ(M.structs[pt.index()].size, sizeof(path.pattern));
    ASSERT_TRUE(field("path_pattern_t", "gap"));
    EXPECT_EQ(field("path_pattern_t", "gap")->offset, offsetof(tl_path_t, pattern.gap) - offsetof(tl_path_t, pattern));
    ASSERT_TRUE(field("path_tag_t", "as_float"));
    EXPECT_EQ(field("path_tag_t", "as_float")->offset, 0);
    EXPECT_EQ(M.sigs[field("path_tag_t", "as_float")->type], T_F32);
    const Field * label = field("path_t", "label");
    ASSERT_TRUE(label);
    EXPECT_EQ(field_layout(M, *label).count, 8);
    EXPECT_EQ(M.sigs[label->type], T_FIXED);
    EXPECT_EQ(field_layout(M, *label).type.code(), T_I8);

    // opaque handles have size 0 but keep their methods
    uint16_t ev = find_struct(M, "event_t");
    ASSERT_NE(ev, NONE);
    EXPECT_EQ(M.structs[ev].size, 0);
    EXPECT_NE(M.structs[ev].user_data_get, NONE);
}

TEST(ToyTables, Signatures)
{
    const Class & gauge = M.classes[find_class(M, "gauge")];
    uint16_t fn = find_function(M, gauge.first_method, gauge.method_count, "set_ticks");
    ASSERT_NE(fn, NONE);
    SigReader r = return_type_of(M, fn);
    EXPECT_EQ(r.code(), T_VOID);
    EXPECT_EQ(arg_count(M, M.functions[fn].sig), 3);
    SigReader a = first_arg(M, M.functions[fn].sig);
    EXPECT_EQ(a.code(), T_OBJ);
    a.next();
    EXPECT_EQ(a.code(), T_ARRAY);
    EXPECT_EQ(a.element().code(), T_I32);
    a.next();
    EXPECT_EQ(a.code(), T_U32);

    uint16_t strlen_fn = find_module_function(M, "strlen");
    EXPECT_EQ(return_type_of(M, strlen_fn).code(), sizeof(size_t) == 8 ? T_U64 : T_U32);
    uint16_t names = find_module_function(M, "count_strings");
    SigReader s = first_arg(M, M.functions[names].sig);
    EXPECT_EQ(s.code(), T_ARRAY);
    EXPECT_EQ(s.element().code(), T_STR);
    uint16_t visit = find_module_function(M, "visit");
    EXPECT_EQ(function_flags(M, visit) & F_USER_DATA_ARG_MASK, 2);
}

TEST(ToyTables, EncodedNamesDecode)
{
    // every function name decodes to an identifier, the ranges are sorted, and lookups by
    // name find each entry again
    for(uint16_t c = 0; c < M.class_count; c++) {
        const Class & k = M.classes[c];
        for(uint16_t i = k.first_method; i < k.first_method + k.method_count; i++) {
            std::string n = nm(M.functions[i].name);
            EXPECT_EQ(find_function(M, k.first_method, k.method_count, n.c_str()), i) << n;
            if(i > k.first_method) {
                EXPECT_LT(nm(M.functions[i - 1].name), n);
            }
        }
    }
    EXPECT_EQ(nm(M.functions[find_module_function(M, "add_u64")].name), "add_u64");
    uint16_t opa = find_group(M, M.module_group_first, M.module_group_count, "OPA");
    ASSERT_NE(opa, NONE);
    EXPECT_EQ(nm(member_name(M, opa, find_member(M, opa, "_50"))), "_50");
    EXPECT_EQ(nm(M.groups[find_group(M, M.module_group_first, M.module_group_count, PYVGL_FLAT_INTS)].name), "");
    char small[4];
    EXPECT_EQ(name_copy(M, M.functions[find_module_function(M, "color_to_u32")].name, small, sizeof small), 12u);
    EXPECT_STREQ(small, "col");  // truncated, still terminated
    EXPECT_LT(name_compare(M, M.functions[find_module_function(M, "add_u64")].name, "add_u65"), 0);
    EXPECT_GT(name_compare(M, M.functions[find_module_function(M, "add_u64")].name, "add_u"), 0);
}
