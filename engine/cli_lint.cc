// jixiao lint: warnings worth a template author's attention (indicators/lint.h).
#include <cstdio>

#include "engine/cli.h"
#include "engine/scorecard.h"
#include "indicators/lint.h"

namespace jixiao {
namespace {

constexpr const char* kLintHelp =
    "用法: jixiao lint 模板.yaml…\n\n"
    "检查有效的模板中值得作者再看一眼的地方（警告，不是错误），每条都有 文件:行:列、\n"
    "指标路径和修改建议：\n"
    "  - 反向方法用在 ≥ 目标上（实际值越高得分越低）\n"
    "  - 定性目标用数值方法评分；定性三档没有指定量表\n"
    "  - 分值超过两位小数\n"
    "  - 满分来得太容易：正向指标目标值为 0、默认满分（M13）、从 0 起就给满分的分档\n"
    "  - 成本指标的目标值没有货币单位\n"
    "  - 声明了却没有使用的量表（只查本文件声明的）\n"
    "模板先按 jixiao validate 检查；有错误时只列错误。\n\n"
    "退出码: 0 没有警告；1 有警告；2 模板有错误\n";

}  // namespace

int RunLint(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {});
  if (parsed.help) {
    std::fputs(kLintHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("lint", parsed.error);
  if (parsed.positional.empty()) return UsageError("lint", "需要至少一个模板文件");
  bool errors = false, warnings = false;
  for (const std::string& path : parsed.positional) {
    CompileResult compiled = LoadScorecard(path);
    if (PrintDiagnostics(compiled.diagnostics) || !compiled.value) {
      errors = true;
      continue;
    }
    std::vector<Diagnostic> found = LintTemplate(compiled.value->tmpl);
    PrintDiagnostics(found);
    std::fflush(stderr);
    if (found.empty())
      std::printf("%s: 没有警告\n", path.c_str());
    else
      std::printf("%s: %zu 条警告\n", path.c_str(), found.size());
    warnings |= !found.empty();
  }
  if (errors) return kExitBadInput;
  return warnings ? kExitProblems : kExitOk;
}

}  // namespace jixiao
