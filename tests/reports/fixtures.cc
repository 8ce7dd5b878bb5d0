#include "tests/reports/fixtures.h"

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "reports/labels.h"

namespace jixiao::testing {
namespace {

double Round2(double v) { return std::round(v * 100) / 100; }

ScoreNode Group(std::string name, double weight, std::vector<ScoreNode> children) {
  ScoreNode node;
  node.name = std::move(name);
  node.weight = weight;
  node.children = std::move(children);
  return node;
}

struct Row {
  std::string name;
  double weight = 0;
  std::string target;
  std::string actual;
  std::string method;
  double raw = 0;
  double score = 0;
};

ScoreNode Indicator(const Row& row, std::vector<TraceStep> trace = {}) {
  ScoreNode node;
  node.name = row.name;
  node.is_indicator = true;
  node.weight = row.weight;
  node.target_text = row.target;
  node.actual_text = row.actual;
  node.method = row.method;
  node.raw_score = row.raw;
  node.score = row.score;
  node.published_score = row.score;
  node.trace = std::move(trace);
  return node;
}

ScoreNode Judged(std::string name, double weight, std::string target, std::string actual) {
  ScoreNode node = Indicator({std::move(name), weight, std::move(target), std::move(actual),
                              "M14 人工评分", weight, weight});
  node.trace = {
      {"方法", "M14 人工评分"},
      {"录入得分", FormatDecimal(weight) + "（在 [0, " + FormatDecimal(weight) + "] 内）"}};
  return node;
}

// Gives every node its id ("1.2.3" by position unless set), level and path, and
// every group the sum of its children's scores.
void Finish(std::vector<ScoreNode>& nodes, const std::string& id_prefix,
            const std::string& path_prefix, int level) {
  int position = 0;
  for (ScoreNode& node : nodes) {
    if (node.id.empty()) node.id = id_prefix + std::to_string(++position);
    node.level = level;
    node.path = path_prefix + node.name;
    Finish(node.children, node.id + ".", node.path + "/", level + 1);
    if (!node.children.empty()) {
      double sum = 0;
      for (const ScoreNode& child : node.children) sum += child.score;
      node.raw_score = node.score = Round2(sum);
    }
  }
}

}  // namespace

ScoreTree BeijingCarnival() {
  ScoreTree tree;
  tree.stamp = {"beijing_2020", "北京市项目支出绩效自评（2020）", "1", "9f86d081884c7d65"};
  tree.project.name = "第七届北京农业嘉年华举办“扶贫攻坚 决胜小康”项目";
  tree.project.department = "北京市扶贫协作和支援合作工作领导小组办公室";
  tree.project.unit = "北京美好故事文化传播有限公司";
  tree.project.budget.initial = 160;
  tree.project.budget.full_year = 160;
  tree.project.budget.executed = 159.80445;
  tree.project.published_total = 97.99;
  tree.project.published_grade = "优";

  ScoreNode budget =
      Indicator({"预算执行率", 10, "", "", "M1 预算执行率", 9.987778125, 9.99},
                {{"方法", "M1 预算执行率"},
                 {"公式", "w × min(执行数/全年预算数, 1) = 10 × 159.80445/160 = 9.987778"},
                 {"舍入", "9.987778 → 9.99（四舍五入保留2位小数）"}});
  budget.id = "budget";
  budget.budget_execution = true;

  ScoreNode days = Indicator({"指标1:展销天数", 8, "60天", "58天", "M2 正向比例", 7.7333333333, 7},
                             {{"方法", "M2 正向比例"},
                              {"公式", "w × B/A = 8 × 58/60 = 7.733333"},
                              {"舍入", "7.733333 → 7.73（四舍五入保留2位小数）"},
                              {"单位调整", "7.73 → 7（农业嘉年华活动时间为58天）"}});
  days.overridden = true;
  days.computed_score = 7.73;
  days.note = "农业嘉年华活动时间为58天";

  ScoreNode duration =
      Indicator({"指标2:展销时间", 5, "60天", "58", "M2 正向比例", 4.8333333333, 4},
                {{"方法", "M2 正向比例"},
                 {"单位", "实际完成值“58”无单位，按目标值的单位“天”读取"},
                 {"公式", "w × B/A = 5 × 58/60 = 4.833333"},
                 {"舍入", "4.833333 → 4.83（四舍五入保留2位小数）"},
                 {"单位调整", "4.83 → 4（农业嘉年华活动时间为58天）"}});
  duration.overridden = true;
  duration.computed_score = 4.83;
  duration.note = "农业嘉年华活动时间为58天";

  ScoreNode preparation = Indicator({"指标1:工作准备", 5, "30天之内", "21", "M3 反向", 5, 5},
                                    {{"方法", "M3 反向（R2 线性）"},
                                     {"单位", "实际完成值“21”无单位，按目标值的单位“天”读取"},
                                     {"比较", "B = 21 ≤ A = 30：满分"},
                                     {"舍入", "5 → 5.00"}});
  ScoreNode funds = Indicator({"指标1:预计资金", 10, "160万元", "159.80445万元", "M3 反向", 10, 10},
                              {{"方法", "M3 反向（R2 线性）"},
                               {"比较", "B = 159.80445 ≤ A = 160（万元）：满分"},
                               {"舍入", "10 → 10.00"}});
  ScoreNode satisfaction = Indicator(
      {"指标1:各方满意度", 10, "≥90%", "100%", "M2 正向比例", 10, 10},
      {{"方法", "M2 正向比例"}, {"比较", "B = 100% ≥ A = 90%：满分"}, {"舍入", "10 → 10.00"}});

  tree.roots.push_back(std::move(budget));
  tree.roots.push_back(
      Group("产出指标", 50,
            {Group("数量指标", 15,
                   {std::move(days),
                    Judged("指标2:销售数量", 7, "更多的扶贫营销", "有效推动了更多的扶贫营销")}),
             Group("质量指标", 15, {Judged("指标1:管理要求", 15, "符合各种管理规定", "符合规定")}),
             Group("时效指标", 10, {std::move(preparation), std::move(duration)}),
             Group("成本指标", 10, {std::move(funds)})}));
  tree.roots.push_back(Group(
      "效益指标", 30,
      {Group("社会效益指标", 15, {Judged("指标1:推广扶贫理念", 15, "得到推广", "已推广")}),
       Group("可持续影响指标", 15, {Judged("指标1:营销扶贫产品", 15, "促进产品营销", "已营销")})}));
  tree.roots.push_back(
      Group("满意度指标", 10, {Group("服务对象满意度指标", 10, {std::move(satisfaction)})}));
  Finish(tree.roots, "", "", 1);
  tree.roots[0].path = "预算执行率";

  tree.max_total = 100;
  tree.total = 97.99;
  tree.grade = "优";
  tree.execution_rate_percent = 159.80445 / 160 * 100;
  return tree;
}

namespace {

struct SheetGroup {
  const char* level1;
  const char* name;
  double weight;
};

struct SheetRow {
  const char* level2;
  const char* name;
  double weight;
  const char* target;
  const char* actual;
  double score;
  const char* criteria;
  const char* method;
  const char* finding;
};

// Transcribed from shared/reference/shenzhen_2019_dev.json.
constexpr std::pair<const char*, double> kShenzhenLevel1[] = {
    {"投入和管理目标", 25.0}, {"产出目标", 30.0}, {"效果目标", 35.0}, {"影响力目标", 10.0}};

constexpr SheetGroup kShenzhenLevel2[] = {
    {"投入和管理目标", "成本", 2.27},     {"投入和管理目标", "投入管理", 6.81},
    {"投入和管理目标", "财务管理", 6.81}, {"投入和管理目标", "项目管理", 9.11},
    {"投入和管理目标", "资产管理", 0.0},  {"产出目标", "数量", 24.64},
    {"产出目标", "质量", 3.52},           {"产出目标", "时效", 1.84},
    {"效果目标", "社会效益", 17.49},      {"效果目标", "满意度", 17.51},
    {"影响力目标", "长效管理", 2.5},      {"影响力目标", "人力资源", 2.5},
    {"影响力目标", "部门协助", 2.5},      {"影响力目标", "配套设施", 2.5},
    {"影响力目标", "信息共享", 0.0},
};

constexpr SheetRow kShenzhenRows[] = {
    {"成本", "项目预算金额", 2.27, "8041万元", "8041万元", 2.27,
     "业绩值为4301万元得满分；每降低1%扣权重值的1%，扣完为止。", "M11 每降1%扣1%",
     "评分标准中的4301万元与目标值8041万元不一致"},
    {"投入管理", "预算编制合理性", 2.27, "合理", "合理", 2.27, "业绩值为合理得满分；不合理为0分。",
     "M12 定性匹配", ""},
    {"投入管理", "预算资金到位情况", 2.27, "足额到位", "足额到位", 2.27,
     "业绩值为足额到位得满分；未足额到位为0分。", "M12 定性匹配", ""},
    {"投入管理", "预算执行率", 2.27, "100%", "78.93%", 1.79,
     "业绩值为100%得满分；每降低1%扣权重值的1%，扣完为止。", "M11 每降1%扣1%", ""},
    {"财务管理", "财务管理制度健全性", 2.27, "健全", "健全", 2.27,
     "业绩值为健全得满分；不健全为0分。", "M12 定性匹配", ""},
    {"财务管理", "财务监控有效性", 2.27, "有效", "有效", 2.27, "业绩值为有效得满分；无效为0分。",
     "M12 定性匹配", ""},
    {"财务管理", "资金使用规范性", 2.27, "合规", "合规", 2.27, "业绩值为合规得满分；不合规为0分。",
     "M12 定性匹配", ""},
    {"项目管理", "项目管理制度健全性", 2.27, "健全", "健全", 2.27,
     "业绩值为健全得满分；不健全为0分。", "M12 定性匹配", ""},
    {"项目管理", "政府采购规范性", 2.27, "合规", "合规", 2.27, "业绩值为合规得满分；不合规为0分。",
     "M12 定性匹配", ""},
    {"项目管理", "合同管理完备性", 2.27, "完备", "完备", 2.27, "业绩值为完备得满分；不完备为0分。",
     "M12 定性匹配", ""},
    {"项目管理", "项目质量可控性", 2.3, "可控", "可控", 2.3, "业绩值为可控得满分；不可控为0分。",
     "M12 定性匹配", ""},
    {"数量", "微信公众号推送文章", 1.76, "≥200篇", "≥200篇", 1.76,
     "业绩值≥200篇得满分，＜200篇得0分。", "M9 达标全得", ""},
    {"数量", "报道先进人物事迹", 1.76, "≥10人次", "≥10人次", 1.76,
     "业绩值≥10人次得满分，＜10人次得0分。", "M9 达标全得", ""},
    {"数量", "开展网上在线访谈次数", 1.76, "≥4次", "4次", 1.76, "业绩值≥4次得满分，＜4次得0分。",
     "M9 达标全得", ""},
    {"数量", "在部门网站开展征集调查、结果反馈", 1.76, "≥4次", "≥4次", 1.76,
     "业绩值≥4次得满分，＜4次得0分。", "M9 达标全得", ""},
    {"数量", "召开粤桂扶贫协作工作会议", 1.76, "≥1次", "1次", 1.76,
     "业绩值≥1次得满分，＜1次得0分。", "M9 达标全得", ""},
    {"数量", "前往对口地区调研次数", 1.76, "≥50次", "52次", 1.76,
     "业绩值≥50次得满分，＜50次得0分。", "M9 达标全得", ""},
    {"数量", "为寻乌提供的文博会展位面积", 1.76, "≥100平方米", "100平方米", 1.76,
     "业绩值≥100平方米得满分，＜100平方米得0分。", "M9 达标全得", ""},
    {"数量", "与国内其他省市举行对接活动", 1.76, "≥2次", "2次", 1.76,
     "业绩值≥2次得满分，＜2次得0分。", "M9 达标全得", ""},
    {"数量", "组织对口合作工作培训", 1.76, "≥25人次", "≥25人次", 1.76,
     "业绩值≥25人次得满分，＜25人次得0分。", "M9 达标全得", ""},
    {"数量", "援疆前方指挥部运行保障人数", 1.76, "≥128人", "170人", 1.76,
     "业绩值≥128人得满分，＜128人得0分。", "M9 达标全得", ""},
    {"数量", "援藏工作组运行保障人数", 1.76, "≥10人", "≥10人", 1.76,
     "业绩值≥10人得满分，＜10人得0分。", "M9 达标全得", ""},
    {"数量", "省第二扶贫协作工作组运行保障人数", 1.76, "≥27人", "≥27人", 1.76,
     "业绩值≥27人得满分，＜27人得0分。", "M9 达标全得", ""},
    {"数量", "河源指挥部运行保障人数", 1.76, "≥21人", "21人", 1.76,
     "业绩值≥21人得满分，＜21人得0分。", "M9 达标全得", ""},
    {"数量", "汕尾指挥部运行保障人数", 1.76, "≥21人", "36人", 1.76,
     "业绩值≥21人得满分，＜21人得0分。", "M9 达标全得", ""},
    {"质量", "完成课题调研报告", 1.76, "≥8个", "9个", 1.76, "业绩值≥8个得满分，＜8个得0分。",
     "M9 达标全得", ""},
    {"质量", "扶贫协作先进事迹报告会报名参会人数", 1.76, "≥200人", "268人", 1.76,
     "业绩值≥200人得满分，＜200人得0分。", "M9 达标全得", ""},
    {"时效", "工作计划完成及时性", 1.84, "及时", "及时", 1.84, "业绩值及时得满分，不及时得0分。",
     "M12 定性匹配", ""},
    {"社会效益", "公众号电商消费扶贫阅读量", 5.83, "≥20000人次", "24195人次", 5.83,
     "业绩值≥20000人次得满分，＜20000人次得0分。", "M9 达标全得", ""},
    {"社会效益", "媒体对扶贫协作先进事迹报告会的报道次数", 5.83, "≥10次", "≥10次", 5.83,
     "业绩值≥10次得满分，＜10次得0分。", "M9 达标全得", ""},
    {"社会效益", "扶贫济困日主题宣传在全市社区的覆盖", 5.83, "≥800个", "848个", 5.83,
     "业绩值≥800个得满分，＜800个得0分。", "M9 达标全得", ""},
    {"满意度", "派驻干部对我办服务保障工作评价", 5.0, "满意", "满意", 2.0,
     "无投诉，默认为满意，因未开展调查酌情扣分。", "M14 人工评分", "业绩值与目标值相同但扣分 3.00"},
    {"满意度", "被帮扶地干部群众对我市所做的各项工作的评价", 7.51, "满意", "满意", 7.51,
     "业绩值满意得满分，不满意得0分。", "M12 定性匹配", ""},
    {"满意度", "干部对工作培训的评价", 5.0, "满意", "满意", 3.0,
     "业绩值满意得满分，因参与调查人数未达100%，酌情扣分。", "M14 人工评分",
     "业绩值与目标值相同但扣分 2.00"},
    {"长效管理", "长效管理制度健全性", 2.5, "健全", "健全", 2.5, "业绩值健全得满分，不健全得0分。",
     "M12 定性匹配", ""},
    {"人力资源", "人员到位率", 2.5, "100%", "100%", 2.5, "业绩值100%得满分，100%得0分。",
     "M9 达标全得", "评分标准“100%得满分，100%得0分”自相矛盾，按目标值评分"},
    {"部门协助", "沟通协调机制健全性", 2.5, "健全", "健全", 2.5, "业绩值健全得满分，不健全得0分。",
     "M12 定性匹配", ""},
    {"配套设施", "配套设施完备性", 2.5, "完备", "完备", 2.5, "业绩值完备得满分，不完备得0分。",
     "M12 定性匹配", ""},
};

}  // namespace

ScoreTree ShenzhenSheet() {
  ScoreTree tree;
  tree.stamp = {"shenzhen_2019", "深圳市自评价评分表（2019）", "2019.1", "c0ffee00c0ffee00"};
  tree.form = FormLayout::kScoringSheet;
  tree.project.name = "扶贫协作和合作交流行政经费";
  tree.project.department = "深圳市扶贫协作和合作交流办公室";
  tree.project.unit = "深圳市扶贫协作和合作交流办公室";
  tree.project.budget.full_year = 8376.8;
  tree.project.budget.executed = 6611.51;
  tree.project.published_total = 94.52;
  tree.project.published_grade = "优秀";

  for (const auto& [level1, weight1] : kShenzhenLevel1) {
    ScoreNode top = Group(level1, weight1, {});
    for (const SheetGroup& g : kShenzhenLevel2) {
      if (std::string(g.level1) != level1) continue;
      ScoreNode middle = Group(g.name, g.weight, {});
      for (const SheetRow& r : kShenzhenRows) {
        if (std::string(r.level2) != g.name) continue;
        ScoreNode leaf =
            Indicator({r.name, r.weight, r.target, r.actual, r.method, r.score, r.score},
                      {{"方法", r.method}, {"评分标准", r.criteria}});
        leaf.criteria = r.criteria;
        if (*r.finding != '\0') leaf.findings.push_back(r.finding);
        middle.children.push_back(std::move(leaf));
      }
      top.children.push_back(std::move(middle));
    }
    tree.roots.push_back(std::move(top));
  }
  Finish(tree.roots, "", "", 1);

  tree.max_total = 100;
  tree.total = 94.52;
  tree.grade = "优";
  tree.execution_rate_percent = 6611.51 / 8376.8 * 100;
  return tree;
}

ScoreTree EdgeCases() {
  ScoreTree tree;
  tree.stamp = {"central_2020", "中央部门项目支出绩效自评", "2.0", "0123456789abcdef"};
  tree.project.name = "社区居家养老服务补贴";
  tree.project.department = "某区民政局";
  tree.project.unit = "某区养老服务指导中心";
  tree.project.goal = "为辖区困难老人提供居家养老服务";
  tree.project.achieved = "服务覆盖 96.5% 的困难老人\n投诉率数据未报送";
  tree.project.budget.initial = 100;
  tree.project.budget.full_year = 120;
  tree.project.budget.executed = 96;
  tree.project.published_total = 70;

  ScoreNode budget = Indicator({"预算执行率", 10, "", "", "M1 预算执行率", 8, 8},
                               {{"方法", "M1 预算执行率"},
                                {"公式", "w × min(执行数/全年预算数, 1) = 10 × 96/120 = 8"},
                                {"舍入", "8 → 8.00"}});
  budget.id = "budget";
  budget.budget_execution = true;
  budget.published_score = 10;
  budget.findings.push_back("公布得分 10.00，按规则应为 8.00");

  ScoreNode served = Indicator({"服务老人数量", 10, "≥500人", "480人", "M2 正向比例", 9.6, 9.6},
                               {{"方法", "M2 正向比例"}, {"公式", "w × B/A = 10 × 480/500 = 9.6"}});
  served.note = "部分老人迁出辖区";

  ScoreNode visits = Indicator({"上门服务次数", 10, "=SUM(A1)", "+1", "M2 正向比例", 0, 0},
                               {{"方法", "M2 正向比例"}, {"无法评分", "目标值“=SUM(A1)”不是数值"}});
  visits.outcome = Outcome::kCannotScore;
  visits.published_score.reset();
  visits.findings.push_back("目标值不是数值，无法按正向比例评分");

  ScoreNode complaints =
      Indicator({"投诉率", 15, "≤5%", "", "M3 反向", 0, 0},
                {{"方法", "M3 反向（R2 线性）"}, {"缺少数据", "未填写实际完成值"}});
  complaints.outcome = Outcome::kMissingData;
  complaints.published_score.reset();
  complaints.criteria = "投诉率|满意率";

  ScoreNode procurement = Indicator({"政府采购规范性", 15, "合规", "", "M12 定性匹配", 0, 0},
                                    {{"不适用", "本年度无政府采购事项"}});
  procurement.outcome = Outcome::kNotApplicable;
  procurement.published_score.reset();
  procurement.note = "本年度无政府采购事项";

  ScoreNode coverage =
      Indicator({"困难老人居家养老服务覆盖率（含失能、半失能及高龄独居老人，按街道逐月统"
                 "计）",
                 30, "≥95%", "96.5%", "M2 正向比例", 30, 30},
                {{"方法", "M2 正向比例"}, {"比较", "B = 96.5% ≥ A = 95%：满分"}});
  coverage.note = "已完成。\n说明：\"入户\"统计口径调整\t见附件\\表2\x01 | 备注";

  ScoreNode satisfaction =
      Indicator({"服务对象满意度", 10, "≥90%", "@92%", "M14 人工评分", 9, 9},
                {{"方法", "M14 人工评分"}, {"录入得分", "9（在 [0, 10] 内）"}});
  satisfaction.findings.push_back("目标已完成但扣分，且未填写偏差原因");

  tree.roots.push_back(std::move(budget));
  tree.roots.push_back(Group("产出指标", 50,
                             {Group("数量指标", 20, {std::move(served), std::move(visits)}),
                              Group("质量指标", 15, {std::move(complaints)}),
                              Group("时效指标", 15, {std::move(procurement)})}));
  tree.roots.push_back(
      Group("效益指标", 30,
            {Group("社会效益指标", 30, {std::move(coverage)}), Group("生态效益指标", 0, {})}));
  tree.roots.push_back(Group("满意度指标", 10, {std::move(satisfaction)}));
  Finish(tree.roots, "", "", 1);
  tree.roots[0].path = "预算执行率";

  tree.max_total = 100;
  tree.total = 66.59;  // 100 × 56.6 / 85
  tree.rescaled = true;
  tree.grade = "中";
  tree.execution_rate_percent = 80;
  tree.findings.push_back("2 项指标未能评分（缺少数据或无法评分）");
  tree.findings.push_back("有 15 分的指标不适用：总分按适用指标折算，100 × 56.6 / 85 = 66.59");
  tree.findings.push_back("公布总分 70.00，按规则计算为 66.59（相差 3.41）");
  tree.has_problems = true;
  return tree;
}

namespace {

const ScoreNode* FindIn(const std::vector<ScoreNode>& nodes, std::string_view id) {
  for (const ScoreNode& node : nodes) {
    if (node.id == id) return &node;
    if (const ScoreNode* found = FindIn(node.children, id)) return found;
  }
  return nullptr;
}

}  // namespace

const ScoreNode* FindNode(const ScoreTree& tree, std::string_view id) {
  return FindIn(tree.roots, id);
}

}  // namespace jixiao::testing
