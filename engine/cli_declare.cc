#include <cstdio>

#include "engine/cli.h"
#include "indicators/declaration_skeleton.h"
#include "indicators/template_loader.h"
#include "reports/output_file.h"

namespace jixiao {
namespace {

constexpr const char* kDeclareHelp =
    "用法: jixiao declare 申报表.csv|申报表.xlsx [--sheet NAME] [--template 模板.yaml]\n"
    "                    [-o projects.yaml]\n\n"
    "读绩效目标申报表（项目名称、一级/二级/三级指标、绩效指标性质、指标值、度量单位、\n"
    "指标方向性，可有权重），检查后写出年底自评用的项目数据骨架（YAML，见 docs/data-format.md）：\n"
    "每个申报的指标带上目标值，actual（实际完成值）留空待年底填写。\n"
    "检查：≤ 标为正向或 ≥ 标为反向、数值指标缺度量单位、同一项目的权重合计不是 100、\n"
    "定性指标写了数值、读不出的指标值——每条都指明 文件:行:列 和指标。\n\n"
    "选项:\n"
    "  --template T   按模板 T 拟定分值：每个一级指标的分值平均分给项目在其下申报的指标\n"
    "  --sheet NAME   读 .xlsx 工作簿中名为 NAME 的工作表（默认第一个）\n"
    "  -o, --output F 写入文件 F（先写临时文件再改名）；默认输出到屏幕\n"
    "  -h, --help     显示本说明\n\n"
    "退出码: 0 正常；1 已写出骨架，但有警告；2 申报表有错误（未写出任何文件）\n";

}  // namespace

int RunDeclare(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(
      args, {{"--sheet", "", true}, {"--template", "-t", true}, {"--output", "-o", true}});
  if (parsed.help) {
    std::fputs(kDeclareHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("declare", parsed.error);
  if (parsed.positional.size() != 1) return UsageError("declare", "需要一个申报表文件");
  const std::string& path = parsed.positional[0];
  std::string sheet, output = "-";
  if (auto it = parsed.options.find("--sheet"); it != parsed.options.end()) sheet = it->second;
  if (auto it = parsed.options.find("--output"); it != parsed.options.end()) output = it->second;

  std::unique_ptr<Scorecard> card;
  if (auto it = parsed.options.find("--template"); it != parsed.options.end()) {
    CompileResult compiled = LoadScorecard(it->second);
    PrintDiagnostics(compiled.diagnostics);
    if (!compiled.value) {
      std::fprintf(stderr, "jixiao declare: 模板有误，未输出任何结果\n");
      return kExitBadInput;
    }
    card = std::move(compiled.value);
  }
  std::optional<std::string> bytes = ReadFileBytes(path);
  if (!bytes) {
    std::fprintf(stderr, "%s: error: 无法读取文件\n", path.c_str());
    return kExitBadInput;
  }
  std::vector<Diagnostic> diagnostics;
  Declaration declaration;
  bool ok = ReadDeclarationFile(*bytes, path, sheet, declaration, diagnostics);
  std::string skeleton;
  if (ok) skeleton = DeclarationSkeleton(declaration, card ? &card->tmpl : nullptr, diagnostics);
  if (PrintDiagnostics(diagnostics) || !ok) {
    std::fprintf(stderr, "jixiao declare: 申报表有误，未输出任何结果\n");
    return kExitBadInput;
  }
  std::string error;
  if (!WriteOutputAtomically(output, skeleton, error)) {
    std::fprintf(stderr, "jixiao declare: %s\n", error.c_str());
    return kExitBadInput;
  }
  size_t warnings = 0;
  for (const Diagnostic& d : diagnostics) warnings += d.severity == Severity::kWarning ? 1 : 0;
  return warnings == 0 ? kExitOk : kExitProblems;
}

}  // namespace jixiao
