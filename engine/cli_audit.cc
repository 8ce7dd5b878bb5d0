#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

#include "engine/audit.h"
#include "engine/cli.h"
#include "engine/scorecard.h"
#include "indicators/filled_table.h"
#include "indicators/template_loader.h"
#include "indicators/xlsx.h"
#include "reports/audit_report.h"
#include "reports/pdf.h"

namespace jixiao {
namespace {

constexpr const char* kAuditHelp =
    "用法: jixiao audit 表格… [--template 模板] [--sheet 工作表]\n"
    "                   [--format table|md|csv|json|html|pdf] [-o 输出文件]\n\n"
    "复核已填好的绩效自评表：按每行自己的评分标准（能识别时），否则按中央默认规则\n"
    "（预算执行率 M1；定量指标 M2，≤/< 目标与成本指标 M3；定性指标核对档次）重算每一行，\n"
    "并检查分值合计（下级之和等于上级、合计 100）、总分、执行率、扣分说明、错列等，\n"
    "逐条写明原因。表格格式见 docs/audit.md。\n"
    "表格可以是 CSV（UTF-8）或 .xlsx 工作簿（默认读第一个工作表）。\n\n"
    "选项:\n"
    "  --template T   按模板 T 找到每一行的指标，用模板为它规定的计分方法重算（模板规定的\n"
    "                 方法优先，其次是该行的评分标准，再次是模板的默认方法），并按模板的\n"
    "                 分组分值核对下级分值之和；模板中没有的行列为问题\n"
    "  --format FMT   table（默认，只列出问题）、md、csv（原表每行加 "
    "复核得分、差异、审核意见）、json、\n"
    "                 html（每个项目一张表，问题按严重程度着色）、pdf（用 Chromium 打印 html，需 "
    "-o）\n"
    "  --sheet NAME   读 .xlsx 工作簿中名为 NAME 的工作表（默认第一个）\n"
    "  -o, --output F 写入文件 F；默认输出到屏幕\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 未发现错误；1 有错误级别的问题；2 表格无法读取或模板有误（未写出任何文件）\n";

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

}  // namespace

int RunAudit(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--format", "-f", true},
                                       {"--output", "-o", true},
                                       {"--sheet", "", true},
                                       {"--template", "", true}});
  if (parsed.help) {
    std::fputs(kAuditHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("audit", parsed.error);
  if (parsed.positional.empty()) return UsageError("audit", "需要至少一个表格文件");
  ReportFormat format = ReportFormat::kText;
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) {
    std::optional<ReportFormat> f = ParseReportFormat(it->second);
    if (!f)
      return UsageError(
          "audit", "未知的输出格式「" + it->second + "」（可用 table、md、csv、json、html、pdf）");
    format = *f;
  }
  std::string output = "-";
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;
  if (format == ReportFormat::kPdf && output == "-")
    return UsageError("audit", "--format pdf 需要用 -o 指明输出文件（PDF 不能输出到屏幕）");

  std::string sheet;
  if (auto it = parsed.options.find("--sheet"); it != parsed.options.end()) sheet = it->second;

  std::unique_ptr<Scorecard> card;
  if (auto it = parsed.options.find("--template"); it != parsed.options.end()) {
    CompileResult compiled = LoadScorecard(it->second);
    PrintDiagnostics(compiled.diagnostics);
    if (!compiled.value) {
      std::fprintf(stderr, "jixiao audit: 模板有误，未输出任何结果\n");
      return kExitBadInput;
    }
    card = std::move(compiled.value);
  }

  std::vector<AuditedTable> tables;
  bool failed = false;
  for (const std::string& path : parsed.positional) {
    std::string text;
    std::optional<std::string> bytes;
    bool xlsx = IsXlsxPath(path);
    if (xlsx ? !(bytes = ReadFileBytes(path)) : !ReadFile(path, text)) {
      std::fprintf(stderr, "%s: error: 无法读取文件\n", path.c_str());
      failed = true;
      continue;
    }
    std::vector<Diagnostic> diagnostics;
    AuditedTable audited;
    bool ok = xlsx ? ReadFilledTableXlsx(*bytes, path, sheet, audited.table, diagnostics)
                   : ReadFilledTableCsv(text, path, audited.table, diagnostics);
    failed |= PrintDiagnostics(diagnostics) || !ok;
    if (!ok) continue;
    audited.result = AuditTable(audited.table, card.get());
    tables.push_back(std::move(audited));
  }
  if (failed) {
    std::fprintf(stderr, "jixiao audit: 表格无法读取，未输出任何结果\n");
    return kExitBadInput;
  }
  std::string error;
  if (!WriteReport(format, output, RenderAudit(format, tables), error)) {
    std::fprintf(stderr, "jixiao audit: %s\n", error.c_str());
    return kExitBadInput;
  }
  for (const AuditedTable& t : tables)
    if (t.result.has_errors) return kExitProblems;
  return kExitOk;
}

}  // namespace jixiao
