#include <cstdio>

#include "engine/cli.h"
#include "engine/template_diff.h"
#include "indicators/template_cases.h"
#include "indicators/template_loader.h"
#include "reports/output_file.h"
#include "reports/template_diff_report.h"

namespace jixiao {
namespace {

constexpr const char* kDiffHelp =
    "用法: jixiao diff 旧模板.yaml 新模板.yaml [--data 数据文件…] [--format table|md|json]\n"
    "                 [-o 输出文件]\n\n"
    "比较指标体系的两个版本（均按 extends "
    "展开后比较），每处差异一行：元数据（编号、名称、版本）、\n"
    "继承、总分、舍入、不适用规则、默认方法、等级、量表，以及指标的新增、删除、改名、移动、\n"
    "分值、评分方法及其参数、目标值、方向、评分标准；以及测试用例（cases，只比较两个文件自身的用例"
    "，\n"
    "按名称对应）的新增、删除，和用例的说明、项目数据、预期得分、预期总分、预期等级的变化。\n"
    "节点按编号对应；编号不同时，位置（上级与序号）、类型、分值和评分方法都相同的一对节点视为改名，"
    "\n"
    "其余为删除与新增。\n\n"
    "选项:\n"
    "  --data FILE…   用两个模板分别为这些项目打分，列出每个项目的总分、等级和得分有变化的指标\n"
    "  --format FMT   table（默认，每处差异一行）、md（Markdown）、json\n"
    "  -o, --output F 写入文件 F（先写临时文件再改名）；默认输出到屏幕\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 两个模板没有差异；1 有差异；2 输入有误\n";

// A template file's own test cases (not its parents'); false after printing their problems.
bool LoadCases(const std::string& path, std::vector<TemplateCase>& out) {
  CasesLoadResult loaded = LoadTemplateCases(ReadFileBytes(path).value_or(""), path);
  out = std::move(loaded.cases);
  return !PrintDiagnostics(loaded.diagnostics);
}

DiffSide SideOf(const std::string& file, const Template& t) {
  return DiffSide{file, t.meta.id, t.meta.version};
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  ParsedArgs parsed =
      ParseArgs(args, {{"--data", "", true}, {"--format", "-f", true}, {"--output", "-o", true}});
  if (parsed.help) {
    std::fputs(kDiffHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("diff", parsed.error);
  auto data_option = parsed.options.find("--data");
  if (parsed.positional.size() < 2) return UsageError("diff", "需要两个模板文件：旧版本和新版本");
  if (parsed.positional.size() > 2 && data_option == parsed.options.end())
    return UsageError("diff", "只能比较两个模板；数据文件写在 --data 之后");
  ReportFormat format = ReportFormat::kText;
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) {
    std::optional<ReportFormat> f = ParseReportFormat(it->second);
    if (!f ||
        (*f != ReportFormat::kText && *f != ReportFormat::kMarkdown && *f != ReportFormat::kJson))
      return UsageError("diff", "未知的输出格式「" + it->second + "」（可用 table、md、json）");
    format = *f;
  }
  std::string output = "-";
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;

  const std::string& old_path = parsed.positional[0];
  const std::string& new_path = parsed.positional[1];
  CompileResult old_card = LoadScorecard(old_path);
  bool failed = PrintDiagnostics(old_card.diagnostics);
  CompileResult new_card = LoadScorecard(new_path);
  failed |= PrintDiagnostics(new_card.diagnostics);
  std::vector<TemplateCase> old_cases, new_cases;
  if (old_card.value) failed |= !LoadCases(old_path, old_cases);
  if (new_card.value) failed |= !LoadCases(new_path, new_cases);
  std::vector<Project> projects;
  if (data_option != parsed.options.end()) {
    std::vector<std::string> data{data_option->second};
    data.insert(data.end(), parsed.positional.begin() + 2, parsed.positional.end());
    failed |= !LoadProjectFiles(data, projects);
  }
  if (failed || !old_card.value || !new_card.value) {
    std::fprintf(stderr, "jixiao diff: 输入有误，未输出任何结果\n");
    return kExitBadInput;
  }

  TemplateDiffReport report;
  report.old_side = SideOf(old_path, old_card.value->tmpl);
  report.new_side = SideOf(new_path, new_card.value->tmpl);
  report.changes = DiffTemplates(old_card.value->tmpl, new_card.value->tmpl);
  for (TemplateChange& c : DiffCases(old_cases, new_cases)) report.changes.push_back(std::move(c));
  DiffEffect effect;
  if (data_option != parsed.options.end()) {
    effect = CompareScores(*old_card.value, *new_card.value, projects);
    report.effect = &effect;
  }
  std::string error;
  if (!WriteOutputAtomically(output, RenderTemplateDiff(format, report), error)) {
    std::fprintf(stderr, "jixiao diff: %s\n", error.c_str());
    return kExitBadInput;
  }
  return report.changes.empty() && effect.changed == 0 ? kExitOk : kExitProblems;
}

}  // namespace jixiao
