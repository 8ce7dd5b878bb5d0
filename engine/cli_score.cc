#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "engine/cli.h"
#include "engine/evaluate.h"
#include "indicators/project_loader.h"
#include "reports/output_file.h"
#include "reports/pdf.h"
#include "reports/render.h"
#include "reports/xlsx_report.h"
#include <sys/stat.h>

namespace jixiao {
namespace {

constexpr const char* kScoreHelp =
    "用法: jixiao score 模板.yaml 数据文件… [--format "
    "table|md|csv|json|html|pdf|xlsx|summary-csv|jsonl|trace-csv]\n"
    "                  [-o 输出文件] [--jobs N] [--trace] [--header 列名,…] [--checksum]\n\n"
    "按模板为数据文件中的每个项目打分，输出项目支出绩效自评表：每项得分、总分和等级。\n"
    "数据文件: .yaml（少量项目）或 .csv（每行一个项目的一个指标），见 docs/data-format.md；\n"
    "批量格式还可读 .jsonl（每行一个项目）；- 表示标准输入（CSV）。\n\n"
    "选项:\n"
    "  --format FMT   table（终端表格，默认）、md（Markdown）、csv（带 BOM，Excel 可直接打开）、\n"
    "                 "
    "json（含每项得分的计算过程）、html（可打印的自评表网页，A4，每个项目一页起）、\n"
    "                 pdf（用 Chromium 把 html 打印成 PDF；需 -o，需安装 chromium）、\n"
    "                 xlsx（Excel 工作簿：汇总表加每个项目一张自评表，总分为公式；需 -o）；\n"
    "                 批量格式（逐项目流式输出，内存有界）：\n"
    "                 summary-csv（每个项目一行：项目名称,总分,等级）、jsonl（每个项目一行 "
    "JSON）、\n"
    "                 trace-csv（计算过程：每个指标一行，项目名称,指标,方法,分值,目标值,业绩值,\n"
    "                 原始得分,得分,结果，每个项目另加一行总分和等级）\n"
    "  --jobs N       批量格式：N 个线程并行评分，输出顺序与输入相同（默认 1）\n"
    "  --trace        jsonl：每个项目写出 --format json "
    "的完整对象，含每项得分的计算过程（默认不含，\n"
    "                 以求速度）；trace-csv 本身就是计算过程，加不加都一样；summary-csv 不接受\n"
    "  --header COLS  批量格式：CSV 没有列名行时给出列名，如 项目名称,指标,目标值,业绩值\n"
    "                 （管道分片时用：输出也不带列名行，各分片的输出可直接拼接）\n"
    "  --checksum     批量格式：结束时在标准错误输出项目数、总分之和与各等级个数\n"
    "  -o, --output F 写入文件 F（先写临时文件再改名，出错不会留下半个文件）；默认输出到屏幕\n"
    "                 html、pdf：F 以 / 结尾时，每个项目写一个文件 F/项目名称.html（或 .pdf）\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 正常；1 有指标无法评分，或与公布得分不符；2 输入有误（未写出任何文件）\n";

// One file per project in `dir` (created when missing), named after the project; a name that
// comes back gets "-2", "-3", … Each file is written atomically; the first failure stops.
bool WritePerProject(ReportFormat format, const std::string& dir,
                     const std::vector<ScoreTree>& trees, std::string& error) {
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
    error = "无法创建目录「" + dir + "」：" + std::strerror(errno);
    return false;
  }
  std::string extension = format == ReportFormat::kPdf ? ".pdf" : ".html";
  std::set<std::string> used;
  for (const ScoreTree& tree : trees) {
    std::string name = FileNameFor(tree.project.name);
    std::string unique = name;
    for (int n = 2; !used.insert(unique).second; ++n) unique = name + "-" + std::to_string(n);
    if (!WriteReport(format, dir + unique + extension, RenderReport(format, {tree}), error))
      return false;
  }
  return true;
}

}  // namespace

bool ScoreDataFiles(const Scorecard& card, const std::vector<std::string>& paths,
                    const EvaluateOptions& options, const std::function<void(ScoreTree&&)>& each) {
  bool failed = false;
  for (const std::string& path : paths) {
    ProjectLoadResult loaded = LoadProjectFile(path);
    failed |= PrintDiagnostics(loaded.diagnostics);
    if (HasErrors(loaded.diagnostics)) continue;
    if (loaded.projects.empty()) {
      std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
      failed = true;
    }
    for (const Project& project : loaded.projects) {
      EvaluateResult result = Evaluate(card, project, options);
      failed |= PrintDiagnostics(result.diagnostics);
      if (result.tree) each(std::move(*result.tree));
    }
  }
  return !failed;
}

std::optional<ScoredBatch> LoadAndScore(const std::string& template_path,
                                        const std::vector<std::string>& data_paths) {
  CompileResult compiled = LoadScorecard(template_path);
  bool failed = PrintDiagnostics(compiled.diagnostics);
  if (!compiled.value) return std::nullopt;
  ScoredBatch batch;
  batch.card = std::move(compiled.value);
  failed |= !ScoreDataFiles(*batch.card, data_paths, EvaluateOptions{},
                            [&](ScoreTree&& tree) { batch.trees.push_back(std::move(tree)); });
  if (failed) return std::nullopt;
  return batch;
}

int RunScore(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--format", "-f", true},
                                       {"--output", "-o", true},
                                       {"--jobs", "-j", true},
                                       {"--trace", "", false},
                                       {"--header", "", true},
                                       {"--checksum", "", false}});
  if (parsed.help) {
    std::fputs(kScoreHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("score", parsed.error);
  if (parsed.positional.size() < 2)
    return UsageError("score", "需要一个模板文件和至少一个数据文件");
  std::string output = "-";
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;
  std::vector<std::string> data(parsed.positional.begin() + 1, parsed.positional.end());
  if (auto it = parsed.options.find("--format");
      it != parsed.options.end() && IsBatchFormat(it->second)) {
    BatchRequest request;
    request.template_path = parsed.positional[0];
    request.data_paths = data;
    request.format = it->second;
    request.output = output;
    if (auto jobs = parsed.options.find("--jobs"); jobs != parsed.options.end()) {
      request.jobs = std::atoi(jobs->second.c_str());
      if (request.jobs < 1 || request.jobs > 256)
        return UsageError("score", "--jobs 需要 1 到 256 之间的整数");
    }
    request.trace = parsed.options.count("--trace") != 0;
    if (request.trace && request.format == "summary-csv")
      return UsageError("score",
                        "summary-csv 只有总分和等级，不含计算过程，不接受 --trace；逐项计算过程用 "
                        "--format trace-csv（每个指标一行），完整 JSON 用 --format jsonl --trace");
    request.checksum = parsed.options.count("--checksum") != 0;
    if (auto header = parsed.options.find("--header"); header != parsed.options.end())
      request.header = header->second;
    return RunBatchScore(request);
  }
  for (std::string_view batch_only : {"--jobs", "--trace", "--header", "--checksum"})
    if (parsed.options.count(batch_only) != 0)
      return UsageError("score", std::string(batch_only) +
                                     " 只用于批量格式（--format summary-csv、jsonl 或 trace-csv）");
  ReportFormat format = ReportFormat::kText;
  bool xlsx = false;
  if (auto it = parsed.options.find("--format");
      it != parsed.options.end() && it->second == "xlsx") {
    if (output == "-")
      return UsageError(
          "score", "--format xlsx 需要用 -o 指明输出文件（XLSX 是二进制文件，不能输出到屏幕）");
    xlsx = true;
  } else if (it != parsed.options.end()) {
    std::optional<ReportFormat> f = ParseReportFormat(it->second);
    if (!f)
      return UsageError(
          "score",
          "未知的输出格式「" + it->second +
              "」（可用 table、md、csv、json、html、pdf、xlsx、summary-csv、jsonl、trace-csv）");
    format = *f;
  }
  if (format == ReportFormat::kPdf && output == "-")
    return UsageError("score", "--format pdf 需要用 -o 指明输出文件（PDF 不能输出到屏幕）");
  std::optional<ScoredBatch> batch = LoadAndScore(parsed.positional[0], data);
  if (!batch) {
    std::fprintf(stderr, "jixiao score: 输入有误，未输出任何结果\n");
    return kExitBadInput;
  }
  std::string error;
  bool per_project = (format == ReportFormat::kHtml || format == ReportFormat::kPdf) &&
                     output.size() > 1 && output.back() == '/';
  bool written = false;
  if (xlsx)
    written = WriteXlsxReport(output, batch->trees, error);
  else if (per_project)
    written = WritePerProject(format, output, batch->trees, error);
  else
    written = WriteReport(format, output, RenderReport(format, batch->trees), error);
  if (!written) {
    std::fprintf(stderr, "jixiao score: %s\n", error.c_str());
    return kExitBadInput;
  }
  size_t with_problems = 0;
  for (const ScoreTree& tree : batch->trees) with_problems += tree.has_problems ? 1 : 0;
  if (with_problems == 0) return kExitOk;
  std::fprintf(stderr, "jixiao score: %zu 个项目中有 %zu 个存在问题（见各表下的说明）\n",
               batch->trees.size(), with_problems);
  return kExitProblems;
}

}  // namespace jixiao
