// jixiao init: a new indicator set scaffolded from a shipped one or a template file.
#include <cstdio>
#include <filesystem>

#include "engine/cli.h"
#include "engine/scorecard.h"
#include "indicators/shipped_sets.h"
#include "indicators/template_loader.h"
#include "indicators/template_scaffold.h"
#include "indicators/yaml_document.h"
#include "reports/output_file.h"

namespace jixiao {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInitHelp =
    "用法: jixiao init 新模板.yaml [--from 来源] [--id 编号] [--name 名称] [--force]\n\n"
    "以一个现成的指标体系为底本，生成新的模板文件：保留来源的指标、方法和注释，换上新的\n"
    "编号（id）和版本，第一行写上编辑器用的 JSON Schema（yaml-language-server），开头列出\n"
    "要修改的地方，并保留来源的第一个测试用例作为示例。生成的模板能通过 jixiao validate、\n"
    "jixiao lint 和 jixiao test；改了规则后，相应地改用例的预期。\n\n"
    "选项:\n"
    "  --from 来源   内置的指标体系：central_2020（默认，中央项目支出绩效自评表）、\n"
    "                beijing_2020、shenzhen_2019、department_evaluation_2020；\n"
    "                或一个模板文件的路径（其 extends 会改写为相对新文件的路径）\n"
    "  --id 编号     新模板的 id（默认取文件名，如 my_set.yaml → my_set）\n"
    "  --name 名称   新模板的 name（默认沿用来源的名称）\n"
    "  --force       覆盖已存在的文件（默认不覆盖）\n"
    "  -h, --help    显示本说明\n\n"
    "内置的指标体系编译在 jixiao 中，在任何目录下都能用；模板中 extends: central_2020.yaml\n"
    "在旁边没有该文件时，也使用内置的那一份。\n\n"
    "退出码: 0 已生成；2 参数有误、来源找不到、文件已存在（未写出任何文件）\n";

// The schema as the new file's editor finds it: relative, from the nearest directory above the
// file that holds docs/schema/ (a checkout of jixiao); else the source tree jixiao was built from.
std::string SchemaPathFor(const fs::path& new_file) {
  const fs::path schema = fs::path("docs") / "schema" / "jixiao-template.schema.json";
  fs::path dir = fs::absolute(new_file).parent_path().lexically_normal();
  std::error_code ec;
  for (fs::path d = dir;; d = d.parent_path()) {
    if (fs::is_regular_file(d / schema, ec))
      return (d / schema).lexically_relative(dir).generic_string();
    if (d == d.parent_path()) break;
  }
  return (fs::path(JIXIAO_SOURCE_DIR) / schema).generic_string();
}

// A relative `extends:` of a template file, seen from the new file; "" to keep it as it is.
std::string RebasedExtends(const std::string& source_text, const fs::path& source_path,
                           const fs::path& new_file) {
  YamlNode root;
  std::vector<Diagnostic> ignored;
  if (!ParseYaml(source_text, source_path.string(), root, ignored)) return "";
  const YamlNode* extends = root.Find("extends");
  if (extends == nullptr) extends = root.Find("继承");
  if (extends == nullptr || !extends->IsScalar()) return "";
  fs::path parent = source_path.parent_path() / extends->scalar;
  std::error_code ec;
  if (fs::path(extends->scalar).is_absolute() || !fs::is_regular_file(parent, ec)) return "";
  fs::path from = fs::absolute(new_file).parent_path().lexically_normal();
  return fs::absolute(parent).lexically_normal().lexically_relative(from).generic_string();
}

int InitError(const std::string& message, const std::string& hint) {
  std::fprintf(stderr, "jixiao init: %s\n  hint: %s\n", message.c_str(), hint.c_str());
  return kExitBadInput;
}

}  // namespace

int RunInit(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(
      args,
      {{"--from", "", true}, {"--id", "", true}, {"--name", "", true}, {"--force", "", false}});
  if (parsed.help) {
    std::fputs(kInitHelp, stdout);
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("init", parsed.error);
  if (parsed.positional.size() != 1) return UsageError("init", "需要一个新模板的文件名");
  const fs::path new_file = parsed.positional[0];
  std::string ext = new_file.extension().string();
  if (ext != ".yaml" && ext != ".yml")
    return InitError("新模板的文件名应以 .yaml 结尾：" + new_file.string(),
                     "例如 jixiao init my_set.yaml");
  std::error_code ec;
  if (fs::exists(new_file, ec) && parsed.options.count("--force") == 0)
    return InitError("「" + new_file.string() + "」已存在，未覆盖",
                     "换一个文件名，或加 --force 覆盖");

  auto option = [&](const char* name, std::string fallback) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? fallback : it->second;
  };
  ScaffoldOptions options;
  options.source = option("--from", "central_2020");
  options.id = option("--id", new_file.stem().string());
  options.name = option("--name", "");
  if (options.id.empty()) return InitError("--id 不能为空", "写一个唯一的编号，如 --id my-2024");
  std::string source_text;
  if (fs::is_regular_file(options.source, ec)) {
    std::optional<std::string> bytes = ReadFileBytes(options.source);
    if (!bytes) return InitError("无法读取来源模板「" + options.source + "」", "检查文件权限");
    source_text = *bytes;
    options.extends = RebasedExtends(source_text, options.source, new_file);
  } else if (const ShippedSet* shipped = FindShippedSet(options.source)) {
    source_text = std::string(shipped->text);
    options.source = std::string(shipped->name);
  } else {
    std::string known;
    for (const ShippedSet& set : ShippedSets())
      known += (known.empty() ? "" : "、") + std::string(set.name);
    return InitError("找不到来源模板「" + options.source + "」",
                     "内置的指标体系有 " + known + "；或给出模板文件的路径");
  }
  options.schema_path = SchemaPathFor(new_file);
  std::string text = ScaffoldTemplate(source_text, options);

  // The new file must load as it will be read: its `extends` relative to where it is written.
  LoadResult loaded = LoadTemplateFromString(text, new_file.string());
  if (loaded.value) {
    CompileResult compiled = CompileScorecard(std::move(*loaded.value));
    loaded.diagnostics.insert(loaded.diagnostics.end(), compiled.diagnostics.begin(),
                              compiled.diagnostics.end());
  }
  if (PrintDiagnostics(loaded.diagnostics)) {
    std::fputs("jixiao init: 来源模板有误，未写出文件\n", stderr);
    return kExitBadInput;
  }
  std::string error;
  if (!WriteOutputAtomically(new_file.string(), text, error)) {
    std::fprintf(stderr, "jixiao init: %s\n", error.c_str());
    return kExitBadInput;
  }
  std::printf(
      "已生成 %s（来自 %s，id: %s）。下一步：\n"
      "  1. 按文件开头的说明修改指标体系、评分方法和测试用例（cases）\n"
      "  2. jixiao validate %s && jixiao lint %s && jixiao test %s\n",
      new_file.string().c_str(), options.source.c_str(), options.id.c_str(),
      new_file.string().c_str(), new_file.string().c_str(), new_file.string().c_str());
  return kExitOk;
}

}  // namespace jixiao
