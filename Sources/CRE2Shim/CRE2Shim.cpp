// The C side of CRE2Shim.h: a thin wrapper that keeps C++ (and its exceptions) out of Swift.
#include "CRE2Shim.h"

#include <new>
#include <re2/re2.h>

struct centry_re2 {
  re2::RE2 regex;
  centry_re2(const char *pattern, size_t length)
      : regex(re2::StringPiece(pattern, length), re2::RE2::Quiet) {}
};

extern "C" {

centry_re2 *centry_re2_compile(const char *pattern, size_t length) {
  return new (std::nothrow) centry_re2(pattern == nullptr ? "" : pattern, pattern == nullptr ? 0 : length);
}

void centry_re2_free(centry_re2 *re) { delete re; }

int centry_re2_ok(const centry_re2 *re) { return re->regex.ok() ? 1 : 0; }

int centry_re2_error_code(const centry_re2 *re) { return static_cast<int>(re->regex.error_code()); }

const char *centry_re2_error(const centry_re2 *re) { return re->regex.error().c_str(); }

const char *centry_re2_error_arg(const centry_re2 *re) { return re->regex.error_arg().c_str(); }

int centry_re2_program_size(const centry_re2 *re) { return re->regex.ok() ? re->regex.ProgramSize() : -1; }

int centry_re2_full_match(const centry_re2 *re, const char *subject, size_t length) {
  if (!re->regex.ok()) return -1;
  return re2::RE2::FullMatch(re2::StringPiece(subject, length), re->regex) ? 1 : 0;
}

int centry_re2_partial_match(const centry_re2 *re, const char *subject, size_t length) {
  if (!re->regex.ok()) return -1;
  return re2::RE2::PartialMatch(re2::StringPiece(subject, length), re->regex) ? 1 : 0;
}

}  // extern "C"
