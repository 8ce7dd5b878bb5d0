#include "indicators/declaration_skeleton.h"

#include <cmath>
#include <cstdlib>

#include "indicators/number_text.h"
#include "indicators/utf8.h"

namespace jixiao {
namespace {

bool Matches(const IndicatorNode& n, std::string_view s) {
  if (n.id == s || n.name == s) return true;
  for (const std::string& alias : n.aliases)
    if (alias == s) return true;
  return false;
}

void OpenGroupsNamed(const IndicatorNode& n, std::string_view name,
                     std::vector<const IndicatorNode*>& out) {
  if (n.kind == NodeKind::kOpenGroup && Matches(n, name)) out.push_back(&n);
  for (const IndicatorNode& c : n.children) OpenGroupsNamed(c, name, out);
}

bool HasOpenGroup(const IndicatorNode& n) {
  if (n.kind == NodeKind::kOpenGroup) return true;
  for (const IndicatorNode& c : n.children)
    if (HasOpenGroup(c)) return true;
  return false;
}

// The level-1 node (index into t.roots) whose open group `level2` the indicator goes under:
// under the root named `level1`, else the only open group of that name anywhere; -1 if none.
int RootOf(const Template& t, const DeclaredIndicator& d) {
  for (size_t r = 0; r < t.roots.size(); ++r) {
    if (!Matches(t.roots[r], d.level1)) continue;
    std::vector<const IndicatorNode*> found;
    OpenGroupsNamed(t.roots[r], d.level2, found);
    if (found.size() == 1) return static_cast<int>(r);
  }
  int root = -1;
  for (size_t r = 0; r < t.roots.size(); ++r) {
    std::vector<const IndicatorNode*> found;
    OpenGroupsNamed(t.roots[r], d.level2, found);
    if (found.empty()) continue;
    if (root >= 0 || found.size() > 1) return -1;
    root = static_cast<int>(r);
  }
  return root;
}

// Points in whole cents, so that shares add up exactly.
long long Cents(double points) { return std::llround(points * 100); }
std::string FromCents(long long cents) { return NumberText(static_cast<double>(cents) / 100, 2); }

// The proposed points of each indicator of `p` (empty when none), and the project's own split
// of level-1 points ("产出指标: 80") when a group without indicators gave its points away.
struct Proposal {
  std::vector<std::string> points;
  std::vector<std::string> split;
};

Proposal Propose(const Template& t, const DeclaredProject& p,
                 std::vector<Diagnostic>& diagnostics) {
  Proposal out;
  out.points.resize(p.indicators.size());
  std::vector<int> root_of(p.indicators.size());
  std::vector<int> count(t.roots.size(), 0);
  for (size_t i = 0; i < p.indicators.size(); ++i) {
    const DeclaredIndicator& d = p.indicators[i];
    root_of[i] = RootOf(t, d);
    if (root_of[i] >= 0) {
      ++count[static_cast<size_t>(root_of[i])];
      continue;
    }
    diagnostics.push_back(
        {Severity::kWarning, d.where, p.name + "/" + d.level1 + "/" + d.level2 + "/" + d.level3,
         "模板「" + t.meta.id + "」中没有开放分组「" + d.level1 + "/" + d.level2 + "」，未拟定分值",
         "改正一级、二级指标的名称，或在模板中为它加别名（aliases）"});
  }
  std::vector<long long> cents(t.roots.size());
  for (size_t r = 0; r < t.roots.size(); ++r) cents[r] = Cents(t.roots[r].points.value_or(0));
  std::vector<long long> moved = cents;
  auto present = [&](size_t r) { return count[r] > 0; };
  for (size_t r = 0; r < t.roots.size(); ++r) {
    if (present(r) || !HasOpenGroup(t.roots[r]) || cents[r] == 0) continue;
    int to = -1;
    for (size_t k = r; k-- > 0 && to < 0;)
      if (present(k)) to = static_cast<int>(k);
    for (size_t k = r + 1; k < t.roots.size() && to < 0; ++k)
      if (present(k)) to = static_cast<int>(k);
    if (to < 0) continue;
    moved[static_cast<size_t>(to)] += cents[r];
    moved[r] = 0;
  }
  for (size_t r = 0; r < t.roots.size(); ++r)
    if (moved[r] != cents[r])
      out.split.push_back(YamlScalar(t.roots[r].name) + ": " + FromCents(moved[r]));
  std::vector<int> seen(t.roots.size(), 0);
  for (size_t i = 0; i < p.indicators.size(); ++i) {
    if (root_of[i] < 0) continue;
    size_t r = static_cast<size_t>(root_of[i]);
    long long n = count[r], k = seen[r]++;
    // Equal shares in cents; the first (total mod n) indicators take one cent more.
    out.points[i] = FromCents(moved[r] / n + (k < moved[r] % n ? 1 : 0));
  }
  return out;
}

bool LooksLikeNonString(std::string_view s) {
  std::string lower;
  for (char c : s) lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})
    if (lower == word) return true;
  std::string copy(s);
  char* end = nullptr;
  std::strtod(copy.c_str(), &end);
  return end != copy.c_str() && *end == '\0';
}

class Writer {
 public:
  void Line(int indent, std::string_view text) {
    out_ += std::string(static_cast<size_t>(indent), ' ');
    out_ += text;
    out_ += '\n';
  }
  void Field(int indent, std::string_view key, std::string_view value,
             std::string_view comment = {}) {
    std::string text = std::string(key) + ":" + (value.empty() ? "" : " " + std::string(value));
    if (!comment.empty()) {
      int width = indent + DisplayWidth(text);
      text += std::string(width < 32 ? static_cast<size_t>(32 - width) : 1, ' ') + "# ";
      text += comment;
    }
    Line(indent, text);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

void WriteIndicator(Writer& w, const DeclaredIndicator& d, const std::string& points,
                    bool has_template) {
  if (!d.activity.empty() || !d.task.empty())
    w.Line(6, "# 活动：" + d.activity + "；任务：" + d.task);
  w.Line(6, "- group: " + YamlScalar(d.level1 + "/" + d.level2));
  w.Field(8, "name", YamlScalar(d.level3));
  w.Field(
      8, "points", points,
      points.empty() ? (has_template ? "分值：模板中无此分组，请填写" : "分值：按模板填写") : "");
  std::string comment;
  if (d.direction) comment = *d.direction == Direction::kPositive ? "正向" : "反向";
  if (d.weight)
    comment += (comment.empty() ? "" : "，") + std::string("申报权重 ") + NumberText(*d.weight);
  w.Field(8, "target", d.target.empty() ? "" : YamlScalar(d.target), comment);
  w.Field(8, "actual", "", "实际完成值，年底填写");
}

}  // namespace

std::string YamlScalar(std::string_view text) {
  bool plain =
      !text.empty() && text.front() != ' ' && text.back() != ' ' &&
      std::string_view("-?:,[]{}#&*!|>'\"%@`").find(text.front()) == std::string_view::npos &&
      text.find(": ") == std::string_view::npos && text.find(" #") == std::string_view::npos &&
      text.back() != ':' && !LooksLikeNonString(text);
  for (char c : text) plain &= static_cast<unsigned char>(c) >= 0x20 && c != 0x7F;
  if (plain) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string DeclarationSkeleton(const Declaration& declaration, const Template* tmpl,
                                std::vector<Diagnostic>& diagnostics) {
  Writer w;
  w.Line(0, "# 项目数据骨架：jixiao declare 由绩效目标申报表 " + declaration.file + " 生成。");
  if (tmpl) {
    w.Line(0, "# 分值按模板 " + tmpl->meta.id + " 版本 " + tmpl->meta.version +
                  " 拟定：每个一级指标的分值平均分给本项目在其下申报的指标；");
    w.Line(0, "# 项目没有申报指标的一级指标，其分值并入前一个（没有时后一个）有指标的一级指标");
    w.Line(0, "# （见各项目的 points）。请核对后再用。");
  } else {
    w.Line(0, "# 每个指标的 points（分值）按所用模板填写，各组合计须等于模板中该组的分值");
    w.Line(0, "# （或用 jixiao declare 申报表 --template 模板.yaml 拟定分值）。");
  }
  w.Line(0, "# 年底填写：budget 的 full_year（全年预算数）和 executed（全年执行数）；每个指标的");
  w.Line(0, "# actual（实际完成值，定性指标写达到的程度）；评分方法要评价人打分的（定性三档、");
  w.Line(
      0,
      "# 人工评分）再填 score（得分）和 band（档次）；有偏差的写 note（偏差原因分析及改进措施）。");
  w.Line(0, "# 然后运行 jixiao score 模板.yaml 本文件。");
  w.Line(0, "# 格式见 docs/data-format.md。");
  w.Line(0, "projects:");
  for (size_t i = 0; i < declaration.projects.size(); ++i) {
    const DeclaredProject& p = declaration.projects[i];
    Proposal proposal;
    if (tmpl) proposal = Propose(*tmpl, p, diagnostics);
    if (i > 0) w.Line(0, "");
    w.Line(2, "- name: " + YamlScalar(p.name));
    if (!p.department.empty()) w.Field(4, "department", YamlScalar(p.department));
    if (!p.unit.empty()) w.Field(4, "unit", YamlScalar(p.unit));
    if (!p.category.empty()) w.Line(4, "# 项目类别：" + p.category);
    if (!p.goal.empty()) w.Field(4, "goal", YamlScalar(p.goal));
    w.Line(4, "budget:");
    w.Field(6, "initial", p.budget ? NumberText(*p.budget) : "", "申报的项目总额");
    w.Field(6, "full_year", "", "全年预算数，年底填写");
    w.Field(6, "executed", "", "全年执行数，年底填写");
    w.Field(6, "unit", YamlScalar(p.budget_unit));
    if (!proposal.split.empty()) {
      std::string split;
      for (const std::string& s : proposal.split) split += (split.empty() ? "" : ", ") + s;
      w.Field(4, "points", "{" + split + "}", "本项目的一级指标分值");
    }
    w.Line(4, "indicators:");
    for (size_t k = 0; k < p.indicators.size(); ++k)
      WriteIndicator(w, p.indicators[k], tmpl ? proposal.points[k] : "", tmpl != nullptr);
  }
  return w.Take();
}

}  // namespace jixiao
