#include "reports/form_rows.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "reports/labels.h"

namespace jixiao {
namespace {

using Chain = std::vector<const ScoreNode*>;  // root … leaf

struct Context {
  const ScoreTree& tree;
  int places;
  const ScoreNode* budget_node;  // shown in the 项目资金 block, not among the indicator rows
  std::vector<const ScoreNode*> overridden;  // in row order, for footnote marks
};

const ScoreNode* FindBudgetNode(const std::vector<ScoreNode>& nodes) {
  for (const ScoreNode& node : nodes) {
    if (node.budget_execution) return &node;
    if (const ScoreNode* found = FindBudgetNode(node.children)) return found;
  }
  return nullptr;
}

void CollectChains(const std::vector<ScoreNode>& nodes, const ScoreNode* skip, Chain& chain,
                   std::vector<Chain>& chains) {
  for (const ScoreNode& node : nodes) {
    if (&node == skip) continue;
    chain.push_back(&node);
    if (node.children.empty())
      chains.push_back(chain);
    else
      CollectChains(node.children, skip, chain, chains);
    chain.pop_back();
  }
}

std::string Points(const Context& ctx, double points) { return FormatPoints(points, ctx.places); }

std::string DisplayPath(const ScoreNode& node) { return node.path.empty() ? node.name : node.path; }

// Differences at or above half a unit of the last printed place count (0.005
// for 2 places).

std::string MarkOf(const Context& ctx, const ScoreNode& node) {
  if (!node.overridden) return "";
  if (ctx.overridden.size() == 1) return "*";
  for (size_t i = 0; i < ctx.overridden.size(); ++i)
    if (ctx.overridden[i] == &node) return "*" + std::to_string(i + 1);
  return "*";
}

FormCell TextCell(std::string text) {
  FormCell cell;
  cell.text = std::move(text);
  return cell;
}

// A numeric cell: `value` printed as `text`, or blank when there is no value.
FormCell NumberCell(std::optional<double> value, std::string text) {
  FormCell cell;
  cell.text = value ? std::move(text) : std::string();
  cell.numeric = true;
  cell.value = value;
  return cell;
}

FormCell PointsCell(const Context& ctx, double points) {
  return NumberCell(points, Points(ctx, points));
}

FormCell ScoreCell(const Context& ctx, const ScoreNode& node) {
  if (node.overridden || node.outcome == Outcome::kScored) {
    FormCell cell = PointsCell(ctx, node.score);
    cell.mark = MarkOf(ctx, node);
    return cell;
  }
  return TextCell(std::string(OutcomeLabel(node.outcome)));
}

std::string GroupLabel(const Context& ctx, const ScoreNode& node) {
  if (ctx.tree.form == FormLayout::kScoringSheet)
    return GroupWithWeight(node.name, Points(ctx, node.weight));
  return node.name;
}

std::vector<std::string> NodeRemarks(const Context& ctx, const ScoreNode& node) {
  std::vector<std::string> remarks;
  std::string path = DisplayPath(node);
  if (node.overridden)
    remarks.push_back(OverrideNote(MarkOf(ctx, node), Points(ctx, node.computed_score), node.note));
  for (const std::string& finding : node.findings)
    remarks.push_back(NodeFindingNote(path, finding));
  if (ctx.tree.form == FormLayout::kScoringSheet && !node.note.empty() && !node.overridden)
    remarks.push_back(NodeRemarkNote(path, node.note));
  return remarks;
}

std::vector<FormColumn> IndicatorColumns(FormLayout layout, int depth) {
  std::vector<FormColumn> columns;
  for (int level = 1; level <= depth; ++level)
    columns.push_back({LevelTitle(level), ColumnKind::kLevel, level, false});
  ValueColumnTitles titles = ValueTitles(layout);
  if (layout == FormLayout::kScoringSheet) {
    columns.push_back({std::string(titles.weight), ColumnKind::kWeight, 0, true});
    columns.push_back({std::string(titles.target), ColumnKind::kTarget, 0, false});
    columns.push_back({std::string(titles.actual), ColumnKind::kActual, 0, false});
    columns.push_back({std::string(titles.score), ColumnKind::kScore, 0, true});
    columns.push_back({std::string(kLabelCriteria), ColumnKind::kCriteria, 0, false});
  } else {
    columns.push_back({std::string(titles.target), ColumnKind::kTarget, 0, false});
    columns.push_back({std::string(titles.actual), ColumnKind::kActual, 0, false});
    columns.push_back({std::string(titles.weight), ColumnKind::kWeight, 0, true});
    columns.push_back({std::string(titles.score), ColumnKind::kScore, 0, true});
    columns.push_back({std::string(kLabelNote), ColumnKind::kNote, 0, false});
  }
  return columns;
}

// Index of the first column of `kind`, or columns.size() when the layout has
// none.
size_t ColumnOf(const std::vector<FormColumn>& columns, ColumnKind kind) {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].kind == kind) return i;
  return columns.size();
}

void Put(FormRow& row, const std::vector<FormColumn>& columns, ColumnKind kind, FormCell cell) {
  size_t i = ColumnOf(columns, kind);
  if (i < row.cells.size()) row.cells[i] = std::move(cell);
}

// The value cells an indicator (or the budget node) shares between the table
// and CSV.
void PutValues(const Context& ctx, const ScoreNode& node, const std::vector<FormColumn>& columns,
               FormRow& row) {
  Put(row, columns, ColumnKind::kWeight, PointsCell(ctx, node.weight));
  Put(row, columns, ColumnKind::kScore, ScoreCell(ctx, node));
  Put(row, columns, ColumnKind::kNote, TextCell(node.note));
  Put(row, columns, ColumnKind::kCriteria, TextCell(node.criteria));
}

FormCell AmountCell(const std::optional<double>& amount) {
  return NumberCell(amount, amount ? FormatAmount(*amount) : std::string());
}

std::string ExecutionRate(const ScoreTree& tree) {
  return tree.execution_rate_percent ? FormatPercent(*tree.execution_rate_percent) : std::string();
}

std::optional<FormBlock> FundsBlock(const Context& ctx) {
  const BudgetFigures& budget = ctx.tree.project.budget;
  bool scored_here = ctx.tree.form == FormLayout::kProjectSelfEvaluation;
  bool any_figure = budget.initial || budget.full_year || budget.executed;
  if (!any_figure && ctx.budget_node == nullptr) return std::nullopt;

  FormBlock block;
  block.columns.push_back({FundsTitle(budget.unit), ColumnKind::kLabel, 0, false});
  block.columns.push_back({std::string(kLabelBudgetInitial), ColumnKind::kAmount, 0, true});
  block.columns.push_back({std::string(kLabelBudgetFullYear), ColumnKind::kAmount, 0, true});
  block.columns.push_back({std::string(kLabelBudgetExecuted), ColumnKind::kAmount, 0, true});
  if (scored_here)
    block.columns.push_back({std::string(kLabelWeight), ColumnKind::kWeight, 0, true});
  block.columns.push_back({std::string(kLabelExecutionRate), ColumnKind::kRate, 0, true});
  if (scored_here) block.columns.push_back({std::string(kLabelScore), ColumnKind::kScore, 0, true});

  std::vector<FormCell> row;
  row.push_back(TextCell(std::string(kLabelFundsTotal)));
  row.push_back(AmountCell(budget.initial));
  row.push_back(AmountCell(budget.full_year));
  row.push_back(AmountCell(budget.executed));
  const ScoreNode* node = ctx.budget_node;
  if (scored_here)
    row.push_back(node ? PointsCell(ctx, node->weight) : NumberCell(std::nullopt, ""));
  row.push_back(NumberCell(ctx.tree.execution_rate_percent, ExecutionRate(ctx.tree)));
  if (scored_here) row.push_back(node ? ScoreCell(ctx, *node) : NumberCell(std::nullopt, ""));
  block.rows.push_back(std::move(row));
  return block;
}

FormRow BudgetRow(const Context& ctx, const std::vector<FormColumn>& columns, int depth) {
  const ScoreNode& node = *ctx.budget_node;
  const BudgetFigures& budget = ctx.tree.project.budget;
  FormRow row;
  row.kind = RowKind::kBudget;
  row.node_id = node.id;
  row.cells.resize(columns.size());
  row.cells[0] = TextCell(std::string(kLabelFunds));
  if (depth >= 3) row.cells[1] = TextCell(std::string(kLabelFundsTotal));
  if (depth >= 2) row.cells[static_cast<size_t>(depth - 1)] = TextCell(node.name);
  if (budget.full_year)
    Put(row, columns, ColumnKind::kTarget,
        TextCell(FundsTargetText(FormatAmount(*budget.full_year), budget.unit)));
  if (budget.executed)
    Put(row, columns, ColumnKind::kActual,
        TextCell(
            FundsActualText(FormatAmount(*budget.executed), budget.unit, ExecutionRate(ctx.tree))));
  PutValues(ctx, node, columns, row);
  row.remarks = NodeRemarks(ctx, node);
  return row;
}

FormRow IndicatorRow(const Context& ctx, const std::vector<FormColumn>& columns, int depth,
                     const Chain& chain, const Chain* previous) {
  FormRow row;
  row.cells.resize(columns.size());
  for (size_t i = 0; i + 1 < chain.size(); ++i) {
    const ScoreNode& group = *chain[i];
    row.cells[i] = TextCell(GroupLabel(ctx, group));
    bool continued = previous != nullptr && previous->size() > i + 1 && (*previous)[i] == &group;
    row.cells[i].continuation = continued;
    if (!continued) {
      std::vector<std::string> remarks = NodeRemarks(ctx, group);
      row.remarks.insert(row.remarks.end(), remarks.begin(), remarks.end());
    }
  }
  const ScoreNode& leaf = *chain.back();
  row.node_id = leaf.id;
  if (leaf.is_indicator) {
    row.kind = RowKind::kIndicator;
    row.cells[static_cast<size_t>(depth - 1)] = TextCell(leaf.name);
    Put(row, columns, ColumnKind::kTarget, TextCell(leaf.target_text));
    Put(row, columns, ColumnKind::kActual, TextCell(leaf.actual_text));
    PutValues(ctx, leaf, columns, row);
  } else {
    row.kind = RowKind::kGroup;
    row.cells[chain.size() - 1] = TextCell(GroupLabel(ctx, leaf));
    if (ctx.tree.form != FormLayout::kScoringSheet)
      Put(row, columns, ColumnKind::kWeight, PointsCell(ctx, leaf.weight));
  }
  std::vector<std::string> remarks = NodeRemarks(ctx, leaf);
  row.remarks.insert(row.remarks.end(), remarks.begin(), remarks.end());
  return row;
}

// Sets row_span on the first cell of each run of continuations in every level
// column.
void SetRowSpans(const std::vector<FormColumn>& columns, std::vector<FormRow>& rows) {
  for (size_t col = 0; col < columns.size(); ++col) {
    if (columns[col].kind != ColumnKind::kLevel) continue;
    for (size_t r = 0; r < rows.size(); ++r) {
      FormCell& cell = rows[r].cells[col];
      if (cell.continuation) {
        cell.row_span = 0;
        continue;
      }
      int span = 1;
      for (size_t next = r + 1; next < rows.size() && rows[next].cells[col].continuation; ++next)
        ++span;
      cell.row_span = span;
    }
  }
}

std::vector<FormRow> SummaryRows(const Context& ctx, const std::vector<FormColumn>& columns) {
  const ScoreTree& tree = ctx.tree;
  FormRow total;
  total.kind = RowKind::kTotal;
  total.cells.resize(columns.size());
  total.cells[0] = TextCell(std::string(kLabelTotal));
  Put(total, columns, ColumnKind::kWeight, PointsCell(ctx, tree.max_total));
  Put(total, columns, ColumnKind::kScore, PointsCell(ctx, tree.total));
  total.remarks = tree.findings;

  FormRow grade;
  grade.kind = RowKind::kGrade;
  grade.cells.resize(columns.size());
  grade.cells[0] = TextCell(std::string(kLabelGrade));
  Put(grade, columns, ColumnKind::kScore, TextCell(tree.grade));
  return {std::move(total), std::move(grade)};
}

bool Contains(const ScoreNode& node, const ScoreNode* wanted) {
  if (&node == wanted) return true;
  for (const ScoreNode& child : node.children)
    if (Contains(child, wanted)) return true;
  return false;
}

// The subtotal of each root, when some root is a group: `chains[i]` is the chain of row
// `first_chain_row + i`; the budget node's row is row 0.
std::vector<FormSubtotal> Subtotals(const Context& ctx, const std::vector<Chain>& chains,
                                    size_t first_chain_row) {
  std::vector<FormSubtotal> subtotals;
  bool any_group = false;
  for (const ScoreNode& root : ctx.tree.roots) any_group |= !root.is_indicator;
  if (!any_group) return subtotals;
  for (const ScoreNode& root : ctx.tree.roots) {
    FormSubtotal subtotal{root.name, PointsCell(ctx, root.weight), ScoreCell(ctx, root), {}};
    if (ctx.budget_node != nullptr && Contains(root, ctx.budget_node)) subtotal.rows.push_back(0);
    for (size_t i = 0; i < chains.size(); ++i)
      if (chains[i].front() == &root) subtotal.rows.push_back(first_chain_row + i);
    subtotals.push_back(std::move(subtotal));
  }
  return subtotals;
}

}  // namespace

Form BuildForm(const ScoreTree& tree) {
  Context ctx{tree, PointPlaces(tree.rounding), nullptr, {}};
  if (tree.form == FormLayout::kProjectSelfEvaluation) ctx.budget_node = FindBudgetNode(tree.roots);

  std::vector<Chain> chains;
  Chain chain;
  CollectChains(tree.roots, ctx.budget_node, chain, chains);
  int depth = 1;
  for (const Chain& c : chains) depth = std::max(depth, static_cast<int>(c.size()));

  if (ctx.budget_node != nullptr && ctx.budget_node->overridden)
    ctx.overridden.push_back(ctx.budget_node);
  for (const Chain& c : chains)
    if (c.back()->overridden) ctx.overridden.push_back(c.back());

  Form form;
  form.layout = tree.form;
  form.point_places = ctx.places;
  form.title = std::string(LayoutTitle(tree.form));
  form.project_name = tree.project.name;
  form.header = {{std::string(kLabelProjectName), tree.project.name},
                 {std::string(kLabelDepartment), tree.project.department},
                 {std::string(kLabelUnit), tree.project.unit}};
  form.stamp = StampLine(tree.stamp.id, tree.stamp.version, tree.stamp.hash);
  form.funds = FundsBlock(ctx);
  if (!tree.project.goal.empty() || !tree.project.achieved.empty())
    form.goals = FormGoals{std::string(kLabelGoals),
                           {{std::string(kLabelGoalExpected), tree.project.goal},
                            {std::string(kLabelGoalAchieved), tree.project.achieved}}};

  form.columns = IndicatorColumns(tree.form, depth);
  if (ctx.budget_node != nullptr) form.rows.push_back(BudgetRow(ctx, form.columns, depth));
  for (size_t i = 0; i < chains.size(); ++i)
    form.rows.push_back(
        IndicatorRow(ctx, form.columns, depth, chains[i], i > 0 ? &chains[i - 1] : nullptr));
  SetRowSpans(form.columns, form.rows);
  form.subtotals = Subtotals(ctx, chains, ctx.budget_node != nullptr ? 1 : 0);
  for (FormRow& row : SummaryRows(ctx, form.columns)) form.rows.push_back(std::move(row));

  for (const FormRow& row : form.rows)
    form.notes.insert(form.notes.end(), row.remarks.begin(), row.remarks.end());
  return form;
}

std::vector<FormField> FormGoals::Lines() const {
  std::vector<FormField> lines;
  for (const FormField& column : columns)
    if (!column.value.empty()) lines.push_back({GoalLineLabel(title, column.label), column.value});
  return lines;
}

std::vector<const CellRow*> FundsRows(const Form& form) {
  std::vector<const CellRow*> rows;
  if (form.funds)
    for (const CellRow& row : form.funds->rows) rows.push_back(&row);
  return rows;
}

std::vector<const CellRow*> IndicatorRows(const Form& form) {
  std::vector<const CellRow*> rows;
  for (const FormRow& row : form.rows)
    if (row.kind != RowKind::kBudget) rows.push_back(&row.cells);
  return rows;
}

std::string RenderForms(const std::vector<ScoreTree>& trees, std::string (*render)(const Form&)) {
  std::string out;
  for (size_t i = 0; i < trees.size(); ++i) {
    if (i > 0) out += "\n";
    out += render(BuildForm(trees[i]));
  }
  return out;
}

}  // namespace jixiao
