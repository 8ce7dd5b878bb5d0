#include "engine/audit_groups.h"

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "indicators/number_text.h"
#include "indicators/value.h"

namespace jixiao {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// One 一级指标 (level 1) or 一级/二级指标 (level 2) of a project, as the table names it.
struct Group {
  std::string name;  // "产出目标" or "产出目标/数量"
  int level = 1;
  double points = 0;  // Σ 分值 of the rows under it
  double scores = 0;  // Σ 得分
  double recomputed = 0;
  bool points_readable = true, scores_readable = true;
  size_t first_row = kNone;  // its first indicator or budget row
  size_t group_row = kNone;  // its group row, if any
  std::optional<double> stated;
  std::string source;                     // where `stated` comes from, for the message
  size_t stated_row = kNone;              // the row stating it (a group row or a column cell)
  const IndicatorNode* node = nullptr;    // the template group its rows are under
  const IndicatorNode* parent = nullptr;  // that group's parent, null for a root
  bool one_node = true;                   // every row under the same template group
};

std::string Points(double v) { return NumberText(v, 2); }

void Add(AuditRow& row, FindingKind kind, std::string message) {
  AddFinding(row, kind, Severity::kError, std::move(message));
}

class GroupChecker {
 public:
  GroupChecker(const FilledTable& table, const TableBinding* binding, std::vector<AuditRow>& rows)
      : table_(table), binding_(binding), rows_(rows) {}

  int Run(size_t begin, size_t end) {
    int group_rows = 0;
    for (size_t i = begin; i < end; ++i) {
      const FilledRow& r = table_.rows[i];
      if (r.kind == FilledRowKind::kGroup) {
        ++group_rows;
        ReadGroupRow(i);
      } else if (r.kind == FilledRowKind::kIndicator || r.kind == FilledRowKind::kBudget) {
        ReadLeaf(i);
      }
    }
    for (Group& g : groups_) CheckSubtotal(g);
    for (Group& g : groups_)
      if (g.stated && g.points_readable && std::fabs(g.points - *g.stated) >= kAuditCent)
        Add(rows_[g.stated_row != kNone ? g.stated_row : g.first_row],
            FindingKind::kPointsDoNotAddUp,
            Describe(g) + "，不等于该组分值 " + Points(*g.stated) + g.source);
    CheckTemplatePoints();
    return group_rows;
  }

 private:
  Group& GroupOf(const FilledRow& r, int level) {
    // Keyed by the levels, not the joined name: a 一级指标 "数量/质量指标" is not the 二级指标
    // "质量指标" under "数量".
    std::pair<std::string, std::string> key{r.level1, level == 2 ? r.level2 : std::string()};
    auto [it, inserted] = index_.emplace(key, groups_.size());
    if (inserted) {
      groups_.push_back(Group{});
      groups_.back().name =
          level == 1 || r.level1.empty() ? key.first : key.first + "/" + key.second;
      groups_.back().level = level;
    }
    return groups_[it->second];
  }

  void ReadGroupRow(size_t i) {
    const FilledRow& r = table_.rows[i];
    Group& g = GroupOf(r, r.level2.empty() ? 1 : 2);
    AuditRow& a = rows_[i];
    a.method = "下级各行复核得分之和";
    g.group_row = i;
    if (std::optional<double> p = ParsePoints(r.points)) {
      State(g, *p, "", i);
    } else {
      Add(a, FindingKind::kUnreadable, "分值「" + r.points + "」不是数值");
    }
    if (!r.score.empty()) {
      a.published = ReadPublishedScore(r.score);
      if (!a.published) Add(a, FindingKind::kUnreadable, "得分「" + r.score + "」不是数值");
    }
  }

  void ReadLeaf(size_t i) {
    const FilledRow& r = table_.rows[i];
    const AuditRow& a = rows_[i];
    std::optional<double> w = ParsePoints(r.points);
    const BoundNode* node = binding_ != nullptr ? binding_->NodeOf(i) : nullptr;
    std::vector<const IndicatorNode*> chain;  // the template groups above the row
    if (node != nullptr)
      for (const IndicatorNode* n : node->chain) {
        present_.insert(n);
        if (n->kind != NodeKind::kIndicator) chain.push_back(n);
      }
    for (const auto& [level, column] :
         {std::pair{1, &FilledRow::level1_points}, std::pair{2, &FilledRow::level2_points}}) {
      if ((level == 1 ? r.level1 : r.level2).empty()) continue;
      Group& g = GroupOf(r, level);
      if (g.first_row == kNone) g.first_row = i;
      if (w)
        g.points += *w;
      else
        g.points_readable = false;
      if (a.published)
        g.scores += *a.published;
      else
        g.scores_readable = false;
      g.recomputed += a.recomputed ? *a.recomputed : a.published.value_or(0);
      ReadColumn(g, r.*column, level, i);
      if (node != nullptr) {
        const IndicatorNode* n = static_cast<size_t>(level) <= chain.size()
                                     ? chain[static_cast<size_t>(level) - 1]
                                     : nullptr;
        if (g.first_row == i) {
          g.node = n;
          g.parent = level >= 2 && chain.size() >= 2 ? chain[0] : nullptr;
        }
        g.one_node = g.one_node && g.node == n;
      } else if (binding_ != nullptr) {
        g.one_node = false;
      }
    }
  }

  // A 一级/二级指标分值 column: the group's points, the same on every row that fills it in.
  void ReadColumn(Group& g, const std::string& cell, int level, size_t i) {
    if (cell.empty()) return;
    const std::string column = level == 1 ? "一级指标分值" : "二级指标分值";
    std::optional<double> p = ParsePoints(cell);
    if (!p) {
      Add(rows_[i], FindingKind::kUnreadable, column + "「" + cell + "」不是数值");
      return;
    }
    if (g.stated && std::fabs(*g.stated - *p) >= kAuditCent) {
      Add(rows_[i], FindingKind::kPointsDoNotAddUp,
          column + "写作 " + Points(*p) + "，而「" + g.name + "」的分值是 " + Points(*g.stated) +
              g.source);
      return;
    }
    if (!g.stated)
      State(g, *p, "（" + column + "，第 " + std::to_string(table_.rows[i].line) + " 行）", i);
  }

  void State(Group& g, double points, std::string source, size_t row) {
    g.stated = points;
    g.source = std::move(source);
    g.stated_row = row;
  }

  std::string Describe(const Group& g) const {
    if (g.first_row == kNone) return "「" + g.name + "」下没有指标行，分值合计 0";
    return "「" + g.name + "」下各行分值合计 " + Points(g.points);
  }

  void CheckSubtotal(const Group& g) {
    if (g.group_row == kNone) return;
    AuditRow& a = rows_[g.group_row];
    a.recomputed = RoundFigure(g.recomputed);
    if (a.published && g.scores_readable && std::fabs(*a.published - g.scores) >= kAuditCent)
      Add(a, FindingKind::kSubtotalDiffers,
          "小计 " + Points(*a.published) + " 不等于下级各行得分之和 " + Points(g.scores));
  }

  // Groups the table states no points for, against the template's: siblings (the template
  // children of one parent) are checked together, so that points moved from a group without
  // rows to its siblings are accepted when they add up exactly.
  void CheckTemplatePoints() {
    if (binding_ == nullptr) return;
    std::map<const IndicatorNode*, std::vector<Group*>> families;
    for (Group& g : groups_)
      if (!g.stated && g.one_node && g.node != nullptr && g.node->points && g.points_readable)
        families[g.parent].push_back(&g);
    const Template& t = *binding_->tmpl;
    for (auto& [parent, members] : families) {
      const std::vector<IndicatorNode>& siblings = parent != nullptr ? parent->children : t.roots;
      double absent = 0;
      std::string absent_names;
      for (const IndicatorNode& s : siblings)
        if (s.points && *s.points > 0 && !present_.contains(&s)) {
          absent += *s.points;
          absent_names += (absent_names.empty() ? "「" : "、「") + s.name + "」";
        }
      double moved = 0;
      bool only_gains = true;
      for (const Group* g : members) {
        moved += g->points - *g->node->points;
        only_gains = only_gains && g->points > *g->node->points - kAuditCent;
      }
      if (absent > 0 && only_gains && std::fabs(moved - absent) < kAuditCent) continue;
      for (const Group* g : members) {
        if (std::fabs(g->points - *g->node->points) < kAuditCent) continue;
        std::string why =
            "，不等于模板中「" + g->node->name + "」的分值 " + Points(*g->node->points);
        if (absent > 0)
          why += "（" + absent_names + "没有指标行，其 " + Points(absent) +
                 " 分可移入同级分组，但移入的合计应正好是 " + Points(absent) + " 分）";
        Add(rows_[g->first_row], FindingKind::kPointsDoNotAddUp, Describe(*g) + why);
      }
    }
  }

  const FilledTable& table_;
  const TableBinding* binding_;
  std::vector<AuditRow>& rows_;
  std::vector<Group> groups_;
  std::map<std::pair<std::string, std::string>, size_t> index_;  // (一级, 二级 or "")
  std::set<const IndicatorNode*> present_;  // template nodes some row of the project is under
};

}  // namespace

int CheckGroups(const FilledTable& table, size_t begin, size_t end, const TableBinding* binding,
                std::vector<AuditRow>& rows) {
  return GroupChecker(table, binding, rows).Run(begin, end);
}

}  // namespace jixiao
