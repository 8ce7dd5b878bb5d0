#include "indicators/project_loader.h"

#include <filesystem>

#include "indicators/limits.h"
#include "indicators/method_yaml.h"
#include "indicators/project_csv.h"
#include "indicators/template_loader.h"
#include "indicators/value.h"
#include "indicators/yaml_keys.h"
#include "indicators/yaml_reader.h"

namespace jixiao {
namespace {

class ProjectReader {
 public:
  explicit ProjectReader(std::vector<Diagnostic>& diagnostics) : diagnostics_(diagnostics) {}

  void ReadFile(const YamlNode& root, std::vector<Project>& out) {
    if (root.IsMap() && root.Find("projects") == nullptr && root.Find("项目") == nullptr) {
      out.push_back(ReadProject(root));
      return;
    }
    MapReader r(root, "项目数据文件", kProjectFileKeys, diagnostics_);
    if (!r.ok()) return;
    r.String("template");  // informational: the CLI names the template explicitly
    const YamlNode* projects = r.Get("projects");
    if (projects == nullptr || !projects->IsSequence()) {
      ReportAt(diagnostics_, projects ? *projects : root, "projects 应是项目列表",
               "每个项目以 - name: 项目名称 开头");
      return;
    }
    for (const auto& item : projects->items) out.push_back(ReadProject(item));
  }

  Project ReadProject(const YamlNode& node, const std::string& default_name = {}) {
    Project p;
    p.where = node.where;
    MapReader r(node, "项目", kProjectKeys, diagnostics_);
    if (!r.ok()) return p;
    if (auto v = r.String("name"))
      p.name = *v;
    else if (!default_name.empty())
      p.name = default_name;
    else
      r.Missing("name", "写出项目名称 name");
    p.department = r.String("department").value_or("");
    p.unit = r.String("unit").value_or("");
    p.goal = r.String("goal").value_or("");
    p.achieved = r.String("achieved").value_or("");
    if (const YamlNode* b = r.Get("budget")) ReadBudget(*b, p.budget);
    if (const YamlNode* points = r.Get("points")) ReadGroupPoints(*points, p);
    p.published_total = r.Number("published_total");
    p.published_grade = r.String("published_grade").value_or("");
    if (const YamlNode* indicators = r.Get("indicators")) {
      if (!indicators->IsSequence())
        ReportAt(diagnostics_, *indicators, "indicators 应是指标列表", "", p.name);
      else
        for (const auto& item : indicators->items) p.entries.push_back(ReadEntry(item, p.name));
    }
    return p;
  }

 private:
  void ReadBudget(const YamlNode& node, BudgetFigures& budget) {
    budget.where = node.where;
    MapReader r(node, "项目资金", kBudgetKeys, diagnostics_);
    if (!r.ok()) return;
    budget.initial = r.Number("initial");
    budget.full_year = r.Number("full_year");
    budget.executed = r.Number("executed");
    if (auto unit = r.String("unit")) {
      if (!ConvertUnit(1, *unit, "万元"))
        ReportAt(diagnostics_, *r.Get("unit"), "资金单位「" + *unit + "」不是货币单位",
                 "可用：元、千元、万元、亿元");
      else
        budget.unit = *unit;
    }
    for (const auto& [key, value] :
         {std::pair{"initial", budget.initial}, std::pair{"full_year", budget.full_year},
          std::pair{"executed", budget.executed}})
      if (value && *value < 0) ReportAt(diagnostics_, *r.Get(key), "资金数不能为负数");
  }

  void ReadGroupPoints(const YamlNode& node, Project& p) {
    if (!node.IsMap()) {
      ReportAt(diagnostics_, node, "points 应是映射：分组名 → 分值",
               "例如 points: {效益指标: 40, 满意度指标: 0}", p.name);
      return;
    }
    for (const auto& [key, value] : node.entries) {
      std::optional<double> v = value.IsScalar() ? ParseYamlNumber(value.scalar) : std::nullopt;
      if (!v || *v < 0) {
        ReportAt(diagnostics_, value, "分组「" + key.scalar + "」的分值应是非负数字", "", p.name);
        continue;
      }
      p.group_points.push_back(GroupPoints{key.scalar, *v, key.where});
    }
  }

  std::optional<Value> ReadValue(MapReader& r, std::string_view key, const std::string& path) {
    std::optional<std::string> text = r.String(key);
    if (!text) return std::nullopt;
    Value v = ParseValue(*text);
    if (!v.error.empty())
      ReportAt(diagnostics_, *r.Get(key), v.error, "改正这个数值，或写成文字", path);
    return v;
  }

  IndicatorEntry ReadEntry(const YamlNode& node, const std::string& project) {
    IndicatorEntry e;
    e.where = node.where;
    MapReader r(node, "指标", kEntryKeys, diagnostics_, project);
    if (!r.ok()) return e;
    e.ref = r.String("id").value_or("");
    e.group = r.String("group").value_or("");
    e.name = r.String("name").value_or("");
    std::string path = project + "/" + (e.ref.empty() ? e.group + "/" + e.name : e.ref);
    if (e.ref.empty() && e.name.empty())
      r.Missing("id", "模板中的指标用 id 指明；项目自己的三级指标写 group 和 name");
    e.points = r.Number("points");
    e.target = ReadValue(r, "target", path);
    if (std::optional<Value> actual = ReadValue(r, "actual", path)) e.actual = *actual;
    if (const YamlNode* m = r.Get("method")) e.method = ReadMethodSpec(*m, path, diagnostics_);
    e.criteria = r.String("criteria").value_or("");
    e.score = r.Number("score");
    e.band = r.String("band").value_or("");
    e.override_score = r.Number("override");
    e.note = r.String("note").value_or("");
    e.not_applicable = r.Bool("not_applicable").value_or(false);
    e.count = r.Number("count");
    e.satisfied = r.StringList("satisfied");
    e.published_score = r.Number("published");
    if (e.override_score && e.note.empty())
      ReportAt(diagnostics_, *r.Get("override"), "调整计算得分必须说明原因",
               "在 note 中写明偏差原因", path);
    if (e.score && e.override_score)
      ReportAt(diagnostics_, *r.Get("override"), "不能同时写 score 和 override",
               "评价人打分的指标用 score；调整按规则计算的得分用 override", path);
    return e;
  }

  std::vector<Diagnostic>& diagnostics_;
};

bool HasExtension(const std::string& path, std::initializer_list<std::string_view> extensions) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (auto e : extensions)
    if (ext == e) return true;
  return false;
}

void ShiftLines(YamlNode& node, int by) {
  if (node.where.line > 0) node.where.line += by;
  for (YamlNode& item : node.items) ShiftLines(item, by);
  for (auto& [key, value] : node.entries) {
    ShiftLines(key, by);
    ShiftLines(value, by);
  }
}

}  // namespace

Project ReadProjectMap(const YamlNode& node, std::vector<Diagnostic>& diagnostics,
                       const std::string& default_name) {
  return ProjectReader(diagnostics).ReadProject(node, default_name);
}

ProjectLoadResult LoadProjectsFromYaml(std::string_view yaml, const std::string& file,
                                       int first_line) {
  ProjectLoadResult result;
  YamlNode root;
  bool parsed = ParseYaml(yaml, file, root, result.diagnostics);
  if (first_line != 1) {
    ShiftLines(root, first_line - 1);
    for (Diagnostic& d : result.diagnostics)
      if (d.where.line > 0) d.where.line += first_line - 1;
  }
  if (!parsed) return result;
  if (root.IsNull()) {
    AddError(result.diagnostics, SourceLocation{file, 1, 1}, "项目数据文件是空的");
    return result;
  }
  ProjectReader(result.diagnostics).ReadFile(root, result.projects);
  return result;
}

ProjectLoadResult LoadProjectFile(const std::string& path) {
  ProjectLoadResult result;
  const bool csv = HasExtension(path, {".csv"});
  if (!csv && !HasExtension(path, {".yaml", ".yml"})) {
    AddError(result.diagnostics, SourceLocation{path, 0, 0}, "无法识别的数据文件类型 " + path,
             "项目数据用 .yaml / .yml（少量项目）或 .csv（大量项目）");
    return result;
  }
  std::optional<std::string> bytes = ReadFileBytes(path);
  if (!bytes) {
    AddError(result.diagnostics, SourceLocation{path, 0, 0}, "无法读取项目数据文件 " + path,
             "检查路径是否正确、文件是否存在");
    return result;
  }
  if (!csv) {
    result = LoadProjectsFromYaml(*bytes, path);
  } else if (bytes->size() > kMaxCsvBytes) {
    AddError(result.diagnostics, SourceLocation{path, 0, 0},
             "文件过大（超过上限 " + std::to_string(kMaxCsvBytes) + " 字节）",
             "把项目分到几个数据文件中，一次给出多个文件");
    return result;
  } else {
    result.projects = LoadProjectsFromCsv(*bytes, path, result.diagnostics);
  }
  if (result.projects.size() > kMaxProjectsPerFile) {
    AddError(result.diagnostics, SourceLocation{path, 0, 0},
             "文件中的项目过多（" + std::to_string(result.projects.size()) + " 个，上限 " +
                 std::to_string(kMaxProjectsPerFile) + " 个）",
             "把项目分到几个数据文件中，一次给出多个文件");
    result.projects.clear();
  }
  return result;
}

}  // namespace jixiao
