// jixiao lint: warnings worth a template author's attention (indicators/lint.h), and with
// --data those of the indicators projects declare under its open groups (engine/lint_projects.h).
#include <cstdio>

#include "engine/cli.h"
#include "engine/lint_projects.h"
#include "engine/scorecard.h"
#include "indicators/lint.h"

namespace jixiao {
namespace {

constexpr const char* kLintHelp =
    "用法: jixiao lint 模板.yaml…\n"
    "      jixiao lint 模板.yaml --data 数据文件…\n\n"
    "检查有效的模板中值得作者再看一眼的地方（警告，不是错误），每条都有 文件:行:列、\n"
    "指标路径和修改建议：\n"
    "  - 反向方法用在 ≥ 目标上（实际值越高得分越低）\n"
    "  - 定性目标用数值方法评分；定性三档没有指定量表\n"
    "  - 分值超过两位小数\n"
    "  - 满分来得太容易：正向指标目标值为 0、默认满分（M13）、从 0 起就给满分的分档\n"
    "  - 成本指标的目标值没有货币单位\n"
    "  - 声明了却没有使用的量表（只查本文件声明的）\n"
    "模板先按 jixiao validate 检查；有错误时只列错误。\n\n"
    "选项:\n"
    "  --data FILE…   （只能有一个模板）开放分组下的指标来自项目数据，模板本身看不到：\n"
    "                 把这些项目按模板归位（同 jixiao score，不核对分值合计），对项目自己\n"
    "                 声明的每个指标做上面适用于单个指标的检查（评分方法按项目、分组、模板\n"
    "                 默认的顺序确定），警告定位到数据文件；数据有误或指标无法归位时只列错误\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 没有警告；1 有警告；2 模板或数据有错误\n";

// Prints the warnings and "FILE: N 条警告"; true when there were any.
bool Report(const std::string& file, const std::vector<Diagnostic>& found) {
  PrintDiagnostics(found);
  std::fflush(stderr);
  if (found.empty())
    std::printf("%s: 没有警告\n", file.c_str());
  else
    std::printf("%s: %zu 条警告\n", file.c_str(), found.size());
  return !found.empty();
}

// `jixiao lint TEMPLATE --data FILE…`: the template's warnings, then each data file's.
int LintWithData(const std::string& template_path, const std::vector<std::string>& data) {
  CompileResult compiled = LoadScorecard(template_path);
  bool failed = PrintDiagnostics(compiled.diagnostics) || !compiled.value;
  std::vector<std::vector<Project>> projects(data.size());
  for (size_t i = 0; i < data.size(); ++i) failed |= !LoadProjectFiles({data[i]}, projects[i]);
  if (failed) return kExitBadInput;
  std::vector<std::vector<Diagnostic>> found(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    found[i] = LintProjects(*compiled.value, projects[i]);
    failed |= HasErrors(found[i]);
  }
  if (failed) {  // only the errors, as for a template with errors
    for (const std::vector<Diagnostic>& f : found) PrintDiagnostics(f);
    return kExitBadInput;
  }
  bool warnings = Report(template_path, LintTemplate(compiled.value->tmpl));
  for (size_t i = 0; i < data.size(); ++i) warnings |= Report(data[i], found[i]);
  return warnings ? kExitProblems : kExitOk;
}

}  // namespace

int RunLint(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--data", "", true}});
  if (parsed.help) {
    std::fputs(kLintHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("lint", parsed.error);
  if (parsed.positional.empty()) return UsageError("lint", "需要至少一个模板文件");
  if (auto data = parsed.options.find("--data"); data != parsed.options.end()) {
    std::vector<std::string> files{data->second};
    files.insert(files.end(), parsed.positional.begin() + 1, parsed.positional.end());
    return LintWithData(parsed.positional[0], files);
  }
  bool errors = false, warnings = false;
  for (const std::string& path : parsed.positional) {
    CompileResult compiled = LoadScorecard(path);
    if (PrintDiagnostics(compiled.diagnostics) || !compiled.value) {
      errors = true;
      continue;
    }
    warnings |= Report(path, LintTemplate(compiled.value->tmpl));
  }
  if (errors) return kExitBadInput;
  return warnings ? kExitProblems : kExitOk;
}

}  // namespace jixiao
