// A C interface to Google's RE2, the regex library Envoy compiles route regexes with.
// Compiled patterns are immutable and safe to share between threads.
#ifndef CENTRY_RE2_SHIM_H
#define CENTRY_RE2_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One compiled pattern (an `re2::RE2`), valid or not; free it with `centry_re2_free`.
typedef struct centry_re2 centry_re2;

/// Compiles the UTF-8 `pattern` (`length` bytes) as Envoy does: `re2::RE2(pattern,
/// re2::RE2::Quiet)`, RE2's default options without logging. NULL only when out of memory.
centry_re2 *centry_re2_compile(const char *pattern, size_t length);

/// Releases `re`; NULL is allowed.
void centry_re2_free(centry_re2 *re);

/// 1 when RE2 accepted the pattern, 0 otherwise.
int centry_re2_ok(const centry_re2 *re);

/// RE2's `ErrorCode` (0 when ok): 1 internal, 2 bad escape, 3 bad character class, 4 bad
/// range, 5 missing `]`, 6 missing `)`, 7 unexpected `)`, 8 trailing `\`, 9 repeat argument
/// missing, 10 bad repeat size, 11 bad repeat operator, 12 bad Perl operator, 13 bad UTF-8,
/// 14 bad named capture, 15 pattern too large.
int centry_re2_error_code(const centry_re2 *re);

/// RE2's error text (`error()`), NUL-terminated; "" when ok. Owned by `re`.
const char *centry_re2_error(const centry_re2 *re);

/// The piece of the pattern RE2 stopped at (`error_arg()`); "" when ok. Owned by `re`.
const char *centry_re2_error_arg(const centry_re2 *re);

/// `ProgramSize()`: the instruction count Envoy compares with `re2.max_program_size.*`;
/// -1 when the pattern did not compile.
int centry_re2_program_size(const centry_re2 *re);

/// 1 when the whole `subject` matches (`RE2::FullMatch`, Envoy's `safe_regex`), 0 when not,
/// -1 when the pattern did not compile.
int centry_re2_full_match(const centry_re2 *re, const char *subject, size_t length);

/// 1 when `subject` contains a match (`RE2::PartialMatch`, Go's `regexp.MatchString`), 0 when
/// not, -1 when the pattern did not compile.
int centry_re2_partial_match(const centry_re2 *re, const char *subject, size_t length);

#ifdef __cplusplus
}
#endif

#endif
