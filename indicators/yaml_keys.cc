#include "indicators/yaml_keys.h"

namespace jixiao {
namespace {

std::vector<KeySpec> WithKey(std::vector<KeySpec> keys, KeySpec extra) {
  keys.push_back(std::move(extra));
  return keys;
}

}  // namespace

const std::vector<KeySpec> kTemplateKeys = {
    {"id", {"编号"}},
    {"name", {"名称"}},
    {"version", {"版本"}},
    {"region", {"地区"}},
    {"year", {"年度"}},
    {"source", {"来源", "文件"}},
    {"description", {"说明"}},
    {"extends", {"继承"}},
    {"total", {"总分"}},
    {"form", {"表样"}},
    {"rounding", {"舍入"}},
    {"grades", {"等级"}},
    {"not_applicable", {"不适用"}},
    {"scales", {"量表"}},
    {"defaults", {"默认方法"}},
    {"indicators", {"指标", "指标体系"}},
    {"overrides", {"覆盖"}},
    {"add", {"新增"}},
    {"remove", {"删除"}},
    {"cases", {"测试用例", "用例"}},
};

const std::vector<KeySpec> kNodeKeys = {
    {"id", {"编号"}},
    {"name", {"名称", "指标名称"}},
    {"aliases", {"别名"}},
    {"points", {"分值", "权重"}},
    {"target", {"目标值", "年度指标值", "指标值"}},
    {"comparator", {"指标性质", "绩效指标性质"}},
    {"direction", {"方向", "指标方向"}},
    {"method", {"方法", "评分方法"}},
    {"qualitative_method", {"定性方法"}},
    {"formula", {"公式"}},
    {"criteria", {"评分标准"}},
    {"children", {"下级指标", "子指标"}},
    {"open", {"开放"}},
};

const std::vector<KeySpec> kAddNodeKeys = WithKey(kNodeKeys, {"under", {"上级"}});

const std::vector<KeySpec> kGradeKeys = {
    {"label", {"等级", "名称"}}, {"min", {"下限", "最低分"}}, {"aliases", {"别名"}}};

const std::vector<KeySpec> kScaleLevelKeys = {{"label", {"名称", "档次"}},
                                              {"aliases", {"别名"}},
                                              {"score", {"得分比例", "比例"}},
                                              {"min", {"下限"}},
                                              {"max", {"上限"}}};

const std::vector<KeySpec> kRoundingKeys = {{"mode", {"方式"}}, {"places", {"小数位", "位数"}}};

const std::vector<KeySpec> kDefaultsKeys = {
    {"positive", {"正向"}}, {"negative", {"反向"}}, {"qualitative", {"定性"}}};

const std::vector<KeySpec> kMethodKeys = {
    {"method", {"方法", "评分方法", "name"}},
    {"variant", {"变体"}},
    {"per", {"每次扣分", "step_points"}},
    {"step", {"步长", "step_size"}},
    {"whole_steps", {"整步"}},
    {"measure", {"度量"}},
    {"floor", {"下限"}},
    {"rate", {"扣减比例"}},
    {"tolerance", {"容差"}},
    {"cap", {"封顶"}},
    {"bands", {"分档"}},
    {"items", {"条款"}},
    {"scale", {"量表"}},
    {"formula", {"公式"}},
};

const std::vector<KeySpec> kBandKeys = {
    {"from", {"下限", "min"}},    {"to", {"上限", "max"}},    {"from_inclusive", {"含下限"}},
    {"to_inclusive", {"含上限"}}, {"points", {"得分", "分"}}, {"fraction", {"比例"}},
};

const std::vector<KeySpec> kChecklistKeys = {
    {"label", {"条款", "名称"}},
    {"points", {"分值", "得分"}},
};

const std::vector<KeySpec> kCaseKeys = {
    {"name", {"名称", "用例名称"}},
    {"description", {"说明"}},
    {"project", {"项目"}},
    {"expect", {"预期", "期望"}},
};

const std::vector<KeySpec> kExpectKeys = {
    {"scores", {"得分"}},
    {"total", {"总分"}},
    {"grade", {"等级"}},
};

const std::vector<KeySpec> kProjectFileKeys = {{"projects", {"项目"}}, {"template", {"模板"}}};

const std::vector<KeySpec> kProjectKeys = {
    {"name", {"项目名称"}},
    {"department", {"主管部门"}},
    {"unit", {"实施单位"}},
    {"goal", {"预期目标", "年度总体目标"}},
    {"achieved", {"实际完成情况"}},
    {"budget", {"项目资金", "预算"}},
    {"points", {"分值"}},
    {"indicators", {"指标"}},
    {"published_total", {"公布总分"}},
    {"published_grade", {"公布等级"}},
};

const std::vector<KeySpec> kBudgetKeys = {
    {"initial", {"年初预算数"}},
    {"full_year", {"全年预算数"}},
    {"executed", {"全年执行数", "执行数"}},
    {"unit", {"单位"}},
};

const std::vector<KeySpec> kEntryKeys = {
    {"id", {"ref", "指标", "指标编号"}},
    {"group", {"分组", "上级指标"}},
    {"name", {"指标名称", "三级指标"}},
    {"points", {"分值", "权重"}},
    {"target", {"目标值", "年度指标值", "指标值"}},
    {"actual", {"实际完成值", "业绩值", "完成值"}},
    {"method", {"评分方法", "方法"}},
    {"criteria", {"评分标准"}},
    {"score", {"得分", "评分"}},
    {"band", {"档次", "评价档次"}},
    {"override", {"调整得分", "覆盖得分"}},
    {"note", {"偏差原因", "偏差原因分析及改进措施"}},
    {"not_applicable", {"不适用"}},
    {"count", {"扣分次数"}},
    {"satisfied", {"满足条款"}},
    {"published", {"公布得分"}},
};

const std::vector<KeyTable>& AllKeyTables() {
  static const std::vector<KeyTable> kTables = {
      {"template", &kTemplateKeys},
      {"node", &kNodeKeys},
      {"add_node", &kAddNodeKeys},
      {"grade", &kGradeKeys},
      {"scale_level", &kScaleLevelKeys},
      {"rounding", &kRoundingKeys},
      {"defaults", &kDefaultsKeys},
      {"method", &kMethodKeys},
      {"band", &kBandKeys},
      {"checklist_item", &kChecklistKeys},
      {"case", &kCaseKeys},
      {"expect", &kExpectKeys},
      {"project_file", &kProjectFileKeys},
      {"project", &kProjectKeys},
      {"budget", &kBudgetKeys},
      {"entry", &kEntryKeys},
  };
  return kTables;
}

}  // namespace jixiao
