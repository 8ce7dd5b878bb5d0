#include "rules/criteria_text.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "indicators/number_text.h"
#include "indicators/utf8.h"

namespace jixiao {
namespace {

// What one clause ("＜200篇得0分") says happens.
enum class ClauseKind {
  kFull,          // …得满分
  kZero,          // …得0分 / 不得分 / 为0分
  kPoints,        // …得8分
  kProportional,  // 按业绩值/目标值*权重得分
  kDeduct,        // 每降低1%扣权重值的1% / 每超过一个百分点扣0.5分
  kStop,          // 扣完为止
  kCap,           // 本项最高分值为指标总分值
  kJudged,        // 酌情扣分
  kDefault,       // 默认得满分
  kUnknown,
};

// The condition of a clause: nothing, a number ("≥200篇"), a range ("80%(含)-90%"), a share of
// the target ("低于目标值50%") or a label ("合理").
enum class ConditionKind { kNone, kNumber, kRange, kRelative, kLabel, kBad };

struct Condition {
  ConditionKind kind = ConditionKind::kNone;
  Value value;            // kNumber, kRelative (number in %), kLabel
  Band band;              // kRange
  bool relative = false;  // kRange: of the target ("达到目标值80%(含)-100%")
  std::string text;
};

struct Clause {
  ClauseKind kind = ClauseKind::kUnknown;
  Condition condition;
  double points = 0;                                    // kPoints; kDeduct: points per step
  bool of_weight = false;                               // kDeduct: "扣权重值的1%"
  double step = 1;                                      // kDeduct
  std::string step_unit;                                // kDeduct: "%", "个百分点", "次"
  DeductionMeasure measure = DeductionMeasure::kCount;  // kDeduct
  std::string text;
};

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
bool Contains(std::string_view s, std::string_view p) { return s.find(p) != std::string::npos; }

std::string StripPrefixes(std::string s, std::initializer_list<std::string_view> prefixes) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view p : prefixes)
      if (StartsWith(s, p)) {
        s.erase(0, p.size());
        again = true;
      }
  }
  return s;
}

// Splits at , ; 。 (after NFKC), but not at a thousands separator between digits.
std::vector<std::string> SplitClauses(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ',' && i > 0 && i + 1 < s.size() &&
        std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1])))
      continue;  // 20,000
    if (c == ',' || c == ';' || c == ':') {
      flush();
    } else if (s.compare(i, 3, "。") == 0 || s.compare(i, 3, "；") == 0 ||
               s.compare(i, 3, "，") == 0) {
      flush();
      i += 2;
    } else {
      cur += c;
    }
  }
  flush();
  return out;
}

// A leading number in digits or a small Chinese numeral ("一个百分点" → 1); `rest` is what follows.
std::optional<double> LeadingNumber(std::string_view s, std::string_view& rest) {
  size_t n = 0;
  while (n < s.size() && (std::isdigit(static_cast<unsigned char>(s[n])) || s[n] == '.')) ++n;
  if (n > 0) {
    rest = s.substr(n);
    return std::strtod(std::string(s.substr(0, n)).c_str(), nullptr);
  }
  static const std::pair<std::string_view, double> kNumerals[] = {
      {"半", 0.5}, {"一", 1}, {"两", 2}, {"二", 2}, {"三", 3}, {"四", 4},
      {"五", 5},   {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}};
  for (const auto& [text, value] : kNumerals)
    if (StartsWith(s, text)) {
      rest = s.substr(text.size());
      return value;
    }
  return std::nullopt;
}

std::optional<Band> ParseRange(const std::string& s) {
  // "80%(含)-90%", "80-90%", "80%至90%(含)"
  for (std::string_view sep : {"-", "~", "至", "到", "—"}) {
    size_t at = s.find(sep);
    if (at == std::string::npos || at == 0) continue;
    std::string low = s.substr(0, at), high = s.substr(at + sep.size());
    if (EndsWith(high, "之间")) high.resize(high.size() - 6);
    Band band;
    band.raw = s;
    band.low_inclusive = true;
    band.high_inclusive = false;
    if (EndsWith(low, "(含)")) low.resize(low.size() - 5);
    if (EndsWith(low, "(不含)")) {
      low.resize(low.size() - 8);
      band.low_inclusive = false;
    }
    if (EndsWith(high, "(含)")) {
      high.resize(high.size() - 5);
      band.high_inclusive = true;
    }
    if (EndsWith(high, "(不含)")) high.resize(high.size() - 8);
    Value lo = ParseValue(low), hi = ParseValue(high);
    if (lo.kind != ValueKind::kNumber || hi.kind != ValueKind::kNumber) return std::nullopt;
    if (lo.comparator != Comparator::kNone || hi.comparator != Comparator::kNone)
      return std::nullopt;
    if (!lo.unit.empty() && !hi.unit.empty() && lo.unit != hi.unit) return std::nullopt;
    if (!(lo.number < hi.number)) return std::nullopt;
    band.low = lo.number;
    band.high = hi.number;
    return band;
  }
  return std::nullopt;
}

Condition ParseCondition(std::string text) {
  Condition c;
  text = StripPrefixes(text, {"业绩值", "实际完成值", "完成值", "实际值", "为", "是", "在"});
  c.text = text;
  if (text.empty()) return c;
  if (StartsWith(text, "达到") && text.size() > 6 &&
      std::isdigit(static_cast<unsigned char>(text[6])))
    text = "≥" + text.substr(6);
  if (Contains(text, "目标值")) {
    std::string rest;
    size_t at = text.find("目标值");
    rest = text.substr(0, at) + StripPrefixes(text.substr(at + 9), {"的"});
    if (StartsWith(rest, "达到")) rest = rest.substr(6);
    if (std::optional<Band> band = ParseRange(rest)) {
      c.kind = ConditionKind::kRange;
      c.band = *band;
      c.band.raw = c.text;
      c.relative = true;
      return c;
    }
    if (StartsWith(c.text, "达到") || StartsWith(text, "≥")) rest = "≥" + rest;
    c.value = ParseValue(rest);
    c.kind = c.value.kind == ValueKind::kNumber && c.value.unit == "%" ? ConditionKind::kRelative
                                                                       : ConditionKind::kBad;
    return c;
  }
  if (std::optional<Band> band = ParseRange(text)) {
    c.kind = ConditionKind::kRange;
    c.band = *band;
    return c;
  }
  c.value = ParseValue(text);
  if (!c.value.error.empty()) {
    c.kind = ConditionKind::kBad;
  } else if (c.value.kind == ValueKind::kNumber || c.value.kind == ValueKind::kDeadline) {
    c.kind = c.value.text.empty() ? ConditionKind::kNumber : ConditionKind::kBad;
  } else {
    c.kind = ConditionKind::kLabel;
  }
  return c;
}

// "每降低1%扣权重值的1%", "每超过一个百分点扣0.5分", "每发现一次扣1分".
bool ParseDeduction(std::string_view s, Clause& out) {
  s.remove_prefix(3);  // 每
  static const std::pair<std::string_view, DeductionMeasure> kVerbs[] = {
      {"降低", DeductionMeasure::kShortfall}, {"下降", DeductionMeasure::kShortfall},
      {"减少", DeductionMeasure::kShortfall}, {"低于目标值", DeductionMeasure::kShortfall},
      {"低于", DeductionMeasure::kShortfall}, {"少", DeductionMeasure::kShortfall},
      {"不足", DeductionMeasure::kShortfall}, {"超过目标值", DeductionMeasure::kExcess},
      {"超过", DeductionMeasure::kExcess},    {"超出", DeductionMeasure::kExcess},
      {"高于", DeductionMeasure::kExcess},    {"增加", DeductionMeasure::kExcess},
      {"多", DeductionMeasure::kExcess},      {"发现", DeductionMeasure::kCount},
      {"出现", DeductionMeasure::kCount},     {"发生", DeductionMeasure::kCount},
      {"存在", DeductionMeasure::kCount},     {"有", DeductionMeasure::kCount}};
  bool verb = false;
  for (const auto& [text, measure] : kVerbs)
    if (StartsWith(s, text)) {
      out.measure = measure;
      s.remove_prefix(text.size());
      verb = true;
      break;
    }
  if (!verb) return false;
  std::string_view rest;
  std::optional<double> step = LeadingNumber(s, rest);
  if (!step || !(*step > 0)) return false;
  size_t deduct = rest.find("扣");
  if (deduct == std::string::npos) return false;
  out.step = *step;
  out.step_unit = std::string(rest.substr(0, deduct));
  std::string_view amount = rest.substr(deduct + 3);
  for (std::string_view p : {"除", "减"})
    if (StartsWith(amount, p)) amount.remove_prefix(p.size());
  for (std::string_view p : {"权重值的", "权重的", "分值的", "该项分值的", "指标分值的"})
    if (StartsWith(amount, p)) {
      amount.remove_prefix(p.size());
      out.of_weight = true;
      break;
    }
  std::optional<double> points = LeadingNumber(amount, rest);
  if (!points) return false;
  out.points = *points;
  return out.of_weight ? rest == "%" : rest == "分";
}

Clause ParseClause(const std::string& raw) {
  Clause c;
  c.text = raw;
  std::string s = StripPrefixes(raw, {"业绩值", "实际完成值", "完成值", "实际值"});
  auto outcome = [&](ClauseKind kind, size_t cut) {
    c.kind = kind;
    c.condition = ParseCondition(s.substr(0, cut));
    return c;
  };
  if (Contains(s, "酌情")) return c.kind = ClauseKind::kJudged, c;
  if (Contains(s, "默认") && Contains(s, "满分")) return c.kind = ClauseKind::kDefault, c;
  if (StartsWith(s, "每")) {
    if (ParseDeduction(s, c)) c.kind = ClauseKind::kDeduct;
    return c;
  }
  for (std::string_view stop : {"扣完为止", "扣完即止", "扣至0分为止", "扣完为0分", "最低0分"})
    if (s == stop) return c.kind = ClauseKind::kStop, c;
  if (StartsWith(StripPrefixes(s, {"本项", "本指标", "该项"}), "最高") &&
      (EndsWith(s, "总分值") || EndsWith(s, "分值") || EndsWith(s, "满分") || EndsWith(s, "权重")))
    return c.kind = ClauseKind::kCap, c;
  for (std::string_view full : {"得满分", "为满分", "计满分", "得全分", "满分"})
    if (EndsWith(s, full)) return outcome(ClauseKind::kFull, s.size() - full.size());
  for (std::string_view zero : {"不得分", "得0分", "为0分", "计0分", "得零分", "不计分"})
    if (EndsWith(s, zero)) return outcome(ClauseKind::kZero, s.size() - zero.size());
  if (size_t by = s.find("按");
      by != std::string::npos && (EndsWith(s, "得分") || EndsWith(s, "计分"))) {
    std::string how = s.substr(by);
    if (Contains(how, "/目标值") || Contains(how, "÷目标值") || Contains(how, "比例"))
      return outcome(ClauseKind::kProportional, by);
    return c;
  }
  // …得8分 / 计8分 / 为8分
  if (EndsWith(s, "分")) {
    size_t end = s.size() - 3, begin = end;
    while (begin > 0 &&
           (std::isdigit(static_cast<unsigned char>(s[begin - 1])) || s[begin - 1] == '.'))
      --begin;
    if (begin < end) {
      std::string verb = s.substr(0, begin);
      for (std::string_view v : {"得", "计", "为"})
        if (EndsWith(verb, v)) {
          c.points = std::strtod(s.substr(begin, end - begin).c_str(), nullptr);
          return outcome(ClauseKind::kPoints, begin - v.size());
        }
    }
  }
  return c;
}

bool SameNumberCondition(const Condition& a, const Condition& b) {
  return a.kind == ConditionKind::kNumber && b.kind == ConditionKind::kNumber &&
         a.value.number == b.value.number && a.value.unit == b.value.unit;
}

// True when `zero` is exactly the failure of `full`: ≥200 / <200, 100% / <100%, >0 / ≤0 ….
bool IsComplement(Comparator full, Comparator zero) {
  switch (full) {
    case Comparator::kNone:
    case Comparator::kAtLeast:
      return zero == Comparator::kLessThan;
    case Comparator::kMoreThan:
      return zero == Comparator::kAtMost;
    case Comparator::kAtMost:
      return zero == Comparator::kMoreThan;
    case Comparator::kLessThan:
      return zero == Comparator::kAtLeast;
    default:
      return false;
  }
}

std::string Quote(const std::string& s) { return "「" + s + "」"; }

ParsedCriteria Unrecognised(ParsedCriteria out, std::string problem) {
  out.recognised = false;
  out.problem = std::move(problem);
  return out;
}

ParsedCriteria Recognised(ParsedCriteria out, RuleKind kind, std::string summary) {
  out.recognised = true;
  out.method.kind = kind;
  out.summary = std::string(RuleKindCode(kind)) + " " + std::string(RuleKindLabel(kind)) + "：" +
                std::move(summary);
  return out;
}

// A band of M6 from a clause's condition; false when the condition is no range of numbers.
bool ToBand(const Clause& c, Band& band) {
  const Condition& k = c.condition;
  if (k.kind == ConditionKind::kRange) {
    band = k.band;
  } else if (k.kind == ConditionKind::kNumber || k.kind == ConditionKind::kRelative) {
    band = Band{};
    band.raw = k.text;
    const double v = k.value.number;
    switch (k.value.comparator) {
      case Comparator::kAtLeast:
        band.low = v;
        break;
      case Comparator::kMoreThan:
        band.low = v, band.low_inclusive = false;
        break;
      case Comparator::kAtMost:
        band.high = v, band.high_inclusive = true;
        break;
      case Comparator::kLessThan:
        band.high = v;
        break;
      case Comparator::kEqual:
      case Comparator::kNone:
        band.low = v, band.high = v, band.high_inclusive = true;
        break;
      default:
        return false;
    }
  } else {
    return false;
  }
  if (c.kind == ClauseKind::kFull) {
    band.points = 1, band.fraction = true;
  } else if (c.kind == ClauseKind::kZero) {
    band.points = 0;
  } else {
    band.points = c.points;
  }
  return true;
}

ParsedCriteria Combine(ParsedCriteria out, const std::vector<Clause>& clauses) {
  std::vector<const Clause*> full, zero, points, proportional, deduct;
  bool stop = false, cap = false, judged = false, by_default = false;
  for (const Clause& c : clauses) {
    switch (c.kind) {
      case ClauseKind::kFull:
        full.push_back(&c);
        break;
      case ClauseKind::kZero:
        zero.push_back(&c);
        break;
      case ClauseKind::kPoints:
        points.push_back(&c);
        break;
      case ClauseKind::kProportional:
        proportional.push_back(&c);
        break;
      case ClauseKind::kDeduct:
        deduct.push_back(&c);
        break;
      case ClauseKind::kStop:
        stop = true;
        break;
      case ClauseKind::kCap:
        cap = true;
        break;
      case ClauseKind::kJudged:
        judged = true;
        break;
      case ClauseKind::kDefault:
        by_default = true;
        break;
      case ClauseKind::kUnknown:
        break;
    }
  }
  // A judged rule is prose around a judgement: its other clauses are the reasons.
  if (judged) return Recognised(out, RuleKind::kManual, "评价人酌情打分，不按公式复核");
  for (const Clause& c : clauses) {
    if (c.kind == ClauseKind::kUnknown) return Unrecognised(out, "无法识别" + Quote(c.text));
    if (c.condition.kind == ConditionKind::kBad)
      return Unrecognised(out, "无法识别条件" + Quote(c.condition.text));
  }
  if (by_default) {
    if (clauses.size() != 1) return Unrecognised(out, "「默认得满分」与其他评分条件同时出现");
    return Recognised(out, RuleKind::kDefaultFull, "默认得满分");
  }
  for (const Clause* f : full)
    for (const Clause* z : zero)
      if ((SameNumberCondition(f->condition, z->condition) &&
           f->condition.value.comparator == z->condition.value.comparator) ||
          (f->condition.kind == ConditionKind::kLabel &&
           z->condition.kind == ConditionKind::kLabel &&
           f->condition.value.text == z->condition.value.text))
        return Unrecognised(out, "条件矛盾：" + Quote(f->condition.text) + "既得满分又得0分（" +
                                     f->text + "；" + z->text + "）");

  if (!proportional.empty()) {
    if (proportional.size() > 1 || !full.empty() || !points.empty() || !deduct.empty() ||
        zero.size() > 1)
      return Unrecognised(out, "按比例得分的条件组合无法识别");
    std::optional<double> floor;
    const Condition& own = proportional[0]->condition;
    if (own.kind == ConditionKind::kRelative || own.kind == ConditionKind::kNumber)
      floor = own.value.number / 100;
    if (!zero.empty()) {
      const Condition& z = zero[0]->condition;
      if (z.kind != ConditionKind::kRelative && z.kind != ConditionKind::kNumber)
        return Unrecognised(out, "无法识别不得分的条件" + Quote(z.text));
      if (floor && std::fabs(*floor - z.value.number / 100) > 1e-9)
        return Unrecognised(out, "不得分的界限与按比例得分的界限不一致");
      floor = z.value.number / 100;
    }
    if (own.kind != ConditionKind::kNone && own.kind != ConditionKind::kRelative &&
        !(own.kind == ConditionKind::kNumber && own.value.unit == "%"))
      return Unrecognised(out, "无法识别按比例得分的条件" + Quote(own.text));
    std::string capped = cap ? "，最高为分值" : "，最高为分值（未写明，按惯例）";
    if (!floor) return Recognised(out, RuleKind::kProportional, "w × B/A" + capped);
    out.method.floor_ratio = *floor;
    return Recognised(out, RuleKind::kProportionalFloor,
                      "B/A 低于 " + NumberText(*floor * 100) + "% 得 0 分，否则 w × B/A" + capped);
  }

  if (!deduct.empty()) {
    if (deduct.size() > 1 || !zero.empty() || !points.empty() || full.size() > 1)
      return Unrecognised(out, "扣分条件组合无法识别");
    const Clause& d = *deduct[0];
    if (!full.empty()) {
      const Condition& f = full[0]->condition;
      if (f.kind != ConditionKind::kNumber)
        return Unrecognised(out, "无法识别满分条件" + Quote(f.text));
      out.rule_target = f.value;
    }
    std::string target =
        out.rule_target ? "目标 " + out.rule_target->raw : std::string("目标为年度指标值");
    if (d.of_weight) {
      if (d.measure != DeductionMeasure::kShortfall || d.step_unit != "%")
        return Unrecognised(out, "无法识别扣分方式" + Quote(d.text));
      out.method.deduction_rate = d.points / d.step;
      return Recognised(out, RuleKind::kLinearDeduction,
                        target + "；每低于目标 " + NumberText(d.step) + "% 扣分值的 " +
                            NumberText(d.points) + "%" + (stop ? "，扣完为止" : ""));
    }
    out.method.measure = d.measure;
    out.method.step_points = d.points;
    out.method.step_size = d.step;
    const char* what = d.measure == DeductionMeasure::kCount       ? "每发生 "
                       : d.measure == DeductionMeasure::kShortfall ? "每低于目标 "
                                                                   : "每超过目标 ";
    return Recognised(out, RuleKind::kDeduction,
                      target + "；" + what + NumberText(d.step) + d.step_unit + " 扣 " +
                          NumberText(d.points) + " 分" + (stop ? "，扣完为止" : ""));
  }

  if (full.empty() && points.empty()) return Unrecognised(out, "没有说明何时得满分");
  // Labels: 合理得满分，不合理得0分 (M12).
  bool labels = false;
  for (const auto* list : {&full, &zero, &points})
    for (const Clause* c : *list) labels = labels || c->condition.kind == ConditionKind::kLabel;
  if (labels) {
    if (full.size() != 1 || zero.size() != 1 || !points.empty() ||
        full[0]->condition.kind != ConditionKind::kLabel ||
        zero[0]->condition.kind != ConditionKind::kLabel)
      return Unrecognised(out, "定性评分条件组合无法识别（只识别「X得满分，否则0分」）");
    out.rule_target = full[0]->condition.value;
    return Recognised(out, RuleKind::kQualitativeMatch,
                      Quote(full[0]->condition.value.text) + "得满分；" +
                          Quote(zero[0]->condition.value.text) + "得 0 分");
  }
  // One threshold and its failure: ≥200篇得满分，＜200篇得0分 (M9).
  if (full.size() == 1 && zero.size() == 1 && points.empty() &&
      full[0]->condition.kind == ConditionKind::kNumber &&
      zero[0]->condition.kind == ConditionKind::kNumber) {
    const Value& f = full[0]->condition.value;
    const Value& z = zero[0]->condition.value;
    if (SameNumberCondition(full[0]->condition, zero[0]->condition) &&
        IsComplement(f.comparator, z.comparator)) {
      out.rule_target = f;
      if (f.comparator == Comparator::kNone) out.rule_target->comparator = Comparator::kAtLeast;
      return Recognised(out, RuleKind::kThreshold,
                        "业绩值 " + f.raw + " 得满分，" + z.raw + " 得 0 分");
    }
    return Unrecognised(
        out, "满分条件" + Quote(f.raw) + "与0分条件" + Quote(z.raw) + "不互补，无法确定中间情形");
  }
  // Bands: ≥90%得满分，80%(含)-90%得8分，＜80%得0分 (M6).
  if (full.size() + zero.size() + points.size() < 2)
    return Unrecognised(out, "只说明了得分条件" + Quote(clauses[0].text) + "，未说明其他情形");
  bool relative = false, absolute = false;
  for (const Clause& c : clauses) {
    if (c.kind != ClauseKind::kFull && c.kind != ClauseKind::kZero && c.kind != ClauseKind::kPoints)
      continue;
    Band band;
    if (!ToBand(c, band)) return Unrecognised(out, "无法识别分档条件" + Quote(c.text));
    const bool of_target = c.condition.kind == ConditionKind::kRelative || c.condition.relative;
    relative = relative || of_target;
    absolute = absolute || !of_target;
    out.method.bands.push_back(band);
  }
  if (relative && absolute) return Unrecognised(out, "分档条件混用了目标值比例和绝对数");
  out.method.band_measure = relative ? BandMeasure::kRatioPercent : BandMeasure::kActual;
  std::string list;
  for (const Band& b : out.method.bands)
    list += (list.empty() ? "" : "；") + b.raw + " → " +
            (b.fraction ? "满分" : NumberText(b.points) + " 分");
  return Recognised(out, RuleKind::kBanded, list);
}

}  // namespace

ParsedCriteria ParseCriteria(std::string_view text) {
  ParsedCriteria out;
  out.text = std::string(Trim(text));
  const std::string normal = RemoveWhitespace(NormalizeNfkc(out.text));
  if (normal.empty()) return Unrecognised(out, "评分标准为空");
  std::vector<std::string> pieces = SplitClauses(normal);
  // "每降低1%，扣0.5分": a step and its deduction may sit in two clauses.
  std::vector<Clause> clauses;
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string piece = pieces[i];
    if (StartsWith(piece, "每") && !Contains(piece, "扣") && i + 1 < pieces.size() &&
        StartsWith(pieces[i + 1], "扣") && !StartsWith(pieces[i + 1], "扣完"))
      piece += pieces[++i];
    clauses.push_back(ParseClause(piece));
  }
  return Combine(std::move(out), clauses);
}

}  // namespace jixiao
