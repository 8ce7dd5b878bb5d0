#include <cstdio>

#include "engine/cli.h"
#include "rules/criteria_text.h"

namespace jixiao {
namespace {

constexpr const char* kRulesHelp =
    "用法: jixiao rules parse \"评分标准\"…\n\n"
    "显示 jixiao 从评分标准文字中读出的评分方法和参数，例如\n"
    "  jixiao rules parse \"业绩值≥200篇得满分，＜200篇得0分\"\n"
    "读不懂的文字会说明哪一句无法识别，不会猜测。\n\n"
    "退出码: 0 全部识别；1 有无法识别的文字；2 用法有误\n";

}  // namespace

int RunRules(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {});
  if (parsed.help) {
    std::fputs(kRulesHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("rules", parsed.error);
  if (parsed.positional.size() < 2 || parsed.positional[0] != "parse")
    return UsageError("rules", "用法: jixiao rules parse \"评分标准\"");
  int exit = kExitOk;
  for (size_t i = 1; i < parsed.positional.size(); ++i) {
    ParsedCriteria p = ParseCriteria(parsed.positional[i]);
    std::printf("评分标准: %s\n", p.text.c_str());
    if (!p.recognised) {
      std::printf("无法识别: %s\n", p.problem.c_str());
      exit = kExitProblems;
      continue;
    }
    std::printf("方法: %s\n", p.summary.c_str());
    if (p.rule_target) std::printf("评分标准中的目标: %s\n", p.rule_target->raw.c_str());
  }
  return exit;
}

}  // namespace jixiao
