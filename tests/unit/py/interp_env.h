// Shared start-up for the interpreter unit tests: one interpreter per test executable.
#pragma once
#include <gtest/gtest.h>

#include <string>

#include "py/runtime.h"

namespace pytest {

// Runs source in a fresh __main__-like dict and returns str(result of `expr`) or the
// exception type name prefixed with "!".
std::string eval_after(const char* stmts, const char* expr);
void ensure_init();

}  // namespace pytest
