#include "indicators/template_cases.h"

#include "indicators/project_loader.h"
#include "indicators/yaml_document.h"
#include "indicators/yaml_keys.h"
#include "indicators/yaml_reader.h"

namespace jixiao {
namespace {

// A node as one line of YAML flow text; scalars as written, quoted ones in double quotes.
std::string FlowText(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return "~";
    case YamlNode::Kind::kScalar:
      return node.quoted ? "\"" + node.scalar + "\"" : node.scalar;
    case YamlNode::Kind::kSequence: {
      std::string out = "[";
      for (const YamlNode& item : node.items) out += (out.size() > 1 ? ", " : "") + FlowText(item);
      return out + "]";
    }
    case YamlNode::Kind::kMap: {
      std::string out = "{";
      for (const YamlEntry& e : node.entries)
        out += (out.size() > 1 ? ", " : "") + FlowText(e.key) + ": " + FlowText(e.value);
      return out + "}";
    }
  }
  return "";
}

std::vector<CaseInput> InputsOf(const YamlNode& project) {
  std::vector<CaseInput> out;
  if (!project.IsMap()) return {{"", FlowText(project)}};
  for (const YamlEntry& e : project.entries) {
    if (!e.value.IsSequence() || e.value.items.empty()) {
      out.push_back({e.key.scalar, FlowText(e.value)});
      continue;
    }
    for (size_t i = 0; i < e.value.items.size(); ++i)
      out.push_back({e.key.scalar + "[" + std::to_string(i + 1) + "]", FlowText(e.value.items[i])});
  }
  return out;
}

void ReadScores(const YamlNode& node, TemplateCase& c, std::vector<Diagnostic>& diagnostics) {
  if (!node.IsMap()) {
    ReportAt(diagnostics, node, "scores 应是映射：指标 → 预期得分",
             "例如 scores: {预算执行率: 9.5, 人均服务成本: 不适用}", c.name);
    return;
  }
  for (const auto& [key, value] : node.entries) {
    ExpectedScore expected;
    expected.indicator = key.scalar;
    expected.where = key.where;
    if (!value.IsScalar() || value.scalar.empty()) {
      ReportAt(diagnostics, value, "指标「" + key.scalar + "」的预期得分应是数字或得分状态",
               "写数字（如 13.64），或 不适用、缺少数据、无法评分", c.name);
      continue;
    }
    if (std::optional<double> points = ParseYamlNumber(value.scalar))
      expected.points = points;
    else
      expected.outcome = value.scalar;
    c.scores.push_back(std::move(expected));
  }
}

void ReadExpect(const YamlNode& node, TemplateCase& c, std::vector<Diagnostic>& diagnostics) {
  MapReader r(node, "预期结果", kExpectKeys, diagnostics, c.name);
  if (!r.ok()) return;
  if (const YamlNode* scores = r.Get("scores")) ReadScores(*scores, c, diagnostics);
  if (const YamlNode* total = r.Get("total")) {
    c.total = r.Number("total");
    c.total_where = total->where;
  }
  if (const YamlNode* grade = r.Get("grade")) {
    c.grade = r.String("grade").value_or("");
    c.grade_where = grade->where;
  }
  if (node.entries.empty())
    ReportAt(diagnostics, node, "预期结果是空的", "至少写出 scores、total 或 grade 中的一项",
             c.name);
}

TemplateCase ReadCase(const YamlNode& node, std::vector<Diagnostic>& diagnostics) {
  TemplateCase c;
  c.where = node.where;
  MapReader r(node, "测试用例", kCaseKeys, diagnostics);
  if (!r.ok()) return c;
  if (auto name = r.String("name"))
    c.name = *name;
  else
    r.Missing("name", "给用例起个名字，说明它检查什么，例如 name: 成本超出目标");
  r.set_indicator_path(c.name);
  c.description = r.String("description").value_or("");
  if (const YamlNode* project = r.Get("project")) {
    c.project = ReadProjectMap(*project, diagnostics, c.name.empty() ? "用例" : c.name);
    c.inputs = InputsOf(*project);
  } else
    r.Missing("project", "写出项目数据，格式同项目数据文件（docs/data-format.md）");
  if (const YamlNode* expect = r.Get("expect"))
    ReadExpect(*expect, c, diagnostics);
  else
    r.Missing("expect", "写出预期结果：scores（各指标得分）、total（总分）、grade（等级）");
  return c;
}

}  // namespace

CasesLoadResult LoadTemplateCases(std::string_view yaml, const std::string& file) {
  CasesLoadResult result;
  YamlNode root;
  if (!ParseYaml(yaml, file, root, result.diagnostics)) return result;
  if (!root.IsMap()) return result;  // the template loader reports it
  MapReader r(root, "模板", kTemplateKeys, result.diagnostics);
  const YamlNode* cases = r.Get("cases");
  if (cases == nullptr || cases->IsNull()) return result;
  if (!cases->IsSequence()) {
    ReportAt(result.diagnostics, *cases, "cases 应是测试用例列表",
             "每个用例以 - name: 用例名称 开头");
    return result;
  }
  for (const YamlNode& item : cases->items)
    result.cases.push_back(ReadCase(item, result.diagnostics));
  return result;
}

}  // namespace jixiao
