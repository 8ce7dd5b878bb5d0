// jixiao test: runs the test cases templates carry (`cases:`).
#include "engine/cli.h"

#include <cstdio>

#include "engine/case_runner.h"
#include "engine/evaluate.h"
#include "indicators/template_cases.h"
#include "indicators/template_loader.h"
#include "reports/render.h"

namespace jixiao {
namespace {

constexpr const char* kTestHelp =
    "用法: jixiao test 模板.yaml… [--case 用例名称]\n\n"
    "运行模板自带的测试用例（模板中的 cases: 列表）：按模板为每个用例的项目数据打分，\n"
    "与用例预期的各指标得分、总分和等级比较。每个用例打印 通过 或 失败；失败的用例列出\n"
    "每一处不符（文件:行:列），并附上该指标得分的计算过程（同 jixiao explain）。\n"
    "用例的写法见 docs/template-format.md「测试用例」；jixiao init 生成的模板带有示例用例。\n\n"
    "选项:\n"
    "  --case NAME  只运行名为 NAME 的用例\n"
    "  -h, --help   显示本说明\n\n"
    "退出码: 0 全部通过；1 有用例失败，或模板没有用例；2 模板或用例有误（如预期中写了\n"
    "        不存在的指标），错误列在标准错误上\n";

struct Tally {
  int passed = 0;
  int failed = 0;
  int invalid = 0;  // cases run whose data or expectations have errors
  bool bad_input = false;
  bool empty = false;
};

std::string Indent(const std::string& text, const std::string& indent) {
  std::string out = indent;
  for (size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    if (text[i] == '\n' && i + 1 < text.size()) out += indent;
  }
  return out;
}

void PrintFailure(const TemplateCase& test_case, const CaseResult& result) {
  std::printf("  失败  %s\n", test_case.name.c_str());
  bool form_shown = false;
  for (const CaseMismatch& m : result.mismatches) {
    Diagnostic d{Severity::kError, m.where, "",
                 m.what + " 预期 " + m.expected + "，实际 " + m.actual, ""};
    std::printf("%s\n", Indent(FormatDiagnostic(d), "    ").c_str());
    if (!m.indicator.empty()) {
      if (const ScoreNode* node = FindScoreNode(*result.tree, m.indicator))
        std::fputs(Indent(RenderExplanation(*result.tree, *node), "      ").c_str(), stdout);
    } else if (!form_shown) {
      form_shown = true;  // the total's working is the whole form
      std::fputs(Indent(RenderTextTable({*result.tree}), "      ").c_str(), stdout);
    }
  }
}

void RunFile(const std::string& path, const std::string& only, Tally& tally) {
  CompileResult compiled = LoadScorecard(path);
  if (PrintDiagnostics(compiled.diagnostics) || !compiled.value) {
    tally.bad_input = true;
    return;
  }
  std::optional<std::string> bytes = ReadFileBytes(path);
  CasesLoadResult loaded = LoadTemplateCases(bytes.value_or(""), path);
  if (PrintDiagnostics(loaded.diagnostics)) {
    tally.bad_input = true;
    return;
  }
  const Template& t = compiled.value->tmpl;
  std::string version = t.meta.version.empty() ? "" : " 版本 " + t.meta.version;
  std::printf("%s（%s%s）\n", path.c_str(), t.meta.id.c_str(), version.c_str());
  int run = 0;
  for (const TemplateCase& test_case : loaded.cases) {
    if (!only.empty() && test_case.name != only) continue;
    ++run;
    CaseResult result = RunTemplateCase(*compiled.value, test_case);
    std::fflush(stdout);  // keeps a case's errors after its file's line when both go to a log
    if (PrintDiagnostics(result.diagnostics)) {
      std::printf("  有误  %s\n", test_case.name.c_str());
      ++tally.invalid;
      tally.bad_input = true;
    } else if (result.mismatches.empty()) {
      std::printf("  通过  %s\n", test_case.name.c_str());
      ++tally.passed;
    } else {
      PrintFailure(test_case, result);
      ++tally.failed;
    }
  }
  if (run > 0) return;
  tally.empty = true;
  Diagnostic d{Severity::kWarning, SourceLocation{path, 1, 1}, "",
               only.empty() ? "模板没有测试用例" : "模板中没有名为「" + only + "」的用例",
               only.empty() ? "在模板中加 cases: 列表，每个用例写 name、project 和 expect"
                            : "检查 --case 的用例名称"};
  std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
}

}  // namespace

int RunTest(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {{"--case", "", true}});
  if (parsed.help) {
    std::fputs(kTestHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("test", parsed.error);
  if (parsed.positional.empty()) return UsageError("test", "需要至少一个模板文件");
  auto only = parsed.options.find("--case");
  Tally tally;
  for (const std::string& path : parsed.positional)
    RunFile(path, only == parsed.options.end() ? "" : only->second, tally);
  // No summary when no case ran: a template with errors has none to count.
  if (int run = tally.passed + tally.failed + tally.invalid; run > 0) {
    std::printf("合计 %d 个用例：%d 个通过，%d 个失败", run, tally.passed, tally.failed);
    if (tally.invalid > 0) std::printf("，%d 个有误", tally.invalid);
    std::printf("\n");
  }
  if (tally.bad_input) {
    std::fputs("jixiao test: 模板或用例有误，见上面列出的错误\n", stderr);
    return kExitBadInput;
  }
  return tally.failed > 0 || tally.empty ? kExitProblems : kExitOk;
}

}  // namespace jixiao
