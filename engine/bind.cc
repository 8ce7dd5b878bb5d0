#include "engine/bind.h"

#include <map>

#include "indicators/number_text.h"
#include "indicators/validate.h"
#include "rules/rule.h"

namespace jixiao {
namespace {

// The path with empty segments dropped: "/产出指标//数量指标/" is "产出指标/数量指标".
std::string TidyPath(std::string_view path) {
  std::string out;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start)
      out += (out.empty() ? "" : "/") + std::string(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

bool Matches(const IndicatorNode& node, std::string_view key) {
  if (node.id == key || node.name == key) return true;
  for (const auto& alias : node.aliases)
    if (alias == key) return true;
  return false;
}

// A template node with its ancestors (root first, the node last).
using Chain = std::vector<const IndicatorNode*>;

// True when `path` names the first `n` nodes of `chain` from the last of them up: their keys
// (id, name or alias) joined by "/", leading ones left out. A key may contain "/" itself (a
// published table's 二级指标 "社会效益/生态效益指标"): the path is matched against the keys,
// not split.
bool MatchesTail(const Chain& chain, size_t n, std::string_view path) {
  if (n == 0) return false;
  const IndicatorNode& node = *chain[n - 1];
  auto tail = [&](std::string_view key) {
    if (key.empty() || path.size() <= key.size() || !path.ends_with(key)) return false;
    std::string_view rest = path.substr(0, path.size() - key.size());
    return rest.back() == '/' && MatchesTail(chain, n - 1, rest.substr(0, rest.size() - 1));
  };
  if (Matches(node, path) || tail(node.id) || tail(node.name)) return true;
  for (const std::string& alias : node.aliases)
    if (tail(alias)) return true;
  return false;
}

class Binder {
 public:
  Binder(const Scorecard& card, const Project& project, const BindOptions& options,
         std::vector<Diagnostic>& diagnostics)
      : options_(options),
        t_(card.tmpl),
        chains_(card.chains),
        chains_by_key_(card.chains_by_key),
        project_(project),
        diagnostics_(diagnostics),
        errors_before_(diagnostics.size()) {}

  std::vector<BoundNode> Run() {
    for (const GroupPoints& gp : project_.group_points) {
      const Chain* chain = FindByPath(gp.group, gp.where, /*groups_only=*/true);
      if (chain == nullptr) continue;
      auto [it, inserted] = group_points_.emplace(chain->back(), &gp);
      if (!inserted && !SamePoints(it->second->points, gp.points))
        AddError(diagnostics_, gp.where,
                 "分组「" + chain->back()->name + "」的分值为 " + NumberText(gp.points) +
                     "，与第 " + std::to_string(it->second->where.line) + " 行的 " +
                     NumberText(it->second->points) + " 不一致",
                 "每个分组的分值只写一次", project_.name);
    }
    for (const IndicatorEntry& entry : project_.entries) Attach(entry);
    attached_errors_ = diagnostics_.size();
    std::vector<BoundNode> roots;
    roots.reserve(t_.roots.size());
    double sum = 0;
    for (const IndicatorNode& node : t_.roots) {
      std::optional<BoundNode> bound = Build(node, "", 1, {});
      if (!bound) continue;
      sum += bound->points;
      roots.push_back(std::move(*bound));
    }
    // Sums are checked only when every entry found its place: otherwise they mislead.
    if (options_.check_points && diagnostics_.size() == errors_before_ && !roots.empty() &&
        !SamePoints(sum, t_.total))
      // The project's own group points, when it gives any, are the likely cause.
      AddError(diagnostics_,
               project_.group_points.empty() ? project_.where : project_.group_points[0].where,
               "各指标分值之和为 " + NumberText(sum) + "，不等于总分 " + NumberText(t_.total),
               "检查各指标的分值；项目没有某组指标时，把该组分值移到其他组（YAML 的 points；"
               "CSV 中只填该组和分值的一行），各组分值之和等于总分",
               project_.name);
    return roots;
  }

 private:
  // Finds the template node a path names. Leading segments may be left out when the rest is
  // unique ("数量指标" for "产出指标/数量指标").
  const Chain* FindByPath(const std::string& path, const SourceLocation& where, bool groups_only) {
    std::vector<const Chain*> found;
    if (path.find('/') == std::string::npos) {
      // One segment, the usual case: look it up instead of scanning every chain.
      if (auto it = chains_by_key_.find(path); it != chains_by_key_.end())
        for (size_t index : it->second) {
          const Chain& chain = chains_[index];
          if (!groups_only || chain.back()->kind != NodeKind::kIndicator) found.push_back(&chain);
        }
      if (found.size() == 1) return found[0];
      if (path.empty()) return nullptr;
    }
    const std::string tidy = TidyPath(path);
    if (tidy.empty()) return nullptr;
    found.clear();
    for (const Chain& chain : chains_) {
      if (groups_only && chain.back()->kind == NodeKind::kIndicator) continue;
      if (MatchesTail(chain, chain.size(), tidy)) found.push_back(&chain);
    }
    if (found.size() == 1) return found[0];
    if (found.empty()) {
      std::string known;
      for (const Chain& chain : chains_) {
        NodeKind kind = chain.back()->kind;
        if (groups_only ? kind == NodeKind::kOpenGroup : kind == NodeKind::kIndicator)
          known += (known.empty() ? "" : "、") + chain.back()->name;
      }
      AddError(diagnostics_, where, "模板中没有「" + path + "」",
               "可用的" + std::string(groups_only ? "分组" : "指标") + "：" + known, project_.name);
    } else {
      AddError(diagnostics_, where, "「" + path + "」不唯一：模板中有多个同名节点",
               "写出完整路径，例如 一级指标/二级指标", project_.name);
    }
    return nullptr;
  }

  void Attach(const IndicatorEntry& entry) {
    if (!entry.ref.empty()) {
      const Chain* chain = FindByPath(entry.ref, entry.where, /*groups_only=*/false);
      if (chain == nullptr) return;
      const IndicatorNode* node = chain->back();
      if (node->kind != NodeKind::kIndicator) {
        AddError(diagnostics_, entry.where, "「" + entry.ref + "」是分组，不是指标",
                 "项目自己的三级指标写 group 和 name", project_.name);
        return;
      }
      if (auto [it, inserted] = fixed_.emplace(node, &entry); !inserted)
        AddError(diagnostics_, entry.where,
                 "指标「" + node->name + "」重复填写（另一处在第 " +
                     std::to_string(it->second->where.line) + " 行）",
                 "每个指标只填一次", project_.name);
      return;
    }
    if (entry.group.empty()) {
      AddError(diagnostics_, entry.where, "指标「" + entry.name + "」没有写所属分组",
               "写出 group，例如 产出指标/数量指标", project_.name);
      return;
    }
    const Chain* chain = FindByPath(entry.group, entry.where, /*groups_only=*/true);
    if (chain == nullptr) return;
    const IndicatorNode* group = chain->back();
    if (group->kind == NodeKind::kGroup) {
      for (const IndicatorNode& child : group->children)
        if (child.kind == NodeKind::kIndicator && Matches(child, entry.name)) {
          fixed_.emplace(&child, &entry);
          return;
        }
      AddError(diagnostics_, entry.where,
               "分组「" + group->name + "」不接受项目自己的指标「" + entry.name + "」",
               "模板中该分组的指标是固定的；用模板中的指标名称，或改用开放分组", project_.name);
      return;
    }
    if (!entry.points)
      AddError(diagnostics_, entry.where, "指标「" + entry.name + "」缺少分值", "写出 points",
               project_.name + "/" + group->name + "/" + entry.name);
    if (entry.method && entry.method->kind == RuleKind::kFormula)
      AddError(diagnostics_, entry.where, "项目数据中不能写公式",
               "公式属于模板：在模板中定义，保证所有项目按同一规则计分", project_.name);
    open_[group].push_back(&entry);
  }

  // Builds the bound subtree of a template node; nullopt when it holds no indicator.
  std::optional<BoundNode> Build(const IndicatorNode& node, const std::string& parent_path,
                                 int level, Chain chain) {
    chain.push_back(&node);
    BoundNode out;
    out.tmpl = &node;
    out.id = node.id;
    out.name = node.name;
    out.path = parent_path.empty() ? node.name : parent_path + "/" + node.name;
    out.level = level;
    out.chain = chain;
    std::optional<double> declared = node.points;
    const GroupPoints* own_points = nullptr;  // the project's points for this group
    if (auto it = group_points_.find(&node); it != group_points_.end()) {
      own_points = it->second;
      declared = own_points->points;
    }

    if (node.kind == NodeKind::kIndicator) {
      auto it = fixed_.find(&node);
      const IndicatorEntry* entry = it == fixed_.end() ? nullptr : it->second;
      out.is_indicator = true;
      out.entry = entry;
      out.points = node.points.value_or(0);
      ResolveIndicator(out, node.target, node.comparator, entry);
      return out;
    }
    double sum = 0;
    if (node.kind == NodeKind::kGroup) {
      for (const IndicatorNode& child : node.children)
        if (std::optional<BoundNode> bound = Build(child, out.path, level + 1, chain)) {
          sum += bound->points;
          out.children.push_back(std::move(*bound));
        }
    } else {
      for (const IndicatorEntry* entry : open_[&node]) {
        BoundNode leaf;
        leaf.entry = entry;
        leaf.id = entry->name;
        leaf.name = entry->name;
        leaf.path = out.path + "/" + entry->name;
        leaf.level = level + 1;
        leaf.is_indicator = true;
        leaf.points = entry->points.value_or(0);
        leaf.chain = chain;
        ResolveIndicator(leaf, std::nullopt, std::nullopt, entry);
        sum += leaf.points;
        out.children.push_back(std::move(leaf));
      }
    }
    if (options_.check_points && declared && !SamePoints(sum, *declared) &&
        attached_errors_ == errors_before_) {
      std::string hint =
          out.children.empty()
              ? "该项目没有这一组的指标：在项目数据中把它的分值移到其他组，例如 YAML 写 "
                "points: {" +
                    node.name + ": 0}，CSV 加一行只填该组（一级/二级指标）和分值 0"
              : "调整该组下各指标的分值，或在项目数据中改该组的分值（YAML 的 points；CSV "
                "中只填该组和分值的一行）";
      AddError(diagnostics_, own_points != nullptr ? own_points->where : project_.where,
               "「" + out.path + "」下各指标分值之和为 " + NumberText(sum) + "，不等于该组分值 " +
                   NumberText(*declared),
               hint, project_.name);
    }
    if (out.children.empty()) return std::nullopt;
    out.points = declared.value_or(sum);
    return out;
  }

  void ResolveIndicator(BoundNode& out, const std::optional<Value>& tmpl_target,
                        std::optional<Comparator> tmpl_comparator, const IndicatorEntry* entry) {
    if (entry != nullptr && entry->target)
      out.target = &*entry->target;
    else if (tmpl_target)
      out.target = &*tmpl_target;
    Comparator comparator = out.target ? out.target->comparator : Comparator::kNone;
    if (tmpl_comparator) comparator = *tmpl_comparator;
    out.qualitative = comparator == Comparator::kQualitative ||
                      (out.target && out.target->kind == ValueKind::kText);
    out.direction = ResolveDirection(out.chain, comparator);
    if (comparator == Comparator::kNone && out.direction == Direction::kNegative)
      comparator = Comparator::kAtMost;
    out.comparator = comparator;
    const MethodSpec* own = entry != nullptr && entry->method ? &*entry->method : nullptr;
    out.method = ResolveMethod(t_, out.chain, own, out.qualitative, out.direction);
    const SourceLocation& where = entry != nullptr ? entry->where : out.tmpl->where;
    if (out.method == nullptr) {
      AddError(diagnostics_, where, "指标「" + out.name + "」没有评分方法",
               "在项目数据中写 method，或在模板中为其分组设默认方法",
               project_.name + "/" + out.path);
      return;
    }
    if (entry == nullptr) return;
    if (!entry->score && !entry->override_score) return;
    std::string path = project_.name + "/" + out.path;
    if (entry->score && !IsJudged(out.method->kind))
      AddError(diagnostics_, entry->where,
               "「" + out.name + "」按 " + std::string(RuleKindCode(out.method->kind)) + " " +
                   std::string(RuleKindLabel(out.method->kind)) + " 计算得分，不能直接填写 score",
               "如需调整计算得分，写 override 并在 note 中说明原因", path);
    if (entry->override_score && IsJudged(out.method->kind))
      AddError(diagnostics_, entry->where,
               "「" + out.name + "」由评价人打分，用 score 而不是 override", "", path);
    if (entry->score && out.method->kind == RuleKind::kThreeTier) {
      // The band check is M5's own: a judged score outside its band is bad input.
      RuleInput in;
      in.weight = out.points;
      in.entered_score = entry->score;
      in.entered_band = entry->band;
      in.scale = out.method->scale.empty() ? nullptr : FindScale(t_, out.method->scale);
      RuleResult checked = ApplyRule(*out.method, in);
      if (checked.outcome == Outcome::kCannotScore)
        AddError(diagnostics_, entry->where, checked.reason, "改正得分，或改选与得分相符的档次",
                 path);
    }
    for (const auto& [label, value] :
         {std::pair{"score", entry->score}, std::pair{"override", entry->override_score}})
      if (value && (*value < 0 || *value > out.points + 1e-9))
        AddError(diagnostics_, entry->where,
                 std::string(label) + " " + NumberText(*value) + " 超出分值范围 [0, " +
                     NumberText(out.points) + "]",
                 "得分不能为负，也不能超过该指标的分值", path);
  }

  const BindOptions& options_;
  const Template& t_;
  const std::vector<Chain>& chains_;
  const std::unordered_map<std::string, std::vector<size_t>>& chains_by_key_;
  const Project& project_;
  std::vector<Diagnostic>& diagnostics_;
  size_t errors_before_;        // diagnostics before this project
  size_t attached_errors_ = 0;  // diagnostics after attaching the entries

  std::map<const IndicatorNode*, const GroupPoints*> group_points_;
  std::map<const IndicatorNode*, const IndicatorEntry*> fixed_;
  std::map<const IndicatorNode*, std::vector<const IndicatorEntry*>> open_;
};

}  // namespace

BindResult BindProject(const Scorecard& card, const Project& project, const BindOptions& options) {
  BindResult result;
  result.roots = Binder(card, project, options, result.diagnostics).Run();
  return result;
}

}  // namespace jixiao
