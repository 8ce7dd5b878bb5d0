// The limits on what jixiao reads, in one place. They keep a hostile or mistaken file from
// exhausting memory, stack or time, and each is far above any real indicator set or data file
// (the largest shipped template has 38 rows, 3 levels and 60-character formulas). Every limit
// has its own message in Chinese; docs/errors.md lists them.
#ifndef JIXIAO_INDICATORS_LIMITS_H_
#define JIXIAO_INDICATORS_LIMITS_H_

#include <cstddef>

namespace jixiao {

/// Largest file read at all, in bytes; reading stops one byte past it (so /dev/zero or a pipe
/// that never ends is refused, not read forever).
inline constexpr size_t kMaxFileBytes = 64u << 20;  // 64 MiB
/// Largest CSV data file, in bytes (100,000 rows take about 10 MiB).
inline constexpr size_t kMaxCsvBytes = kMaxFileBytes;
/// Largest XLSX workbook, in bytes, as stored (zipped).
inline constexpr size_t kMaxXlsxBytes = kMaxFileBytes;
/// Most bytes inflated from one XLSX workbook, all parts together, checked against the sizes
/// the zip directory declares before inflating and again while inflating ("zip bombs": a few
/// kilobytes can declare gigabytes). A sheet of 100,000 rows takes about 30 MiB.
inline constexpr size_t kMaxXlsxInflatedBytes = 256u << 20;  // 256 MiB
/// Most cells of the sheet read from an XLSX workbook (rows × widest row).
inline constexpr size_t kMaxXlsxCells = 2'000'000;
/// Largest YAML file (template or data), in bytes. yaml-cpp needs about 60 times the file size
/// in memory (DEPENDENCIES.md §2), so this is lower than for CSV.
inline constexpr size_t kMaxYamlBytes = 16u << 20;  // 16 MiB
/// Deepest YAML nesting of lists and maps (recursion depth of everything that walks the tree).
inline constexpr int kMaxYamlDepth = 64;
/// Most YAML nodes in one file, counting the copies that alias expansion makes.
inline constexpr size_t kMaxYamlNodes = 2'000'000;
/// Most YAML nodes that alias expansion may make in one file ("billion laughs": nine nested
/// aliases of ten would otherwise make 10⁹ nodes). A template uses aliases for a few shared
/// scales or bands; 100,000 copies are about 40 MB, where 2,000,000 took 450 MB.
inline constexpr size_t kMaxYamlAliasNodes = 100'000;
/// Longest chain of templates extending one another.
inline constexpr int kMaxExtendsDepth = 8;
/// Deepest indicator hierarchy (一级/二级/三级指标 is 3).
inline constexpr int kMaxHierarchyDepth = 12;
/// Most indicators (rows at every level) in one template, after extends.
inline constexpr size_t kMaxIndicators = 5'000;
/// Most projects in one data file.
inline constexpr size_t kMaxProjectsPerFile = 10'000;
/// Longest formula, in characters.
inline constexpr int kMaxFormulaChars = 2'000;
/// Deepest nesting of parentheses in a formula.
inline constexpr int kMaxFormulaNesting = 32;

}  // namespace jixiao

#endif  // JIXIAO_INDICATORS_LIMITS_H_
