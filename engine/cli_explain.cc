#include <cstdio>

#include "engine/cli.h"
#include "engine/evaluate.h"
#include "reports/render.h"

namespace jixiao {
namespace {

constexpr const char* kExplainHelp =
    "用法: jixiao explain 模板.yaml 数据文件 --indicator 指标 [--project 项目名称]\n\n"
    "说明一个指标的得分是怎样算出来的：评分方法、输入值、代入数值的公式、舍入前后的得分，\n"
    "以及调整、不适用或无法评分的原因。指标可写编号、名称或路径（产出指标/数量指标/…）。\n"
    "文件中有多个项目时，用 --project 指明项目；不指明则逐个说明含该指标的项目。\n";

void CollectNames(const std::vector<ScoreNode>& nodes, std::string& out) {
  for (const ScoreNode& node : nodes) {
    if (node.is_indicator) out += "\n  " + node.path;
    CollectNames(node.children, out);
  }
}

}  // namespace

int RunExplain(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--indicator", "-i", true}, {"--project", "-p", true}});
  if (parsed.help) {
    std::fputs(kExplainHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("explain", parsed.error);
  if (parsed.positional.size() != 2) return UsageError("explain", "需要一个模板文件和一个数据文件");
  auto indicator = parsed.options.find("--indicator");
  if (indicator == parsed.options.end())
    return UsageError("explain", "用 --indicator 指明要说明的指标");
  auto project = parsed.options.find("--project");

  std::optional<ScoredBatch> batch = LoadAndScore(parsed.positional[0], {parsed.positional[1]});
  if (!batch) return kExitBadInput;
  int explained = 0;
  std::string known;
  for (const ScoreTree& tree : batch->trees) {
    if (project != parsed.options.end() && tree.project.name != project->second) continue;
    const ScoreNode* node = FindScoreNode(tree, indicator->second);
    if (node == nullptr) {
      if (known.empty()) CollectNames(tree.roots, known);
      continue;
    }
    if (explained++ > 0) std::fputs("\n", stdout);
    std::fputs(RenderExplanation(tree, *node).c_str(), stdout);
  }
  if (explained > 0) return kExitOk;
  if (project != parsed.options.end() && known.empty())
    std::fprintf(stderr, "jixiao explain: 没有名为「%s」的项目\n", project->second.c_str());
  else
    std::fprintf(stderr, "jixiao explain: 没有指标「%s」。可用的指标：%s\n",
                 indicator->second.c_str(), known.c_str());
  return kExitBadInput;
}

}  // namespace jixiao
