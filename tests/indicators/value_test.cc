#include "indicators/value.h"

#include <charconv>
#include <ostream>
#include <random>
#include <string>
#include <utility>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace jixiao {
namespace {

namespace bdata = boost::unit_test::data;
namespace tt = boost::test_tools;

constexpr ValueKind kEmpty = ValueKind::kEmpty;
constexpr ValueKind kNumber = ValueKind::kNumber;
constexpr ValueKind kDeadline = ValueKind::kDeadline;
constexpr ValueKind kText = ValueKind::kText;
constexpr Comparator kNone = Comparator::kNone;
constexpr Comparator kAtLeast = Comparator::kAtLeast;
constexpr Comparator kMoreThan = Comparator::kMoreThan;
constexpr Comparator kEqual = Comparator::kEqual;
constexpr Comparator kAtMost = Comparator::kAtMost;
constexpr Comparator kLessThan = Comparator::kLessThan;

struct ValueCase {
  const char* input;
  ValueKind kind;
  Comparator comparator;
  double number;
  const char* unit;
  const char* qualifier;
};

std::ostream& operator<<(std::ostream& os, const ValueCase& c) {
  return os << "「" << c.input << "」";
}

// Every distinct target and actual cell of reference/beijing_2020_dev.json
// (also the whitespace-bearing transcriptions kept under "raw"),
// shenzhen_2019_dev.json, and xicheng_2022_targets.json (the value cell, and
// 绩效指标性质 + value + 度量单位 joined).
// clang-format off
const ValueCase kReferenceCells[] = {
    {"1", kNumber, kNone, 1, "", ""},
    {"1 年", kNumber, kNone, 1, "年", ""},
    {"10 万 元", kNumber, kNone, 10, "万元", ""},
    {"100 万元", kNumber, kNone, 100, "万元", ""},
    {"100%", kNumber, kNone, 100, "%", ""},
    {"100万元", kNumber, kNone, 100, "万元", ""},
    {"100平方米", kNumber, kNone, 100, "平方米", ""},
    {"109.97 28 万 元", kNumber, kNone, 109.9728, "万元", ""},
    {"109.9728万元", kNumber, kNone, 109.9728, "万元", ""},
    {"10万元", kNumber, kNone, 10, "万元", ""},
    {"115.0902 万元", kNumber, kNone, 115.0902, "万元", ""},
    {"115.0902万元", kNumber, kNone, 115.0902, "万元", ""},
    {"12", kNumber, kNone, 12, "", ""},
    {"12 万 元", kNumber, kNone, 12, "万元", ""},
    {"12 月 底之前 完成", kDeadline, kAtMost, 365, "日", ""},
    {"12 月 底完成 全年任 务", kDeadline, kAtMost, 365, "日", ""},
    {"12 月 月底前完 成", kDeadline, kAtMost, 365, "日", ""},
    {"12 月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"12.712 万元", kNumber, kNone, 12.712, "万元", ""},
    {"12.712万元", kNumber, kNone, 12.712, "万元", ""},
    {"12万元", kNumber, kNone, 12, "万元", ""},
    {"12月底之前完成", kDeadline, kAtMost, 365, "日", ""},
    {"12月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"12月底完成全年任务", kDeadline, kAtMost, 365, "日", ""},
    {"12月月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"14", kNumber, kNone, 14, "", ""},
    {"159.80445 万元", kNumber, kNone, 159.80445, "万元", ""},
    {"159.80445万元", kNumber, kNone, 159.80445, "万元", ""},
    {"160 万元", kNumber, kNone, 160, "万元", ""},
    {"160万元", kNumber, kNone, 160, "万元", ""},
    {"170人", kNumber, kNone, 170, "人", ""},
    {"1年", kNumber, kNone, 1, "年", ""},
    {"1次", kNumber, kNone, 1, "次", ""},
    {"2", kNumber, kNone, 2, "", ""},
    {"2 集", kNumber, kNone, 2, "集", ""},
    {"20", kNumber, kNone, 20, "", ""},
    {"21", kNumber, kNone, 21, "", ""},
    {"21人", kNumber, kNone, 21, "人", ""},
    {"24195人次", kNumber, kNone, 24195, "人次", ""},
    {"268人", kNumber, kNone, 268, "人", ""},
    {"28.8 万元", kNumber, kNone, 28.8, "万元", ""},
    {"28.8万元", kNumber, kNone, 28.8, "万元", ""},
    {"2次", kNumber, kNone, 2, "次", ""},
    {"2集", kNumber, kNone, 2, "集", ""},
    {"3", kNumber, kNone, 3, "", ""},
    {"30 天之内", kNumber, kAtMost, 30, "天", ""},
    {"30天之内", kNumber, kAtMost, 30, "天", ""},
    {"36人", kNumber, kNone, 36, "人", ""},
    {"4 块", kNumber, kNone, 4, "块", ""},
    {"4块", kNumber, kNone, 4, "块", ""},
    {"4次", kNumber, kNone, 4, "次", ""},
    {"5", kNumber, kNone, 5, "", ""},
    {"52 万元", kNumber, kNone, 52, "万元", ""},
    {"52万元", kNumber, kNone, 52, "万元", ""},
    {"52次", kNumber, kNone, 52, "次", ""},
    {"58", kNumber, kNone, 58, "", ""},
    {"58 天", kNumber, kNone, 58, "天", ""},
    {"58天", kNumber, kNone, 58, "天", ""},
    {"60 天", kNumber, kNone, 60, "天", ""},
    {"60天", kNumber, kNone, 60, "天", ""},
    {"7 省市", kNumber, kNone, 7, "省市", ""},
    {"70 万元", kNumber, kNone, 70, "万元", ""},
    {"70万元", kNumber, kNone, 70, "万元", ""},
    {"78.93%", kNumber, kNone, 78.93, "%", ""},
    {"7省市", kNumber, kNone, 7, "省市", ""},
    {"8 万元", kNumber, kNone, 8, "万元", ""},
    {"8 省市", kNumber, kNone, 8, "省市", ""},
    {"8041万元", kNumber, kNone, 8041, "万元", ""},
    {"81.92", kNumber, kNone, 81.92, "", ""},
    {"848个", kNumber, kNone, 848, "个", ""},
    {"88 万元", kNumber, kNone, 88, "万元", ""},
    {"88万元", kNumber, kNone, 88, "万元", ""},
    {"89", kNumber, kNone, 89, "", ""},
    {"8万元", kNumber, kNone, 8, "万元", ""},
    {"8省市", kNumber, kNone, 8, "省市", ""},
    {"91", kNumber, kNone, 91, "", ""},
    {"95", kNumber, kNone, 95, "", ""},
    {"9个", kNumber, kNone, 9, "个", ""},
    {"=3个", kNumber, kEqual, 3, "个", ""},
    {"=89家", kNumber, kEqual, 89, "家", ""},
    {"=91家", kNumber, kEqual, 91, "家", ""},
    {"≤12月", kNumber, kAtMost, 12, "月", ""},
    {"≤20万元", kNumber, kAtMost, 20, "万元", ""},
    {"≤81.92万元", kNumber, kAtMost, 81.92, "万元", ""},
    {"≥ 90%", kNumber, kAtLeast, 90, "%", ""},
    {"≥100平方米", kNumber, kAtLeast, 100, "平方米", ""},
    {"≥10人", kNumber, kAtLeast, 10, "人", ""},
    {"≥10人次", kNumber, kAtLeast, 10, "人次", ""},
    {"≥10次", kNumber, kAtLeast, 10, "次", ""},
    {"≥128人", kNumber, kAtLeast, 128, "人", ""},
    {"≥1次", kNumber, kAtLeast, 1, "次", ""},
    {"≥20000人次", kNumber, kAtLeast, 20000, "人次", ""},
    {"≥200人", kNumber, kAtLeast, 200, "人", ""},
    {"≥200篇", kNumber, kAtLeast, 200, "篇", ""},
    {"≥20家", kNumber, kAtLeast, 20, "家", ""},
    {"≥21人", kNumber, kAtLeast, 21, "人", ""},
    {"≥25人次", kNumber, kAtLeast, 25, "人次", ""},
    {"≥27人", kNumber, kAtLeast, 27, "人", ""},
    {"≥2批", kNumber, kAtLeast, 2, "批", ""},
    {"≥2次", kNumber, kAtLeast, 2, "次", ""},
    {"≥4次", kNumber, kAtLeast, 4, "次", ""},
    {"≥50次", kNumber, kAtLeast, 50, "次", ""},
    {"≥800个", kNumber, kAtLeast, 800, "个", ""},
    {"≥8个", kNumber, kAtLeast, 8, "个", ""},
    {"≥90%", kNumber, kAtLeast, 90, "%", ""},
    {"≥95%", kNumber, kAtLeast, 95, "%", ""},
    {"不超过 10 万 元", kNumber, kAtMost, 10, "万元", ""},
    {"不超过 12.712 万元", kNumber, kAtMost, 12.712, "万元", ""},
    {"不超过10万元", kNumber, kAtMost, 10, "万元", ""},
    {"不超过12.712万元", kNumber, kAtMost, 12.712, "万元", ""},
    {"优良中低差", kText, kNone, 0, "", ""},
    {"促进产品营销", kText, kNone, 0, "", ""},
    {"保证项目按计划完成, 财政资金效益得到提高", kText, kNone, 0, "", ""},
    {"保证项目按计划完成,财政资金效益得到提高", kText, kNone, 0, "", ""},
    {"健全", kText, kNone, 0, "", ""},
    {"全年确保新媒体官方账号高效运行, 安排专人驻办开展新闻报道工作。", kText, kNone, 0, "", ""},
    {"全年确保新媒体官方账号高效运行,安排专人驻办开展新闻报道工作。", kText, kNone, 0, "", ""},
    {"全部", kText, kNone, 0, "", ""},
    {"出版优秀扶贫新闻作品集", kText, kNone, 0, "", ""},
    {"及时", kText, kNone, 0, "", ""},
    {"及时整 改", kText, kNone, 0, "", ""},
    {"及时整改", kText, kNone, 0, "", ""},
    {"可控", kText, kNone, 0, "", ""},
    {"各 1 部", kNumber, kNone, 1, "部", ""},
    {"各1部", kNumber, kNone, 1, "部", ""},
    {"合理", kText, kNone, 0, "", ""},
    {"合规", kText, kNone, 0, "", ""},
    {"完备", kText, kNone, 0, "", ""},
    {"完成 2 个考评, 提供报告", kNumber, kNone, 2, "个", ""},
    {"完成 3 个考评, 提供报告", kNumber, kNone, 3, "个", ""},
    {"完成 36 家考评, 提供报告", kNumber, kNone, 36, "家", ""},
    {"完成2个考评,提供报告", kNumber, kNone, 2, "个", ""},
    {"完成36家考评,提供报告", kNumber, kNone, 36, "家", ""},
    {"完成3个考评,提供报告", kNumber, kNone, 3, "个", ""},
    {"完成招标工作", kText, kNone, 0, "", ""},
    {"完成招标工作 签订合作协议", kText, kNone, 0, "", ""},
    {"完成招标工作签订合作协议", kText, kNone, 0, "", ""},
    {"客观、公正反应问题, 并得到有效整改", kText, kNone, 0, "", ""},
    {"客观、公正反应问题,并得到有效整改", kText, kNone, 0, "", ""},
    {"已推广", kText, kNone, 0, "", ""},
    {"已营销", kText, kNone, 0, "", ""},
    {"年度选树扶贫之星 100 人", kNumber, kNone, 100, "人", ""},
    {"年度选树扶贫之星100人", kNumber, kNone, 100, "人", ""},
    {"得到体现", kText, kNone, 0, "", ""},
    {"得到促进", kText, kNone, 0, "", ""},
    {"得到保证", kText, kNone, 0, "", ""},
    {"得到扩大", kText, kNone, 0, "", ""},
    {"得到推 动", kText, kNone, 0, "", ""},
    {"得到推动", kText, kNone, 0, "", ""},
    {"得到推广", kText, kNone, 0, "", ""},
    {"得到提 升", kText, kNone, 0, "", ""},
    {"得到提升", kText, kNone, 0, "", ""},
    {"得到提高", kText, kNone, 0, "", ""},
    {"得到整 改完善", kText, kNone, 0, "", ""},
    {"得到整改完善", kText, kNone, 0, "", ""},
    {"按时完成工作", kText, kNone, 0, "", ""},
    {"按照财政要求", kText, kNone, 0, "", ""},
    {"控制在 12 万 元以内", kNumber, kAtMost, 12, "万元", ""},
    {"控制在 预算控 制数内", kText, kNone, 0, "", ""},
    {"控制在12万元以内", kNumber, kAtMost, 12, "万元", ""},
    {"控制在预算控制数内", kText, kNone, 0, "", ""},
    {"更多的扶贫营销", kText, kNone, 0, "", ""},
    {"有所促进", kText, kNone, 0, "", ""},
    {"有所扩大", kText, kNone, 0, "", ""},
    {"有所提升", kText, kNone, 0, "", ""},
    {"有所提高", kText, kNone, 0, "", ""},
    {"有所进步", kText, kNone, 0, "", ""},
    {"有效", kText, kNone, 0, "", ""},
    {"有效推动了更多的扶贫营销", kText, kNone, 0, "", ""},
    {"根据财政任务时间, 按时完成工作", kText, kNone, 0, "", ""},
    {"根据财政任务时间,按时完成工作", kText, kNone, 0, "", ""},
    {"满意", kText, kNone, 0, "", ""},
    {"符合", kText, kNone, 0, "", ""},
    {"符合各种管理规定", kText, kNone, 0, "", ""},
    {"符合编制要求", kText, kNone, 0, "", ""},
    {"符合规定", kText, kNone, 0, "", ""},
    {"良好", kText, kNone, 0, "", ""},
    {"足额到位", kText, kNone, 0, "", ""},
    {"进行整 改完善", kText, kNone, 0, "", ""},
    {"进行整改完善", kText, kNone, 0, "", ""},
    {"顺利完成", kText, kNone, 0, "", ""},
};
// clang-format on

// Forms the reference files do not show, but the grammar promises.
// clang-format off
const ValueCase kEdgeCases[] = {
    {"   ", kEmpty, kNone, 0, "", ""},
    {"3,718.81", kNumber, kNone, 3718.81, "", ""},
    {"３,７１８.８１万元", kNumber, kNone, 3718.81, "万元", ""},
    {"1,234,567元", kNumber, kNone, 1234567, "元", ""},
    {"-5%", kNumber, kNone, -5, "%", ""},
    {"−5", kNumber, kNone, -5, "", ""},
    {"+5", kNumber, kNone, 5, "", ""},
    {"约100人", kNumber, kNone, 100, "人", "约"},
    {"近14万平方米", kNumber, kNone, 14, "万平方米", "近"},
    {"大约100人", kNumber, kNone, 100, "人", "大约"},
    {"接近95%", kNumber, kNone, 95, "%", "接近"},
    {"100人左右", kNumber, kNone, 100, "人", "左右"},
    {"50余人", kNumber, kNone, 50, "人", "余"},
    {"100多人", kNumber, kNone, 100, "人", "多"},
    {"≥约100人", kNumber, kAtLeast, 100, "人", "约"},
    {"节约资金10万元", kNumber, kNone, 10, "万元", ""},
    {"最近3年", kNumber, kNone, 3, "年", ""},
    {"参与人数约100人", kNumber, kNone, 100, "人", "约"},
    {"90%以上", kNumber, kAtLeast, 90, "%", ""},
    {"90%及以上", kNumber, kAtLeast, 90, "%", ""},
    {"90%(含)以上", kNumber, kAtLeast, 90, "%", ""},
    {"不低于90%", kNumber, kAtLeast, 90, "%", ""},
    {"大于等于90%", kNumber, kAtLeast, 90, "%", ""},
    {"＞＝90%", kNumber, kAtLeast, 90, "%", ""},
    {">=90%", kNumber, kAtLeast, 90, "%", ""},
    {"不少于20家", kNumber, kAtLeast, 20, "家", ""},
    {"至少3次", kNumber, kAtLeast, 3, "次", ""},
    {"＞90%", kNumber, kMoreThan, 90, "%", ""},
    {">90%", kNumber, kMoreThan, 90, "%", ""},
    {"大于80%", kNumber, kMoreThan, 80, "%", ""},
    {"高于80%", kNumber, kMoreThan, 80, "%", ""},
    {"超过5家", kNumber, kMoreThan, 5, "家", ""},
    {"多于3场", kNumber, kMoreThan, 3, "场", ""},
    {"等于3个", kNumber, kEqual, 3, "个", ""},
    {"≤5", kNumber, kAtMost, 5, "", ""},
    {"<=5", kNumber, kAtMost, 5, "", ""},
    {"小于等于5", kNumber, kAtMost, 5, "", ""},
    {"不高于10%", kNumber, kAtMost, 10, "%", ""},
    {"控制在12万元", kNumber, kAtMost, 12, "万元", ""},
    {"10万元以下", kNumber, kAtMost, 10, "万元", ""},
    {"60天以内", kNumber, kAtMost, 60, "天", ""},
    {"3个月内", kNumber, kAtMost, 3, "个月", ""},
    {"＜5", kNumber, kLessThan, 5, "", ""},
    {"小于3次", kNumber, kLessThan, 3, "次", ""},
    {"低于5%", kNumber, kLessThan, 5, "%", ""},
    {"少于3次", kNumber, kLessThan, 3, "次", ""},
    {"12月", kNumber, kNone, 12, "月", ""},
    {"≤12月", kNumber, kAtMost, 12, "月", ""},
    {"1年", kNumber, kNone, 1, "年", ""},
    {"4次/年", kNumber, kNone, 4, "次/年", ""},
    {"10kg", kNumber, kNone, 10, "kg", ""},
    {"12月底前", kDeadline, kAtMost, 365, "日", ""},
    {"12月前完成", kDeadline, kAtMost, 365, "日", ""},
    {"6月30日前", kDeadline, kAtMost, 181, "日", ""},
    {"6月30日", kDeadline, kAtMost, 181, "日", ""},
    {"12月31日之前", kDeadline, kAtMost, 365, "日", ""},
    {"2022年12月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"2022年底前", kDeadline, kAtMost, 365, "日", ""},
    {"于12月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"按要求于12月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"十二月底前完成", kDeadline, kAtMost, 365, "日", ""},
    {"三月末", kDeadline, kAtMost, 90, "日", ""},
    {"年底前", kDeadline, kAtMost, 365, "日", ""},
    {"年内", kDeadline, kAtMost, 365, "日", ""},
    {"年度内", kDeadline, kAtMost, 365, "日", ""},
    {"本年度内", kDeadline, kAtMost, 365, "日", ""},
    {"当年内", kDeadline, kAtMost, 365, "日", ""},
    {"一季度", kDeadline, kAtMost, 90, "日", ""},
    {"二季度", kDeadline, kAtMost, 181, "日", ""},
    {"第二季度", kDeadline, kAtMost, 181, "日", ""},
    {"三季度", kDeadline, kAtMost, 273, "日", ""},
    {"第三季度末", kDeadline, kAtMost, 273, "日", ""},
    {"四季度", kDeadline, kAtMost, 365, "日", ""},
    {"上半年", kDeadline, kAtMost, 181, "日", ""},
    {"下半年", kDeadline, kAtMost, 365, "日", ""},
    {"上半年完成80%", kNumber, kNone, 80, "%", ""},
    {"3年内完成", kNumber, kAtMost, 3, "年", ""},
    {"80%-90%", kText, kNone, 0, "", ""},
    {"2省3地", kText, kNone, 0, "", ""},
    {"≥良", kText, kNone, 0, "", ""},
    {"优良中低差", kText, kNone, 0, "", ""},
};
// clang-format on

void CheckCase(const ValueCase& c) {
  Value v = ParseValue(c.input);
  BOOST_TEST(v.error == "");
  BOOST_TEST(static_cast<int>(v.kind) == static_cast<int>(c.kind));
  BOOST_TEST(static_cast<int>(v.comparator) == static_cast<int>(c.comparator));
  BOOST_TEST(v.number == c.number, tt::tolerance(1e-12));
  BOOST_TEST(v.unit == c.unit);
  BOOST_TEST(v.qualifier == c.qualifier);
}

struct ErrorCase {
  const char* input;
  const char* error;
};

std::ostream& operator<<(std::ostream& os, const ErrorCase& c) {
  return os << "「" << c.input << "」";
}

// clang-format off
const ErrorCase kErrorCases[] = {
    {"1,5",          "数值「1,5」的逗号不是千分位：千分位逗号后应有三位数字，小数请用小数点"},
    {"1234,567",     "数值「1234,567」的逗号不是千分位：千分位逗号后应有三位数字，小数请用小数点"},
    {"3,71.8",       "数值「3,71.8」的逗号不是千分位：千分位逗号后应有三位数字，小数请用小数点"},
    {"≥1.234,5万元", "数值「1.234,5」的逗号不是千分位：千分位逗号后应有三位数字，小数请用小数点"},
    {"1.2.3",        "数值「1.2.3」有 2 个小数点"},
    {"≥",            "「≥」的比较符后缺少数值"},
    {"≥%",           "「≥%」的比较符后缺少数值"},
    {"不低于",       "「不低于」的比较符后缺少数值"},
    {"≤ 万元",       "「≤ 万元」的比较符后缺少数值"},
    {"万元",         "「万元」只有单位，缺少数值"},
    {"%",            "「%」只有单位，缺少数值"},
    {"≥90%以下",     "「≥90%以下」前后写了两个不同的比较符"},
    {"13月底前",     "「13月底前」的月份 13 不存在"},
    {"2月30日前",    "「2月30日前」的日期不存在：2 月只有 28 天"},
    {"\xB2\xBB\xB5\xCD\xD3\xDA", "不是有效的 UTF-8 文本（可能是 GBK 编码）"},  // GBK 不低于
};
// clang-format on

}  // namespace

BOOST_AUTO_TEST_SUITE(value)

BOOST_DATA_TEST_CASE(reads_every_reference_cell, bdata::make(kReferenceCells), c) { CheckCase(c); }

BOOST_DATA_TEST_CASE(reads_the_promised_forms, bdata::make(kEdgeCases), c) { CheckCase(c); }

BOOST_DATA_TEST_CASE(reports_malformed_cells_as_text_with_an_error, bdata::make(kErrorCases), c) {
  Value v = ParseValue(c.input);
  BOOST_TEST(static_cast<int>(v.kind) == static_cast<int>(ValueKind::kText));
  BOOST_TEST(static_cast<int>(v.comparator) == static_cast<int>(Comparator::kNone));
  BOOST_TEST(v.error == c.error);
}

BOOST_AUTO_TEST_CASE(keeps_the_trimmed_input_as_raw) {
  Value v = ParseValue("  ≥ 90%\u3000");
  BOOST_TEST(v.raw == "≥ 90%");
  BOOST_TEST(ParseValue("  ").raw == "");
  BOOST_TEST(ParseValue("＞＝９０％").raw == "＞＝９０％");
}

BOOST_AUTO_TEST_CASE(keeps_the_label_of_a_number_written_in_words) {
  BOOST_TEST(ParseValue("完成 3 个考评, 提供报告").text == "完成3个考评,提供报告");
  BOOST_TEST(ParseValue("年度选树扶贫之星100人").text == "年度选树扶贫之星100人");
  BOOST_TEST(ParseValue("各1部").text == "各1部");
  BOOST_TEST(ParseValue("≥90%").text == "");
  BOOST_TEST(ParseValue("控制在12万元以内").text == "");
  BOOST_TEST(ParseValue("约100人").text == "");
}

BOOST_AUTO_TEST_CASE(counts_the_decimals_a_number_is_written_with) {
  const std::pair<const char*, int> kPlaces[] = {
      {"98%", 0},          {"99.9%", 1},        {"99.88%", 2}, {"99.87778125%", 8}, {"98.60%", 2},
      {"49.56", 2},        {"3,718.81", 2},     {"≥99.5%", 1}, {"约100人", 0},      {"-0.125", 3},
      {"９９．８８％", 2}, {"12月底前完成", 0}, {"合理", 0},
  };
  for (const auto& [text, places] : kPlaces) BOOST_TEST(ParseValue(text).places == places, text);
}

BOOST_AUTO_TEST_CASE(keeps_a_label_without_whitespace) {
  BOOST_TEST(ParseValue("得到提 升").text == "得到提升");
  BOOST_TEST(ParseValue("控制在 预算控 制数内").text == "控制在预算控制数内");
  BOOST_TEST(ParseValue("80%-90%").text == "80%-90%");
  BOOST_TEST(ParseValue("").text == "");
}

struct ConversionCase {
  double amount;
  const char* from;
  const char* to;
  std::optional<double> expected;
};

std::ostream& operator<<(std::ostream& os, const ConversionCase& c) {
  return os << c.amount << c.from << " → " << c.to;
}

const ConversionCase kConversions[] = {
    {52, "万元", "元", 520000},
    {520000, "元", "万元", 52},
    {159.80445, "万元", "元", 1598044.5},
    {3, "亿元", "万元", 30000},
    {12, "千元", "万元", 1.2},
    {1.5, "亿元", "元", 150000000},
    {14, "万平方米", "平方米", 140000},
    {90, "%", "%", 90},
    {52, "", "万元", 52},
    {52, "万元", "", 52},
    {90, "%", "", 90},
    {100, "人", "万元", std::nullopt},
    {12, "月", "日", std::nullopt},
    {5, "人次", "人", std::nullopt},
};

BOOST_DATA_TEST_CASE(converts_money_and_scaled_units_exactly, bdata::make(kConversions), c) {
  std::optional<double> got = ConvertUnit(c.amount, c.from, c.to);
  BOOST_TEST(got.has_value() == c.expected.has_value());
  if (got && c.expected) BOOST_TEST(*got == *c.expected);
}

struct ComparatorCase {
  const char* text;
  Comparator comparator;
};

std::ostream& operator<<(std::ostream& os, const ComparatorCase& c) {
  return os << "「" << c.text << "」";
}

const ComparatorCase kComparators[] = {
    {"≥", kAtLeast},      {">=", kAtLeast},
    {"＞＝", kAtLeast},   {"大于等于", kAtLeast},
    {"不低于", kAtLeast}, {"不少于", kAtLeast},
    {">", kMoreThan},     {"＞", kMoreThan},
    {"大于", kMoreThan},  {"超过", kMoreThan},
    {"=", kEqual},        {"＝", kEqual},
    {"等于", kEqual},     {"≤", kAtMost},
    {"<=", kAtMost},      {"小于等于", kAtMost},
    {"不超过", kAtMost},  {"<", kLessThan},
    {"小于", kLessThan},  {"低于", kLessThan},
    {" ≥ ", kAtLeast},    {"定性", Comparator::kQualitative},
    {"", kNone},
};

BOOST_DATA_TEST_CASE(parses_comparators_as_templates_write_them, bdata::make(kComparators), c) {
  std::optional<Comparator> got = ParseComparator(c.text);
  BOOST_TEST_REQUIRE(got.has_value());
  BOOST_TEST(static_cast<int>(*got) == static_cast<int>(c.comparator));
}

BOOST_AUTO_TEST_CASE(rejects_unknown_comparators) {
  BOOST_TEST(!ParseComparator("约").has_value());
  BOOST_TEST(!ParseComparator("≥≥").has_value());
  BOOST_TEST(!ParseComparator("正向").has_value());
}

BOOST_AUTO_TEST_CASE(prints_each_comparator_as_its_symbol) {
  BOOST_TEST(ComparatorSymbol(kNone) == "");
  BOOST_TEST(ComparatorSymbol(kAtLeast) == "≥");
  BOOST_TEST(ComparatorSymbol(kMoreThan) == ">");
  BOOST_TEST(ComparatorSymbol(kEqual) == "=");
  BOOST_TEST(ComparatorSymbol(kAtMost) == "≤");
  BOOST_TEST(ComparatorSymbol(kLessThan) == "<");
  BOOST_TEST(ComparatorSymbol(Comparator::kQualitative) == "定性");
  for (Comparator c : {kAtLeast, kMoreThan, kEqual, kAtMost, kLessThan, Comparator::kQualitative})
    BOOST_TEST(static_cast<int>(*ParseComparator(ComparatorSymbol(c))) == static_cast<int>(c));
}

BOOST_AUTO_TEST_CASE(points_cells_hold_one_plain_number) {
  BOOST_TEST(ParsePoints("2.27").value_or(-1) == 2.27);
  BOOST_TEST(ParsePoints(" 10分 ").value_or(-1) == 10.0);
  BOOST_TEST(ParsePoints("０").value_or(-1) == 0.0);
  for (const char* other : {"", "≥90%", "52万元", "约10", "优", "1.2.3", "12月底前完成", "10人"})
    BOOST_TEST(!ParsePoints(other).has_value(), other);
}

// Random plain decimals and near misses, with what may follow them in a row: the length and value
// read are those of the rule (digits, then a point and digits) and of from_chars.
BOOST_AUTO_TEST_CASE(plain_decimal_prefixes_agree_with_from_chars) {
  std::mt19937 rng(7);
  const char* const tails[] = {"",  ",",  "\n",    ",数量指标", ".",    "..5",
                               "%", "e5", "5,6\n", ",12.5\n",   "\r\n", "元"};
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    for (auto d = rng() % 18; d > 0; --d) text += static_cast<char>('0' + rng() % 10);
    if (rng() % 2) {
      text += '.';
      for (auto d = rng() % 12; d > 0; --d) text += static_cast<char>('0' + rng() % 10);
    }
    text += tails[rng() % std::size(tails)];
    if (rng() % 4 == 0) text.resize(rng() % (text.size() + 1));
    // The rule, byte by byte.
    size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    size_t length = digits;
    if (digits < text.size() && text[digits] == '.' && digits + 1 < text.size() &&
        text[digits + 1] >= '0' && text[digits + 1] <= '9') {
      length = digits + 1;
      while (length < text.size() && text[length] >= '0' && text[length] <= '9') ++length;
    }
    if (digits == 0 || digits > 15) length = 0;
    double value = -1;
    BOOST_TEST_REQUIRE(ParsePlainDecimalPrefix(text, value) == length, text);
    if (length == 0) continue;
    double expected = 0;
    std::from_chars(text.data(), text.data() + length, expected);
    BOOST_TEST_REQUIRE(value == expected, text);
    BOOST_TEST_REQUIRE((ParsePlainDecimal(text) == expected) == (length == text.size()), text);
  }
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace jixiao
