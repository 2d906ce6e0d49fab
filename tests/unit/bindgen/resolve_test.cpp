// Attribute resolution over the toy module's tables: every spelling the original binding
// accepted for a name reaches the same entry.
#include <gtest/gtest.h>

#include "binding/call.h"
#include "toy.h"

using namespace pyvgl::binding;

extern const Module pyvgl_module_toy;

namespace {

const Module & M = pyvgl_module_toy;

int64_t int_of(const Attr & a)
{
    EXPECT_EQ(a.kind, Attr::INT);
    if(a.kind != Attr::INT) return -999999;
    return int_member_value(M, a.group, a.index);
}

AnyFn fn_of(const Attr & a)
{
    EXPECT_EQ(a.kind, Attr::FUNCTION);
    return a.kind == Attr::FUNCTION ? M.fnptrs[a.index] : nullptr;
}

} // namespace

TEST(Resolve, ModuleLevelEntries)
{
    EXPECT_EQ(resolve_module_attr(M, "obj").kind, Attr::CLASS);
    EXPECT_EQ(resolve_module_attr(M, "gauge").index, find_class(M, "gauge"));
    EXPECT_EQ(resolve_module_attr(M, "point_t").kind, Attr::STRUCT);
    EXPECT_EQ(fn_of(resolve_module_attr(M, "color_hex")), reinterpret_cast<AnyFn>(&tl_color_hex));
    EXPECT_EQ(resolve_module_attr(M, "ALIGN").kind, Attr::GROUP);
    EXPECT_EQ(resolve_module_attr(M, "font_small").kind, Attr::VARIABLE);
    EXPECT_EQ(int_of(resolve_module_attr(M, "SIZE_AUTO")), TL_SIZE_AUTO);
    Attr v = resolve_module_attr(M, "VERSION_TEXT");
    ASSERT_EQ(v.kind, Attr::STR);
    EXPECT_STREQ(str_member_value(M, v.index), "toy 1.0");
    EXPECT_EQ(resolve_module_attr(M, "nothing_here").kind, Attr::NONE_);
    EXPECT_EQ(resolve_module_attr(M, "").kind, Attr::NONE_);
    EXPECT_EQ(resolve_module_attr(M, "$").kind, Attr::NONE_);
}

TEST(Resolve, FlatSpellingsOfGroupMembers)
{
    EXPECT_EQ(int_of(resolve_module_attr(M, "ALIGN_CENTER")), TL_ALIGN_CENTER);
    EXPECT_EQ(int_of(resolve_module_attr(M, "COORD_MAX")), TL_COORD_MAX);
    EXPECT_EQ(int_of(resolve_module_attr(M, "OPA_50")), 127);  // OPA._50 written flat keeps the digit
    Attr ok = resolve_module_attr(M, "SYMBOL_OK");
    ASSERT_EQ(ok.kind, Attr::STR);
    EXPECT_STREQ(str_member_value(M, ok.index), TL_SYMBOL_OK);
    // class-scoped groups
    Attr flag = resolve_module_attr(M, "OBJ_FLAG");
    ASSERT_EQ(flag.kind, Attr::GROUP);
    EXPECT_EQ(M.groups[flag.index].owner, find_class(M, "obj"));
    EXPECT_EQ(int_of(resolve_module_attr(M, "OBJ_FLAG_HIDDEN")), TL_OBJ_FLAG_HIDDEN);
    EXPECT_EQ(int_of(resolve_module_attr(M, "GAUGE_MODE_2D")), TL_GAUGE_MODE_2D);
    EXPECT_EQ(resolve_module_attr(M, "ALIGN_NOWHERE").kind, Attr::NONE_);
}

TEST(Resolve, MethodsWrittenAsModuleFunctions)
{
    EXPECT_EQ(fn_of(resolve_module_attr(M, "obj_set_x")), reinterpret_cast<AnyFn>(&tl_obj_set_x));
    EXPECT_EQ(fn_of(resolve_module_attr(M, "point_length")), reinterpret_cast<AnyFn>(&tl_point_length));
    EXPECT_EQ(fn_of(resolve_module_attr(M, "event_get_code")), reinterpret_cast<AnyFn>(&tl_event_get_code));
    // gauge methods include the obj methods through the base class
    EXPECT_EQ(fn_of(resolve_module_attr(M, "gauge_set_x")), reinterpret_cast<AnyFn>(&tl_obj_set_x));
    EXPECT_EQ(resolve_module_attr(M, "point_fly").kind, Attr::NONE_);
}

TEST(Resolve, ClassAttributesAlongTheBaseChain)
{
    uint16_t gauge = find_class(M, "gauge");
    EXPECT_EQ(fn_of(resolve_class_attr(M, gauge, "set_value")), reinterpret_cast<AnyFn>(&tl_gauge_set_value));
    EXPECT_EQ(fn_of(resolve_class_attr(M, gauge, "set_x")), reinterpret_cast<AnyFn>(&tl_obj_set_x));
    Attr mode = resolve_class_attr(M, gauge, "MODE");
    ASSERT_EQ(mode.kind, Attr::GROUP);
    EXPECT_EQ(resolve_class_attr(M, gauge, "FLAG").kind, Attr::GROUP);  // obj.FLAG is gauge.FLAG too
    EXPECT_EQ(resolve_class_attr(M, find_class(M, "obj"), "set_value").kind, Attr::NONE_);
}

TEST(Resolve, StructAttributes)
{
    uint16_t anim = find_struct(M, "anim_t");
    EXPECT_EQ(fn_of(resolve_struct_attr(M, anim, "run")), reinterpret_cast<AnyFn>(&tl_anim_run));
    Attr end = resolve_struct_attr(M, anim, "end");
    ASSERT_EQ(end.kind, Attr::FIELD);
    EXPECT_EQ(M.fields[end.index].offset, offsetof(tl_anim_t, end));
    EXPECT_EQ(resolve_struct_attr(M, anim, "middle").kind, Attr::NONE_);
}
