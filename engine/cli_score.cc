#include <cstdio>

#include "engine/cli.h"
#include "engine/evaluate.h"
#include "indicators/project_loader.h"
#include "reports/output_file.h"
#include "reports/render.h"

namespace jixiao {
namespace {

constexpr const char* kScoreHelp =
    "用法: jixiao score 模板.yaml 数据文件… [--format table|md|csv|json] [-o 输出文件]\n\n"
    "按模板为数据文件中的每个项目打分，输出项目支出绩效自评表：每项得分、总分和等级。\n"
    "数据文件: .yaml（少量项目）或 .csv（每行一个项目的一个指标），见 docs/data-format.md。\n\n"
    "选项:\n"
    "  --format FMT   table（终端表格，默认）、md（Markdown）、csv（带 BOM，Excel 可直接打开）、\n"
    "                 json（含每项得分的计算过程）\n"
    "  -o, --output F 写入文件 F（先写临时文件再改名，出错不会留下半个文件）；默认输出到屏幕\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 正常；1 有指标无法评分，或与公布得分不符；2 输入有误（未写出任何文件）\n";

}  // namespace

std::optional<ScoredBatch> LoadAndScore(const std::string& template_path,
                                        const std::vector<std::string>& data_paths) {
  CompileResult compiled = LoadScorecard(template_path);
  bool failed = PrintDiagnostics(compiled.diagnostics);
  if (!compiled.value) return std::nullopt;
  ScoredBatch batch;
  batch.card = std::move(compiled.value);
  for (const std::string& path : data_paths) {
    ProjectLoadResult loaded = LoadProjectFile(path);
    failed |= PrintDiagnostics(loaded.diagnostics);
    if (HasErrors(loaded.diagnostics)) continue;
    if (loaded.projects.empty()) {
      std::fprintf(stderr, "%s: error: 文件中没有项目\n", path.c_str());
      failed = true;
    }
    for (const Project& project : loaded.projects) {
      EvaluateResult result = Evaluate(*batch.card, project);
      failed |= PrintDiagnostics(result.diagnostics);
      if (result.tree) batch.trees.push_back(std::move(*result.tree));
    }
  }
  if (failed) return std::nullopt;
  return batch;
}

int RunScore(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--format", "-f", true}, {"--output", "-o", true}});
  if (parsed.help) {
    std::fputs(kScoreHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("score", parsed.error);
  if (parsed.positional.size() < 2)
    return UsageError("score", "需要一个模板文件和至少一个数据文件");
  ReportFormat format = ReportFormat::kText;
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) {
    std::optional<ReportFormat> f = ParseReportFormat(it->second);
    if (!f)
      return UsageError("score",
                        "未知的输出格式「" + it->second + "」（可用 table、md、csv、json）");
    format = *f;
  }
  std::string output = "-";
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;

  std::vector<std::string> data(parsed.positional.begin() + 1, parsed.positional.end());
  std::optional<ScoredBatch> batch = LoadAndScore(parsed.positional[0], data);
  if (!batch) {
    std::fprintf(stderr, "jixiao score: 输入有误，未输出任何结果\n");
    return kExitBadInput;
  }
  std::string error;
  if (!WriteOutputAtomically(output, RenderReport(format, batch->trees), error)) {
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
