// Helpers of the audit tests: a filled table from CSV text, a template from YAML text, and the
// findings of a row.
#ifndef JIXIAO_TESTS_ENGINE_AUDIT_TESTING_H_
#define JIXIAO_TESTS_ENGINE_AUDIT_TESTING_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "engine/audit.h"
#include "engine/scorecard.h"
#include "indicators/filled_table.h"
#include "indicators/template_loader.h"

namespace jixiao {

/// A template compiled from YAML text.
inline std::unique_ptr<Scorecard> CompileTemplate(const std::string& yaml) {
  LoadResult loaded = LoadTemplateFromString(yaml, "t.yaml");
  BOOST_TEST_REQUIRE(loaded.value.has_value());
  CompileResult compiled = CompileScorecard(std::move(*loaded.value));
  std::string messages;
  for (const Diagnostic& d : compiled.diagnostics) messages += FormatDiagnostic(d) + "\n";
  BOOST_TEST_REQUIRE(compiled.value != nullptr, messages);
  return std::move(compiled.value);
}

/// The audit of a CSV table, read without diagnostics.
inline AuditedTable AuditCsv(const std::string& csv, const Scorecard* card = nullptr) {
  AuditedTable out;
  std::vector<Diagnostic> diagnostics;
  BOOST_TEST_REQUIRE(ReadFilledTableCsv(csv, "t.csv", out.table, diagnostics));
  BOOST_TEST_REQUIRE(diagnostics.empty());
  out.result = AuditTable(out.table, card);
  return out;
}

/// The index of the row on `line` of the CSV.
inline size_t RowOnLine(const AuditedTable& a, int line) {
  for (size_t i = 0; i < a.table.rows.size(); ++i)
    if (a.table.rows[i].line == line) return i;
  BOOST_FAIL("no row on line " << line);
  return 0;
}

/// The findings of the row on `line`: "kind label: message", one per finding.
inline std::vector<std::string> FindingsOn(const AuditedTable& a, int line) {
  std::vector<std::string> out;
  for (const Finding& f : a.result.rows[RowOnLine(a, line)].findings)
    out.push_back(std::string(FindingKindLabel(f.kind)) + ": " + f.message);
  return out;
}

/// The lines of the rows that have findings.
inline std::vector<int> LinesWithFindings(const AuditedTable& a) {
  std::vector<int> lines;
  for (size_t i = 0; i < a.table.rows.size(); ++i)
    if (!a.result.rows[i].findings.empty()) lines.push_back(a.table.rows[i].line);
  return lines;
}

}  // namespace jixiao

#endif  // JIXIAO_TESTS_ENGINE_AUDIT_TESTING_H_
