// jixiao: the library plus main(). Parses the subcommand and hands over; nothing else.
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "engine/cli.h"

namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const std::vector<std::string>& args);
};

constexpr Command kCommands[] = {
    {"score", "按指标体系为项目打分，输出项目支出绩效自评表", jixiao::RunScore},
    {"validate", "检查指标体系模板（分值、方法、公式），列出全部问题", jixiao::RunValidate},
    {"explain", "说明某个指标的得分是怎样算出来的", jixiao::RunExplain},
    {"audit", "复核已填好的自评表：重算每行得分，逐条说明不符之处", jixiao::RunAudit},
    {"rules", "显示从评分标准文字中读出的评分方法（rules parse）", jixiao::RunRules},
    {"test", "运行模板自带的测试用例（cases），逐个报告通过或失败", jixiao::RunTest},
    {"lint", "检查模板中值得再看一眼的地方（警告）：满分过易、方法与目标矛盾等", jixiao::RunLint},
    {"init", "以内置的指标体系为底本生成新模板（带说明和示例用例）", jixiao::RunInit},
    {"summary", "汇总部门的全部项目：得分分布、失分指标、扣分明细和自评综述", jixiao::RunSummary},
    {"diff", "比较模板的两个版本，可列出对项目得分和等级的影响", jixiao::RunDiff},
    {"declare", "读绩效目标申报表，检查并写出年底自评用的项目数据骨架", jixiao::RunDeclare},
};

void PrintUsage(FILE* out) {
  std::fprintf(out,
               "jixiao %s — 预算绩效自评打分引擎\n\n"
               "用法: jixiao <命令> [参数]   (jixiao <命令> --help 查看命令的用法)\n\n命令:\n",
               JIXIAO_VERSION);
  for (const Command& c : kCommands)
    std::fprintf(out, "  %-9.*s %.*s\n", static_cast<int>(c.name.size()), c.name.data(),
                 static_cast<int>(c.summary.size()), c.summary.data());
  std::fprintf(out,
               "\n退出码: 0 正常；1 有指标无法评分或与公布数不符；2 输入有误（未写出任何文件）\n"
               "文档: README.md、docs/template-format.md、docs/data-format.md\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return jixiao::kExitBadInput;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(stdout);
    return jixiao::kExitOk;
  }
  if (name == "--version") {
    std::printf("jixiao %s\n", JIXIAO_VERSION);
    return jixiao::kExitOk;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& c : kCommands)
    if (c.name == name) return c.run(args);
  std::fprintf(stderr, "jixiao: 未知命令「%s」\n\n", argv[1]);
  PrintUsage(stderr);
  return jixiao::kExitBadInput;
}
