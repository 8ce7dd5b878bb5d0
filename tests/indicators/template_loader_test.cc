#include "indicators/template_loader.h"

#include <map>

#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

// Loads `yaml` as "t.yaml"; other files come from `files`.
LoadResult Load(const std::string& yaml, const std::map<std::string, std::string>& files = {}) {
  return LoadTemplateFromString(yaml, "t.yaml", [&](const std::string& path) {
    auto it = files.find(path);
    return it == files.end() ? std::nullopt : std::optional<std::string>(it->second);
  });
}

std::string Messages(const LoadResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) out += FormatDiagnostic(d) + "\n";
  return out;
}

const char* kMinimal = R"(id: t
name: 测试模板
version: "1"
indicators:
  - id: a
    name: 产出指标
    points: 60
    children:
      - {id: a1, name: 数量, points: 60, target: "≥200篇", method: 达标全得}
  - id: b
    name: 满意度
    points: 40
    method: {method: 反向, variant: R2}
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(template_loader)

BOOST_AUTO_TEST_CASE(reads_metadata_hierarchy_and_methods) {
  LoadResult r = Load(kMinimal);
  BOOST_TEST_REQUIRE(r.value.has_value(), Messages(r));
  const Template& t = *r.value;
  BOOST_TEST(t.meta.id == "t");
  BOOST_TEST(t.meta.name == "测试模板");
  BOOST_TEST(t.total == 100);
  BOOST_TEST(t.grades.size() == 4u);
  BOOST_TEST(t.rounding.places == 2);
  BOOST_TEST_REQUIRE(t.roots.size() == 2u);
  BOOST_TEST((t.roots[0].kind == NodeKind::kGroup));
  const IndicatorNode& a1 = t.roots[0].children.at(0);
  BOOST_TEST((a1.kind == NodeKind::kIndicator));
  BOOST_TEST(a1.where.line == 9);
  BOOST_TEST(a1.target->number == 200);
  BOOST_TEST((a1.method->kind == RuleKind::kThreshold));
  BOOST_TEST((t.roots[1].method->kind == RuleKind::kReverse));
  BOOST_TEST((t.roots[1].method->reverse == ReverseVariant::kLinear));
  BOOST_TEST(t.content_hash.size() == 16u);
}

BOOST_AUTO_TEST_CASE(chinese_key_names_are_accepted) {
  LoadResult r =
      Load("id: t\nindicators:\n  - 名称: 产出\n    分值: 100\n    评分方法: 正向比例\n");
  BOOST_TEST_REQUIRE(r.value.has_value(), Messages(r));
  BOOST_TEST(r.value->roots[0].name == "产出");
  BOOST_TEST(*r.value->roots[0].points == 100);
}

BOOST_AUTO_TEST_CASE(unknown_key_is_reported_with_a_suggestion) {
  LoadResult r = Load("id: t\nindicators:\n  - name: 产出\n    pionts: 100\n    method: M2\n");
  BOOST_TEST(!r.value.has_value());
  BOOST_TEST(Messages(r) ==
             "t.yaml:4:5: error: 指标中有未知的键「pionts」 [产出]\n  hint: 是不是「points」？\n");
}

BOOST_AUTO_TEST_CASE(all_problems_are_reported_together) {
  LoadResult r = Load(
      "id: t\nindicators:\n  - name: 甲\n    points: 十\n    method: 不存在的方法\n  - name: 乙\n"
      "    poinst: 3\n");
  BOOST_TEST(r.diagnostics.size() == 3u, Messages(r));
}

BOOST_AUTO_TEST_CASE(unknown_method_lists_the_known_ones) {
  LoadResult r = Load("id: t\nindicators:\n  - name: 甲\n    points: 100\n    method: 正比例\n");
  BOOST_TEST_REQUIRE(r.diagnostics.size() == 1u);
  BOOST_TEST(r.diagnostics[0].message == "未知的评分方法「正比例」");
  BOOST_TEST(r.diagnostics[0].where.line == 5);
  BOOST_TEST(r.diagnostics[0].where.column == 13);
  BOOST_TEST(r.diagnostics[0].hint.find("M2 正向比例") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(malformed_yaml_is_located) {
  LoadResult r = Load("id: t\nindicators: [1, 2\n");
  BOOST_TEST_REQUIRE(r.diagnostics.size() == 1u);
  BOOST_TEST(r.diagnostics[0].message.rfind("YAML 语法错误：", 0) == 0);
  BOOST_TEST(r.diagnostics[0].where.line >= 2);
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_errors) {
  LoadResult r = Load("id: t\nid: u\nindicators: []\n");
  BOOST_TEST(Messages(r).find("t.yaml:2:1: error: 重复的键「id」（第一次出现在第 1 行）") !=
                 std::string::npos,
             Messages(r));
}

BOOST_AUTO_TEST_CASE(non_utf8_file_is_rejected_with_its_position) {
  std::string gbk = "id: t\nname: \xB2\xE2\xCA\xD4\n";  // 测试 in GBK
  LoadResult r = Load(gbk);
  BOOST_TEST(Messages(r) ==
             "t.yaml:2:7: error: 文件不是 UTF-8 编码（可能是 GBK）\n  hint: 用编辑器把文件另存为 "
             "UTF-8 编码\n");
}

BOOST_AUTO_TEST_CASE(merge_keys_are_rejected) {
  LoadResult r = Load("id: t\nbase: &b {points: 1}\nindicators:\n  - <<: *b\n    name: 甲\n");
  BOOST_TEST(Messages(r).find("不支持 YAML 合并键 <<") != std::string::npos, Messages(r));
}

BOOST_AUTO_TEST_CASE(alias_expansion_is_bounded) {
  std::string bomb = "id: t\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'i'; ++c, ++prev)
    bomb += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" +
            prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + "]\n";
  LoadResult r = Load(bomb);
  BOOST_TEST(!r.value.has_value());
  BOOST_TEST(Messages(r).find("YAML 别名展开后节点过多") != std::string::npos, Messages(r));
}

BOOST_AUTO_TEST_CASE(yaml_nesting_is_bounded) {
  LoadResult r = Load("id: t\nindicators: " + std::string(70, '[') + std::string(70, ']') + "\n");
  BOOST_TEST(!r.value.has_value());
  BOOST_TEST(Messages(r) == "t.yaml:2:76: error: YAML 嵌套过深（上限 64 层）\n", Messages(r));
}

BOOST_AUTO_TEST_CASE(hierarchy_depth_is_bounded) {
  std::string yaml = "id: t\nname: 深\nindicators:\n";
  std::string indent = "  ";
  for (int level = 1; level <= 13; ++level, indent += "    ")
    yaml += indent + "- name: 第" + std::to_string(level) + "级\n" + indent + "  points: 100\n" +
            indent + "  children:\n";
  yaml += indent + "- {name: 叶, points: 100, method: 达标全得}\n";
  LoadResult r = Load(yaml);
  BOOST_TEST(!r.value.has_value());
  BOOST_TEST(Messages(r).find("error: 指标层级过深（上限 12 级）") != std::string::npos,
             Messages(r));
}

BOOST_AUTO_TEST_CASE(number_of_indicators_is_bounded) {
  std::string yaml = "id: t\nname: 多\nindicators:\n";
  for (int i = 0; i < 5001; ++i) yaml += "  - {name: i" + std::to_string(i) + ", points: 1}\n";
  LoadResult r = Load(yaml);
  BOOST_TEST(!r.value.has_value());
  BOOST_TEST(Messages(r) ==
                 "t.yaml:1:1: error: 模板中的指标过多（5001 个，上限 5000 个）\n"
                 "  hint: 一个模板只写一套指标体系；把不相关的指标拆到不同模板中\n",
             Messages(r));
}

BOOST_AUTO_TEST_CASE(extends_overrides_adds_and_removes_nodes) {
  std::map<std::string, std::string> files = {{"base.yaml", kMinimal}};
  LoadResult r = Load(
      "id: child\nextends: base.yaml\nrounding: none\n"
      "overrides:\n  - {id: b, points: 30, method: 正向比例}\n"
      "add:\n  - {under: a, id: a2, name: 质量, points: 10, method: 达标全得}\n",
      files);
  BOOST_TEST_REQUIRE(r.value.has_value(), Messages(r));
  const Template& t = *r.value;
  BOOST_TEST(t.meta.id == "child");
  BOOST_TEST(t.meta.name == "测试模板");
  BOOST_TEST(t.extends.at(0) == "t");
  BOOST_TEST((t.rounding.mode == RoundingMode::kNone));
  BOOST_TEST(*t.roots[1].points == 30);
  BOOST_TEST((t.roots[1].method->kind == RuleKind::kProportional));
  BOOST_TEST(t.roots[0].children.size() == 2u);
  BOOST_TEST(Load(kMinimal).value->content_hash != t.content_hash);
}

BOOST_AUTO_TEST_CASE(extends_of_a_missing_file_and_cycles_are_errors) {
  LoadResult missing = Load("id: c\nextends: nope.yaml\n");
  BOOST_TEST(Messages(missing).find("无法读取模板文件 nope.yaml") != std::string::npos,
             Messages(missing));
  std::map<std::string, std::string> files = {{"a.yaml", "id: a\nextends: t.yaml\n"}};
  LoadResult cycle = Load("id: t\nextends: a.yaml\n", files);
  BOOST_TEST(Messages(cycle).find("模板循环继承") != std::string::npos, Messages(cycle));
}

BOOST_AUTO_TEST_CASE(hash_changes_with_any_byte) {
  std::string changed = kMinimal;
  changed.replace(changed.find("60, target"), 2, "60");
  BOOST_TEST(Load(kMinimal).value->content_hash == Load(kMinimal).value->content_hash);
  std::string other = std::string(kMinimal) + "# comment\n";
  BOOST_TEST(Load(kMinimal).value->content_hash != Load(other).value->content_hash);
}

BOOST_AUTO_TEST_CASE(shipped_templates_load) {
  for (const char* name : {"central_2020.yaml"}) {
    LoadResult r = LoadTemplateFile(std::string(JIXIAO_SOURCE_DIR) + "/indicators/sets/" + name);
    BOOST_TEST(r.value.has_value(), name << "\n" << Messages(r));
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
