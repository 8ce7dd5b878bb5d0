#include "indicators/template_loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indicators/limits.h"
#include "indicators/method_yaml.h"
#include "indicators/shipped_sets.h"
#include "indicators/value.h"
#include "indicators/yaml_document.h"
#include "indicators/yaml_keys.h"
#include "indicators/yaml_reader.h"

namespace jixiao {
namespace {

std::string HexHash(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string JoinPath(const std::string& parent, const std::string& name) {
  return parent.empty() ? name : parent + "/" + name;
}

class Loader {
 public:
  Loader(const FileReader& reader, std::vector<Diagnostic>& diagnostics)
      : reader_(reader), diagnostics_(diagnostics) {}

  // `shipped`: the built-in set to read when `path` cannot be read (`extends:` naming a shipped
  // set by its bare file name), or null.
  std::optional<Template> LoadFile(const std::string& path, std::vector<std::string>& chain,
                                   const SourceLocation& from,
                                   const ShippedSet* shipped = nullptr) {
    // A path that cannot be made canonical (a pipe: /dev/stdin) is its own key.
    std::error_code ec;
    std::string key = std::filesystem::weakly_canonical(path, ec).string();
    if (ec) key = path;
    if (std::find(chain.begin(), chain.end(), key) != chain.end()) {
      AddError(diagnostics_, from, "模板循环继承：" + path, "去掉 extends 中的循环");
      return std::nullopt;
    }
    if (static_cast<int>(chain.size()) >= kMaxExtendsDepth) {
      AddError(diagnostics_, from,
               "模板继承层数过多（上限 " + std::to_string(kMaxExtendsDepth) + "）");
      return std::nullopt;
    }
    std::optional<std::string> bytes = reader_(path);
    if (!bytes && shipped != nullptr) bytes = std::string(shipped->text);
    if (!bytes) {
      AddError(diagnostics_, from.file.empty() ? SourceLocation{path, 0, 0} : from,
               "无法读取模板文件 " + path, "检查路径是否正确、文件是否存在");
      return std::nullopt;
    }
    chain.push_back(key);
    std::optional<Template> t = LoadText(*bytes, path, chain);
    chain.pop_back();
    return t;
  }

  std::optional<Template> LoadText(std::string_view text, const std::string& file,
                                   std::vector<std::string>& chain) {
    size_t errors_before = ErrorCount();
    YamlNode root;
    if (!ParseYaml(text, file, root, diagnostics_)) return std::nullopt;
    if (root.IsNull()) {
      AddError(diagnostics_, SourceLocation{file, 1, 1}, "模板文件是空的",
               "至少写出 id、name 和 indicators");
      return std::nullopt;
    }
    MapReader r(root, "模板", kTemplateKeys, diagnostics_);
    if (!r.ok()) return std::nullopt;

    Template t;
    uint64_t seed = 14695981039346656037ull;
    if (auto parent_path = r.String("extends")) {
      std::string resolved =
          (std::filesystem::path(file).parent_path() / *parent_path).lexically_normal().string();
      const ShippedSet* shipped = *parent_path == std::filesystem::path(*parent_path).filename()
                                      ? FindShippedSet(*parent_path)
                                      : nullptr;
      std::optional<Template> parent = LoadFile(resolved, chain, r.Get("extends")->where, shipped);
      if (!parent) return std::nullopt;
      t = std::move(*parent);
      t.extends.insert(t.extends.begin(), t.meta.id);
      seed = std::stoull(t.content_hash, nullptr, 16);
      t.meta.description.clear();
    } else {
      t.grades = DefaultGradeBands();
    }
    t.file = file;
    t.where = SourceLocation{file, 1, 1};
    t.content_hash = HexHash(Fnv1a64(text, seed));

    ReadMeta(r, t);
    if (const YamlNode* n = r.Get("rounding")) ReadRounding(*n, t.rounding);
    if (const YamlNode* n = r.Get("grades")) {
      t.grades_where = r.Key("grades")->where;
      ReadGrades(*n, t);
    }
    if (const YamlNode* n = r.Get("not_applicable")) ReadNotApplicable(*n, t);
    if (const YamlNode* n = r.Get("form")) ReadForm(*n, t);
    if (const YamlNode* n = r.Get("scales")) ReadScales(*n, t);
    if (const YamlNode* n = r.Get("defaults")) ReadDefaults(*n, t);
    if (const YamlNode* n = r.Get("indicators")) {
      t.indicators_where = r.Key("indicators")->where;
      t.roots.clear();
      ReadChildren(*n, "", 1, t.roots);
    }
    // A file that inherits its indicators changes them at its remove:, overrides: or add: key.
    if (r.Key("indicators") == nullptr)
      for (std::string_view key : {"remove", "overrides", "add"})
        if (const YamlNode* k = r.Key(key)) {
          t.indicators_where = k->where;
          break;
        }
    if (const YamlNode* n = r.Get("remove")) ApplyRemove(*n, t);
    if (const YamlNode* n = r.Get("overrides")) ApplyOverrides(*n, t);
    if (const YamlNode* n = r.Get("add")) ApplyAdd(*n, t);
    if (t.meta.id.empty()) r.Missing("id", "给模板一个唯一的编号，例如 id: central-2020");
    if (t.roots.empty() && !r.Get("indicators"))
      r.Missing("indicators", "列出指标体系，或用 extends: 继承另一个模板");
    if (size_t count = CountIndicators(t.roots); count > kMaxIndicators)
      ReportAt(diagnostics_, root,
               "模板中的指标过多（" + std::to_string(count) + " 个，上限 " +
                   std::to_string(kMaxIndicators) + " 个）",
               "一个模板只写一套指标体系；把不相关的指标拆到不同模板中");
    r.Finish();
    if (ErrorCount() != errors_before) return std::nullopt;
    return t;
  }

 private:
  // Indicators at every level (the hierarchy is at most kMaxHierarchyDepth deep).
  static size_t CountIndicators(const std::vector<IndicatorNode>& nodes) {
    size_t count = nodes.size();
    for (const IndicatorNode& node : nodes) count += CountIndicators(node.children);
    return count;
  }

  size_t ErrorCount() const {
    return static_cast<size_t>(
        std::count_if(diagnostics_.begin(), diagnostics_.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::kError; }));
  }

  void ReadMeta(MapReader& r, Template& t) {
    if (auto v = r.String("id")) t.meta.id = *v;
    if (auto v = r.String("name")) t.meta.name = *v;
    if (auto v = r.String("version")) t.meta.version = *v;
    if (auto v = r.String("region")) t.meta.region = *v;
    if (auto v = r.Number("year")) {
      if (*v != std::floor(*v) || *v < 1900 || *v > 2200)
        ReportAt(diagnostics_, *r.Get("year"), "年度应是四位整数年份，例如 2020");
      else
        t.meta.year = static_cast<int>(*v);
    }
    if (auto v = r.String("source")) t.meta.source = *v;
    if (auto v = r.String("description")) t.meta.description = *v;
    if (auto v = r.Number("total")) {
      if (*v <= 0)
        ReportAt(diagnostics_, *r.Get("total"), "总分必须大于 0");
      else
        t.total = *v;
      t.total_where = r.Key("total")->where;
    }
  }

  void ReadRounding(const YamlNode& n, RoundingRule& rule) {
    auto mode_from = [&](const YamlNode& node) {
      const std::string& s = node.scalar;
      if (s == "none" || s == "不舍入") return rule.mode = RoundingMode::kNone, true;
      if (s == "half_up" || s == "四舍五入") return rule.mode = RoundingMode::kHalfUp, true;
      if (s == "half_even" || s == "银行家舍入") return rule.mode = RoundingMode::kHalfEven, true;
      if (s == "down" || s == "截断" || s == "向下") return rule.mode = RoundingMode::kDown, true;
      ReportAt(diagnostics_, node, "未知的舍入方式「" + s + "」",
               "可用：half_up（四舍五入）、half_even、down（截断）、none（不舍入）");
      return false;
    };
    if (n.IsScalar()) {
      mode_from(n);
      return;
    }
    MapReader r(n, "舍入规则", kRoundingKeys, diagnostics_);
    if (!r.ok()) return;
    if (const YamlNode* m = r.Get("mode")) mode_from(*m);
    if (auto places = r.Number("places")) {
      if (*places < 0 || *places > 6 || *places != std::floor(*places))
        ReportAt(diagnostics_, *r.Get("places"), "小数位应是 0 到 6 的整数");
      else
        rule.places = static_cast<int>(*places);
    }
  }

  void ReadGrades(const YamlNode& n, Template& t) {
    if (!n.IsSequence()) {
      ReportAt(diagnostics_, n, "grades 应是等级列表", "例如 - {label: 优, min: 90}");
      return;
    }
    t.grades.clear();
    for (const auto& item : n.items) {
      MapReader r(item, "等级", kGradeKeys, diagnostics_);
      if (!r.ok()) continue;
      GradeBand band;
      if (auto label = r.String("label"))
        band.label = *label;
      else
        r.Missing("label");
      if (auto min = r.Number("min"))
        band.min = *min;
      else
        r.Missing("min", "该等级的最低分，例如 min: 90");
      band.aliases = r.StringList("aliases");
      band.where = item.where;
      t.grades.push_back(band);
    }
    std::stable_sort(t.grades.begin(), t.grades.end(),
                     [](const GradeBand& a, const GradeBand& b) { return a.min > b.min; });
  }

  void ReadNotApplicable(const YamlNode& n, Template& t) {
    const std::string& s = n.scalar;
    if (s == "rescale" || s == "重新折算")
      t.not_applicable = NotApplicablePolicy::kRescale;
    else if (s == "full_marks" || s == "按满分")
      t.not_applicable = NotApplicablePolicy::kFullMarks;
    else if (s == "exclude" || s == "剔除")
      t.not_applicable = NotApplicablePolicy::kExclude;
    else
      ReportAt(
          diagnostics_, n, "未知的不适用处理方式「" + s + "」",
          "可用：rescale（按适用指标折算为总分）、full_marks（按满分计）、exclude（剔除不计）");
  }

  void ReadForm(const YamlNode& n, Template& t) {
    const std::string& s = n.scalar;
    if (s == "self_evaluation" || s == "项目支出绩效自评表")
      t.form = FormLayout::kProjectSelfEvaluation;
    else if (s == "scoring_sheet" || s == "自评价评分表")
      t.form = FormLayout::kScoringSheet;
    else
      ReportAt(diagnostics_, n, "未知的表样「" + s + "」",
               "可用：self_evaluation（项目支出绩效自评表）、scoring_sheet（自评价评分表）");
  }

  void ReadScales(const YamlNode& n, Template& t) {
    if (!n.IsMap()) {
      ReportAt(diagnostics_, n, "scales 应是映射：量表名 → 档次列表");
      return;
    }
    for (const auto& [key, levels] : n.entries) {
      Scale scale;
      scale.name = key.scalar;
      scale.where = key.where;
      if (!levels.IsSequence()) {
        ReportAt(diagnostics_, levels, "量表「" + scale.name + "」应是档次列表",
                 "例如 - {label: 达成, min: 0.8, max: 1}");
        continue;
      }
      double top = 0;
      for (const auto& item : levels.items) {
        MapReader r(item, "量表档次", kScaleLevelKeys, diagnostics_);
        if (!r.ok()) continue;
        ScaleLevel level;
        if (auto label = r.String("label"))
          level.label = *label;
        else
          r.Missing("label");
        level.aliases = r.StringList("aliases");
        std::optional<double> score = r.Number("score");
        std::optional<double> min = r.Number("min");
        std::optional<double> max = r.Number("max");
        if (score) {
          level.low = level.high = *score;
          level.high_inclusive = true;
        } else if (min && max) {
          level.low = *min;
          level.high = *max;
        } else {
          r.Missing("score", "写该档得分占分值的比例 score（如 1 或 0.6），或区间 min/max");
        }
        if (level.low < 0 || level.high > 1 || level.low > level.high)
          ReportAt(diagnostics_, item,
                   "档次「" + level.label + "」的比例应在 0 到 1 之间，且下限不大于上限");
        top = std::max(top, level.high);
        scale.levels.push_back(level);
      }
      for (auto& level : scale.levels)
        if (level.high == top) level.high_inclusive = true;
      auto existing = std::find_if(t.scales.begin(), t.scales.end(),
                                   [&](const Scale& s) { return s.name == scale.name; });
      if (existing != t.scales.end())
        *existing = scale;
      else
        t.scales.push_back(scale);
    }
  }

  void ReadDefaults(const YamlNode& n, Template& t) {
    MapReader r(n, "默认方法", kDefaultsKeys, diagnostics_);
    if (!r.ok()) return;
    if (const YamlNode* m = r.Get("positive"))
      t.defaults.positive = ReadMethodSpec(*m, "", diagnostics_);
    if (const YamlNode* m = r.Get("negative"))
      t.defaults.negative = ReadMethodSpec(*m, "", diagnostics_);
    if (const YamlNode* m = r.Get("qualitative"))
      t.defaults.qualitative = ReadMethodSpec(*m, "", diagnostics_);
  }

  void ReadChildren(const YamlNode& n, const std::string& parent_path, int depth,
                    std::vector<IndicatorNode>& out) {
    if (!n.IsSequence()) {
      ReportAt(diagnostics_, n, "指标应写成列表（每项以 - 开头）", "", parent_path);
      return;
    }
    if (depth > kMaxHierarchyDepth) {
      ReportAt(diagnostics_, n,
               "指标层级过深（上限 " + std::to_string(kMaxHierarchyDepth) + " 级）", "",
               parent_path);
      return;
    }
    for (const auto& item : n.items) {
      IndicatorNode node;
      node.where = item.where;
      MapReader r(item, "指标", kNodeKeys, diagnostics_, parent_path);
      if (!r.ok()) continue;
      ApplyNodeKeys(r, node, parent_path, depth, /*is_new=*/true);
      r.set_indicator_path(JoinPath(parent_path, node.name));
      r.Finish();
      out.push_back(std::move(node));
    }
  }

  // Reads the node keys present in `r` into `node`. Used for new nodes and for overrides.
  void ApplyNodeKeys(MapReader& r, IndicatorNode& node, const std::string& parent_path, int depth,
                     bool is_new) {
    if (auto id = r.String("id")) node.id = *id;
    if (auto name = r.String("name")) node.name = *name;
    if (is_new && node.name.empty()) {
      if (node.id.empty()) r.Missing("name", "每个指标都要有名称 name（或编号 id）");
      node.name = node.id;
    }
    if (node.id.empty()) node.id = node.name;
    std::string path = JoinPath(parent_path, node.name);
    if (r.Get("aliases")) node.aliases = r.StringList("aliases");
    if (auto points = r.Number("points")) {
      if (*points < 0) ReportAt(diagnostics_, *r.Get("points"), "分值不能为负数", "", path);
      node.points = *points;
      node.points_where = r.Key("points")->where;
    }
    if (auto target = r.String("target")) {
      node.target = ParseValue(*target);
      node.target_where = r.Key("target")->where;
    }
    if (const YamlNode* c = r.Get("comparator")) {
      std::optional<Comparator> comparator = ParseComparator(c->scalar);
      if (!comparator)
        ReportAt(diagnostics_, *c, "未知的指标性质「" + c->scalar + "」",
                 "可用：≥、>、=、≤、<、定性", path);
      node.comparator = comparator;
    }
    if (const YamlNode* d = r.Get("direction")) {
      const std::string& s = d->scalar;
      if (s == "正向" || s == "positive" || s == "正向指标")
        node.direction = Direction::kPositive;
      else if (s == "反向" || s == "negative" || s == "反向指标")
        node.direction = Direction::kNegative;
      else
        ReportAt(diagnostics_, *d, "未知的指标方向「" + s + "」", "可用：正向、反向", path);
    }
    if (const YamlNode* m = r.Get("method")) node.method = ReadMethodSpec(*m, path, diagnostics_);
    if (const YamlNode* m = r.Get("qualitative_method"))
      node.qualitative_method = ReadMethodSpec(*m, path, diagnostics_);
    if (const YamlNode* f = r.Get("formula")) {
      if (r.Get("method"))
        ReportAt(diagnostics_, *f, "不能同时写 method 和 formula", "公式本身就是评分方法", path);
      MethodSpec spec;
      spec.kind = RuleKind::kFormula;
      spec.formula = f->scalar;
      spec.where = f->TextWhere();
      node.method = spec;
    }
    if (auto criteria = r.String("criteria")) node.criteria = *criteria;
    std::optional<bool> open = r.Bool("open");
    if (const YamlNode* children = r.Get("children")) {
      node.children.clear();
      ReadChildren(*children, path, depth + 1, node.children);
      node.kind = NodeKind::kGroup;
      if (open.value_or(false))
        ReportAt(diagnostics_, *children, "开放分组（open: true）不能在模板中列出下级指标",
                 "去掉 open，或去掉 children", path);
    } else if (open) {
      node.kind = *open ? NodeKind::kOpenGroup : NodeKind::kIndicator;
    } else if (is_new) {
      node.kind = NodeKind::kIndicator;
    }
  }

  void ApplyRemove(const YamlNode& n, Template& t) {
    std::vector<std::string> ids;
    if (n.IsScalar()) ids.push_back(n.scalar);
    for (const auto& item : n.items) ids.push_back(item.scalar);
    for (const auto& id : ids)
      if (!RemoveById(t.roots, id))
        ReportAt(diagnostics_, n, "要删除的指标「" + id + "」在被继承的模板中不存在");
  }

  static bool RemoveById(std::vector<IndicatorNode>& nodes, const std::string& id) {
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
      if (it->id == id) {
        nodes.erase(it);
        return true;
      }
      if (RemoveById(it->children, id)) return true;
    }
    return false;
  }

  void ApplyOverrides(const YamlNode& n, Template& t) {
    if (!n.IsSequence()) {
      ReportAt(diagnostics_, n, "overrides 应是列表，每项用 id 指明要修改的指标");
      return;
    }
    for (const auto& item : n.items) {
      MapReader r(item, "覆盖项", kNodeKeys, diagnostics_);
      if (!r.ok()) continue;
      std::optional<std::string> id = r.String("id");
      if (!id) {
        r.Missing("id", "用 id 指明要修改的指标");
        continue;
      }
      IndicatorNode* node = FindNodeById(t.roots, *id);
      if (node == nullptr) {
        ReportAt(diagnostics_, item, "要修改的指标「" + *id + "」在被继承的模板中不存在");
        continue;
      }
      ApplyNodeKeys(r, *node, "", 1, /*is_new=*/false);
    }
  }

  void ApplyAdd(const YamlNode& n, Template& t) {
    if (!n.IsSequence()) {
      ReportAt(diagnostics_, n, "add 应是列表，每项用 under 指明上级指标");
      return;
    }
    for (const auto& item : n.items) {
      MapReader r(item, "新增指标", kAddNodeKeys, diagnostics_);
      if (!r.ok()) continue;
      std::vector<IndicatorNode>* siblings = &t.roots;
      std::string parent_path;
      if (auto under = r.String("under")) {
        IndicatorNode* parent = FindNodeById(t.roots, *under);
        if (parent == nullptr) {
          ReportAt(diagnostics_, *r.Get("under"), "上级指标「" + *under + "」不存在");
          continue;
        }
        siblings = &parent->children;
        parent_path = parent->name;
        parent->kind = NodeKind::kGroup;
      }
      IndicatorNode node;
      node.where = item.where;
      ApplyNodeKeys(r, node, parent_path, 1, /*is_new=*/true);
      siblings->push_back(std::move(node));
    }
  }

  const FileReader& reader_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

uint64_t Fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

std::optional<std::string> ReadFileBytes(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // At most one byte past the limit, so that the caller can tell a file that is too large.
  std::string bytes;
  char buffer[1 << 16];
  while (bytes.size() <= kMaxFileBytes && in.read(buffer, sizeof buffer).gcount() > 0)
    bytes.append(buffer, static_cast<size_t>(in.gcount()));
  if (bytes.size() > kMaxFileBytes) bytes.resize(kMaxFileBytes + 1);
  return bytes;
}

LoadResult LoadTemplateFromString(std::string_view yaml, const std::string& file,
                                  const FileReader& reader) {
  LoadResult result;
  Loader loader(reader, result.diagnostics);
  std::vector<std::string> chain = {file};
  result.value = loader.LoadText(yaml, file, chain);
  return result;
}

LoadResult LoadTemplateFile(const std::string& path, const FileReader& reader) {
  LoadResult result;
  Loader loader(reader, result.diagnostics);
  std::vector<std::string> chain;
  result.value = loader.LoadFile(path, chain, SourceLocation{});
  return result;
}

}  // namespace jixiao
