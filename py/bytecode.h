// Bytecode format, code objects and frames (internal to the compiler and the VM).
//
// An instruction is one opcode byte followed by its operand: none, a 16-bit unsigned
// value, or a 32-bit absolute jump target (little-endian), as given by op_arg_size(). A
// 16-bit operand is one byte, its low byte, preceded by EXTENDED_ARG and the high byte when
// that is not zero (as CPython's): nearly all operands (slots, constant indices, argument
// counts) are below 256, and bytecode is 30% smaller than with two bytes each.
//
// A `for` statement keeps two stack slots: GET_ITER_FOR leaves [iterable or iterator,
// position]. An exact list or tuple is not given an iterator object: FOR_ITER_FOR indexes it
// with the position (a small int), so such loops allocate nothing (as MicroPython's, which
// keep their iterator on the stack); nor are bytes and bytearray (items are small ints) and
// dicts (keys; the position also holds the size, for the changed-size check: obj_dict.cpp);
// anything else gets its iterator and a 0 it ignores.
// At the end FOR_ITER_FOR pops both. Comprehensions keep GET_ITER / FOR_ITER (one slot).
// `for x in range(...)` keeps [stop, step, counter] instead (no range object): FOR_RANGE
// pushes the counter and advances it, or pops the three and jumps when it reaches stop.
#pragma once
#include "obj.h"

namespace py {

#define PY_OPCODES(X)                                                                        \
  X(NOP, 0) X(POP_TOP, 0) X(DUP_TOP, 0) X(DUP_TOP_TWO, 0) X(ROT_TWO, 0) X(ROT_THREE, 0)      \
  X(ROT_FOUR, 0) X(LOAD_CONST, 2) X(LOAD_NONE, 0) X(LOAD_TRUE, 0) X(LOAD_FALSE, 0)          \
  X(LOAD_SMALL_INT, 2) X(LOAD_FAST, 2) X(STORE_FAST, 2) X(DELETE_FAST, 2) X(LOAD_DEREF, 2)  \
  X(STORE_DEREF, 2) X(DELETE_DEREF, 2) X(LOAD_CLOSURE, 2) X(LOAD_NAME, 2) X(STORE_NAME, 2)  \
  X(DELETE_NAME, 2) X(LOAD_GLOBAL, 2) X(STORE_GLOBAL, 2) X(DELETE_GLOBAL, 2)                \
  X(LOAD_ATTR, 2) X(STORE_ATTR, 2) X(DELETE_ATTR, 2) X(LOAD_METHOD, 2) X(CALL_METHOD, 2)    \
  X(LOAD_SUBSCR, 0) X(STORE_SUBSCR, 0) X(DELETE_SUBSCR, 0) X(BINARY, 2) X(UNARY, 2)         \
  X(NOT, 0) X(JUMP, 4) X(POP_JUMP_IF_FALSE, 4) X(POP_JUMP_IF_TRUE, 4)                       \
  X(JUMP_IF_FALSE_OR_POP, 4) X(JUMP_IF_TRUE_OR_POP, 4) X(GET_ITER, 0) X(FOR_ITER, 4)        \
  X(BUILD_TUPLE, 2) X(BUILD_LIST, 2) X(BUILD_SET, 2) X(BUILD_MAP, 2) X(BUILD_SLICE, 2)      \
  X(LIST_APPEND, 2) X(SET_ADD, 2) X(MAP_ADD, 2) X(LIST_EXTEND, 2) X(SET_UPDATE, 2)          \
  X(DICT_UPDATE, 2) X(LIST_TO_TUPLE, 0) X(UNPACK_SEQUENCE, 2) X(UNPACK_EX, 2)               \
  X(CALL_FUNCTION, 2) X(CALL_FUNCTION_EX, 2) X(MAKE_FUNCTION, 2) X(RETURN_VALUE, 0)         \
  X(YIELD_VALUE, 0) X(YIELD_FROM, 0) X(GET_YIELD_FROM_ITER, 0) X(GET_AWAITABLE, 0)          \
  X(RAISE, 2) X(SETUP_EXCEPT, 4) X(SETUP_FINALLY, 4) X(POP_BLOCK, 0) X(POP_EXCEPT, 0)       \
  X(RERAISE, 0) X(SETUP_WITH, 4) X(WITH_EXIT_NORMAL, 0) X(WITH_EXIT_EXC, 0)                 \
  X(IMPORT_NAME, 2) X(IMPORT_FROM, 2) X(IMPORT_STAR, 0) X(LOAD_BUILD_CLASS, 0)              \
  X(FORMAT_VALUE, 2) X(BUILD_STRING, 2) X(PRINT_EXPR, 0) X(LOAD_ASSERTION_ERROR, 0)         \
  X(EXC_MATCH, 0) X(SETUP_ASYNC_WITH, 4) X(ASYNC_WITH_EXIT_NORMAL, 0) X(GET_AITER, 0)       \
  X(GET_ANEXT, 0) X(END_ASYNC_FOR, 0) X(LOAD_CLASS_CELL, 0)  \
  X(ASYNC_WITH_EXC_CALL, 0) X(ASYNC_WITH_EXC_END, 0) X(ASYNC_WITH_ENTER, 0)                \
  X(GET_ITER_FOR, 0) X(FOR_ITER_FOR, 4) X(FOR_RANGE, 4) X(EXTENDED_ARG, 1)

enum Opcode : uint8_t {
#define PY_OP_ENUM(n, a) OPC_##n,
  PY_OPCODES(PY_OP_ENUM)
#undef PY_OP_ENUM
  OPC_COUNT
};
int op_arg_size(int op);
// The bytes of the instruction at p (an EXTENDED_ARG prefix is an instruction of its own).
inline size_t op_length(const uint8_t* p) { return op_arg_size(p[0]) == 4 ? 5 : op_arg_size(p[0]) ? 2 : 1; }

enum CodeFlags : uint16_t {
  CO_VARARGS = 1, CO_VARKW = 2, CO_GENERATOR = 4, CO_DICTLOCALS = 8, CO_COROUTINE = 16,
  CO_MODULE = 32, CO_ASYNCGEN = 64,
  CO_BC_APART = 128,  // the bytecode is a block of its own (see code_bc)
};
// the high byte of Code::flags: how many leading parameters are positional-only (before '/')
constexpr int CO_POSONLY_SHIFT = 8;
inline int code_nposonly(uint16_t flags) { return flags >> CO_POSONLY_SHIFT; }

// A compiled code object is one block: this header, then its constants, slot names, cell
// slots, line table and bytecode, found from the counts (code_consts() and the others
// below: no pointers, so the header is 48 bytes on 64-bit, 36 on 32-bit). When no block that
// big was free, the bytecode is a block of its own (CO_BC_APART: its address is in the word
// after the line table, which also keeps it alive). A frozen module's code object is const
// data of the same layout (tools/freeze).
struct Code {
  Type* type;
  Val name;
  Val filename;
  uint32_t bc_len;
  uint16_t lines_len;   // bytes of the line table: per entry, bytecode offset delta then
                        // zigzag line delta (each an unsigned LEB128 number: usually 1 byte),
                        // from (0, 0): the first entry, at offset 0, gives the first line
  uint16_t nconsts;
  uint16_t nparams;     // positional parameters
  uint16_t nlocals;     // fast slots excluding free variables
  uint16_t nfree;       // free variables (cells from the closure) after the locals
  uint16_t ncells;      // locals that live in cells
  uint16_t stacksize;
  uint16_t flags;
  int16_t class_slot;   // slot holding the __class__ cell (for super()), -1 if none
  uint8_t nkwonly;
  uint8_t maxblocks;
};

inline Val* code_consts(const Code* c) { return (Val*)(c + 1); }
// names of fast slots: params, kwonly, *args, **kw, locals, then frees
inline Val* code_varnames(const Code* c) { return code_consts(c) + c->nconsts; }
// slot numbers of cell locals
inline uint16_t* code_cells(const Code* c) { return (uint16_t*)(code_varnames(c) + c->nlocals + c->nfree); }
inline const uint8_t* code_lines(const Code* c) { return (const uint8_t*)(code_cells(c) + c->ncells); }
// bytes of the code object up to the end of its line table (where its bytecode starts)
inline size_t code_arrays_end(const Code* c) { return (size_t)(code_lines(c) + c->lines_len - (const uint8_t*)c); }
// n rounded up to a whole number of pointers
inline size_t aligned_word(size_t n) { return (n + sizeof(void*) - 1) & ~(sizeof(void*) - 1); }
// The bytecode follows the line table, or (CO_BC_APART) the word after it, at
// aligned_word(code_arrays_end(c)), holds its address.
const uint8_t* code_bc(const Code* c);

// The line table's encoding (compiler, freezer): appends (offset delta, line delta) to out.
// Returns the bytes written (at most 10); out may be null to count them.
size_t line_entry_encode(uint8_t* out, uint32_t offset_delta, int32_t line_delta);

struct Block {
  uint32_t handler;   // bytecode offset of the handler
  uint32_t level;     // value stack depth to restore
  Val saved_handled;  // ts.handled when the block was set up
};

// A frame is one block: this header, then its slots (fast locals, then free-variable
// cells), the value stack (`stack`, code->stacksize values) and the blocks (code->maxblocks).
struct Frame {
  Frame* back;
  Code* code;
  Val func;
  Dict* globals;
  Val locals;          // dict for module/class bodies, nullptr for functions
  const uint8_t* ip;
  Val* sp;
  Val* stack;          // base of the value stack
  Val handled;         // a suspended generator's exception being handled (bare `raise`)
  uint32_t alloc_size;
  int32_t line;        // line of the last traceback entry added for this frame
  uint16_t nblocks;
  uint16_t heap;       // allocated on the GC heap (generators) rather than the frame stack
};
inline Val* frame_slots(Frame* f) { return (Val*)(f + 1); }
inline Block* frame_blocks(Frame* f) { return (Block*)(f->stack + f->code->stacksize); }

// A Python function. What few functions have (keyword-only defaults, a name other than its
// code's) lives in a FuncExtra that `defaults` then points to: fn_defaults() and friends.
struct Function {
  Type* type;
  Code* code;
  Dict* globals;
  Val defaults;     // tuple of positional defaults, a FuncExtra, or nullptr
  Val closure;      // tuple of cells or nullptr
  Dict* dict;
};
struct FuncExtra {
  Type* type;       // func_extra_type (internal)
  Val defaults;     // tuple or nullptr
  Val kwdefaults;   // dict or nullptr
  Val name;         // nullptr: the code's
};
extern Type func_extra_type;
inline FuncExtra* fn_extra(Function* fn) {
  Val d = fn->defaults;
  return d && d->type == &func_extra_type ? (FuncExtra*)d : nullptr;
}
inline Val fn_defaults(Function* fn) { FuncExtra* x = fn_extra(fn); return x ? x->defaults : fn->defaults; }
inline Val fn_kwdefaults(Function* fn) { FuncExtra* x = fn_extra(fn); return x ? x->kwdefaults : nullptr; }
inline Val fn_name(Function* fn) { FuncExtra* x = fn_extra(fn); return x && x->name ? x->name : fn->code->name; }
FuncExtra* fn_make_extra(Function* fn);  // fn's FuncExtra, made on first use; nullptr on MemoryError

struct Generator {
  Type* type;
  Frame* frame;
  Val name;
  bool running;
  bool finished;
  bool started;
  uint8_t kind;  // 0 generator, 1 coroutine, 2 async generator
};

int code_line_for(Code* c, uint32_t offset);
Frame* frame_new(Function* f, bool on_heap);
void frame_free(Frame* f);
bool frame_bind_args(Frame* fr, Function* f, int npos, int nkw, const Val* args);
Val func_call(Val self, int npos, int nkw, const Val* args);

}  // namespace py
