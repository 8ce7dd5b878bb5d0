// jixiao summary: a department's projects together — counts, funds, score distribution,
// grades, where points were lost, every deduction — and the 自评综述 prose.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/batch_scorer.h"
#include "engine/cli.h"
#include "engine/department_summary.h"
#include "reports/output_file.h"
#include "reports/pdf.h"
#include "reports/summary_report.h"

namespace jixiao {
namespace {

constexpr const char* kSummaryHelp =
    "用法: jixiao summary 模板.yaml 数据文件… [--format md|html|pdf|xlsx] [-o 输出文件]\n"
    "                    [--threshold N] [--department-projects N] [--jobs N]\n\n"
    "按模板为数据文件中的所有项目打分，汇总成部门的绩效自评综述：评价项目数、资金合计与\n"
    "执行率、得分分布、等级个数、失分最多的指标、每一项扣分及其偏差原因、低于阈值的项目，\n"
    "以及决算公开用的自评综述文字（每个项目一段，部门一段）。数据文件同 jixiao score；\n"
    "CSV（- 表示标准输入）和 .jsonl 流式读取，每个项目评完即归并、不保留计算过程，内存只随\n"
    "报告列出的项目和扣分增长。流式读取遇到数据错误（如同一项目的各行不连续）时，改为整个\n"
    "读入数据文件（同 jixiao score 的自评表格式，各行按项目归并，一次列出全部问题）；标准输入\n"
    "无法重读，其中同一项目的各行须连续排列。\n\n"
    "选项:\n"
    "  --format FMT              md（Markdown，默认）、html（A4 网页，含图表：得分分布、等级、\n"
    "                            各一级指标失分）、pdf（用 Chromium 把 html 打印成 PDF；需 -o）、\n"
    "                            xlsx（Excel 工作簿：综述一张表，每部分一张表，数字可计算；需 "
    "-o）\n"
    "  --threshold N             列出总分低于 N 分的项目（默认 80，即“良”的下限；0 到 100）\n"
    "  --department-projects N   部门项目总数（含未评价的项目）：有了它才写“占部门项目总数的\n"
    "                            …%”；项目数据中没有这个数，不给出就不写这一句\n"
    "  --jobs N                  N 个线程并行评分（默认 1），结果与单线程相同\n"
    "  -o, --output F            写入文件 F（先写临时文件再改名，出错不会留下半个文件）\n"
    "  -h, --help                显示本说明\n\n"
    "退出码: 0 正常；1 有指标无法评分，或与公布得分不符；2 输入有误（未写出任何文件）\n";

// A whole-string number, or nullopt.
std::optional<double> ParseNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  double value = std::strtod(text.c_str(), &end);
  if (errno != 0 || *end != '\0' || !std::isfinite(value)) return std::nullopt;
  return value;
}

// Writes the text `write` makes of `document` to `path` atomically, piece by piece as it is
// made (WriteOutputAtomically without holding the whole text).
bool WriteText(const std::string& path, bool (*write)(const SummaryDocument&, SummaryWriter&),
               const SummaryDocument& document, std::string& error) {
  AtomicOutput out;
  if (!out.Open(path, error)) return false;
  SummaryWriter writer([&](std::string_view piece) { return out.Write(piece, error); });
  if (!write(document, writer)) {
    out.Abort();
    return false;
  }
  return out.Commit(error);
}

}  // namespace

int RunSummary(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--format", "-f", true},
                                       {"--output", "-o", true},
                                       {"--threshold", "", true},
                                       {"--department-projects", "", true},
                                       {"--jobs", "-j", true}});
  if (parsed.help) {
    std::fputs(kSummaryHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("summary", parsed.error);
  if (parsed.positional.size() < 2)
    return UsageError("summary", "需要一个模板文件和至少一个数据文件");
  std::string output = "-";
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;
  SummaryFormat format = SummaryFormat::kMarkdown;
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) {
    std::optional<SummaryFormat> f = ParseSummaryFormat(it->second);
    if (!f)
      return UsageError("summary",
                        "未知的输出格式「" + it->second + "」（可用 md、html、pdf、xlsx）");
    format = *f;
  }
  if (format == SummaryFormat::kPdf && output == "-")
    return UsageError("summary", "--format pdf 需要用 -o 指明输出文件（PDF 不能输出到屏幕）");
  if (format == SummaryFormat::kXlsx && output == "-")
    return UsageError("summary",
                      "--format xlsx 需要用 -o 指明输出文件（XLSX 是二进制文件，不能输出到屏幕）");
  SummaryOptions options;
  if (auto it = parsed.options.find("--threshold"); it != parsed.options.end()) {
    std::optional<double> n = ParseNumber(it->second);
    if (!n || *n < 0 || *n > 100)
      return UsageError("summary",
                        "--threshold 需要 0 到 100 之间的数，这里是「" + it->second + "」");
    options.threshold = *n;
  }
  if (auto it = parsed.options.find("--department-projects"); it != parsed.options.end()) {
    std::optional<double> n = ParseNumber(it->second);
    if (!n || *n < 1 || *n != std::floor(*n) || *n > 1e9)
      return UsageError("summary", "--department-projects 需要正整数（部门项目总数），这里是「" +
                                       it->second + "」");
    options.department_projects = static_cast<long long>(*n);
  }
  size_t jobs = 1;
  if (auto it = parsed.options.find("--jobs"); it != parsed.options.end()) {
    std::optional<double> n = ParseNumber(it->second);
    if (!n || *n < 1 || *n > 256 || *n != std::floor(*n))
      return UsageError("summary", "--jobs 需要 1 到 256 之间的整数");
    jobs = static_cast<size_t>(*n);
  }
  BatchCards cards;
  if (!LoadBatchCards("summary", parsed.positional[0], jobs, cards)) return kExitBadInput;
  CsvTableOptions csv;
  csv.cards = cards.cards;
  // Each project is reduced to its digest on the worker that scored it, its tree freed there.
  csv.render.options.trace = false;
  csv.render.digest = true;
  auto builder =
      std::make_unique<DepartmentSummaryBuilder>(cards.owned.front()->tmpl.grades, options);
  // The data's diagnostics are held back: when the stream meets a data error in files that can
  // be read again, they are read whole instead (below), and only that reading's diagnostics are
  // printed. (A file that cannot be opened or read is reported by StreamDataFiles itself.)
  std::vector<Diagnostic> diagnostics;
  bool failed = false;
  auto sink = [&](BatchOutput& out) {
    failed |= HasErrors(out.diagnostics);
    diagnostics.insert(diagnostics.end(), out.diagnostics.begin(), out.diagnostics.end());
    if (failed) return;  // nothing is written: no need to gather more
    for (ProjectDigest& digest : out.digests) builder->Add(std::move(digest));
  };
  std::vector<std::string> data(parsed.positional.begin() + 1, parsed.positional.end());
  const bool files_read = StreamDataFiles(data, csv, sink);
  const bool rereadable = std::find(data.begin(), data.end(), "-") == data.end();
  if (failed && rereadable) {
    // A data error while streaming — often a project whose CSV rows are not contiguous, which
    // streaming cannot group — so the files are read whole, as `jixiao score` reads them for
    // the table formats: rows grouped wherever they are, every problem reported at once.
    builder = std::make_unique<DepartmentSummaryBuilder>(cards.owned.front()->tmpl.grades, options);
    failed = !ScoreDataFiles(*cards.owned.front(), data, csv.render.options,
                             [&](ScoreTree&& tree) { builder->Add(DigestProject(tree)); });
  } else {
    PrintDiagnostics(diagnostics);
    failed |= !files_read;
  }
  if (failed) {
    std::fprintf(stderr, "jixiao summary: 输入有误，未输出任何结果\n");
    return kExitBadInput;
  }
  if (options.department_projects &&
      static_cast<size_t>(*options.department_projects) < builder->projects()) {
    std::fprintf(stderr,
                 "jixiao summary: --department-projects %lld 少于评价的项目数 %zu\n"
                 "  hint: 部门项目总数应包括全部评价项目；检查数字或数据文件\n",
                 *options.department_projects, builder->projects());
    return kExitBadInput;
  }
  DepartmentSummary summary = builder->Finish();
  SummaryDocument document = BuildSummaryDocument(std::move(summary));
  std::string error;
  bool written = false;
  switch (format) {
    case SummaryFormat::kMarkdown:
      written = WriteText(output, WriteSummaryMarkdown, document, error);
      break;
    case SummaryFormat::kHtml:
      written = WriteText(output, WriteSummaryHtml, document, error);
      break;
    case SummaryFormat::kPdf:
      written = PrintHtmlToPdf(RenderSummaryHtml(document), output, error);
      break;
    case SummaryFormat::kXlsx:
      written = WriteSummaryXlsx(output, document, error);
      break;
  }
  if (!written) {
    std::fprintf(stderr, "jixiao summary: %s\n", error.c_str());
    return kExitBadInput;
  }
  size_t with_problems = 0;
  for (const SummaryProject& p : document.summary->projects)
    with_problems += p.has_problems ? 1 : 0;
  if (with_problems == 0) return kExitOk;
  std::fprintf(stderr,
               "jixiao summary: %zu 个项目中有 %zu 个存在问题（jixiao score 在各表下列出）\n",
               document.summary->projects.size(), with_problems);
  return kExitProblems;
}

}  // namespace jixiao
