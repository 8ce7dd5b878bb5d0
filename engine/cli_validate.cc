#include <cstdio>

#include "engine/cli.h"
#include "engine/scorecard.h"

namespace jixiao {
namespace {

constexpr const char* kValidateHelp =
    "用法: jixiao validate 模板.yaml…\n\n"
    "检查指标体系模板：YAML 语法、未知的键、分值是否逐级相加、评分方法与参数、量表、\n"
    "公式能否编译。一次列出全部问题（文件:行:列），模板无误时打印其编号、版本和内容哈希。\n\n"
    "退出码: 0 全部有效；2 有错误\n";

size_t CountIndicators(const std::vector<IndicatorNode>& nodes) {
  size_t n = 0;
  for (const IndicatorNode& node : nodes)
    n += (node.kind == NodeKind::kGroup ? 0 : 1) + CountIndicators(node.children);
  return n;
}

}  // namespace

int RunValidate(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {});
  if (parsed.help) {
    std::fputs(kValidateHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("validate", parsed.error);
  if (parsed.positional.empty()) return UsageError("validate", "需要至少一个模板文件");
  int status = kExitOk;
  for (const std::string& path : parsed.positional) {
    CompileResult compiled = LoadScorecard(path);
    PrintDiagnostics(compiled.diagnostics);
    if (!compiled.value) {
      status = kExitBadInput;
      continue;
    }
    const Template& t = compiled.value->tmpl;
    std::printf("%s: 有效 — %s「%s」版本 %s，%zu 个指标或开放分组，内容哈希 %s\n", path.c_str(),
                t.meta.id.c_str(), t.meta.name.c_str(), t.meta.version.c_str(),
                CountIndicators(t.roots), t.content_hash.c_str());
  }
  return status;
}

}  // namespace jixiao
