#include "indicators/yaml_document.h"

#include <algorithm>
#include <map>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "indicators/utf8.h"

namespace jixiao {
namespace {

// Maps yaml-cpp's byte positions to 1-based lines and character columns.
class Locator {
 public:
  Locator(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  SourceLocation AtByte(size_t pos) const {
    pos = std::min(pos, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
    size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
    size_t start = line_starts_[line_index];
    int column = CodePointsBefore(text_.substr(start), pos - start) + 1;
    return SourceLocation{file_, static_cast<int>(line_index) + 1, column};
  }

  SourceLocation At(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return SourceLocation{file_, 0, 0};
    return AtByte(static_cast<size_t>(mark.pos));
  }

  // Where the text of a quoted or block scalar marked at `pos` starts: after its opening quote,
  // or on the first line of content after | or >.
  SourceLocation TextStart(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return SourceLocation{file_, 0, 0};
    size_t pos = static_cast<size_t>(mark.pos);
    if (pos >= text_.size()) return AtByte(pos);
    if (text_[pos] == '"' || text_[pos] == '\'') return AtByte(pos + 1);
    if (text_[pos] != '|' && text_[pos] != '>') return AtByte(pos);
    for (pos = text_.find('\n', pos); pos != std::string_view::npos; pos = text_.find('\n', pos)) {
      pos = text_.find_first_not_of(' ', pos + 1);
      if (pos == std::string_view::npos) break;
      if (text_[pos] != '\n' && text_[pos] != '\r') return AtByte(pos);
    }
    return At(mark);
  }

  const std::string& file() const { return file_; }

 private:
  std::string_view text_;
  std::string file_;
  std::vector<size_t> line_starts_;
};

// Builds YamlNodes from parser events, expanding aliases within the node budget.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Locator& locator, const YamlLimits& limits,
              std::vector<Diagnostic>& diagnostics)
      : locator_(locator), limits_(limits), diagnostics_(diagnostics) {}

  bool failed() const { return failed_; }
  YamlNode TakeRoot() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    YamlNode node;
    node.where = locator_.At(mark);
    Add(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) return Fail(mark, "未定义的 YAML 别名", "");
    size_t count = CountNodes(it->second);
    alias_node_count_ += count;
    if (alias_node_count_ > limits_.max_alias_nodes || node_count_ + count > limits_.max_nodes)
      return Fail(mark,
                  "YAML 别名展开后节点过多（上限 " + std::to_string(limits_.max_alias_nodes) + "）",
                  "文件可能是恶意构造的“十亿笑声”攻击；请不要嵌套引用别名");
    node_count_ += count;
    YamlNode copy = it->second;
    copy.where = locator_.At(mark);
    copy.text_line = copy.text_column = 0;
    Add(std::move(copy), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    YamlNode node;
    node.kind = YamlNode::Kind::kScalar;
    node.scalar = value;
    node.quoted = tag == "!";
    node.where = locator_.At(mark);
    if (node.quoted) {
      SourceLocation text = locator_.TextStart(mark);
      node.text_line = text.line;
      node.text_column = text.column;
    }
    Add(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(YamlNode::Kind::kSequence, mark, anchor);
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(YamlNode::Kind::kMap, mark, anchor);
  }
  void OnMapEnd() override { Close(); }

 private:
  struct Frame {
    YamlNode node;
    YAML::anchor_t anchor = 0;
    bool have_key = false;
    YamlNode key;
  };

  static size_t CountNodes(const YamlNode& n) {
    size_t count = 1;
    for (const auto& item : n.items) count += CountNodes(item);
    for (const auto& [k, v] : n.entries) count += CountNodes(k) + CountNodes(v);
    return count;
  }

  void Fail(const YAML::Mark& mark, std::string message, std::string hint) {
    if (failed_) return;
    failed_ = true;
    AddError(diagnostics_, locator_.At(mark), std::move(message), std::move(hint));
  }

  void Open(YamlNode::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
      Fail(mark, "YAML 嵌套过深（上限 " + std::to_string(limits_.max_depth) + " 层）", "");
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.where = locator_.At(mark);
    frame.anchor = anchor;
    stack_.push_back(std::move(frame));
  }

  void Close() {
    if (stack_.empty()) return;
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    Add(std::move(frame.node), frame.anchor);
  }

  void Add(YamlNode node, YAML::anchor_t anchor) {
    if (failed_) return;
    if (++node_count_ > limits_.max_nodes) {
      failed_ = true;
      AddError(diagnostics_, node.where,
               "YAML 节点过多（上限 " + std::to_string(limits_.max_nodes) + "）");
      return;
    }
    if (anchor != 0) anchors_[anchor] = node;
    if (stack_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == YamlNode::Kind::kSequence) {
      top.node.items.push_back(std::move(node));
      return;
    }
    if (!top.have_key) {
      top.key = std::move(node);
      top.have_key = true;
      return;
    }
    top.have_key = false;
    AddEntry(top.node, std::move(top.key), std::move(node));
  }

  void AddEntry(YamlNode& map, YamlNode key, YamlNode value) {
    if (!key.IsScalar()) {
      AddError(diagnostics_, key.where, "键必须是文本，不能是列表或映射");
      return;
    }
    if (key.scalar == "<<" && !key.quoted) {
      AddError(diagnostics_, key.where, "不支持 YAML 合并键 <<",
               "用 extends: 继承另一个模板，或把内容写全");
      return;
    }
    for (const auto& [existing, unused] : map.entries) {
      if (existing.scalar == key.scalar) {
        AddError(diagnostics_, key.where,
                 "重复的键「" + key.scalar + "」（第一次出现在第 " +
                     std::to_string(existing.where.line) + " 行）",
                 "删除或合并其中一个");
        return;
      }
    }
    map.entries.push_back(YamlEntry{std::move(key), std::move(value)});
  }

  const Locator& locator_;
  const YamlLimits& limits_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, YamlNode> anchors_;
  YamlNode root_;
  size_t node_count_ = 0;
  size_t alias_node_count_ = 0;  // nodes made by expanding aliases
  bool failed_ = false;
};

}  // namespace

SourceLocation YamlNode::TextWhere() const {
  if (text_line == 0) return where;
  return SourceLocation{where.file, text_line, text_column};
}

const YamlNode* YamlNode::Find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.scalar == key) return &v;
  return nullptr;
}

std::string_view YamlKindName(YamlNode::Kind kind) {
  switch (kind) {
    case YamlNode::Kind::kNull:
      return "空值";
    case YamlNode::Kind::kScalar:
      return "文本";
    case YamlNode::Kind::kSequence:
      return "列表";
    case YamlNode::Kind::kMap:
      return "映射";
  }
  return "";
}

bool ParseYaml(std::string_view text, const std::string& file, YamlNode& root,
               std::vector<Diagnostic>& diagnostics, const YamlLimits& limits) {
  Locator locator(text, file);
  if (text.size() > limits.max_bytes) {
    AddError(diagnostics, SourceLocation{file, 0, 0},
             "文件过大（超过上限 " + std::to_string(limits.max_bytes) + " 字节）",
             "模板文件不应这么大；大量项目数据请用 CSV");
    return false;
  }
  if (size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    AddError(diagnostics, locator.AtByte(bad), "文件不是 UTF-8 编码（可能是 GBK）",
             "用编辑器把文件另存为 UTF-8 编码");
    return false;
  }
  size_t errors_before = diagnostics.size();
  std::istringstream stream{std::string(text)};
  TreeBuilder builder(locator, limits, diagnostics);
  try {
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      root = YamlNode{};
      root.where = SourceLocation{file, 1, 1};
      return true;
    }
    if (!builder.failed() && parser.HandleNextDocument(builder))
      AddError(diagnostics, SourceLocation{file, 0, 0}, "文件中有多个 YAML 文档（---）",
               "每个文件只写一个文档");
  } catch (const YAML::Exception& e) {
    AddError(diagnostics, locator.At(e.mark), "YAML 语法错误：" + e.msg,
             "检查这一行的缩进、冒号和引号：缩进只能用空格；含「: 」或「 #」的文字（如公式"
             " a ? b : c）要用引号括起来");
    return false;
  }
  root = builder.TakeRoot();
  return diagnostics.size() == errors_before;
}

}  // namespace jixiao
