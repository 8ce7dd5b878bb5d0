#include "indicators/template_scaffold.h"

#include <vector>

#include "indicators/yaml_keys.h"

namespace jixiao {
namespace {

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

size_t Indent(const std::string& line) {
  size_t n = line.find_first_not_of(' ');
  return n == std::string::npos ? line.size() : n;
}

bool IsBlankOrComment(const std::string& line) {
  size_t n = Indent(line);
  return n == line.size() || line[n] == '#';
}

// The canonical name of the top-level key `line` starts, or "".
std::string_view TopLevelKey(const std::string& line) {
  if (line.empty() || line[0] == ' ' || line[0] == '#' || line[0] == '-') return {};
  size_t colon = line.find(':');
  if (colon == std::string::npos) return {};
  std::string_view key(line.data(), colon);
  for (const KeySpec& spec : kTemplateKeys) {
    if (key == spec.name) return spec.name;
    for (std::string_view alias : spec.aliases)
      if (key == alias) return spec.name;
  }
  return {};
}

// Keeps the first item of the `cases:` block starting at lines[at]; returns the lines to drop
// as [first, last).
std::pair<size_t, size_t> LaterCases(const std::vector<std::string>& lines, size_t at) {
  size_t end = at + 1;
  while (end < lines.size() &&
         (IsBlankOrComment(lines[end]) || lines[end][0] == ' ' || lines[end].rfind("- ", 0) == 0))
    ++end;
  size_t item_indent = std::string::npos;
  size_t items = 0;
  for (size_t i = at + 1; i < end; ++i) {
    if (IsBlankOrComment(lines[i])) continue;
    size_t indent = Indent(lines[i]);
    if (item_indent == std::string::npos) item_indent = indent;
    if (indent == item_indent && lines[i].compare(indent, 2, "- ") == 0 && ++items == 2) {
      size_t first = i;
      while (first > at + 1 && IsBlankOrComment(lines[first - 1])) --first;
      return {first, end};
    }
  }
  return {end, end};
}

constexpr const char* kExampleCase =
    "\n# 测试用例（jixiao test）：来源模板没有用例。照下面的样子至少写一个，去掉行首的 #：\n"
    "# cases:\n"
    "#   - name: 全部达到目标\n"
    "#     project:\n"
    "#       budget: {full_year: 100, executed: 100}\n"
    "#       indicators:\n"
    "#         - {id: 指标编号, actual: 实际完成值}\n"
    "#     expect: {total: 100, grade: 优}\n";

}  // namespace

std::string YamlQuoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string ScaffoldTemplate(std::string_view source_text, const ScaffoldOptions& options) {
  std::vector<std::string> lines = SplitLines(source_text);
  if (!lines.empty() && lines[0].rfind("# yaml-language-server:", 0) == 0)
    lines.erase(lines.begin());
  bool has_id = false, has_version = false, has_cases = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view key = TopLevelKey(lines[i]);
    if (key == "id") {
      lines[i] = "id: " + YamlQuoted(options.id) + "   # 改成本模板唯一的编号";
      has_id = true;
    } else if (key == "name" && !options.name.empty()) {
      lines[i] = "name: " + YamlQuoted(options.name);
    } else if (key == "version") {
      lines[i] = "version: \"1\"   # 每次修改规则后提高版本号";
      has_version = true;
    } else if (key == "extends" && !options.extends.empty()) {
      lines[i] = "extends: " + YamlQuoted(options.extends);
    } else if (key == "cases" && !has_cases) {
      has_cases = true;
      auto [first, last] = LaterCases(lines, i);
      if (first < last) {
        std::string indent(Indent(lines[first]), ' ');
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(first),
                    lines.begin() + static_cast<std::ptrdiff_t>(last));
        lines.insert(
            lines.begin() + static_cast<std::ptrdiff_t>(first),
            indent + "# 更多用例照上面的样子写（- name: …）；改了规则就改预期，再运行 jixiao test");
      }
    }
  }
  std::string out = "# yaml-language-server: $schema=" + options.schema_path + "\n";
  out += "# 新的指标体系，由 jixiao init 从 " + options.source +
         " 生成。要改的地方：\n"
         "#   1. "
         "id、name、version、region、year、source：本模板的编号（唯一）、名称、版本和依据的文件；\n"
         "#   2. indicators：指标体系与分值（下级之和等于上级，一级指标之和等于 total）；\n"
         "#   3. defaults 与各指标的 method：评分方法（docs/template-format.md「Methods」）；\n"
         "#   4. cases：测试用例——给定项目数据，写出预期的得分、总分和等级。\n"
         "# 改完后检查：jixiao validate 本文件；jixiao lint 本文件；jixiao test 本文件\n"
         "# 下面是来源模板的内容（含它原来的注释）。\n";
  if (!has_id) out += "id: " + YamlQuoted(options.id) + "\n";
  if (!has_version) out += "version: \"1\"\n";
  for (const std::string& line : lines) out += line + "\n";
  if (!has_cases) out += kExampleCase;
  return out;
}

}  // namespace jixiao
