// A hand-written JSON writer (RFC 8259): strings escaped, invalid UTF-8
// replaced by U+FFFD, numbers in their shortest round-trip form, non-finite
// numbers as null.
#include <array>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "indicators/utf8.h"
#include "reports/form_rows.h"
#include "reports/labels.h"
#include "reports/render.h"

namespace jixiao {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

}  // namespace

void AppendJsonString(std::string_view s, std::string& out) {
  // Bytes that are written as they are: printable ASCII but " and \, and UTF-8 sequences (checked
  // below, and E2 80 A8/A9 looked at).
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x100; ++c) plain[static_cast<size_t>(c)] = true;
    plain['"'] = plain['\\'] = plain[0x7F] = plain[0xE2] = false;
    return plain;
  }();
  out.push_back('"');
  while (!s.empty()) {
    size_t bad = FindInvalidUtf8(s);
    std::string_view valid = s.substr(0, bad);
    size_t i = 0;
    while (i < valid.size()) {
      // The longest run written as it is, in one append.
      size_t run = i;
      while (run < valid.size() && kPlain[static_cast<unsigned char>(valid[run])]) ++run;
      out.append(valid.data() + i, run - i);
      i = run;
      if (i == valid.size()) break;
      unsigned char c = static_cast<unsigned char>(valid[i]);
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\u{:04x}", c);
          } else if (valid.substr(i, 3) == "\xE2\x80\xA8" || valid.substr(i, 3) == "\xE2\x80\xA9") {
            // U+2028 and U+2029 are valid JSON but end a line in JavaScript.
            out += valid[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
          } else {
            out.push_back(valid[i]);  // another sequence starting with E2
          }
      }
      ++i;
    }
    if (bad == std::string_view::npos) break;
    out += kReplacementCharacter;
    s.remove_prefix(bad + 1);
  }
  out.push_back('"');
}

namespace {

// Appends one JSON value to `out`, indented by two spaces per level, or on one line when compact.
class JsonWriter {
 public:
  JsonWriter(std::string& out, bool compact) : compact_(compact), out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // REQUIRES: `key` is one of this file's ASCII identifiers, which need no escaping.
  void Key(std::string_view key) {
    Separate();
    out_ += '"';
    out_ += key;
    out_ += compact_ ? "\":" : "\": ";
    after_key_ = true;
  }

  void String(std::string_view value) {
    Separate();
    AppendJsonString(value, out_);
  }
  void Number(double value) {
    Separate();
    if (std::isfinite(value))
      fmt::format_to(std::back_inserter(out_), "{}", value);
    else
      out_ += "null";
  }
  void Integer(int value) {
    Separate();
    fmt::format_to(std::back_inserter(out_), "{}", value);
  }
  void Bool(bool value) {
    Separate();
    out_ += value ? "true" : "false";
  }
  void Null() {
    Separate();
    out_ += "null";
  }
  void OptionalNumber(const std::optional<double>& value) {
    if (value)
      Number(*value);
    else
      Null();
  }
  void Strings(const std::vector<std::string>& values) {
    BeginArray();
    for (const std::string& value : values) String(value);
    EndArray();
  }

  // Shorthands for one member.
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, double value) {
    Key(key);
    Number(value);
  }
  void Field(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }

 private:
  void Open(char bracket) {
    Separate();
    out_.push_back(bracket);
    first_.push_back(true);
  }
  void Close(char bracket) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) NewLine();
    out_.push_back(bracket);
  }
  // Writes the comma and line break before a value or key, unless the value
  // follows its key.
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
    NewLine();
  }
  void NewLine() {
    if (compact_) return;
    out_.push_back('\n');
    out_.append(2 * first_.size(), ' ');
  }

  bool compact_;
  std::string& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

std::string_view OutcomeId(Outcome outcome) {
  switch (outcome) {
    case Outcome::kScored:
      return "scored";
    case Outcome::kNotApplicable:
      return "not_applicable";
    case Outcome::kMissingData:
      return "missing_data";
    case Outcome::kCannotScore:
      return "cannot_score";
  }
  return "cannot_score";
}

std::string_view LayoutId(FormLayout layout) {
  return layout == FormLayout::kScoringSheet ? "scoring_sheet" : "project_self_evaluation";
}

std::string_view RoundingId(RoundingMode mode) {
  switch (mode) {
    case RoundingMode::kNone:
      return "none";
    case RoundingMode::kHalfUp:
      return "half_up";
    case RoundingMode::kHalfEven:
      return "half_even";
    case RoundingMode::kDown:
      return "down";
  }
  return "none";
}

void WriteNode(const ScoreNode& node, JsonWriter& json) {
  json.BeginObject();
  json.Field("id", node.id);
  json.Field("name", node.name);
  json.Field("path", node.path);
  json.Key("level");
  json.Integer(node.level);
  json.Field("is_indicator", node.is_indicator);
  json.Field("budget_execution", node.budget_execution);
  json.Field("weight", node.weight);
  json.Field("outcome", OutcomeId(node.outcome));
  json.Field("outcome_label", OutcomeLabel(node.outcome));
  json.Field("method", node.method);
  json.Field("raw_score", node.raw_score);
  json.Field("score", node.score);
  json.Field("target", node.target_text);
  json.Field("actual", node.actual_text);
  json.Field("criteria", node.criteria);
  json.Field("note", node.note);
  json.Field("overridden", node.overridden);
  json.Key("computed_score");
  if (node.overridden)
    json.Number(node.computed_score);
  else
    json.Null();
  json.Key("published_score");
  json.OptionalNumber(node.published_score);
  json.Key("findings");
  json.Strings(node.findings);
  json.Key("trace");
  json.BeginArray();
  for (const TraceStep& step : node.trace) {
    json.BeginObject();
    json.Field("label", step.label);
    json.Field("detail", step.detail);
    json.EndObject();
  }
  json.EndArray();
  json.Key("children");
  json.BeginArray();
  for (const ScoreNode& child : node.children) WriteNode(child, json);
  json.EndArray();
  json.EndObject();
}

void WriteProject(const ScoreTree& tree, JsonWriter& json) {
  const ProjectHeader& project = tree.project;
  json.BeginObject();
  json.Field("layout", LayoutId(tree.form));
  json.Field("title", LayoutTitle(tree.form));
  json.Key("stamp");
  json.BeginObject();
  json.Field("id", tree.stamp.id);
  json.Field("name", tree.stamp.name);
  json.Field("version", tree.stamp.version);
  json.Field("hash", tree.stamp.hash);
  json.EndObject();
  json.Key("rounding");
  json.BeginObject();
  json.Field("mode", RoundingId(tree.rounding.mode));
  json.Key("places");
  json.Integer(tree.rounding.places);
  json.EndObject();
  json.Key("project");
  json.BeginObject();
  json.Field("name", project.name);
  json.Field("department", project.department);
  json.Field("unit", project.unit);
  json.Field("goal", project.goal);
  json.Field("achieved", project.achieved);
  json.Key("published_total");
  json.OptionalNumber(project.published_total);
  json.Field("published_grade", project.published_grade);
  json.EndObject();
  json.Key("budget");
  json.BeginObject();
  json.Field("unit", project.budget.unit);
  json.Key("initial");
  json.OptionalNumber(project.budget.initial);
  json.Key("full_year");
  json.OptionalNumber(project.budget.full_year);
  json.Key("executed");
  json.OptionalNumber(project.budget.executed);
  json.Key("execution_rate_percent");
  json.OptionalNumber(tree.execution_rate_percent);
  json.EndObject();
  json.Field("max_total", tree.max_total);
  json.Field("total", tree.total);
  json.Field("rescaled", tree.rescaled);
  json.Field("grade", tree.grade);
  json.Field("has_problems", tree.has_problems);
  json.Key("findings");
  json.Strings(tree.findings);
  json.Key("notes");
  json.Strings(BuildForm(tree).notes);
  json.Key("nodes");
  json.BeginArray();
  for (const ScoreNode& node : tree.roots) WriteNode(node, json);
  json.EndArray();
  json.EndObject();
}

}  // namespace

std::string RenderJson(const std::vector<ScoreTree>& trees) {
  std::string out;
  JsonWriter json(out, /*compact=*/false);
  json.BeginArray();
  for (const ScoreTree& tree : trees) WriteProject(tree, json);
  json.EndArray();
  return out + "\n";
}

void AppendJsonLine(const ScoreTree& tree, std::string& out) {
  JsonWriter json(out, /*compact=*/true);
  WriteProject(tree, json);
  out += '\n';
}

}  // namespace jixiao
